// Writes the analysis report into a folder: `swift run AnalysisReport OUT` in Examples/AnalysisReport.
import AIYearbook
import AnalysisReportKit
import Foundation

let arguments = CommandLine.arguments.dropFirst()
guard arguments.count == 1, let folder = arguments.first, !folder.hasPrefix("-") else {
  FileHandle.standardError.write(
    Data(
      """
      usage: AnalysisReport FOLDER
      Writes FOLDER/report.md, FOLDER/charts/*.svg, FOLDER/answers.json and FOLDER/rates.json.

      """.utf8))
  exit(2)
}
do {
  let rendered = try AnalysisReport(yearbook: Yearbook.embedded()).render()
  let report = try rendered.write(to: URL(fileURLWithPath: folder, isDirectory: true))
  print("wrote \(report.path) and \(rendered.charts.count) charts")
} catch {
  FileHandle.standardError.write(Data("AnalysisReport: error: \(error)\n".utf8))
  exit(1)
}
