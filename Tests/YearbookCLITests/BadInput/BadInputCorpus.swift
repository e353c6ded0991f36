import AIYearbook
import Foundation

// The bad-input corpus (issue 13, part 1): hostile bytes are files under
// Tests/Fixtures/Yearbook/hostile/; every schema-level case is the one valid base
// fixture, Tests/Fixtures/Yearbook/corpus/base.json, changed by a few mutations.
// Each case lists every problem it must draw, with its rule, path, id and field.

private typealias E = BadInputCase.Expected

// The base fixture's identifiers.
private let event0 = "event-2025-06-01-corpus-lab-releases-model"
private let event1 = "event-2025-06-03-corpus-lab-releases-model"
private let result0 = "result-corpus-model-arena-accuracy"
private let round0 = "funding-2025-06-corpus-lab-series-a"
private let regulation0 = "regulation-cn-corpus-measures"
private let users = "stat-corpus-model-users-2025-06"
private let forecast = "stat-corpus-model-users-forecast-2026"
private let shareUnder30 = "stat-corpus-user-share-under-30-2025-06"
private let share30Plus = "stat-corpus-user-share-30-plus-2025-06"

extension BadInputCorpus {
  static let cases: [BadInputCase] =
    hostileCases + shapeCases + typeCases + identifierCases + dateCases + numberCases + codeCases + referenceCases
    + citationCases + ruleCases + jsonLinesCases

  // MARK: Raw bytes that are not UTF-8 JSON in the export format (exit 2)

  static let hostileCases: [BadInputCase] = [
    .hostile("empty.json", message: "the file is empty"),
    .hostile("whitespace-only.json", message: "line 3, column 1: the file ends before the JSON value does"),
    .hostile("binary.json", message: "not valid UTF-8"),
    .hostile("truncated.json", message: "line 1, column 121: the file ends before the JSON value does"),
    .hostile("deep-nesting.json", message: "nesting deeper than 512 levels"),
    .hostile("deep-nesting-in-record.json", message: "nesting deeper than 512 levels"),
    .hostile("number-beyond-double.json", message: "the number 1e999 is beyond what a Double holds"),
    .hostile("nan-literal.json", message: "line 1, column 51: not valid JSON"),
    .hostile("latin1.json", message: "not valid UTF-8"),
    .hostile("invalid-utf8-in-string.json", message: "not valid UTF-8"),
    .hostile("overlong-utf8.json", message: "not valid UTF-8"),
    .hostile("utf8-surrogate.json", message: "not valid UTF-8"),
    .hostile("utf16.json", message: "not valid UTF-8"),
    .hostile("trailing-garbage.json", message: "line 2, column 1: more follows the JSON value"),
    .hostile("two-objects.json", message: "line 2, column 1: more follows the JSON value"),
    .hostile(
      "unescaped-control-character.json", message: "line 1, column 207: a control character in a string must be escaped"
    ),
    .hostile("single-quotes.json", message: "line 1, column 2: not valid JSON"),
    .hostile("trailing-comma.json", message: "a comma before ]"),
    .hostile("comment.json", message: "line 1, column 1: not valid JSON"),
    .hostile("leading-zeros.json", message: "line 1, column 51: the number 007 has a leading zero"),
  ]

  // MARK: The top of the file

  static let shapeCases: [BadInputCase] = [
    .hostile("top-level-array.json", .shape, message: "expected an export object"),
    .hostile("top-level-string.json", .shape, message: "expected an export object"),
    .hostile("top-level-null.json", .shape, message: "expected an export object, found null"),
    .mutated(
      "collection-not-an-array", .shape, [.set("events", ["id": "event-x-y"])],
      [.unreadable("$.events: expected another type")]),
    .mutated(
      "schema-version-missing", .schemaVersion, [.remove("schemaVersion")],
      [E.schema("$", nil, "schemaVersion", "is missing")]),
    .mutated(
      "schema-version-2", .schemaVersion, [.set("schemaVersion", "2.0.0")],
      [E.error(.schema, "$", nil, "", "schema version 2.0.0 is not supported (this library reads 1.x)")]),
    .mutated(
      "schema-version-not-semver", .schemaVersion, [.set("schemaVersion", "one")],
      [E.error(.schema, "$", nil, "", "schema version one is not supported")]),
    .mutated(
      "schema-version-a-number", .schemaVersion, [.set("schemaVersion", 1)],
      [.unreadable("$.schemaVersion")]),
    BadInputCase(
      name: "duplicate-key-in-record", category: .shape,
      files: [.init(name: "duplicate-key-in-record.json", input: .hostile("duplicate-key-in-record.json"))],
      expected: [.unreadable("the key \"date\" appears twice in one object")]),
    BadInputCase(
      name: "duplicate-collection-key", category: .shape,
      files: [.init(name: "duplicate-collection-key.json", input: .hostile("duplicate-collection-key.json"))],
      expected: [.unreadable("the key \"events\" appears twice in one object")]),
  ]

  // MARK: Wrong types at every level

  static let typeCases: [BadInputCase] = [
    .mutated(
      "element-not-an-object", .wrongType, [.set("events[2]", 42)],
      [E.schema("$.events[2]", nil, "", "expected")]),
    .mutated(
      "title-a-string", .wrongType, [.set("events[0].title", "Corpus Lab releases Corpus Model")],
      [E.schema("$.events[0]", event0, "title", "expected")]),
    .mutated(
      "quote-a-number", .wrongType, [.set("events[0].citations[0].quote", 42)],
      [E.schema("$.events[0]", event0, "citations[0].quote", "expected")]),
    .mutated(
      "amount-a-string", .wrongType, [.set("fundingRounds[0].amount.amount", "100000000")],
      [E.schema("$.fundingRounds[0]", round0, "amount.amount", "expected")]),
    .mutated(
      "score-a-string", .wrongType, [.set("benchmarkResults[0].score.value", "high")],
      [E.schema("$.benchmarkResults[0]", result0, "score.value", "expected")]),
    .mutated(
      "exhaustive-a-string", .wrongType, [.set("statistics[3].breakdown.exhaustive", "yes")],
      [E.schema("$.statistics[3]", shareUnder30, "breakdown.exhaustive", "expected")]),
    .mutated(
      "party-a-string", .wrongType, [.set("fundingRounds[0].parties[0]", "org-corpus-lab")],
      [E.schema("$.fundingRounds[0]", round0, "parties[0]", "expected")]),
    .mutated(
      "organizations-an-object", .wrongType, [.set("events[0].organizations", ["org-corpus-lab": true])],
      [E.schema("$.events[0]", event0, "organizations", "expected")]),
    .mutated(
      "metric-minimum-a-string", .wrongType, [.set("benchmarks[0].metrics[0].minimum", "0")],
      [E.schema("$.benchmarks[0]", "benchmark-corpus-arena", "metrics[0].minimum", "expected")]),
    .mutated(
      "id-a-number", .wrongType, [.set("organizations[0].id", 7)],
      [
        E.schema("$.organizations[0]", nil, "id", "expected"),
        // Without its id the organization cannot be referred to.
        E.error(
          .referencesResolve, "$.fundingRounds[0]", round0, "parties[1].organization",
          "organization org-corpus-fund does not exist"),
      ]),
    .mutated(
      "title-missing", .missingField, [.remove("events[0].title")],
      [E.schema("$.events[0]", event0, "title", "is missing")]),
    .mutated(
      "citations-missing", .missingField, [.remove("events[1].citations")],
      [E.schema("$.events[1]", event1, "citations", "is missing")]),
    .mutated(
      "locator-missing", .missingField, [.remove("statistics[0].citations[0].locator")],
      [E.schema("$.statistics[0]", users, "citations[0].locator", "is missing")]),
    .mutated(
      "null-value-without-unspecified", .missingField, [.set("statistics[0].value.value", nil)],
      [E.schema("$.statistics[0]", users, "value.value", "unspecified")]),
  ]

  // MARK: Identifiers and duplicates

  static let identifierCases: [BadInputCase] = [
    .mutated(
      "id-missing", .identifiers, [.remove("products[1].id")],
      [
        E.schema("$.products[1]", nil, "id", "is missing"),
        E.error(
          .referencesResolve, "$.benchmarkResults[0]", result0, "comparedWith[0].subject.product",
          "product product-corpus-model-mini does not exist"),
      ]),
    .mutated(
      "id-badly-formed", .identifiers,
      [
        .set("events[1].id", "event-Corpus_Lab"), .set("events[0].disagreesWith", []),
        .remove("events[1].disagreesWith"),
      ],
      [E.error(.identifierFormat, "$.events[1]", "event-Corpus_Lab", "id", "does not match")]),
    .mutated(
      "id-wrong-prefix", .identifiers, [.set("regulations[0].id", "law-cn-corpus-measures")],
      [E.error(.identifierFormat, "$.regulations[0]", "law-cn-corpus-measures", "id", "with prefix regulation-")]),
    .mutated(
      "duplicate-id-in-file", .duplicates,
      [.copy("statistics[0]", to: "statistics[4]"), .set("statistics[4].value.value", 13_000_000)],
      [E.error(.uniqueIdentifiers, "$.statistics[4]", users, "id", "with different value")]),
    .mutated(
      "duplicate-id-across-kinds", .duplicates,
      [
        .copy("events[0]", to: "events[2]"), .set("events[2].id", "org-corpus-lab"), .remove("events[2].disagreesWith"),
      ],
      [
        E.error(.identifierFormat, "$.events[2]", "org-corpus-lab", "id", "with prefix event-"),
        E.error(.uniqueIdentifiers, "$.events[2]", "org-corpus-lab", "id", "as another kind"),
      ]),
    BadInputCase(
      name: "duplicate-id-across-files", category: .duplicates,
      files: [
        .init(name: "first.json", input: .base([])),
        .init(
          name: "second.json",
          input: .base([.set("fundingRounds[0].amount.amount", 200_000_000)])),
      ],
      expected: [
        E.error(.uniqueIdentifiers, "$.fundingRounds[0]", round0, "id", "first.json", file: "second.json")
      ]),
    .mutated(
      "duplicate-id-against-embedded", .duplicates,
      [
        .set(
          "organizations[2]",
          ["id": "org-manus", "name": ["zh": "Manus", "en": "Manus AI"], "aliases": [], "kind": "startup"])
      ],
      embedded: true,
      [E.error(.uniqueIdentifiers, "$.organizations[2]", "org-manus", "id", "with different name")]),
  ]

  // MARK: Dates

  static let dateCases: [BadInputCase] = [
    .mutated(
      "date-month-13", .dates, [.set("fundingRounds[0].date", "2025-13-01")],
      [E.schema("$.fundingRounds[0]", round0, "date", "month 13 is out of range 1–12")]),
    .mutated(
      "date-february-30", .dates, [.set("events[0].date", "2025-02-30")],
      [E.schema("$.events[0]", event0, "date", "\"2025-02-30\" is not a valid date")]),
    .mutated(
      "date-february-29-not-leap", .dates, [.set("events[0].date", "2025-02-29")],
      [E.schema("$.events[0]", event0, "date", "\"2025-02-29\" is not a valid date")]),
    .mutated(
      "date-slashes", .dates, [.set("statistics[0].date", "2025/06/01")],
      [E.schema("$.statistics[0]", users, "date", "\"2025/06/01\" is not a valid date")]),
    .mutated(
      "date-quarter-5", .dates, [.set("statistics[0].date", "2025-Q5")],
      [E.schema("$.statistics[0]", users, "date", "\"2025-Q5\" is not a valid date")]),
    .mutated(
      "date-words", .dates, [.set("regulations[0].milestones[1].date", "May 2025")],
      [E.schema("$.regulations[0]", regulation0, "milestones[1].date", "\"May 2025\" is not a valid date")]),
    .mutated(
      "date-range-reversed", .dates, [.set("events[0].date", "2025-06-05/2025-06-01")],
      [E.schema("$.events[0]", event0, "date", "2025-06-05/2025-06-01")]),
    .mutated(
      "date-empty", .dates, [.set("statistics[1].reportedOn", "")],
      [E.schema("$.statistics[1]", forecast, "reportedOn", "is not a valid date")]),
    .mutated(
      "date-a-number", .dates, [.set("sources[0].date", 20_251_201)],
      [E.schema("$.sources[0]", "src-950", "date", "expected")]),
  ]

  // MARK: Numbers

  static let numberCases: [BadInputCase] = [
    .mutated(
      "negative-amount", .numbers, [.set("fundingRounds[0].amount.amount", -100_000_000)],
      [E.error(.nonNegative, "$.fundingRounds[0]", round0, "amount.amount", "is negative")]),
    .mutated(
      "negative-alternate-amount", .numbers, [.set("fundingRounds[0].amount.alternates[0].amount", -1)],
      [E.error(.nonNegative, "$.fundingRounds[0]", round0, "amount.alternates[0].amount", "is negative")]),
    .mutated(
      "negative-statistic", .numbers, [.set("statistics[0].value.value", -12_000_000)],
      [E.error(.nonNegative, "$.statistics[0]", users, "value.value", "is negative")]),
    .mutated(
      "nan-amount", .numbers, [.set("fundingRounds[0].amount.amount", .raw("NaN"))],
      [.unreadable("not valid JSON")]),
    .mutated(
      "infinity-score", .numbers, [.set("benchmarkResults[0].score.value", .raw("Infinity"))],
      [.unreadable("not valid JSON")]),
    .mutated(
      "amount-beyond-double", .numbers, [.set("fundingRounds[0].valuation.amount.amount", .raw("1e400"))],
      [.unreadable("the number 1e400 is beyond what a Double holds")]),
    .mutated(
      "negative-beyond-double", .numbers, [.set("statistics[0].value.value", .raw("-1e400"))],
      [.unreadable("the number -1e400 is beyond what a Double holds")]),
    .mutated(
      "lone-surrogate-escape", .hostileBytes, [.set("events[0].title.en", .raw(#""a lone \udc00 half""#))],
      [.unreadable("a \\u escape gives half of a surrogate pair without the other half")]),
    .mutated(
      "high-surrogate-without-low", .hostileBytes, [.set("events[1].title.en", .raw(#""a high \ud83d alone""#))],
      [.unreadable("a \\u escape gives half of a surrogate pair without the other half")]),
    .mutated(
      "score-above-maximum", .numbers, [.set("benchmarkResults[0].score.value", 187.5)],
      [E.error(.scoreWithinRange, "$.benchmarkResults[0]", result0, "score", "outside the range")]),
  ]

  // MARK: Currency and unit codes

  static let codeCases: [BadInputCase] = [
    .mutated(
      "currency-rmb", .codes, [.set("fundingRounds[0].amount.currency", "rmb")],
      [
        E.error(
          .currencyCode, "$.fundingRounds[0]", round0, "amount.currency", "\"rmb\" is not an ISO 4217 currency code")
      ]
    ),
    .mutated(
      "currency-lowercase", .codes, [.set("fundingRounds[0].valuation.amount.currency", "usd")],
      [E.error(.currencyCode, "$.fundingRounds[0]", round0, "valuation.amount.currency", "\"usd\"")]),
    .mutated(
      "currency-not-iso", .codes, [.set("fundingRounds[0].amount.alternates[0].currency", "XYZ")],
      [E.error(.currencyCode, "$.fundingRounds[0]", round0, "amount.alternates[0].currency", "\"XYZ\"")]),
    .mutated(
      "currency-empty", .codes, [.set("fundingRounds[0].amount.currency", "")],
      [E.error(.currencyCode, "$.fundingRounds[0]", round0, "amount.currency", "\"\"")]),
    .mutated(
      "unit-empty", .codes, [.set("metrics[1].unit", "")],
      [
        E.error(.statisticHasMetric, "$.metrics[1]", "metric-corpus-users", "unit", "the unit is empty"),
        E.warning(
          .unknownVocabulary, "$.metrics[1]", "metric-corpus-users", "unit", "\"\" is not in this version's vocabulary"),
      ]),
    .mutated(
      "unit-unknown", .codes, [.set("statistics[0].value.unit", "persons")],
      [
        E.warning(
          .unknownVocabulary, "$.statistics[0]", users, "value.unit", "\"persons\" is not in this version's vocabulary")
      ]
    ),
  ]

  // MARK: Dangling references of every kind

  static let referenceCases: [BadInputCase] = [
    reference(
      "event-organization", "events[0].organizations[0]", "$.events[0]", event0, "organizations[0]", "organization"),
    reference("event-product", "events[0].products[0]", "$.events[0]", event0, "products[0]", "product"),
    reference(
      "organization-parent", "organizations[0].parent", "$.organizations[0]", "org-corpus-fund", "parent",
      "organization"),
    reference(
      "product-organization", "products[0].organizations[0]", "$.products[0]", "product-corpus-model",
      "organizations[0]", "organization"),
    reference(
      "product-parent", "products[1].parent", "$.products[1]", "product-corpus-model-mini", "parent", "product"),
    reference(
      "funding-party", "fundingRounds[0].parties[1].organization", "$.fundingRounds[0]", round0,
      "parties[1].organization",
      "organization"),
    reference(
      "funding-product", "fundingRounds[0].products[0]", "$.fundingRounds[0]", round0, "products[0]", "product"),
    reference(
      "regulation-issuer", "regulations[0].issuers[0]", "$.regulations[0]", regulation0, "issuers[0]", "organization"),
    reference(
      "result-subject-product", "benchmarkResults[0].subject.product", "$.benchmarkResults[0]", result0,
      "subject.product", "product"),
    reference(
      "result-compared-product", "benchmarkResults[0].comparedWith[0].subject.product", "$.benchmarkResults[0]",
      result0, "comparedWith[0].subject.product", "product"),
    .mutated(
      "result-benchmark", .references, [.set("benchmarkResults[0].benchmark", "benchmark-nowhere")],
      [E.error(.referencesResolve, "$.benchmarkResults[0]", result0, "benchmark", "benchmark-nowhere does not exist")]),
    .mutated(
      "result-undeclared-metric", .references, [.set("benchmarkResults[0].metric", "speed")],
      [E.error(.scoreWithinRange, "$.benchmarkResults[0]", result0, "metric", "declares no metric \"speed\"")]),
    .mutated(
      "statistic-metric", .references, [.set("statistics[0].metric", "metric-nowhere")],
      [E.error(.statisticHasMetric, "$.statistics[0]", users, "metric", "metric metric-nowhere does not exist")]),
    reference(
      "statistic-producer", "statistics[1].producer", "$.statistics[1]", forecast, "producer", "organization"),
    reference("statistic-product", "statistics[0].products[0]", "$.statistics[0]", users, "products[0]", "product"),
    .mutated(
      "citation-source", .references, [.set("events[1].citations[0].source", "src-999")],
      [E.error(.referencesResolve, "$.events[1]", event1, "citations[0].source", "source src-999 does not exist")]),
    .mutated(
      "alias-citation-source", .references, [.set("regulations[0].aliases[0].citation.source", "src-999")],
      [
        E.error(
          .referencesResolve, "$.regulations[0]", regulation0, "aliases[0].citation.source",
          "source src-999 does not exist")
      ]),
    .mutated(
      "disagreement-target", .references, [.set("events[0].disagreesWith[0]", "event-2025-06-02-nowhere")],
      [
        E.error(.disagreementsLinked, "$.events[0]", event0, "disagreesWith[0]", "does not exist"),
        E.error(.disagreementsLinked, "$.events[1]", event1, "disagreesWith[0]", "does not list"),
      ]),
    .mutated(
      "disagreement-self", .references, [.set("events[0].disagreesWith[1]", .string(event0))],
      [E.error(.disagreementsLinked, "$.events[0]", event0, "disagreesWith[1]", "the record links itself")]),
  ]

  /// A reference of one kind made to point nowhere.
  static func reference(
    _ name: String, _ mutated: String, _ path: String, _ id: String, _ field: String, _ kind: String
  ) -> BadInputCase {
    let target = (kind == "product" ? "product" : "org") + "-nowhere"
    return .mutated(
      "dangling-" + name, .references, [.set(mutated, .string(target))],
      [
        E.error(.referencesResolve, path, id, field, "\(kind) \(target) does not exist")
      ])
  }

  // MARK: Citations and quotes

  static let citationCases: [BadInputCase] = [
    .mutated(
      "no-citation", .citations, [.set("fundingRounds[0].citations", [])],
      [E.error(.cited, "$.fundingRounds[0]", round0, "citations", "no citation")]),
    .mutated(
      "quote-201-characters", .citations,
      [.set("events[0].citations[0].quote", .string(String(repeating: "语", count: 201)))],
      [E.error(.cited, "$.events[0]", event0, "citations[0].quote", "the quote has 201 characters (at most 200)")]),
    .mutated(
      "quote-empty", .citations, [.set("statistics[2].citations[0].quote", "")],
      [E.error(.cited, "$.statistics[2]", share30Plus, "citations[0].quote", "the quote is empty")]),
    .mutated(
      "locator-empty", .citations, [.set("benchmarkResults[0].citations[0].locator", "")],
      [E.error(.cited, "$.benchmarkResults[0]", result0, "citations[0].locator", "the locator is empty")]),
    .mutated(
      "alias-quote-201-characters", .citations,
      [.set("regulations[0].aliases[0].citation.quote", .string(String(repeating: "a", count: 201)))],
      [E.error(.cited, "$.regulations[0]", regulation0, "aliases[0].citation.quote", "201 characters")]),
  ]

  // MARK: Other integrity rules

  static let ruleCases: [BadInputCase] = [
    .mutated(
      "forecast-before-report", .rules, [.set("statistics[1].reportedOn", "2027-01")],
      [E.error(.forecastAfterReport, "$.statistics[1]", forecast, "date", "ends before it was reported")]),
    .mutated(
      "shares-not-100", .rules, [.set("statistics[2].value.value", 30)],
      [E.error(.exhaustiveSharesSum, "$.statistics", share30Plus, "breakdown", "sums to 90")]),
    .mutated(
      "benchmark-without-metric", .rules, [.set("benchmarks[0].metrics", []), .remove("benchmarkResults")],
      [E.error(.scoreWithinRange, "$.benchmarks[0]", "benchmark-corpus-arena", "metrics", "declares no metric")]),
    .mutated(
      "newer-vocabulary", .rules, [.set("events[0].category", "quantumLeap")],
      [E.warning(.unknownVocabulary, "$.events[0]", event0, "category", "\"quantumLeap\"")]),
  ]

  // MARK: JSON Lines

  static let jsonLinesCases: [BadInputCase] = [
    BadInputCase(
      name: "jsonl-bad-date", category: .jsonLines,
      files: [.init(name: "jsonl-bad-date.jsonl", input: .baseLines([.set("fundingRounds[0].date", "2025-13-01")]))],
      expected: [E.schema("line 13", round0, "date", "month 13 is out of range 1–12")]),
    BadInputCase(
      name: "jsonl-rmb", category: .jsonLines,
      files: [.init(name: "jsonl-rmb.jsonl", input: .baseLines([.set("fundingRounds[0].amount.currency", "rmb")]))],
      expected: [E.error(.currencyCode, "line 13", round0, "amount.currency", "\"rmb\"")]),
  ]
}
