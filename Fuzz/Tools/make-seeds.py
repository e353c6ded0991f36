#!/usr/bin/env python3
"""Writes Fuzz/seeds/ from the embedded dataset (Sources/AIYearbook/Resources): one small
record of a kind with the entities it refers to, as an export object, as JSON Lines and as a
bare array. Run from the repository root: python3 Fuzz/Tools/make-seeds.py"""
import json
import pathlib

root = pathlib.Path(__file__).resolve().parents[2]
resources = root / "Sources/AIYearbook/Resources"
seeds = root / "Fuzz/seeds"
kinds = ["sources", "organizations", "products", "benchmarks", "metrics",
         "events", "benchmarkResults", "fundingRounds", "regulations", "statistics"]
meta = json.loads((resources / "meta.json").read_text())
data = {kind: json.loads((resources / f"{kind}.json").read_text()) for kind in kinds}
by_id = {element["id"]: (kind, element) for kind in kinds for element in data[kind]}


def references(value, found):
    if isinstance(value, dict):
        for item in value.values():
            references(item, found)
    elif isinstance(value, list):
        for item in value:
            references(item, found)
    elif isinstance(value, str) and value in by_id:
        found.add(value)


def closure(element):
    found, queue = {element["id"]}, [element]
    while queue:
        more = set()
        references(queue.pop(), more)
        for identifier in more - found:
            found.add(identifier)
            queue.append(by_id[identifier][1])
    return found


def smallest(kind):
    return min(data[kind], key=lambda e: sum(len(json.dumps(by_id[i][1], ensure_ascii=False)) for i in closure(e)))


def export_object(ids):
    out = {"schemaVersion": meta["schemaVersion"], "dataVersion": meta["dataVersion"]}
    for kind in kinds:
        items = [element for element in data[kind] if element["id"] in ids]
        if items:
            out[kind] = items
    return out


def json_lines(ids):
    lines = [json.dumps({"dataVersion": meta["dataVersion"], "schemaVersion": meta["schemaVersion"],
                         "type": "header"}, sort_keys=True, ensure_ascii=False, separators=(",", ":"))]
    for kind in kinds:
        for element in data[kind]:
            if element["id"] in ids:
                lines.append(json.dumps(dict(element, type=kind), sort_keys=True, ensure_ascii=False,
                                        separators=(",", ":")))
    return "\n".join(lines) + "\n"


def write(folder, name, text):
    path = seeds / folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


for kind in ["events", "fundingRounds", "statistics", "benchmarkResults", "regulations"]:
    record = smallest(kind)
    ids = closure(record)
    pretty = json.dumps(export_object(ids), ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    lines = json_lines(ids)
    for folder in ["export", "fast-decoding", "csv"]:
        if folder != "csv" or kind in ("events", "fundingRounds", "statistics"):
            write(folder, f"{kind}.json", pretty)
            write(folder, f"{kind}.jsonl", lines)
    write("fast-decoding", f"{kind}-array.json", json.dumps([record], ensure_ascii=False, indent=2) + "\n")
# CSV rows (0x1E ends a row, 0x1F a field): commas, quotes and line breaks in fields.
write("csv", "rows", "id\x1fquote\x1fnote\x1ea,b\x1f\"quoted\"\x1fline\r\nbreak\x1e\x1f\x1f")
for name, text in {"year": "2025", "half": "2025-H1", "quarter": "2025-Q3", "month": "2025-12",
                   "day": "2024-02-29", "span": "2025-01/2025-04"}.items():
    write("date", name, text)
