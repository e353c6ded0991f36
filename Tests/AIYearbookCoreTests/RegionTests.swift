import AIYearbookCore
import Foundation
import Testing

@Suite("Region")
struct RegionTests {
  @Test(
    "containment",
    arguments: [
      ("CN", "CN-BJ", true),
      ("EU", "FR", true),
      ("EUROPE", "FR", true),
      ("EUROPE", "GB", true),
      ("EUROPE", "EU", true),
      ("WORLD", "WORLD", true),
      ("CN-JJJ", "CN-BJ", true),
      ("CN-JJJ", "CN-HE", true),
      ("CN", "US", false),
      ("CN", "CN", true),
      ("CN", "CN-JJJ", true),
      ("CN-JJJ", "CN-SH", false),
      ("CN-JJJ", "CN", false),
      ("CN-BJ", "CN", false),
      ("US", "CN-BJ", false),
      ("EU", "GB", false),
      ("EU", "EUROPE", false),
      ("FR", "EU", false),
      ("EU", "DE-BY", true),
      ("EUROPE", "DE-BY", true),
      ("ASIA", "CN-BJ", true),
      ("ASIA", "IN", true),
      ("ASIA", "SA", true),
      ("ASIA", "FR", false),
      ("NORTH-AMERICA", "US", true),
      ("NORTH-AMERICA", "CN", false),
      ("SOUTH-ASIA", "IN", true),
      ("SOUTHEAST-ASIA", "SG", true),
      ("MIDDLE-EAST", "AE", true),
      ("CN-YRD", "CN-SH", true),
      ("CN-GBA", "CN-HK", true),
      ("CN-GBA", "CN-BJ", false),
      ("UN", "US", false),
      ("ZZ", "ZZ", true),
      ("ZZ", "CN", false),
    ])
  func containment(container: String, member: String, expected: Bool) {
    #expect(Region(container).contains(Region(member)) == expected)
  }

  @Test("WORLD contains only WORLD")
  func worldContainsOnlyItself() {
    let others: [Region] =
      ["CN", "US", "GB", "FR", "EU", "UN", "EUROPE", "ASIA", "NORTH-AMERICA", "CN-BJ", "CN-JJJ", "ZZ"]
    for region in others {
      #expect(!Region.world.contains(region), "WORLD contains \(region)")
    }
    #expect(Region.world.contains(.world))
    #expect(Region.world.contains("WORLD"))
  }

  @Test("no region other than WORLD contains WORLD", arguments: ["CN", "EU", "EUROPE", "ASIA", "UN", "US"])
  func worldIsInNothing(region: String) {
    #expect(!Region(region).contains(.world))
  }

  @Test("the 27 members of the European Union")
  func europeanUnion() {
    let members: Set<String> = [
      "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU",
      "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
    ]
    #expect(Region.europeanUnionMembers.count == 27)
    #expect(Set(Region.europeanUnionMembers.map(\.rawValue)) == members)
    for member in members {
      #expect(Region.europeanUnion.contains(Region(member)), "EU contains \(member)")
      #expect(Region.europe.contains(Region(member)), "EUROPE contains \(member)")
    }
    for outsider in ["GB", "CH", "NO", "US", "TR"] {
      #expect(!Region.europeanUnion.contains(Region(outsider)), "EU does not contain \(outsider)")
    }
  }

  @Test(
    "the country of a subdivision or national grouping",
    arguments: [
      ("CN-BJ", "CN"), ("CN-JJJ", "CN"), ("DE-BY", "DE"), ("CN", nil), ("EU", nil), ("WORLD", nil),
      ("NORTH-AMERICA", nil), ("SOUTH-ASIA", nil), ("MIDDLE-EAST", nil),
    ] as [(String, String?)])
  func country(code: String, country: String?) {
    #expect(Region(code).country?.rawValue == country)
  }

  @Test("the named constants carry the documented codes")
  func constants() {
    #expect(Region.china.rawValue == "CN")
    #expect(Region.unitedStates.rawValue == "US")
    #expect(Region.unitedKingdom.rawValue == "GB")
    #expect(Region.europeanUnion.rawValue == "EU")
    #expect(Region.unitedNations.rawValue == "UN")
    #expect(Region.world.rawValue == "WORLD")
    #expect(Region.europe.rawValue == "EUROPE")
    #expect(Region.northAmerica.rawValue == "NORTH-AMERICA")
    #expect(Region.southAsia.rawValue == "SOUTH-ASIA")
    #expect(Region.jingJinJi.rawValue == "CN-JJJ")
  }

  @Test("named groupings are known terms; an unknown code is not, but decodes and re-encodes unchanged")
  func knownAndUnknown() throws {
    for code in ["CN", "US", "GB", "EU", "UN", "WORLD", "EUROPE", "ASIA", "NORTH-AMERICA", "SOUTH-ASIA", "CN-JJJ"] {
      #expect(Region(code).isKnown, "\(code) is known")
    }
    let regions = try JSON.decode([Region].self, from: #"["ZZ", "CN"]"#)
    #expect(regions == [Region("ZZ"), .china])
    #expect(!regions[0].isKnown)
    try expectEncoding(regions, matchesJSON: #"["ZZ", "CN"]"#)
  }

  @Test("regions encode as bare strings")
  func encoding() throws {
    #expect(try JSON.encodedText(Region.china) == #""CN""#)
    #expect(try JSON.encodedText(Region("CN-BJ")) == #""CN-BJ""#)
  }
}
