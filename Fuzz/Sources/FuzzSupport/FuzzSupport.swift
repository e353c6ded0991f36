import Foundation

/// Reports a failed property of a fuzz target and stops the process, so that libFuzzer
/// records the input as a crash (`abort` is a deadly signal to it).
public func fuzzFailure(_ message: String, file: StaticString = #fileID, line: UInt = #line) -> Never {
  FileHandle.standardError.write(Data("fuzz property failed (\(file):\(line)): \(message)\n".utf8))
  abort()
}

/// Checks a property of a fuzz target; on failure reports `message` and stops the process.
public func fuzzCheck(
  _ condition: Bool, _ message: @autoclosure () -> String, file: StaticString = #fileID, line: UInt = #line
) {
  if !condition { fuzzFailure(message(), file: file, line: line) }
}

/// The bytes libFuzzer hands to a target, copied into `Data`.
public func fuzzInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Data {
  guard let data, size > 0 else { return Data() }
  return Data(bytes: data, count: size)
}
