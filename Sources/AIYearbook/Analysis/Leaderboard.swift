/// One row of a benchmark's leaderboard.
///
/// For a metric whose unit is ``Quantity/Unit/rank`` the position is the rank
/// the document states (a country ranked 4th is at position 4, even alone on
/// its board) and ``statedRank`` repeats it; for other metrics the position
/// comes from the order of the scores, equal scores sharing one.
///
/// Encodes as `{"position": 4, "statedRank": 4, "result": {…}}`: `result` is
/// the benchmark result as in the export format, `statedRank` is written only
/// for a stated rank.
///
/// ```swift
/// let board = yearbook.leaderboard(for: "benchmark-global-ai-power-rankings")
/// board["rank"]?.first?.position     // 4
/// board["rank"]?.first?.statedRank   // 4
/// ```
public struct LeaderboardEntry: Hashable, Sendable, Codable {
  /// The result.
  public let result: BenchmarkResult
  /// Its position, 1 for the best; the stated rank for a rank metric; equal scores share a position.
  public let position: Int
  /// The rank the document states, for a result on a rank metric.
  public let statedRank: Int?

  /// Creates an entry.
  ///
  /// - Parameters:
  ///   - result: The result.
  ///   - position: Its position on the board.
  ///   - statedRank: The rank the document states, if the metric is a rank.
  public init(result: BenchmarkResult, position: Int, statedRank: Int? = nil) {
    self.result = result
    self.position = position
    self.statedRank = statedRank
  }
}

extension Yearbook {
  /// The benchmark's scored results ranked by each metric's direction: for
  /// each metric, best first (higher or lower, as the metric declares).
  ///
  /// Results without a score are left out; compared systems' scores are not
  /// ranked (they are the subject's context, not separate results). On a
  /// metric whose unit is a rank, each whole-numbered score is a stated rank:
  /// the entry's position is that rank, not its index on the board.
  ///
  /// ```swift
  /// let hle = yearbook.leaderboard(for: "benchmark-hle")
  /// hle["score"]?.first?.result.subject
  /// ```
  ///
  /// - Parameter benchmark: The benchmark.
  /// - Returns: The ranked entries per metric identifier; empty for an unknown benchmark.
  /// - Complexity: O(*n* log *n*) for *n* benchmark results.
  public func leaderboard(for benchmark: Benchmark.ID) -> [String: [LeaderboardEntry]] {
    guard let definition = self.benchmark(benchmark) else { return [:] }
    var boards: [String: [LeaderboardEntry]] = [:]
    for metric in definition.metrics {
      let scored = elements(BenchmarkResult.self).filter {
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
        let stated = Self.statedRank(of: result, on: metric)
        let position =
          if let stated {
            stated
          } else if let previous = entries.last, previous.result.score?.value == result.score?.value {
            previous.position
          } else {
            index + 1
          }
        entries.append(LeaderboardEntry(result: result, position: position, statedRank: stated))
      }
      if !entries.isEmpty { boards[metric.id] = entries }
    }
    return boards
  }

  /// The rank a result states: its score, when the metric (or the score) is a
  /// rank and the score a whole number of at least 1.
  private static func statedRank(of result: BenchmarkResult, on metric: Benchmark.Metric) -> Int? {
    guard metric.unit == .rank || result.score?.unit == .rank, let value = result.score?.value,
      value >= 1, value < Double(Int32.max), value == value.rounded()
    else { return nil }
    return Int(value)
  }
}
