import AIYearbookCore
import Testing

@Suite("Region names")
struct RegionNameTests {
  @Test(
    "countries, provinces and groupings are named in both languages; unknown codes are their own name",
    arguments: [
      ("CN", "中国", "China"), ("US", "美国", "United States"), ("CN-GD", "广东", "Guangdong"),
      ("CN-JJJ", "京津冀", "Beijing–Tianjin–Hebei"), ("WORLD", "全球", "World"), ("EU", "欧盟", "European Union"),
      ("XX", "XX", "XX"),
    ])
  func names(code: String, chinese: String, english: String) {
    #expect(Region(code).name == LocalizedText(zh: chinese, en: english))
  }
}
