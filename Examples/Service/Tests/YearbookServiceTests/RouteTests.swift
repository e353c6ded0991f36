import AIYearbook
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
import YearbookService

/// In-process tests of every route: the router is driven without a socket.
@Suite struct RouteTests {
  /// Runs `body` against the service over the embedded data (or `yearbook`).
  func withService(
    _ yearbook: Yearbook? = nil, _ body: @escaping @Sendable (any TestClientProtocol) async throws -> Void
  ) async throws {
    let data = try yearbook ?? Yearbook.embedded()
    let router = try YearbookServer.router(yearbook: data, publicFolder: YearbookServer.defaultPublicFolder())
    try await Application(router: router).test(.router, body)
  }

  /// The JSON of a response body.
  func json(_ response: TestResponse) throws -> Any {
    try JSONSerialization.jsonObject(with: Data(buffer: response.body), options: [.fragmentsAllowed])
  }

  /// The problem object of a 4xx response, after checking its status and content type.
  func problem(_ response: TestResponse, status: HTTPResponse.Status) throws -> [String: Any] {
    #expect(response.status == status)
    #expect(response.headers[.contentType] == "application/problem+json")
    let object = try #require(try json(response) as? [String: Any])
    #expect((object["type"] as? String)?.hasPrefix("urn:aiyearbook:problem:") == true)
    #expect(object["title"] is String)
    #expect(object["detail"] is String)
    #expect(object["status"] as? Int == Int(status.code))
    return object
  }

  @Test func healthNamesTheData() async throws {
    try await withService { client in
      try await client.execute(uri: "/health", method: .get) { response in
        #expect(response.status == .ok)
        let object = try #require(try json(response) as? [String: Any])
        #expect(object["status"] as? String == "ok")
        let summary = try #require(object["summary"] as? [String: Any])
        #expect((summary["dataVersion"] as? String)?.isEmpty == false)
      }
    }
  }

  @Test func recordsArePagedWithTheirTotal() async throws {
    let total = try Yearbook.embedded().events.count()
    try await withService { client in
      try await client.execute(uri: "/records?kind=events&limit=5&offset=2&sort=-date", method: .get) { response in
        #expect(response.status == .ok)
        let page = try #require(try json(response) as? [String: Any])
        #expect(page["total"] as? Int == total)
        #expect(page["offset"] as? Int == 2)
        #expect(page["limit"] as? Int == 5)
        let items = try #require(page["items"] as? [[String: Any]])
        #expect(items.count == 5)
        #expect(items.allSatisfy { ($0["citations"] as? [Any])?.isEmpty == false && $0["type"] == nil })
      }
    }
  }

  @Test func recordFiltersResolveNames() async throws {
    let expected = try Yearbook.embedded().events.filter(organization: "org-openai").count()
    try await withService { client in
      try await client.execute(uri: "/records?kind=events&organization=OpenAI&limit=200", method: .get) { response in
        #expect(response.status == .ok)
        let page = try #require(try json(response) as? [String: Any])
        #expect(page["total"] as? Int == expected)
      }
      try await client.execute(uri: "/records?kind=events&from=2025-12&to=2025-12", method: .get) { response in
        #expect(response.status == .ok)
      }
    }
  }

  @Test func anElementCarriesItsType() async throws {
    let id = try #require(try Yearbook.embedded().dataset.fundingRounds.first?.id.rawValue)
    try await withService { client in
      try await client.execute(uri: "/records/\(id)", method: .get) { response in
        #expect(response.status == .ok)
        let object = try #require(try json(response) as? [String: Any])
        #expect(object["type"] as? String == "fundingRounds")
        #expect(object["id"] as? String == id)
        #expect((object["citations"] as? [Any])?.isEmpty == false)
      }
    }
  }

  @Test func badParametersAreProblemsNamingTheParameter() async throws {
    let cases: [(uri: String, parameter: String)] = [
      ("/records?kind=events&limit=201", "limit"),
      ("/records?kind=events&limit=0", "limit"),
      ("/records?kind=events&offset=-1", "offset"),
      ("/records?kind=nope", "kind"),
      ("/records", "kind"),
      ("/records?kind=events&limit=ten", "limit"),
      ("/records?kind=events&sort=value", "sort"),
      ("/records?kind=events&dateMode=within", "dateMode"),
      ("/records?kind=events&from=2025-13", "from"),
      ("/records?kind=events&from=2025-12&to=2025-01", "to"),
      ("/records?kind=events&region=cn", "region"),
      ("/records?kind=events&tag=", "tag"),
      ("/records?kind=events&metric=metric-genai-users", "metric"),
      ("/search", "q"),
      ("/search?q=", "q"),
      ("/search?q=\(String(repeating: "a", count: 201))", "q"),
      ("/groups?kind=events", "by"),
      ("/groups?kind=events&by=weekday", "by"),
      ("/groups?kind=events&by=year&currency=USD", "currency"),
      ("/groups?kind=fundingRounds&by=year&currency=ZZZ", "currency"),
      ("/groups?kind=fundingRounds&by=year&currency=usd", "currency"),
    ]
    try await withService { client in
      for (uri, parameter) in cases {
        try await client.execute(uri: uri, method: .get) { response in
          let object = try problem(response, status: .badRequest)
          #expect(object["parameter"] as? String == parameter, "\(uri)")
        }
      }
    }
  }

  @Test func unknownIdsAndNamesAre404sWithSuggestions() async throws {
    let cases: [(uri: String, suggestion: String)] = [
      ("/records/org-open-ai", "org-openai"),
      ("/organizations/Open%20A", "org-openai"),
      ("/records?kind=events&organization=org-open-ai", "org-openai"),
    ]
    try await withService { client in
      for (uri, suggestion) in cases {
        try await client.execute(uri: uri, method: .get) { response in
          let object = try problem(response, status: .notFound)
          #expect((object["suggestions"] as? [String])?.contains(suggestion) == true, "\(uri)")
        }
      }
      try await client.execute(uri: "/leaderboards/benchmark-nope", method: .get) { response in
        _ = try problem(response, status: .notFound)
      }
      try await client.execute(uri: "/breakdowns?dimension=weekday", method: .get) { response in
        let object = try problem(response, status: .notFound)
        #expect((object["suggestions"] as? [String])?.contains("age") == true)
      }
      try await client.execute(uri: "/no/such/path", method: .get) { response in
        _ = try problem(response, status: .notFound)
      }
    }
  }

  @Test func searchRanksUnicornFigures() async throws {
    try await withService { client in
      try await client.execute(uri: "/search?q=unicorn&limit=20", method: .get) { response in
        #expect(response.status == .ok)
        let hits = try #require(try json(response) as? [[String: Any]])
        #expect(!hits.isEmpty)
        let tiers = hits.compactMap { $0["tier"] as? Int }
        #expect(tiers == tiers.sorted())
      }
    }
  }

  @Test func fundingGroupsCarryTotalsRatesAndExclusions() async throws {
    try await withService { client in
      try await client.execute(uri: "/groups?kind=fundingRounds&by=quarter&currency=USD", method: .get) { response in
        #expect(response.status == .ok)
        let groups = try #require(try json(response) as? [[String: Any]])
        #expect(!groups.isEmpty)
        #expect(groups.allSatisfy { $0["currency"] as? String == "USD" && $0["excluded"] is [Any] })
        #expect(groups.contains { ($0["group"] as? String)?.contains("-Q") == true })
      }
    }
  }

  @Test func conflictsShowBothSides() async throws {
    try await withService { client in
      try await client.execute(uri: "/conflicts", method: .get) { response in
        #expect(response.status == .ok)
        let conflicts = try #require(try json(response) as? [[String: Any]])
        let values = conflicts.flatMap { ($0["sides"] as? [[String: Any]]) ?? [] }
          .compactMap { (($0["value"] as? [String: Any])?["quantity"] as? [String: Any])?["value"] as? Double }
        #expect(values.contains(54) && values.contains(42))
      }
    }
  }

  @Test func analysisRoutes() async throws {
    let benchmark = try #require(
      try Yearbook.embedded().dataset.benchmarkResults.first { $0.score?.value != nil }?.benchmark.rawValue)
    try await withService { client in
      try await client.execute(uri: "/breakdowns?dimension=age", method: .get) { response in
        #expect(response.status == .ok)
        let breakdowns = try #require(try json(response) as? [[String: Any]])
        #expect(!breakdowns.isEmpty && breakdowns.allSatisfy { $0["dimension"] as? String == "age" })
      }
      try await client.execute(uri: "/organizations/OpenAI", method: .get) { response in
        #expect(response.status == .ok)
        let profile = try #require(try json(response) as? [String: Any])
        #expect((profile["organization"] as? [String: Any])?["id"] as? String == "org-openai")
      }
      try await client.execute(uri: "/leaderboards/\(benchmark)", method: .get) { response in
        #expect(response.status == .ok)
        let boards = try #require(try json(response) as? [String: [[String: Any]]])
        #expect(boards.values.allSatisfy { $0.first?["position"] as? Int == 1 })
      }
      try await client.execute(uri: "/organizations", method: .get) { response in
        #expect(response.status == .ok)
      }
    }
  }

  @Test func thePageIsServedUnderAContentSecurityPolicy() async throws {
    try await withService { client in
      try await client.execute(uri: "/", method: .get) { response in
        #expect(response.status == .ok)
        let policy = try #require(response.headers[.contentSecurityPolicy])
        #expect(policy.contains("script-src 'self'") && !policy.contains("unsafe-inline"))
        #expect(String(buffer: response.body).contains("app.js"))
      }
      try await client.execute(uri: "/records?kind=events&limit=1", method: .get) { response in
        #expect(response.headers[.contentSecurityPolicy] != nil)
      }
    }
  }

  @Test func requestSizesAreBounded() async throws {
    try await withService { client in
      try await client.execute(
        uri: "/health", method: .get, headers: [.contentType: "application/json"],
        body: ByteBuffer(string: "{}")
      ) { response in
        _ = try problem(response, status: .contentTooLarge)
      }
      let long = String(repeating: "x", count: 70_000)
      try await client.execute(uri: "/search?q=\(long)", method: .get) { response in
        _ = try problem(response, status: .uriTooLong)
      }
    }
  }

  @Test func dataFilesAreServedAsGiven() async throws {
    let url = try #require(
      URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("scripts/fixtures/markup-titles.json") as URL?)
    let yearbook = try Yearbook.load([url])
    try await withService(yearbook) { client in
      try await client.execute(uri: "/search?q=onerror", method: .get) { response in
        let hits = try #require(try json(response) as? [[String: Any]])
        let titles = hits.compactMap { ($0["title"] as? [String: Any])?["en"] as? String }
        #expect(titles.contains("<img src=x onerror=alert(1)>"))
      }
    }
  }
}

@Suite struct ServiceOptionsTests {
  @Test func parsesTheCommandLine() throws {
    let options = try #require(
      try ServiceOptions.parse(["--data", "a.json", "--data=b.json", "--port", "9000"], environment: ["PORT": "1"]))
    #expect(options.dataFiles == ["a.json", "b.json"])
    #expect(options.port == 9000)
    #expect(options.includingEmbedded)
    #expect(try ServiceOptions.parse([], environment: ["PORT": "8123"])?.port == 8123)
    #expect(try ServiceOptions.parse(["--help"], environment: [:]) == nil)
  }

  @Test func refusesMistakes() {
    #expect(throws: ServiceOptions.UsageError.self) { try ServiceOptions.parse(["--port", "http"], environment: [:]) }
    #expect(throws: ServiceOptions.UsageError.self) { try ServiceOptions.parse(["--no-embedded"], environment: [:]) }
    #expect(throws: ServiceOptions.UsageError.self) { try ServiceOptions.parse(["--frobnicate"], environment: [:]) }
    #expect(throws: ServiceOptions.UsageError.self) { try ServiceOptions.parse([], environment: ["PORT": "99999"]) }
  }
}
