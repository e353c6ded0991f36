import AIYearbook
import Foundation
import Testing

/// Lookup by identifier and by name, and the errors that suggest what was meant.
@Suite("Lookup")
struct LookupTests {
  let yearbook: Yearbook
  init() throws { yearbook = try Yearbook.embedded() }

  @Test("any element by id, with its kind; typed lookup checks the kind")
  func byID() throws {
    #expect(try yearbook.element(id: "org-openai").kind == .organization)
    #expect(try yearbook.element(id: "stat-cnnic-genai-users-2025-06").kind == .statistic)
    let element = try yearbook.element(id: "event-2025-12-11-openai-releases-gpt-5-2")
    #expect(element.record?.date?.description == "2025-12-11")
    #expect(element.record?.rawID == "event-2025-12-11-openai-releases-gpt-5-2")
    let openAI = try yearbook.element(Organization.ID("org-openai"))
    #expect(openAI.name.en == "OpenAI")
    #expect(throws: YearbookError.self) { _ = try yearbook.element(Product.ID("org-openai")) }
    #expect(yearbook.contains(Organization.ID("org-openai")))
    #expect(!yearbook.contains(Product.ID("org-openai")))
  }

  @Test("an unknown id throws unknownID with the nearest ids")
  func unknownID() {
    do {
      _ = try yearbook.element(id: "org-open-ai")
      Issue.record("expected an error")
    } catch {
      guard case .unknownID(let id, let kind, let suggestions) = error else {
        Issue.record("expected unknownID, got \(error)")
        return
      }
      #expect(id == "org-open-ai")
      #expect(kind == .organization)
      #expect(suggestions.first == "org-openai")
    }
  }

  @Test("a filter given a name where an id belongs throws, suggesting the id")
  func nameAsID() {
    do {
      _ = try yearbook.events.filter(organization: "OpenAI")
      Issue.record("expected an error")
    } catch {
      guard case .unknownID(_, _, let suggestions) = error else {
        Issue.record("expected unknownID, got \(error)")
        return
      }
      #expect(suggestions.contains("org-openai"))
    }
  }

  @Test("names resolve by case, width and diacritics; spaces count")
  func resolve() throws {
    for name in ["OpenAI", "openai", "ＯｐｅｎＡＩ", "org-openai"] {
      #expect(try yearbook.resolve(name, as: Organization.self) == "org-openai", "\(name)")
    }
    #expect(try yearbook.resolve("深度求索", as: Organization.self) == "org-deepseek")
    do {
      _ = try yearbook.resolve("Deep Seek", as: Organization.self)
      Issue.record("a name with a space resolved")
    } catch {
      guard case .unknownName(let name, let kind, let suggestions) = error else {
        Issue.record("expected unknownName, got \(error)")
        return
      }
      #expect(name == "Deep Seek")
      #expect(kind == .organization)
      #expect(suggestions.first == "org-deepseek")
    }
  }

  @Test("a name several entities carry is ambiguous and lists them")
  func ambiguous() throws {
    let mine = Dataset(
      dataVersion: "0.0.1",
      organizations: [
        Organization(id: "org-acme-one", name: LocalizedText(zh: "极客", en: "Acme"), kind: .company),
        Organization(
          id: "org-acme-two", name: LocalizedText(zh: "极客二", en: "Acme Two"), aliases: ["Acme"], kind: .company),
      ])
    let yearbook = try Yearbook(mine)
    #expect(
      throws: YearbookError.ambiguousName("acme", kind: .organization, candidates: ["org-acme-one", "org-acme-two"])
    ) {
      _ = try yearbook.resolve("acme", as: Organization.self)
    }
    #expect(yearbook.candidates(named: "ACME", as: Organization.self) == ["org-acme-one", "org-acme-two"])
  }

  @Test("AnyElement encodes as a JSON Lines line and decodes back")
  func anyElementRoundTrip() throws {
    for id in ["org-openai", "event-2025-12-11-openai-releases-gpt-5-2", "stat-cnnic-genai-users-2025-06", "src-003"] {
      let element = try yearbook.element(id: id)
      let data = try CanonicalJSON.encode(element)
      let object = try JSONSerialization.jsonObject(with: data) as? [String: Any]
      #expect(object?["type"] as? String == element.kind.exportKey)
      #expect(object?["id"] as? String == id)
      #expect(try JSONDecoder().decode(AnyElement.self, from: data) == element)
    }
    #expect(throws: DecodingError.self) {
      _ = try JSONDecoder().decode(AnyElement.self, from: Data(#"{"type": "planets", "id": "x"}"#.utf8))
    }
  }

  @Test("errors encode with their case, message and fields, and decode back")
  func errorRoundTrip() throws {
    let errors: [YearbookError] = [
      .unknownID("org-x", kind: .organization, suggestions: ["org-xai"]),
      .unknownName("Deep Seek", kind: .organization, suggestions: ["org-deepseek"]),
      .invalidDate("2025-13", reason: "month 13 is out of range 1–12"),
      .duplicateID(id: "org-openai", first: "a", second: "b", differingFields: ["name"]),
      .invalidCurrency("rmb"),
      .invalidData([
        ValidationIssue(
          file: "mine.json", path: "$.events[0]", id: "event-x", field: "date", message: "bad", rule: .schema)
      ]),
    ]
    for error in errors {
      let data = try CanonicalJSON.encode(error)
      let object = try JSONSerialization.jsonObject(with: data) as? [String: Any]
      #expect(object?["message"] as? String == error.description)
      #expect(try JSONDecoder().decode(YearbookError.self, from: data) == error)
    }
    let json = String(decoding: try CanonicalJSON.encode(YearbookError.invalidCurrency("rmb")), as: UTF8.self)
    #expect(json.contains(#""error" : "invalidCurrency""#))
  }
}
