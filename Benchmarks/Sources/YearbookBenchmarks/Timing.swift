import Foundation

/// Plain `ContinuousClock` timing: medians of repeated runs, and the process's peak resident size.
enum Timing {
  /// Milliseconds of a duration.
  static func milliseconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
  }

  /// The median time of `body` in milliseconds: at least `minimum` runs, then more
  /// until `budget` seconds have passed or `maximum` runs were made.
  static func median<T>(
    minimum: Int = 3, maximum: Int = 21, budget: Double = 2, _ body: () throws -> T
  ) rethrows -> (milliseconds: Double, result: T) {
    var samples: [Double] = []
    var result: T?
    var spent = 0.0
    while samples.count < minimum || (samples.count < maximum && spent < budget * 1000) {
      let start = ContinuousClock.now
      result = try body()
      let elapsed = milliseconds(ContinuousClock.now - start)
      samples.append(elapsed)
      spent += elapsed
    }
    samples.sort()
    let middle = samples.count / 2
    let median = samples.count % 2 == 1 ? samples[middle] : (samples[middle - 1] + samples[middle]) / 2
    // swift-format-ignore: NeverForceUnwrap
    return (median, result!)
  }

  /// The time of one run of `body`, in milliseconds.
  static func once<T>(_ body: () throws -> T) rethrows -> (milliseconds: Double, result: T) {
    let start = ContinuousClock.now
    let result = try body()
    return (milliseconds(ContinuousClock.now - start), result)
  }

  /// The maximum resident set size of this process so far, in MiB.
  static func peakResidentMegabytes() -> Double {
    var usage = rusage()
    getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
    return Double(usage.ru_maxrss) / 1024
  }
}
