"""What the pandas, DuckDB and Spark answers share: the exchange rates, date buckets, comparison.

The rules are the library's (DESIGN §6 and §7), restated here so each engine can apply them:
- a funding round is grouped by the start of its date; a date coarser than a quarter (a year,
  a half) keeps its own group, never a guessed quarter; undated rounds go to the null group;
- an amount converts at its start year's rate from the library's table (ECB annual means), read
  from the library's own `ratesUsed`, never recomputed; a round without a figure, without a
  date (for a currency other than USD) or without a rate is left out with the reason;
- on a rank metric, a whole score of at least 1 is a stated rank and is the position.
"""

from __future__ import annotations

import json
import math
import re
from pathlib import Path

TARGET = "USD"


def load_rates(path: Path) -> tuple[str, dict[tuple[str, int], float]]:
    """The library's rates: the report's rates.json, or the JSON of
    `yearbook funding --group-by year --currency USD` (a list of groups with ratesUsed)."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    uses = data["rates"] if isinstance(data, dict) else [use for group in data for use in group.get("ratesUsed", [])]
    table = data.get("table") if isinstance(data, dict) else None
    rates: dict[tuple[str, int], float] = {}
    for use in uses:
        if use["to"] != TARGET:
            raise SystemExit(f"{path}: a rate to {use['to']}, expected {TARGET}")
        rates[(use["from"], int(use["year"]))] = float(use["factor"])
        table = table or use.get("table")
    return table or "", rates


_QUARTER_OR_COARSER = re.compile(r"^\d{4}(-[HQ]\d)?$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})(-\d{2})?$")


def quarter_bucket(date: str | None) -> str | None:
    """`2025-05-25` → `2025-Q2`; `2025`, `2025-H1`, `2025-Q3` stay; a span by its start."""
    if not date:
        return None
    start = date.split("/")[0]
    if _QUARTER_OR_COARSER.match(start):
        return start
    match = _MONTH.match(start)
    if not match:
        raise ValueError(f"not a date: {date!r}")
    return f"{match.group(1)}-Q{(int(match.group(2)) - 1) // 3 + 1}"


def bucket_sort_key(key: str | None) -> tuple:
    """Chronological, coarser before finer at the same start, null last (as the library sorts groups)."""
    if key is None:
        return (1, 0, 0, 0)
    year = int(key[:4])
    if len(key) == 4:
        return (0, year, 1, 0)
    kind, number = key[5], int(key[6])
    first_month = (number - 1) * 6 + 1 if kind == "H" else (number - 1) * 3 + 1
    return (0, year, first_month, 1 if kind == "H" else 2)


def stated_rank(score: float, metric_unit: str, score_unit: str | None) -> int | None:
    if (metric_unit == "rank" or score_unit == "rank") and score >= 1 and score == math.floor(score):
        return int(score)
    return None


def subject_key(subject: dict) -> str:
    """`product:ID`, `organization:ID`, `regions:US,CN`, `text:<zh>` (as the Swift report writes it)."""
    if subject.get("product"):
        return "product:" + subject["product"]
    if subject.get("organization"):
        return "organization:" + subject["organization"]
    if subject.get("regions"):
        return "regions:" + ",".join(subject["regions"])
    return "text:" + subject["text"]["zh"]


# --- comparing answers -------------------------------------------------------------------------


def _close(a, b) -> bool:
    if a is None or b is None:
        return a is b
    return math.isclose(float(a), float(b), rel_tol=1e-12, abs_tol=1e-6)


def compare(expected: dict, actual: dict, label: str) -> list[str]:
    """The differences between two answer sets (the report's answers.json shape)."""
    problems: list[str] = []

    def funding(groups):
        return {g["group"]: g for g in groups}

    e_groups, a_groups = funding(expected["fundingByQuarter"]), funding(actual["fundingByQuarter"])
    if [g["group"] for g in expected["fundingByQuarter"]] != [g["group"] for g in actual["fundingByQuarter"]]:
        problems.append(
            f"{label}: funding groups {[g['group'] for g in actual['fundingByQuarter']]}, "
            f"expected {[g['group'] for g in expected['fundingByQuarter']]}")
    for key, e in e_groups.items():
        a = a_groups.get(key)
        if a is None:
            continue
        for field in ("count", "summedCount", "approximateCount", "currency"):
            if e.get(field) != a.get(field):
                problems.append(f"{label}: funding {key} {field} {a.get(field)!r}, expected {e.get(field)!r}")
        if not _close(e.get("total"), a.get("total")):
            problems.append(f"{label}: funding {key} total {a.get('total')!r}, expected {e.get('total')!r}")
        e_ex = sorted((x["id"], x["reason"]) for x in e["excluded"])
        a_ex = sorted((x["id"], x["reason"]) for x in a["excluded"])
        if e_ex != a_ex:
            problems.append(f"{label}: funding {key} excluded {a_ex}, expected {e_ex}")
        e_rates = sorted((r["from"], r["year"]) for r in e["ratesUsed"])
        a_rates = sorted((r["from"], r["year"]) for r in a["ratesUsed"])
        if e_rates != a_rates:
            problems.append(f"{label}: funding {key} rates {a_rates}, expected {e_rates}")

    def boards(answers):
        return {(b["benchmark"], b["metric"]): b["entries"] for b in answers["leaderboards"]}

    e_boards, a_boards = boards(expected), boards(actual)
    if set(e_boards) != set(a_boards):
        problems.append(
            f"{label}: boards missing {sorted(set(e_boards) - set(a_boards))}, extra {sorted(set(a_boards) - set(e_boards))}")
    for key in sorted(set(e_boards) & set(a_boards)):
        e_rows = [(r["position"], r.get("statedRank"), r["result"], r["subject"]) for r in e_boards[key]]
        a_rows = [(r["position"], r.get("statedRank"), r["result"], r["subject"]) for r in a_boards[key]]
        if e_rows != a_rows or not all(_close(x["score"], y["score"]) for x, y in zip(e_boards[key], a_boards[key])):
            problems.append(f"{label}: board {key}: {a_boards[key]}, expected {e_boards[key]}")

    e_age, a_age = expected["ageBreakdown"], actual["ageBreakdown"]
    for field in ("metric", "period"):
        if e_age.get(field) != a_age.get(field):
            problems.append(f"{label}: age {field} {a_age.get(field)!r}, expected {e_age.get(field)!r}")
    e_cats = [(c["id"], c["statistic"], c["value"]) for c in e_age["categories"]]
    a_cats = [(c["id"], c["statistic"], c["value"]) for c in a_age["categories"]]
    if e_cats != a_cats:
        problems.append(f"{label}: age categories {a_cats}, expected {e_cats}")
    if not _close(e_age.get("sum"), a_age.get("sum")):
        problems.append(f"{label}: age sum {a_age.get('sum')!r}, expected {e_age.get('sum')!r}")
    return problems


def print_answers(title: str, answers: dict) -> None:
    """The three answers as a reader reads them."""
    print(f"== {title}")
    print("1. Disclosed funding by quarter, USD (year/half-only amounts in their own rows):")
    for g in answers["fundingByQuarter"]:
        total = "—" if g["total"] is None else f"{g['total'] / 1e9:,.4f} bn"
        left = ", ".join(f"{x['id']} ({x['reason']})" for x in g["excluded"]) or "-"
        print(f"   {g['group'] or 'undated':8} {g['summedCount']}/{g['count']:<2} {total:>16}   left out: {left}")
    rates = sorted({(r["from"], r["year"], r["factor"]) for g in answers["fundingByQuarter"] for r in g["ratesUsed"]})
    print("   rates (USD per unit): " + ", ".join(f"{c} {y}: {f:.6g}" for c, y, f in rates))
    print(f"2. Leaderboards: {len(answers['leaderboards'])} boards")
    for board in answers["leaderboards"]:
        rows = "; ".join(
            f"{e['position']}. {e['subject'].split(':', 1)[1]} {e['score']:g}"
            + (f" (stated rank {e['statedRank']})" if e.get("statedRank") is not None else "")
            for e in board["entries"])
        print(f"   {board['benchmark']} / {board['metric']}: {rows}")
    age = answers["ageBreakdown"]
    print(f"3. CNNIC age breakdown ({age['metric']}, {age['period']}): "
          + ", ".join(f"{c['label']} {c['value']:g}%" for c in age["categories"]) + f"; sum {age['sum']:g}")
