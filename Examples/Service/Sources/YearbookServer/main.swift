import AIYearbook
import Foundation
import YearbookService

// YearbookServer: serves the AIYearbook API and web explorer on http://127.0.0.1:PORT/.

let options: ServiceOptions
do {
  guard
    let parsed = try ServiceOptions.parse(
      Array(CommandLine.arguments.dropFirst()), environment: ProcessInfo.processInfo.environment)
  else {
    print(ServiceOptions.usage)
    exit(0)
  }
  options = parsed
} catch {
  FileHandle.standardError.write(Data("YearbookServer: \(error)\n".utf8))
  exit(2)
}

let yearbook: Yearbook
do {
  yearbook = try options.loadYearbook()
} catch {
  if case .invalidData(let issues) = error {
    for issue in issues { FileHandle.standardError.write(Data("YearbookServer: \(issue)\n".utf8)) }
  } else {
    FileHandle.standardError.write(Data("YearbookServer: \(error)\n".utf8))
  }
  exit(1)
}

do {
  let app = try YearbookServer.application(yearbook: yearbook, options: options) { port in
    FileHandle.standardOutput.write(
      Data("Serving AIYearbook \(yearbook.dataVersion) on http://127.0.0.1:\(port)/\n".utf8))
  }
  try await app.runService()
} catch {
  FileHandle.standardError.write(Data("YearbookServer: \(error)\n".utf8))
  exit(1)
}
