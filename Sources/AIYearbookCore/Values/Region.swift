/// Where a record applies: a country, a province, the EU, the UN, the world,
/// or a named grouping.
///
/// Codes are ISO 3166-1 alpha-2 for countries (`CN`, `US`, `GB`), ISO 3166-2
/// for Chinese provinces (`CN-BJ`), `EU`, `UN`, `WORLD`, and groupings defined
/// in Documentation/Vocabulary.md (`EUROPE`, `ASIA`, `CN-JJJ` for 京津冀 …).
///
/// Regions nest: a province is within its country, `EU` holds its 27 members,
/// a grouping holds its members. `WORLD` holds nothing but itself: it matches
/// records about the world as a whole.
///
/// ```swift
/// Region.china.contains("CN-BJ")    // true
/// Region.europeanUnion.contains("FR")  // true
/// Region.world.contains("US")       // false
/// ```
public struct Region: VocabularyTerm {
  /// The region's code.
  public let rawValue: String

  /// Creates a region from its code.
  public init(rawValue: String) { self.rawValue = rawValue }

  /// Creates a region from its code.
  public init(_ rawValue: String) { self.rawValue = rawValue }

  /// China (`CN`).
  public static let china = Self("CN")
  /// The United States (`US`).
  public static let unitedStates = Self("US")
  /// The United Kingdom (`GB`).
  public static let unitedKingdom = Self("GB")
  /// Japan (`JP`).
  public static let japan = Self("JP")
  /// South Korea (`KR`).
  public static let southKorea = Self("KR")
  /// India (`IN`).
  public static let india = Self("IN")
  /// Canada (`CA`).
  public static let canada = Self("CA")
  /// The European Union (`EU`) and its 27 members.
  public static let europeanUnion = Self("EU")
  /// The United Nations and its bodies (`UN`).
  public static let unitedNations = Self("UN")
  /// The world as a whole (`WORLD`).
  public static let world = Self("WORLD")
  /// Europe (`EUROPE`): the EU and the other European countries.
  public static let europe = Self("EUROPE")
  /// Asia (`ASIA`).
  public static let asia = Self("ASIA")
  /// North America (`NORTH-AMERICA`).
  public static let northAmerica = Self("NORTH-AMERICA")
  /// South Asia (`SOUTH-ASIA`).
  public static let southAsia = Self("SOUTH-ASIA")
  /// Southeast Asia (`SOUTHEAST-ASIA`), the ASEAN members.
  public static let southeastAsia = Self("SOUTHEAST-ASIA")
  /// The Middle East (`MIDDLE-EAST`).
  public static let middleEast = Self("MIDDLE-EAST")
  /// Beijing–Tianjin–Hebei, 京津冀 (`CN-JJJ`).
  public static let jingJinJi = Self("CN-JJJ")
  /// The Yangtze River Delta, 长三角 (`CN-YRD`).
  public static let yangtzeRiverDelta = Self("CN-YRD")
  /// The Guangdong–Hong Kong–Macao Greater Bay Area, 粤港澳大湾区 (`CN-GBA`).
  public static let greaterBayArea = Self("CN-GBA")

  /// The regions and groupings this version names, in documentation order.
  public static let knownTerms: [Self] = [
    .china, .unitedStates, .unitedKingdom, .japan, .southKorea, .india, .canada, .europeanUnion,
    .unitedNations, .world, .europe, .asia, .northAmerica, .southAsia, .southeastAsia, .middleEast,
    .jingJinJi, .yangtzeRiverDelta, .greaterBayArea,
  ]

  /// The 27 members of the European Union.
  public static let europeanUnionMembers: [Region] = [
    "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT",
    "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
  ]

  /// The direct members of each named grouping.
  public static let groupings: [Region: [Region]] = [
    .europeanUnion: europeanUnionMembers,
    .europe: [.europeanUnion, .unitedKingdom, "CH", "NO", "IS", "UA", "RS"],
    .northAmerica: [.unitedStates, .canada, "MX"],
    .southAsia: [.india, "PK", "BD", "LK", "NP"],
    .southeastAsia: ["SG", "MY", "TH", "VN", "ID", "PH", "BN", "KH", "LA", "MM"],
    .middleEast: ["SA", "AE", "QA", "IL", "TR", "EG", "KW", "BH", "OM", "JO", "IR"],
    .asia: [.china, .japan, .southKorea, .southAsia, .southeastAsia, .middleEast, "TW", "MN", "KZ"],
    .jingJinJi: ["CN-BJ", "CN-TJ", "CN-HE"],
    .yangtzeRiverDelta: ["CN-SH", "CN-JS", "CN-ZJ", "CN-AH"],
    .greaterBayArea: ["CN-GD", "CN-HK", "CN-MO"],
  ]

  /// The country of an ISO 3166-2 subdivision or a national grouping (`CN` for `CN-BJ`); otherwise `nil`.
  public var country: Region? {
    let parts = rawValue.split(separator: "-", maxSplits: 1)
    guard parts.count == 2, parts[0].count == 2, parts[0].allSatisfy(\.isUppercase) else { return nil }
    return Region(String(parts[0]))
  }

  /// Whether `other` is this region or lies within it.
  ///
  /// A province is within its country, a member within its grouping, and
  /// containment is transitive (`EUROPE` contains `FR` through `EU`). `WORLD`
  /// contains only itself.
  public func contains(_ other: Region) -> Bool {
    if self == other { return true }
    if let country = other.country, country == self || contains(country) { return true }
    guard let members = Self.groupings[self] else { return false }
    return members.contains { $0 != self && $0.contains(other) }
  }
}
