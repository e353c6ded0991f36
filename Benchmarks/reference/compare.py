#!/usr/bin/env python3
"""Checks that every engine gave the same answers: keys and counts exactly, totals
within 1e-9 relative. Exits 1 naming each disagreement.

usage: compare.py ANSWERS.json…   (each {"engine": {"query": [{"key", "count", "total"}…]}};
                                   answer files without an engine level are read as {"yearbook": …})
"""
import json
import sys


def load(paths):
    engines = {}
    for path in paths:
        data = json.load(open(path, encoding="utf-8"))
        first = next(iter(data.values()), None)
        engines.update(data if isinstance(first, dict) else {"yearbook": data})
    return engines


def same(a, b):
    if len(a) != len(b):
        return f"{len(a)} rows against {len(b)}"
    for index, (x, y) in enumerate(zip(a, b)):
        if x["key"] != y["key"] or x["count"] != y["count"]:
            return f"row {index}: {x['key']!r} {x['count']} against {y['key']!r} {y['count']}"
        if abs(x["total"] - y["total"]) > 1e-9 * max(abs(x["total"]), abs(y["total"])):
            return f"row {index} ({x['key']}): total {x['total']!r} against {y['total']!r}"
    return None


def main():
    engines = load(sys.argv[1:])
    problems = []
    queries = sorted({q for answers in engines.values() for q in answers})
    compared = []
    for query in queries:
        # The yearbook's answer is the reference; compare every other engine that answered the query with it.
        holders = sorted((name for name in engines if query in engines[name]), key=lambda n: not n.startswith("yearbook"))
        base_name = holders[0]
        if len(holders) > 1:
            compared.append(query)
        for name in holders[1:]:
            difference = same(engines[base_name][query], engines[name][query])
            if difference:
                problems.append(f"{query}: {base_name} and {name} disagree: {difference}")
    for problem in problems:
        print(problem, file=sys.stderr)
    print(f"answers compared: {', '.join(compared)} across {', '.join(engines)}"
          + (f": {len(problems)} disagreements" if problems else ": all agree"), file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
