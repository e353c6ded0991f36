"""The three questions on Spark (local mode), from the JSONL export, compared with DuckDB's answers.

    python spark_questions.py --data DIR --rates RATES.json

The same rules as answers_duckdb.py, written with Spark's DataFrame API, so the code runs
unchanged on a cluster reading an export too large for one machine (point --data at it).
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from pyspark.sql import Column, DataFrame, SparkSession, Window
from pyspark.sql import functions as F

import answers_duckdb
from common import TARGET, bucket_sort_key, compare, load_rates, print_answers


def field(df: DataFrame, path: str) -> Column:
    """A nested column, or null when no record has it (Spark infers only the fields it saw)."""
    node = df.schema
    for part in path.split("."):
        names = {f.name: f for f in node.fields} if hasattr(node, "fields") else {}
        if part not in names:
            return F.lit(None)
        node = names[part].dataType
    return F.col(path)


def funding_by_quarter(spark: SparkSession, objects: DataFrame, table: str, rates: dict) -> list[dict]:
    rounds = objects.filter(F.col("type") == "fundingRounds").select(
        "id", "date",
        field(objects, "amount.amount").cast("double").alias("amount"),
        field(objects, "amount.currency").alias("currency"),
        (F.coalesce(field(objects, "amount.qualifier"), F.lit("exact")) != "exact")
        | (F.coalesce(field(objects, "amount.hedged"), F.lit("false")) == "true")
        | field(objects, "amount.upperBound").isNotNull(),
    ).toDF("id", "date", "amount", "currency", "approximate")
    start = F.split("date", "/").getItem(0)
    rounds = rounds.withColumn(
        "grp",
        F.when(F.col("date").isNull(), None)
        .when(start.rlike(r"^\d{4}(-[HQ]\d)?$"), start)
        .otherwise(F.concat(F.substring(start, 1, 4), F.lit("-Q"),
                            (F.floor((F.substring(start, 6, 2).cast("int") - 1) / 3) + 1).cast("string"))),
    ).withColumn("year", F.substring("date", 1, 4).cast("int"))
    rate_table = spark.createDataFrame(
        [(c, y, f) for (c, y), f in rates.items()], "rate_currency string, rate_year int, factor double")
    joined = rounds.join(
        rate_table, (rounds.currency == rate_table.rate_currency) & (rounds.year == rate_table.rate_year), "left")
    foreign = F.col("currency") != TARGET
    joined = joined.withColumn(
        "reason",
        F.when(F.col("amount").isNull(), "noAmount")
        .when(foreign & F.col("date").isNull(), "undated")
        .when(foreign & F.col("factor").isNull(), "noRate"),
    ).withColumn("usd", F.when(~foreign, F.col("amount")).otherwise(F.col("amount") * F.col("factor")))
    summed = F.col("reason").isNull()
    rows = joined.groupBy("grp").agg(
        F.count("*").alias("count"),
        F.sum(F.when(summed, 1).otherwise(0)).alias("summed"),
        F.sum(F.when(summed, F.col("usd"))).alias("total"),
        F.sum(F.when(summed & F.col("approximate"), 1).otherwise(0)).alias("approximate"),
        F.collect_list(F.when(~summed, F.struct("id", "reason"))).alias("excluded"),
        F.collect_set(F.when(summed & foreign, F.struct("currency", "year", "factor"))).alias("rates_used"),
    ).collect()
    groups = [{
        "group": row.grp, "count": row["count"], "summedCount": row.summed, "total": row.total, "currency": TARGET,
        "approximateCount": row.approximate,
        "excluded": sorted(({"id": x.id, "reason": x.reason} for x in row.excluded), key=lambda x: x["id"]),
        "ratesUsed": [{"from": r.currency, "to": TARGET, "year": r.year, "factor": r.factor, "table": table}
                      for r in sorted(row.rates_used, key=lambda r: (r.currency, r.year))],
    } for row in rows]
    return sorted(groups, key=lambda g: bucket_sort_key(g["group"]))


def leaderboards(objects: DataFrame) -> list[dict]:
    metrics = objects.filter(F.col("type") == "benchmarks").select(
        F.col("id").alias("benchmark"), F.explode("metrics").alias("m"))
    metrics = metrics.select("benchmark", F.col("m.id").alias("metric"), F.col("m.better").alias("better"),
                             F.col("m.unit").alias("unit"))
    subject = (
        F.when(field(objects, "subject.product").isNotNull(), F.concat(F.lit("product:"), field(objects, "subject.product")))
        .when(field(objects, "subject.organization").isNotNull(),
              F.concat(F.lit("organization:"), field(objects, "subject.organization")))
        .when(field(objects, "subject.regions").isNotNull(),
              F.concat(F.lit("regions:"), F.concat_ws(",", field(objects, "subject.regions"))))
        .otherwise(F.concat(F.lit("text:"), field(objects, "subject.text.zh")))
    )
    results = objects.filter((F.col("type") == "benchmarkResults") & F.col("score.value").isNotNull()).select(
        "id", "benchmark", "metric", F.col("score.value").cast("double").alias("score"),
        F.col("score.unit").alias("score_unit"), subject.alias("subject"))
    ranked = results.join(metrics, ["benchmark", "metric"]).withColumn(
        "sort_key", F.when(F.col("better") == "lower", F.col("score")).otherwise(-F.col("score")))
    board = Window.partitionBy("benchmark", "metric").orderBy("sort_key")
    stated = F.when(
        ((F.col("unit") == "rank") | (F.col("score_unit") == "rank")) & (F.col("score") >= 1)
        & (F.col("score") == F.floor("score")), F.col("score").cast("int"))
    ranked = ranked.withColumn("stated", stated).withColumn("score_rank", F.rank().over(board))
    boards: dict[tuple[str, str], list] = {}
    for row in ranked.orderBy("benchmark", "metric", "sort_key", "id").collect():
        boards.setdefault((row.benchmark, row.metric), []).append({
            "position": row.stated if row.stated is not None else row.score_rank, "statedRank": row.stated,
            "result": row.id, "subject": row.subject, "score": row.score})
    return [{"benchmark": b, "metric": m, "entries": e} for (b, m), e in sorted(boards.items())]


def age_breakdown(objects: DataFrame) -> dict:
    ages = objects.filter(
        (F.col("type") == "statistics") & (F.col("breakdown.dimension") == "age") & (F.col("producer") == "org-cnnic")
    ).select(
        "id", "metric", F.col("date").alias("period"), F.col("breakdown.kind").alias("kind"),
        F.col("population.en").alias("population"), F.concat_ws(",", "regions").alias("regions"),
        F.col("breakdown.category.id").alias("category"), F.col("breakdown.category.label.en").alias("label"),
        F.col("value.value").cast("double").alias("value"), F.col("value.unit").alias("unit"))
    scope = ["metric", "period", "kind", "population", "regions"]
    first = ages.orderBy("metric", "period").select(*scope).first()
    rows = ages.join(ages.sparkSession.createDataFrame([first]), scope).orderBy("id").collect()
    values = [r.value for r in rows]
    adds = (rows[0].kind in ("share", "count") and None not in values
            and len({r.unit for r in rows}) == 1 and rows[0].unit != "rank")
    return {
        "metric": rows[0].metric, "period": rows[0].period,
        "categories": [{"id": r.category, "label": r.label, "statistic": r.id, "value": r.value} for r in rows],
        "sum": sum(values) if adds else None,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--rates", type=Path, required=True)
    args = parser.parse_args()
    table, rates = load_rates(args.rates)
    spark = (SparkSession.builder.master("local[2]").appName("aiyearbook-questions")
             .config("spark.ui.enabled", "false").config("spark.ui.showConsoleProgress", "false")
             .config("spark.sql.shuffle.partitions", "4").getOrCreate())
    spark.sparkContext.setLogLevel("ERROR")
    began = time.monotonic()
    # Every value as a string, cast where a number is meant: no type guessed from a sample.
    objects = spark.read.option("primitivesAsString", "true").json(str(args.data / "export.jsonl")).cache()
    header = objects.filter(F.col("type") == "header").select("dataVersion").first()
    answers = {
        "dataVersion": header.dataVersion,
        "fundingByQuarter": funding_by_quarter(spark, objects, table, rates),
        "leaderboards": leaderboards(objects),
        "ageBreakdown": age_breakdown(objects),
    }
    seconds = time.monotonic() - began
    print_answers(f"Spark {spark.version} (local[2], {objects.count()} JSONL lines, {seconds:.1f} s)", answers)
    spark.stop()
    problems = compare(answers_duckdb.answers(args.data, table, rates), answers, "Spark vs DuckDB")
    for problem in problems:
        print(problem)
    print("Spark and DuckDB agree" if not problems else f"{len(problems)} differences")
    raise SystemExit(1 if problems else 0)


if __name__ == "__main__":
    main()
