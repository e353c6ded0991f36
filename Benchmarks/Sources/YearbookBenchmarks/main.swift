// The AIYearbook benchmark harness; Benchmarks/run.sh drives it and compares it with DuckDB and pandas.
//
// usage:
//   YearbookBenchmarks generate N DIR          rounds.json, rounds.jsonl and rates.json for N rounds
//   YearbookBenchmarks validate FILE…          fails on any validation issue, warnings included
//   YearbookBenchmarks ingest FILE             one Yearbook.load of FILE merged with the embedded data
//                                              (what --data does): {"ms", "peak_mb", "fundingRounds"}
//   YearbookBenchmarks queries FILE N ANSWERS  Q1–Q4 through the public API and the floor loop
//   YearbookBenchmarks cold                    Yearbook.embedded() and the first search in this process
//   YearbookBenchmarks small ANSWERS           the small workloads on the embedded data, warm
//   YearbookBenchmarks profile FILE Q SECONDS  ingests FILE ("-": the embedded data), prints "ready" on
//                                              stderr, then runs Q (Q1…Q4, all, or search:TERM) for
//                                              SECONDS each, reporting wall and CPU ms per run (for perf -p)
import AIYearbook
import Foundation

func fail(_ message: String) -> Never {
  FileHandle.standardError.write(Data("YearbookBenchmarks: \(message)\n".utf8))
  exit(2)
}

/// Loads a file the way `yearbook --data FILE` does: decoded, validated, indexed, merged with the embedded data.
func ingest(_ path: String) throws -> Yearbook {
  try Yearbook.load([URL(fileURLWithPath: path)])
}

/// A query's median times, encoded with the report's key names.
struct Timings: Encodable {
  var yearbook: Double
  var floor: Double?

  enum CodingKeys: String, CodingKey {
    case yearbook = "yearbook_ms"
    case floor = "floor_ms"
  }
}

let arguments = Array(CommandLine.arguments.dropFirst())
switch arguments.first {
case "generate":
  guard arguments.count == 3, let count = Int(arguments[1]) else { fail("usage: generate N DIR") }
  try Generator.write(count: count, to: URL(fileURLWithPath: arguments[2]))

case "validate":
  let inputs = try arguments.dropFirst().map { try DatasetInput(contentsOf: URL(fileURLWithPath: $0)) }
  let report = Yearbook.validate(inputs)
  for issue in report.issues.prefix(20) { FileHandle.standardError.write(Data("\(issue)\n".utf8)) }
  if !report.issues.isEmpty { fail("\(report.issues.count) validation issues") }

case "ingest":
  guard arguments.count == 2 else { fail("usage: ingest FILE") }
  let (milliseconds, yearbook) = try Timing.once { try ingest(arguments[1]) }
  try printJSON([
    "ms": milliseconds, "peak_mb": Timing.peakResidentMegabytes(),
    "fundingRounds": Double(yearbook.dataset.fundingRounds.count),
  ])

case "queries":
  guard arguments.count == 4, let count = Int(arguments[2]) else { fail("usage: queries FILE N ANSWERS") }
  let merged = try ingest(arguments[1])
  let embedded = try Yearbook.embedded()
  let floor = try Floor(count: count)
  var timings: [String: Timings] = [:]
  for (name, run) in LibraryQueries.timed {
    let library = try Timing.median(minimum: 3, maximum: 21, budget: 10) { try run(merged) }
    timings[name] = Timings(yearbook: library.milliseconds)
  }
  var floorAnswers: [String: [Row]] = [:]
  for (name, run) in floor.timed {
    let measured = Timing.median(minimum: 5, maximum: 101, budget: 1) { run() }
    timings[name]?.floor = measured.milliseconds
    floorAnswers[name] = measured.result
  }
  let answers = try LibraryQueries.answers(merged: merged, embedded: embedded)
  try writeJSON(["yearbook": answers, "floor": floorAnswers], to: arguments[3])
  try printJSON(timings)

case "profile":
  // Ingests FILE, prints "ready" on stderr, then runs query NAME for SECONDS (for perf -p).
  guard arguments.count == 4, let seconds = Double(arguments[3]) else { fail("usage: profile FILE Q SECONDS") }
  // FILE "-" profiles a search for the term after "search:" over the embedded data.
  let merged = arguments[1] == "-" ? try Yearbook.embedded() : try ingest(arguments[1])
  let searched = arguments[2].hasPrefix("search:") ? String(arguments[2].dropFirst(7)) : nil
  let queries = LibraryQueries.timed.filter { $0.name == arguments[2] || arguments[2] == "all" }.map(\.self)
  let runs =
    queries.isEmpty
    ? searched.map { term in
      [
        (
          name: arguments[2],
          run: { (yearbook: Yearbook) in [Row(key: term, count: yearbook.search(term).count, total: 0)] }
        )
      ]
    } ?? []
    : queries
  guard !runs.isEmpty else { fail("no query") }
  FileHandle.standardError.write(Data("ready\n".utf8))
  func threadCPU() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) * 1000 + Double(time.tv_nsec) / 1e6
  }
  // CPU time per run too: steadier than wall time on a shared machine.
  var report: [String: [String: Double]] = [:]
  for (name, run) in runs {
    // One untimed run first: it builds the columns and caches the query needs (built once per yearbook).
    _ = try run(merged)
    let clock = ContinuousClock()
    let start = clock.now
    let end = start.advanced(by: .milliseconds(Int(seconds * 1000)))
    var count = 0
    let cpuStart = threadCPU()
    while clock.now < end || count == 0 {
      _ = try run(merged)
      count += 1
    }
    let wall = clock.now - start
    report[name] = [
      "runs": Double(count), "cpu_ms": (threadCPU() - cpuStart) / Double(count),
      "ms": (Double(wall.components.seconds) * 1000 + Double(wall.components.attoseconds) / 1e15) / Double(count),
    ]
  }
  try printJSON(report)

case "cold":
  let (loadTime, yearbook) = try Timing.once { try Yearbook.embedded() }
  let (searchTime, _) = Timing.once { yearbook.search(SmallWorkloads.searchTerms[0]) }
  try printJSON(["embedded_ms": loadTime, "first_search_ms": searchTime])

case "small":
  guard arguments.count == 2 else { fail("usage: small ANSWERS") }
  let yearbook = try Yearbook.embedded()
  _ = yearbook.search("warm-up")
  var timings: [String: Double] = [:]
  var answers: [String: [Row]] = [:]
  for (name, run) in SmallWorkloads.timed {
    let measured = try Timing.median(minimum: 11, maximum: 201, budget: 1) { try run(yearbook) }
    timings[name] = measured.milliseconds
    answers[name] = measured.result
  }
  try writeJSON(answers, to: arguments[1])
  try printJSON(timings)

default:
  fail("usage: YearbookBenchmarks generate|validate|ingest|queries|cold|small … (see main.swift)")
}
