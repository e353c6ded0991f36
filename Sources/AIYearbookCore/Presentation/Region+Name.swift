extension Region {
  /// The region's name in Chinese and English (`CN` → 中国, China).
  ///
  /// Countries, Chinese provinces and the groupings of the vocabulary are
  /// named; any other code is its own name.
  ///
  /// ```swift
  /// Region.china.name.en        // "China"
  /// Region("CN-GD").name.zh     // "广东"
  /// Region("XX").name.en        // "XX"
  /// ```
  ///
  /// - Complexity: O(1).
  public var name: LocalizedText {
    Self.names[self] ?? LocalizedText(zh: rawValue, en: rawValue)
  }

  private static let names: [Region: LocalizedText] = {
    let table: [(String, String, String)] = [
      ("CN", "中国", "China"), ("US", "美国", "United States"), ("GB", "英国", "United Kingdom"),
      ("JP", "日本", "Japan"), ("KR", "韩国", "South Korea"), ("IN", "印度", "India"), ("CA", "加拿大", "Canada"),
      ("SE", "瑞典", "Sweden"), ("FR", "法国", "France"), ("DE", "德国", "Germany"), ("IT", "意大利", "Italy"),
      ("ES", "西班牙", "Spain"), ("NL", "荷兰", "Netherlands"), ("CH", "瑞士", "Switzerland"),
      ("SG", "新加坡", "Singapore"), ("AE", "阿联酋", "United Arab Emirates"), ("SA", "沙特阿拉伯", "Saudi Arabia"),
      ("IL", "以色列", "Israel"), ("AU", "澳大利亚", "Australia"), ("BR", "巴西", "Brazil"), ("RU", "俄罗斯", "Russia"),
      ("EU", "欧盟", "European Union"), ("UN", "联合国", "United Nations"), ("WORLD", "全球", "World"),
      ("EUROPE", "欧洲", "Europe"), ("ASIA", "亚洲", "Asia"), ("NORTH-AMERICA", "北美", "North America"),
      ("SOUTH-ASIA", "南亚", "South Asia"), ("SOUTHEAST-ASIA", "东南亚", "Southeast Asia"),
      ("MIDDLE-EAST", "中东", "Middle East"), ("CN-JJJ", "京津冀", "Beijing–Tianjin–Hebei"),
      ("CN-YRD", "长三角", "Yangtze River Delta"), ("CN-GBA", "粤港澳大湾区", "Greater Bay Area"),
      ("CN-BJ", "北京", "Beijing"), ("CN-TJ", "天津", "Tianjin"), ("CN-HE", "河北", "Hebei"), ("CN-SX", "山西", "Shanxi"),
      ("CN-NM", "内蒙古", "Inner Mongolia"), ("CN-LN", "辽宁", "Liaoning"), ("CN-JL", "吉林", "Jilin"),
      ("CN-HL", "黑龙江", "Heilongjiang"), ("CN-SH", "上海", "Shanghai"), ("CN-JS", "江苏", "Jiangsu"),
      ("CN-ZJ", "浙江", "Zhejiang"), ("CN-AH", "安徽", "Anhui"), ("CN-FJ", "福建", "Fujian"), ("CN-JX", "江西", "Jiangxi"),
      ("CN-SD", "山东", "Shandong"), ("CN-HA", "河南", "Henan"), ("CN-HB", "湖北", "Hubei"), ("CN-HN", "湖南", "Hunan"),
      ("CN-GD", "广东", "Guangdong"), ("CN-GX", "广西", "Guangxi"), ("CN-HI", "海南", "Hainan"),
      ("CN-CQ", "重庆", "Chongqing"), ("CN-SC", "四川", "Sichuan"), ("CN-GZ", "贵州", "Guizhou"), ("CN-YN", "云南", "Yunnan"),
      ("CN-XZ", "西藏", "Tibet"), ("CN-SN", "陕西", "Shaanxi"), ("CN-GS", "甘肃", "Gansu"), ("CN-QH", "青海", "Qinghai"),
      ("CN-NX", "宁夏", "Ningxia"), ("CN-XJ", "新疆", "Xinjiang"), ("CN-HK", "香港", "Hong Kong"),
      ("CN-MO", "澳门", "Macao"),
    ]
    return Dictionary(
      table.map { (Region($0.0), LocalizedText(zh: $0.1, en: $0.2)) }, uniquingKeysWith: { first, _ in first })
  }()
}
