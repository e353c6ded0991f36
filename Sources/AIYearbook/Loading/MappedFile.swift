#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif
#if canImport(Glibc)
  import Glibc
#endif

/// A file mapped into memory rather than read: its bytes are loaded as they are
/// touched, and pages already decoded can be given back, so a large export
/// file is not held in memory beside the records decoded from it.
enum MappedFile {
  /// The file's bytes, mapped, and a function that gives back the pages before an offset
  /// (they are read again from disk if touched later); `nil` when the file cannot be mapped
  /// (an empty file, a pipe, a platform without `mmap`).
  static func map(_ url: URL) -> (data: Data, release: (Int) -> Void)? {
    #if canImport(Glibc)
      let descriptor = open(url.path, O_RDONLY)
      guard descriptor >= 0 else { return nil }
      defer { close(descriptor) }
      var status = stat()
      guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG, status.st_size > 0 else {
        return nil
      }
      let size = Int(status.st_size)
      guard let base = mmap(nil, size, PROT_READ, MAP_PRIVATE, descriptor, 0),
        base != UnsafeMutableRawPointer(bitPattern: -1)
      else {
        return nil
      }
      let data = Data(bytesNoCopy: base, count: size, deallocator: .custom { pointer, count in munmap(pointer, count) })
      let page = Int(sysconf(Int32(_SC_PAGESIZE)))
      let release: (Int) -> Void = { offset in
        let end = (Swift.min(offset, size) / page) * page
        if end > 0 { madvise(base, end, MADV_DONTNEED) }
      }
      return (data, release)
    #else
      return nil
    #endif
  }
}
