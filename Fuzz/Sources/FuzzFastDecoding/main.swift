// The fast decoding path (FastJSON) against the JSONDecoder path, differentially.
//
// The fast path may decline any input (the reader then takes the slow path); when it
// reads it, the slow path must give the same values and the same per-element errors (the
// fast path reads an element that does not decode alone with JSONDecoder and keeps its
// located error) and, for export files, the same unknown-field warnings. Export objects,
// JSON Lines and bare resource arrays are all tried on every input.
@_spi(Fuzzing) import AIYearbook
import AIYearbookCore
import Foundation
import FuzzDriver
import FuzzSupport

func checkArray<E: Decodable & Equatable>(_ type: E.Type, _ data: Data) {
  guard let fast = DatasetReader.fastDecodeArray(E.self, from: data) else { return }
  let slow = try? JSONDecoder().decode([E].self, from: data)
  fuzzCheck(slow == fast, "[\(E.self)]: the fast path gave \(fast), JSONDecoder \(String(describing: slow))")
}

func test(_ data: Data) {
  if let fast = DatasetReader.fastReadExportObject(data) {
    do {
      let slow = try DatasetReader.slowReadExportObject(data)
      fuzzCheck(
        fast.errors.map(\.description) == slow.errors.map(\.description),
        "export object: the fast path found \(fast.errors), the slow path \(slow.errors)")
      fuzzCheck(fast.dataset == slow.dataset, "export object: the datasets differ")
      fuzzCheck(
        fast.unknownFields == slow.unknownFields,
        "export object: unknown fields \(fast.unknownFields) against \(slow.unknownFields)")
    } catch {
      fuzzFailure("export object: the fast path accepted, the slow path threw \(error)")
    }
  }
  if let fast = DatasetReader.fastReadJSONLines(data) {
    do {
      let slow = try DatasetReader.slowReadJSONLines(data)
      fuzzCheck(
        fast.errors.map(\.description) == slow.errors.map(\.description),
        "JSON Lines: the fast path found \(fast.errors), the slow path \(slow.errors)")
      fuzzCheck(fast.dataset == slow.dataset, "JSON Lines: the datasets differ")
    } catch {
      fuzzFailure("JSON Lines: the fast path accepted, the slow path threw \(error)")
    }
  }
  if data.first == UInt8(ascii: "[") {
    checkArray(Event.self, data)
    checkArray(FundingRound.self, data)
    checkArray(Statistic.self, data)
    checkArray(BenchmarkResult.self, data)
    checkArray(Regulation.self, data)
    checkArray(Source.self, data)
    checkArray(Organization.self, data)
    checkArray(Product.self, data)
    checkArray(Benchmark.self, data)
    checkArray(Metric.self, data)
  }
}

exit(
  yearbook_fuzz_main(CommandLine.argc, CommandLine.unsafeArgv) { data, size in
    test(fuzzInput(data, size))
    return 0
  })
