// The export reader and validator: Yearbook.validate and Yearbook.load on arbitrary bytes
// (the export format, JSON or JSON Lines, read by the same entry points).
//
// Properties: neither crashes; load succeeds exactly when validate reports no error; what
// loads, written again as JSON and as JSON Lines, loads back to the same dataset.
import AIYearbook
import AIYearbookCore
import Foundation
import FuzzDriver
import FuzzSupport

func load(_ data: Data, name: String) -> Result<Yearbook, YearbookError> {
  Result { () throws(YearbookError) in
    try Yearbook.load([DatasetInput(name: name, data: data)], includingEmbedded: false)
  }
}

func test(_ data: Data) {
  let report = Yearbook.validate([DatasetInput(name: "fuzz", data: data)], includingEmbedded: false)
  switch load(data, name: "fuzz") {
  case .failure(let error):
    fuzzCheck(!report.isValid, "load threw \(error) but validate found no error")
  case .success(let yearbook):
    fuzzCheck(report.isValid, "load succeeded but validate found \(report.errors)")
    let dataset = yearbook.dataset
    do {
      let json = try CanonicalJSON.encode(dataset)
      let again = try load(json, name: "again.json").get()
      fuzzCheck(again.dataset == dataset, "written as JSON and read again, the dataset differs")
      let lines = Data(try JSONLinesExport.render(dataset).utf8)
      let linesAgain = try load(lines, name: "again.jsonl").get()
      fuzzCheck(linesAgain.dataset == dataset, "written as JSON Lines and read again, the dataset differs")
    } catch {
      fuzzFailure("a loaded dataset does not load again after export: \(error)")
    }
  }
}

exit(
  yearbook_fuzz_main(CommandLine.argc, CommandLine.unsafeArgv) { data, size in
    test(fuzzInput(data, size))
    return 0
  })
