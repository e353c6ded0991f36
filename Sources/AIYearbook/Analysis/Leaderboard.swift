/// One row of a benchmark's leaderboard.
public struct LeaderboardEntry: Hashable, Sendable {
  /// The result.
  public let result: BenchmarkResult
  /// Its position, 1 for the best; equal scores share a position.
  public let position: Int
}

extension Yearbook {
  /// The benchmark's scored results ranked by each metric's direction: for
  /// each metric, best first (higher or lower, as the metric declares).
  ///
  /// Results without a score are left out; compared systems' scores are not
  /// ranked (they are the subject's context, not separate results).
  ///
  /// ```swift
  /// let hle = yearbook.leaderboard(for: "benchmark-hle")
  /// hle["score"]?.first?.result.subject
  /// ```
  ///
  /// - Returns: The ranked entries per metric identifier; empty for an unknown benchmark.
  public func leaderboard(for benchmark: Benchmark.ID) -> [String: [LeaderboardEntry]] {
    guard let definition = self.benchmark(benchmark) else { return [:] }
    var boards: [String: [LeaderboardEntry]] = [:]
    for metric in definition.metrics {
      let scored = dataset.benchmarkResults.filter {
        $0.benchmark == benchmark && $0.metric == metric.id && $0.score?.value != nil
      }
      let higherIsBetter = metric.better != .lower
      let sorted = scored.sorted { lhs, rhs in
        let left = lhs.score?.value ?? 0
        let right = rhs.score?.value ?? 0
        if left != right { return higherIsBetter ? left > right : left < right }
        return lhs.id < rhs.id
      }
      var entries: [LeaderboardEntry] = []
      for (index, result) in sorted.enumerated() {
        let position =
          if let previous = entries.last, previous.result.score?.value == result.score?.value {
            previous.position
          } else {
            index + 1
          }
        entries.append(LeaderboardEntry(result: result, position: position))
      }
      if !entries.isEmpty { boards[metric.id] = entries }
    }
    return boards
  }
}
