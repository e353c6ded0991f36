#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif
#if canImport(Glibc)
  import Glibc
#endif

/// Reads a JSON Lines file from disk block by block, decoding each block's
/// lines (on every core) before reading the next, so the file's bytes are
/// never all in memory beside the records decoded from them.
///
/// Returns `nil` whenever the fast path declines (or the platform has no
/// POSIX `read`); the caller then reads the whole file the usual way.
enum StreamingJSONLines {
  /// The size of one block read from the file.
  static let blockSize = 32 << 20

  /// Whether the file starts with a JSON Lines header line (``JSONLinesReader/looksLikeJSONLines(_:)``).
  static func looksLikeJSONLines(_ path: String) -> Bool {
    #if canImport(Glibc)
      let descriptor = open(path, O_RDONLY)
      guard descriptor >= 0 else { return false }
      defer { close(descriptor) }
      var head = [UInt8](repeating: 0, count: 64 << 10)
      let count = head.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
      guard count > 0 else { return false }
      return JSONLinesReader.looksLikeJSONLines(Data(head[0..<count]))
    #else
      return false
    #endif
  }

  /// The file read in blocks, with `progress` told the bytes read and the elements decoded so far.
  static func readFile(
    _ path: String, file: String, blockSize: Int = blockSize,
    progress: (_ bytes: Int, _ elements: Int) -> Void = { _, _ in }
  ) -> DatasetReader.ReadFile? {
    #if canImport(Glibc)
      let descriptor = open(path, O_RDONLY)
      guard descriptor >= 0 else { return nil }
      defer { close(descriptor) }
      var pending: [UInt8] = []
      var line: Int32 = 0
      var whole = ElementJobs.Decoded()
      let size = Int(lseek(descriptor, 0, SEEK_END))
      guard size >= 0, lseek(descriptor, 0, SEEK_SET) == 0 else { return nil }
      var header: (version: String, dataVersion: String)?
      var bytesRead = 0
      // The bytes of the complete lines decoded so far.
      var bytesDecoded = 0
      var elements = 0
      var atEnd = false
      var block = [UInt8](repeating: 0, count: blockSize)
      while !atEnd {
        let count = block.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
        guard count >= 0 else { return nil }
        bytesRead += count
        if count == 0 {
          atEnd = true
        } else {
          pending.append(contentsOf: block[0..<count])
        }
        // The complete lines of what is pending (all of it at the end of the file).
        guard let cut = atEnd ? pending.count : pending.lastIndex(of: UInt8(ascii: "\n")).map({ $0 + 1 }) else {
          continue
        }
        if cut == 0 && !atEnd { continue }
        let text = Data(pending[0..<cut])
        pending.removeFirst(cut)
        var jobs = ElementJobs()
        let consumed = text.withUnsafeBytes { bytes -> Bool in
          var start = 0
          while start < bytes.count {
            line += 1
            var end = start
            var blank = true
            while end < bytes.count, bytes[end] != UInt8(ascii: "\n") {
              if blank, bytes[end] != 0x20, bytes[end] != 0x0D, bytes[end] != 0x09 { blank = false }
              end += 1
            }
            if header == nil {
              var reader = TapeReader(bytes: UnsafeRawBufferPointer(rebasing: bytes[..<end]), from: start)
              guard reader.scanValue(), reader.isAtEnd(), let decoded = reader.decode(FastDatasetReader.Header.self),
                decoded.type == "header", let version = decoded.schemaVersion,
                FastDatasetReader.isReadable(version)
              else { return false }
              header = (version, decoded.dataVersion ?? "0.0.0")
            } else if !blank {
              jobs.jobs.append(.init(kind: nil, start: start, end: end, line: line, position: 0))
            }
            start = end + 1
          }
          return true
        }
        guard consumed, let parts = jobs.decodeParts(text, file: file, collectingUnknownFields: false) else {
          return nil
        }
        elements += jobs.jobs.count
        // Appended part by part; the first large collection reserves room for the whole file.
        ElementJobs.append(parts, covering: bytesDecoded..<(bytesDecoded + cut), ofFile: size, to: &whole)
        bytesDecoded += cut
        progress(bytesRead, elements)
      }
      guard let header else { return nil }
      whole.dataset.schemaVersion = header.version
      whole.dataset.dataVersion = header.dataVersion
      var read = DatasetReader.ReadFile(dataset: whole.dataset, errors: [])
      read.lines = whole.lines
      return read
    #else
      return nil
    #endif
  }
}
