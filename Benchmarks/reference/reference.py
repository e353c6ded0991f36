#!/usr/bin/env python3
"""The benchmark workloads in pandas and DuckDB, on the same export file.

usage: python3 reference.py EXPORT.json [REPETITIONS]
prints {"pandas": {...}, "duckdb": {...}} of median milliseconds per workload:
load (parse the export into frames/tables), filterByDate (events overlapping 2025-Q4),
groupByQuarter (events per quarter bucket of the date's start), textSearch
(statistics whose quotes contain 人工智能), countByMetric (statistics per metric).
"""
import json, statistics, sys, time
import duckdb
import pandas as pd

path = sys.argv[1]
reps = int(sys.argv[2]) if len(sys.argv) > 2 else 21

def median(fn):
    samples = []
    for _ in range(reps):
        t = time.perf_counter(); fn(); samples.append((time.perf_counter() - t) * 1000)
    return statistics.median(samples)

def frames():
    data = json.load(open(path, encoding="utf-8"))
    events = pd.json_normalize(data["events"])
    stats = pd.json_normalize(data["statistics"])
    return events, stats

def bounds(date):
    if not isinstance(date, str) or not date:
        return None, None
    start, _, end = date.partition("/")
    return start, end or start

events, stats = frames()
events["start"] = events["date"].map(lambda d: bounds(d)[0])
events["end"] = events["date"].map(lambda d: bounds(d)[1])
stats["quotes"] = stats["citations"].map(lambda cs: " ".join(c["quote"] for c in cs))

def first_day(d):
    if not isinstance(d, str): return None
    if len(d) == 4: return d + "-01-01"
    if "-H" in d: return d[:4] + ("-01-01" if d[-1] == "1" else "-07-01")
    if "-Q" in d: return d[:4] + "-%02d-01" % (3 * int(d[-1]) - 2)
    if len(d) == 7: return d + "-01"
    return d

def last_day(d):
    if not isinstance(d, str): return None
    if len(d) == 4: return d + "-12-31"
    if "-H" in d: return d[:4] + ("-06-30" if d[-1] == "1" else "-12-31")
    if "-Q" in d: return d[:4] + ["-03-31", "-06-30", "-09-30", "-12-31"][int(d[-1]) - 1]
    if len(d) == 7: return d + "-31"
    return d

events["first"] = events["start"].map(first_day)
events["last"] = events["end"].map(last_day)

def bucket(d):
    if not isinstance(d, str): return None
    if len(d) == 4 or "-H" in d or "-Q" in d: return d[:7] if "-Q" in d else d
    return d[:4] + "-Q%d" % ((int(d[5:7]) + 2) // 3)

pandas = {
    "load": median(frames),
    "filterByDate": median(lambda: int(((events["first"] <= "2025-12-31") & (events["last"] >= "2025-10-01")).sum())),
    "groupByQuarter": median(lambda: events["start"].map(bucket).value_counts(dropna=False)),
    "textSearch": median(lambda: int(stats["quotes"].str.contains("人工智能").sum())),
    "countByMetric": median(lambda: stats.groupby("metric").size()),
}

con = duckdb.connect()
def duck_load():
    con.execute(f"CREATE OR REPLACE TABLE raw AS SELECT * FROM read_json_auto('{path}', maximum_object_size=100000000)")
    con.execute("CREATE OR REPLACE TABLE events AS SELECT unnest(events, max_depth := 2) FROM raw")
    con.execute("CREATE OR REPLACE TABLE stats AS SELECT unnest(statistics, max_depth := 2) FROM raw")
duck_load()
con.create_function("first_day", first_day, ["VARCHAR"], "VARCHAR")
con.create_function("last_day", last_day, ["VARCHAR"], "VARCHAR")
con.execute("CREATE OR REPLACE TABLE ev AS SELECT *, first_day(split_part(date, '/', 1)) AS f, "
            "last_day(CASE WHEN contains(date, '/') THEN split_part(date, '/', 2) ELSE date END) AS l FROM events")
duck = {
    "load": median(duck_load),
    "filterByDate": median(lambda: con.execute("SELECT count(*) FROM ev WHERE f <= '2025-12-31' AND l >= '2025-10-01'").fetchall()),
    "groupByQuarter": median(lambda: con.execute(
        "SELECT CASE WHEN length(split_part(date,'/',1)) = 4 OR contains(date, '-H') OR contains(date, '-Q') THEN split_part(date,'/',1) "
        "ELSE substr(date, 1, 4) || '-Q' || CAST((CAST(substr(date, 6, 2) AS INTEGER) + 2) // 3 AS VARCHAR) END AS b, count(*) "
        "FROM events GROUP BY b").fetchall()),
    "textSearch": median(lambda: con.execute(
        "SELECT count(*) FROM stats WHERE list_aggregate(list_transform(citations, lambda c: c.quote), 'string_agg', ' ') LIKE '%人工智能%'").fetchall()),
    "countByMetric": median(lambda: con.execute("SELECT metric, count(*) FROM stats GROUP BY metric").fetchall()),
}
print(json.dumps({"pandas": pandas, "duckdb": duck}, sort_keys=True))
con.close()
