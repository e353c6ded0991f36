"""Shared helpers of the reference scripts: the timing policy and the USD factors.

The timing policy is the Swift harness's (Timing.median): at least `minimum`
runs, then more until `budget` seconds have passed or `maximum` runs were made;
the median in milliseconds.
"""
import json
import statistics
import time


def median(fn, minimum=3, maximum=21, budget=10.0):
    samples, spent, result = [], 0.0, None
    while len(samples) < minimum or (len(samples) < maximum and spent < budget * 1000):
        start = time.perf_counter()
        result = fn()
        elapsed = (time.perf_counter() - start) * 1000
        samples.append(elapsed)
        spent += elapsed
    return statistics.median(samples), result


def usd_factors(rates_path):
    """{(currency, year): factor} converting to US dollars the way the library does:
    rate(USD, year) / rate(currency, year), and exactly 1 for US dollars."""
    table = json.load(open(rates_path, encoding="utf-8"))["unitsPerEuro"]
    factors = {}
    for currency, years in table.items():
        for year, rate in years.items():
            factors[(currency, int(year))] = 1.0 if currency == "USD" else table["USD"][year] / rate
    return factors


def row(key, count, total=0.0):
    return {"key": str(key), "count": int(count), "total": float(total)}


def top(rows, n):
    return sorted(rows, key=lambda r: (-r["total"], r["key"]))[:n]
