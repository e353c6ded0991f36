import AIYearbook
import Foundation
import Testing

/// The `en` side of every bilingual text reads as English: Chinese characters appear
/// only inside 《》 or quotation marks, or in parentheses right after an English
/// rendering — “standard practice” (标配), the Act (法案) (issue "Data 0.2").
@Suite("English texts")
struct EnglishTextTests {
  /// Whether a scalar is a CJK ideograph, CJK punctuation or a full-width form.
  static func isCJK(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x3000...0x303F, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0xFF00...0xFFEF, 0x20000...: true
    default: false
    }
  }

  /// The text without what may hold Chinese: a parenthesis right after a Latin
  /// letter, digit, closing bracket, closing quotation mark or full stop; then
  /// 《…》, “…”, "…", 「…」, ‘…’ and '…' (an apostrophe inside a word opens nothing).
  static func strippingAllowed(_ text: String) -> String {
    var scalars = Array(text.unicodeScalars)
    func isWordScalar(_ scalar: Unicode.Scalar?) -> Bool {
      guard let scalar, scalar.isASCII else { return false }
      return scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
    }
    /// Removes each span from an opening scalar the predicate accepts to the next closing one.
    func remove(opening: (Int) -> Bool, closing: (Int) -> Bool) {
      var index = 0
      while index < scalars.count {
        guard opening(index), let end = scalars.indices.dropFirst(index + 1).first(where: closing) else {
          index += 1
          continue
        }
        scalars.replaceSubrange(index...end, with: [" "])
        index += 1
      }
    }
    let afterEnglish = Set("0123456789)]”\"’'.-".unicodeScalars)
    remove(
      opening: { index in
        guard scalars[index] == "(" || scalars[index] == "（" else { return false }
        let previous = scalars[..<index].last { $0 != " " }
        return isWordScalar(previous) || previous.map(afterEnglish.contains) == true
      },
      closing: { scalars[$0] == ")" || scalars[$0] == "）" })
    for (open, close) in [("《", "》"), ("“", "”"), ("\"", "\""), ("「", "」"), ("‘", "’")]
      as [(Unicode.Scalar, Unicode.Scalar)]
    {
      remove(opening: { scalars[$0] == open }, closing: { scalars[$0] == close })
    }
    remove(
      opening: { scalars[$0] == "'" && !isWordScalar($0 > 0 ? scalars[$0 - 1] : nil) },
      closing: { scalars[$0] == "'" && !isWordScalar($0 + 1 < scalars.count ? scalars[$0 + 1] : nil) })
    var result = String.UnicodeScalarView()
    result.append(contentsOf: scalars)
    return String(result)
  }

  /// Whether `text` has Chinese outside the allowed places.
  static func offends(_ text: String) -> Bool {
    strippingAllowed(text).unicodeScalars.contains(where: isCJK)
  }

  /// Every `en` string of a `{zh, en}` object in the JSON, with its path.
  static func englishTexts(in json: Any, path: String = "$") -> [(path: String, text: String)] {
    if let object = json as? [String: Any] {
      if object["zh"] is String, let english = object["en"] as? String { return [(path, english)] }
      let name = (object["id"] as? String).map { "[\($0)]" } ?? ""
      return object.keys.sorted().flatMap { englishTexts(in: object[$0]!, path: "\(path)\(name).\($0)") }
    }
    if let array = json as? [Any] {
      return array.enumerated().flatMap { englishTexts(in: $0.element, path: "\(path)[\($0.offset)]") }
    }
    return []
  }

  @Test(
    "The rule allows 《》, quotation marks and a parenthesis after English; nothing else",
    arguments: [
      ("An alias: 《法案》", false),
      ("The text says “垂直深耕” here", false),
      ("section 1 is headed '2024年AI技术里程碑事件'", false),
      ("src-000's keyword section says '截至9月' there", false),
      ("compute supply (算力供给)", false),
      ("“and above” (以上) applies to both", false),
      ("'According to the latest data' (根据最新数据)", false),
      ("the list ends in 等", true),
      ("sections 一–三 review 2024", true),
      ("(以上) at the start", true),
      ("Counted in 家 (firms)", true),
      ("a full stop。", true),
    ])
  func rule(_ text: String, offends: Bool) {
    #expect(Self.offends(text) == offends)
  }

  @Test("No en text of the dataset holds Chinese outside 《》, quotation marks or a parenthesis after English")
  func noChineseInEnglish() throws {
    let data = try CanonicalJSON.encode(Yearbook.embedded().dataset)
    let texts = Self.englishTexts(in: try JSONSerialization.jsonObject(with: data))
    #expect(texts.count > 2000, "found only \(texts.count) en texts")
    let offending = texts.filter { Self.offends($0.text) }
    #expect(
      offending.isEmpty,
      "\(offending.count) en texts hold Chinese: \(offending.prefix(10).map { "\($0.path): \($0.text)" })")
  }
}
