// Times AIYearbook workloads and prints one JSON object of median milliseconds.
// usage: YearbookBenchmarks EXPORT.json [REPETITIONS]
// The same workloads are implemented in reference/reference.py for pandas and DuckDB.
import AIYearbook
import Foundation

let arguments = CommandLine.arguments
guard arguments.count >= 2, let bytes = FileManager.default.contents(atPath: arguments[1]) else {
  FileHandle.standardError.write(Data("usage: YearbookBenchmarks EXPORT.json [REPETITIONS]\n".utf8))
  exit(2)
}
let repetitions = arguments.count > 2 ? Int(arguments[2]) ?? 21 : 21

func median(_ body: () throws -> Void) rethrows -> Double {
  var samples: [Double] = []
  for _ in 0..<repetitions {
    let start = ContinuousClock.now
    try body()
    let elapsed = ContinuousClock.now - start
    samples.append(Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1000)
  }
  return samples.sorted()[samples.count / 2]
}

var sink = 0
let load = try median {
  let dataset = try DatasetReader.decodeDataset(from: bytes, file: "export.json")
  sink &+= dataset.recordCount
}
let yearbook = try Yearbook(DatasetReader.decodeDataset(from: bytes, file: "export.json"))
let filterByDate = try median {
  sink &+= try yearbook.events.overlapping("2025-Q4").count()
}
let groupByQuarter = median {
  sink &+= yearbook.events.grouped(by: .quarter).count
}
let textSearch = median {
  sink &+= yearbook.statistics.matching("人工智能").count()
}
let sumByMetric = median {
  for group in yearbook.statistics.grouped(by: .custom("metric") { [$0.metric.rawValue] }) {
    sink &+= group.count
  }
}
let results: [String: Double] = [
  "load": load, "filterByDate": filterByDate, "groupByQuarter": groupByQuarter, "textSearch": textSearch,
  "countByMetric": sumByMetric,
]
let encoder = JSONEncoder()
encoder.outputFormatting = [.sortedKeys]
print(String(decoding: try encoder.encode(results), as: UTF8.self))
if sink == 42 { print("") }
