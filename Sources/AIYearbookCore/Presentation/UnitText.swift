/// How each ``Quantity/Unit`` is written next to a number, in both languages.
enum UnitText {
  /// How a unit attaches to its number.
  private enum Style {
    /// A plain count, scaled (`515 million`, `5.15亿`).
    case count
    /// A count of things with a name, scaled (`671 billion parameters`, `6710亿参数`).
    case scaledWord(singular: String, plural: String, zh: String)
    /// A measure with a word (`2 days`, `2天`).
    case word(singular: String, plural: String, zh: String)
    /// A symbol (`200 EFLOPS`, `200EFLOPS`).
    case symbol(en: String, zh: String)
  }

  private static let styles: [Quantity.Unit: Style] = [
    .count: .count,
    .tokens: .scaledWord(singular: "token", plural: "tokens", zh: "token"),
    .parameters: .scaledWord(singular: "parameter", plural: "parameters", zh: "参数"),
    .linesOfCode: .scaledWord(singular: "line of code", plural: "lines of code", zh: "行代码"),
    .gpuHours: .scaledWord(singular: "GPU hour", plural: "GPU hours", zh: "GPU小时"),
    .points: .word(singular: "point", plural: "points", zh: "分"),
    .seconds: .word(singular: "second", plural: "seconds", zh: "秒"),
    .minutes: .word(singular: "minute", plural: "minutes", zh: "分钟"),
    .hours: .word(singular: "hour", plural: "hours", zh: "小时"),
    .days: .word(singular: "day", plural: "days", zh: "天"),
    .months: .word(singular: "month", plural: "months", zh: "个月"),
    .years: .word(singular: "year", plural: "years", zh: "年"),
    .pixels: .word(singular: "pixel", plural: "pixels", zh: "像素"),
    .mu: .word(singular: "mu", plural: "mu", zh: "亩"),
    .tonnes: .word(singular: "tonne", plural: "tonnes", zh: "吨"),
    .elo: .symbol(en: "Elo", zh: "Elo"),
    .ms: .symbol(en: "ms", zh: "毫秒"),
    .fps: .symbol(en: "fps", zh: "帧/秒"),
    .eflops: .symbol(en: "EFLOPS", zh: "EFLOPS"),
    .pflops: .symbol(en: "PFLOPS", zh: "PFLOPS"),
    .tops: .symbol(en: "TOPS", zh: "TOPS"),
    .kwh: .symbol(en: "kWh", zh: "千瓦时"),
    .twh: .symbol(en: "TWh", zh: "太瓦时"),
    .gw: .symbol(en: "GW", zh: "吉瓦"),
    .mw: .symbol(en: "MW", zh: "兆瓦"),
    .tb: .symbol(en: "TB", zh: "TB"),
    .pb: .symbol(en: "PB", zh: "PB"),
    .eb: .symbol(en: "EB", zh: "EB"),
    .zb: .symbol(en: "ZB", zh: "ZB"),
    .kg: .symbol(en: "kg", zh: "千克"),
    .kilometres: .symbol(en: "km", zh: "公里"),
    .cubicMetresPerMu: .symbol(en: "m³ per mu", zh: "立方米/亩"),
    .cnyPerMillionTokens: .symbol(en: "CNY per million tokens", zh: "元/百万token"),
    .usdPerMillionTokens: .symbol(en: "USD per million tokens", zh: "美元/百万token"),
    .usdPerGPUHour: .symbol(en: "USD per GPU hour", zh: "美元/GPU小时"),
  ]

  /// What a quantity without a value and without stated words is written as.
  static func unstated(_ language: Language) -> String {
    language == .english ? "unspecified" : "未说明"
  }

  /// A value (or range) with its unit, without qualifier or hedge.
  static func amount(_ value: Double, _ upper: Double?, _ unit: Quantity.Unit, _ language: Language) -> String {
    let english = language == .english
    let plain = NumberText.range(value, upper, grouped: english)
    switch unit {
    case .percent: return NumberText.range(value, upper) + "%"
    case .percentagePoints: return NumberText.range(value, upper) + (english ? " pp" : "个百分点")
    case .times: return NumberText.range(value, upper) + (english ? "×" : "倍")
    case .rank: return english ? "rank " + plain : "第" + plain + "名"
    default: break
    }
    let singular = value == 1 && upper == nil
    switch styles[unit] {
    case .count:
      return NumberText.scaled(value, upper, language)
    case .scaledWord(let one, let many, let zh):
      return NumberText.scaled(value, upper, language) + (english ? " " + (singular ? one : many) : zh)
    case .word(let one, let many, let zh):
      return english ? plain + " " + (singular ? one : many) : plain + zh
    case .symbol(let en, let zh):
      return english ? plain + " " + en : plain + zh
    case nil:
      return plain + " " + unit.rawValue
    }
  }
}
