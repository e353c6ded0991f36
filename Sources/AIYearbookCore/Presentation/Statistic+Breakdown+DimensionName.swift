extension Statistic.Breakdown {
  /// The name of the breakdown's dimension in Chinese and English (`age` → 年龄, age).
  ///
  /// Dimension identifiers are kebab-case or camelCase (`recipient-type`,
  /// `smartFactoryLevel`); the dimensions of the dataset are named in both
  /// languages, any other is spelled out in words in both
  /// (`smartFactoryLevel` → `smart factory level`).
  ///
  /// ```swift
  /// share.breakdown?.dimension          // → "age"
  /// share.breakdown?.dimensionName.zh   // → "年龄"
  /// ```
  ///
  /// - Complexity: O(*n*) in the length of the dimension.
  public var dimensionName: LocalizedText {
    if let known = Self.dimensionNames[dimension] { return known }
    let words = Self.words(dimension)
    return LocalizedText(zh: words, en: words)
  }

  private static let dimensionNames: [String: LocalizedText] = [
    "age": LocalizedText(zh: "年龄", en: "age"),
    "gender": LocalizedText(zh: "性别", en: "gender"),
    "education": LocalizedText(zh: "学历", en: "education"),
    "occupation": LocalizedText(zh: "职业", en: "occupation"),
    "sector": LocalizedText(zh: "行业", en: "sector"),
    "region": LocalizedText(zh: "地区", en: "region"),
    "province": LocalizedText(zh: "省份", en: "province"),
    "country": LocalizedText(zh: "国家", en: "country"),
    "segment": LocalizedText(zh: "细分领域", en: "segment"),
    "purpose": LocalizedText(zh: "用途", en: "purpose"),
    "recipient-type": LocalizedText(zh: "获投方类型", en: "recipient type"),
    "caseType": LocalizedText(zh: "案例类型", en: "case type"),
    "smartFactoryLevel": LocalizedText(zh: "智能工厂层级", en: "smart factory level"),
    "firstChoiceProduct": LocalizedText(zh: "首选产品", en: "first-choice product"),
    "schoolStage": LocalizedText(zh: "学段", en: "school stage"),
    "talent-type": LocalizedText(zh: "人才类型", en: "talent type"),
    "enterprise-size": LocalizedText(zh: "企业规模", en: "enterprise size"),
    "spendingPower": LocalizedText(zh: "消费能力", en: "spending power"),
    "closure-cause": LocalizedText(zh: "关停原因", en: "closure cause"),
  ]

  /// `recipient-type` → `recipient type`, `smartFactoryLevel` → `smart factory level`.
  static func words(_ identifier: String) -> String {
    var result = ""
    for character in identifier {
      if character == "-" || character == "_" {
        result.append(" ")
      } else if character.isUppercase {
        if !result.isEmpty && result.last != " " { result.append(" ") }
        result += character.lowercased()
      } else {
        result.append(character)
      }
    }
    return result
  }
}
