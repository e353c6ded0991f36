import AIYearbook
import Testing

/// Questions about the embedded dataset, answered by reading the source
/// documents and asserted as literal numbers. Each record is found through the
/// query API (metric, organization, benchmark, product, region), not by id.
@Suite("Real dataset")
struct RealDatasetTests {
  let yearbook: Yearbook
  init() throws { yearbook = try Yearbook.embedded() }

  /// The one record a query finds.
  func only<R: Record>(_ query: RecordQuery<R>, _ what: String) throws -> R {
    let records = query.all()
    #expect(records.count == 1, "\(what): \(records.ids)")
    return try #require(records.first, "\(what): no record")
  }

  /// src-003 §一: 截至2025年6月，我国生成式人工智能用户规模达5.15亿人，较2024年12月增长2.66亿人；
  /// 生成式人工智能普及率达36.5%，较2024年12月提升18.8个百分点。
  @Test("CNNIC: 515 million generative-AI users in China as of June 2025, up 266 million since December 2024")
  func cnnicUsers() throws {
    let cnnic = try yearbook.statistics.filter(organization: yearbook.resolve("CNNIC", as: Organization.self)).filter(
      region: .china)
    let users = try only(
      try cnnic.filter(metric: "metric-genai-users").filter(measure: .level).within("2025-06"), "users")
    #expect(users.value.value == 515_000_000)
    #expect(users.value.unit == .count)
    #expect(users.value.qualifier == .exact)
    #expect(users.date == (try TestSupport.period("2025-06")))
    #expect(users.citations.contains { $0.source == "src-003" && $0.quote.contains("5.15") })

    let growth = try only(cnnic.filter(metric: "metric-genai-users").filter(measure: .change), "user growth")
    #expect(growth.value.value == 266_000_000)
    #expect(growth.direction == .increase)
    #expect(growth.baseline?.period == (try TestSupport.period("2024-12")))
  }

  @Test("CNNIC: generative-AI penetration 36.5% in June 2025, up 18.8 percentage points")
  func cnnicPenetration() throws {
    let penetration = try yearbook.statistics.filter(metric: "metric-genai-penetration-rate")
      .filter(organization: yearbook.resolve("中国互联网络信息中心", as: Organization.self))
    let level = try only(try penetration.filter(measure: .level).within("2025-06"), "penetration")
    #expect(level.value.value == 36.5)
    #expect(level.value.unit == .percent)
    let change = try only(penetration.filter(measure: .change), "penetration change")
    #expect(change.value.value == 18.8)
    #expect(change.value.unit == .percentagePoints)
  }

  /// src-003 §三: 截至 2025 年 8 月底，累计有 538 款生成式人工智能服务完成备案 … 北京数量最多，达到 158 家.
  @Test("538 generative-AI services filed nationally by the end of August 2025, 158 of them in Beijing")
  func filings() throws {
    let filed = try yearbook.statistics.filter(metric: "metric-genai-services-filed").within("2025-08")
    let national = try only(filed.filter { $0.regions == [.china] }, "national filings")
    #expect(national.value.value == 538)
    let beijing = try only(filed.filter(region: "CN-BJ"), "Beijing filings")
    #expect(beijing.value.value == 158)
    // 浙江省与江苏省的备案数量均在 40 家左右: one record each, approximate.
    let zhejiang = try only(filed.filter(region: "CN-ZJ"), "Zhejiang filings")
    #expect(zhejiang.value.value == 40)
    #expect(zhejiang.value.qualifier == .approximately)
    // The provinces are within China.
    #expect(filed.filter(region: .china).count() >= 6)
  }

  /// src-000 关键词一: 在GDPval测试中,GPT-5.2在70.9%的任务中达到或超越人类专家水平,完成速度是人类的11倍.
  @Test("GPT-5.2 beats or ties human experts on 70.9% of GDPval tasks, 11 times as fast")
  func gdpval() throws {
    let gdpval = try yearbook.benchmarkResults.filter(benchmark: "benchmark-gdpval").filter(
      product: yearbook.resolve("GPT-5.2", as: Product.self))
    let winRate = try only(gdpval.filter { $0.metric == "winOrTieRate" }, "GDPval win-or-tie rate")
    #expect(winRate.score?.value == 70.9)
    #expect(winRate.score?.unit == .percent)
    #expect(winRate.date == (try TestSupport.period("2025-12-11")))
    let speed = try only(gdpval.filter { $0.metric == "speedVsHumans" }, "GDPval speed")
    #expect(speed.score?.value == 11)
  }

  /// src-000 技术突破2: 谷歌Gemini Deep Research在"人类最后的考试"(HLE)中取得46.4%的成绩,显著优于GPT-5Pro的38.9%;
  /// 关键词一: 以46.4%的得分险胜GPT-5.2的45%.
  @Test("Gemini Deep Research leads HLE with 46.4%, ahead of GPT-5.2's 45%")
  func hle() throws {
    let board = try #require(yearbook.leaderboard(for: "benchmark-hle").values.first)
    let leader = try #require(board.first)
    #expect(leader.position == 1)
    #expect(leader.result.subject == .product("product-gemini-deep-research"))
    #expect(leader.result.score?.value == 46.4)
    let gpt52 = try yearbook.resolve("GPT-5.2", as: Product.self)
    #expect(leader.result.comparedWith.first { $0.subject == .product(gpt52) }?.score?.value == 45)
  }

  /// src-000 技术突破6: GPT-5.2在SWE-Bench Pro基准测试中得分为55.6%,而GPT-5.1仅为50.8%.
  @Test("GPT-5.2 scores 55.6% on SWE-Bench Pro")
  func sweBenchPro() throws {
    let result = try only(
      yearbook.benchmarkResults.filter(benchmark: "benchmark-swe-bench-pro").filter(
        product: yearbook.resolve("GPT-5.2", as: Product.self)),
      "SWE-Bench Pro")
    #expect(result.score?.value == 55.6)
    #expect(result.comparedWith.compactMap { $0.score?.value }.sorted() == [43.3, 50.8, 52])
  }

  /// src-000 关键词四: 4月1日,OpenAI完成400亿美元新一轮融资,投后估值飙升至3000亿美元.
  @Test("OpenAI raised USD 40 billion on 1 April 2025 at a USD 300 billion post-money valuation")
  func openAIRound() throws {
    let round = try only(
      yearbook.fundingRounds.filter(organization: yearbook.resolve("OpenAI", as: Organization.self)).filter(
        kind: .ventureRound
      ).within("2025-04"),
      "OpenAI round")
    #expect(round.amount?.amount == 40_000_000_000)
    #expect(round.amount?.currency == .usd)
    #expect(round.valuation?.amount.amount == 300_000_000_000)
    #expect(round.valuation?.basis == .post)
    #expect(round.date == (try TestSupport.period("2025-04-01")))
    #expect(round.organizations(withRole: .recipient) == ["org-openai"])
  }

  /// src-000 融资: Cerebras Systems 9月完成11亿美元G轮融资,投后估值达81亿美元; Genspark AI 11月完成2.75亿美元B轮融资,融资后估值达12.5亿美元.
  @Test("Cerebras's USD 1.1 billion series G and Genspark's USD 275 million series B")
  func laterRounds() throws {
    let cerebras = try only(
      yearbook.fundingRounds.filter(organization: yearbook.resolve("Cerebras Systems", as: Organization.self)).filter(
        kind: .ventureRound), "Cerebras")
    #expect(cerebras.amount?.amount == 1_100_000_000)
    #expect(cerebras.valuation?.amount.amount == 8_100_000_000)
    #expect(cerebras.roundLabel == "G轮")
    let genspark = try only(try yearbook.fundingRounds.matching("Genspark").within("2025-11"), "Genspark")
    #expect(genspark.amount?.amount == 275_000_000)
    #expect(genspark.valuation?.amount.amount == 1_250_000_000)
  }

  /// src-000 融资数据: 2025年上半年全球风险投资总额达到2050亿美元,较2024年上半年大幅增长32%.
  @Test("Global venture investment reached USD 205 billion in H1 2025, up 32%")
  func globalVenture() throws {
    let venture = try yearbook.statistics.filter(metric: "metric-global-vc-investment").filter(region: .world)
      .within("2025-H1")
    let total = try only(venture.filter(measure: .level), "VC total")
    #expect(total.value.value == 205_000_000_000)
    #expect(total.value.unit == "USD")
    let growth = try only(venture.filter(measure: .relativeChange), "VC growth")
    #expect(growth.value.value == 32)
  }

  /// src-000 关键词二 / 8月26日: 新一代智能终端、智能体等应用普及率在2027年和2030年要分别超70%和90%.
  @Test("The AI+ opinions target over 70% smart-terminal penetration by 2027 and over 90% by 2030")
  func aiPlusTargets() throws {
    let targets = try yearbook.statistics.filter(metric: "metric-smart-terminal-agent-penetration")
      .filter(kind: .target).sorted(by: .date).all()
    #expect(targets.map { $0.date?.description } == ["2027", "2030"])
    #expect(targets.map(\.value.value) == [70, 90])
    #expect(targets.allSatisfy { $0.value.qualifier == .moreThan })
    #expect(targets.allSatisfy { $0.reportedOn == (try? TestSupport.period("2025-08-26")) })
  }

  /// src-000 says 42 new unicorns worldwide in H1 2025 in the timeline (10月) and 54 in the
  /// keyword and funding sections: the document contradicts itself.
  @Test("conflicts() reports the document's 42 versus 54 new unicorns in H1 2025")
  func unicornConflict() throws {
    let counts = try yearbook.statistics.filter(metric: "metric-new-unicorns").filter(region: .world)
      .within("2025-H1").filter { $0.breakdown == nil }.all()
    #expect(Set(counts.compactMap(\.value.value)) == [42, 54])
    let conflict = yearbook.conflicts().first { $0.kind == .statisticValue && Set($0.recordIDs) == Set(counts.ids) }
    #expect(conflict != nil, "no conflict between \(counts.ids)")
  }
}
