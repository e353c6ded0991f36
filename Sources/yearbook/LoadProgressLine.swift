import AIYearbook
import Foundation

/// The progress line `--data` files print on standard error while they load —
/// bytes read, records, rate — only when standard error is a terminal.
final class LoadProgressLine {
  let enabled: Bool
  private let start = Date()
  private var shown = false

  init(enabled: Bool) { self.enabled = enabled }

  /// Rewrites the line for a progress report.
  func show(_ step: LoadProgress) {
    guard enabled else { return }
    let seconds = max(Date().timeIntervalSince(start), 0.001)
    let megabytes = Double(step.bytesRead) / 1_048_576
    let line =
      "yearbook: reading \(step.file): \(Int(megabytes)) MB, \(step.elements) records, "
      + "\(Int(megabytes / seconds)) MB/s"
    FileHandle.standardError.write(Data(("\r" + line + "\u{1B}[K").utf8))
    shown = true
  }

  /// Ends the line, if one was shown.
  func finish() {
    if shown { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
  }
}
