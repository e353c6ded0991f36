#!/usr/bin/env python3
"""Generates Sources/AIYearbookCore/Vocabulary/*.swift and the vocabulary tables
of Documentation/Vocabulary.md from the table below (one source of truth).

usage: python3 Tools/codegen/vocabulary.py   (from the package root)
"""
import os, re

# (swift type path, file name, type doc, [(term, doc)] [, {former name: term}])
# The optional fifth element lists former names that decoding still accepts
# (generated as `aliases` and `canonical(_:)`); the data use the terms.
V = [
 ("Event.Category", "Event+Category", "What kind of happening an ``Event`` is.", [
  ("modelRelease", "A model is released or announced."),
  ("productLaunch", "An app, service, platform or feature is launched."),
  ("hardwareRelease", "A chip, device or robot is released."),
  ("partnership", "Organizations agree to work together."),
  ("research", "A research result, paper or discovery."),
  ("report", "A report, white paper, ranking or forecast is published."),
  ("enforcement", "A regulator acts against a company or practice."),
  ("litigation", "A lawsuit or court decision."),
  ("incident", "An outage, security or safety incident."),
  ("personnel", "A hire, departure or internal organizational change."),
  ("infrastructure", "Compute, data-centre or network infrastructure."),
  ("conference", "A conference, summit or trade show."),
  ("market", "A market movement, ranking in an app store, a user milestone."),
  ("milestone", "Another achievement or turning point."),
  ("governance", "A governance act that is not an instrument: a hearing, an initiative, a body formed."),
  ("award", "A prize or award."),
  ("other", "Anything else."),
 ]),
 ("Tag", "Tag", "A topic label shared by every record kind.", [
  ("agents", "AI agents: systems that plan and carry out tasks on their own (智能体, AI Agent, agentic AI), and products built as agents."),
  ("video-generation", "Generating video from text, images or other input (视频生成), and video-generation models."),
  ("image-generation", "Generating or editing images with AI (图像生成, 文生图)."),
  ("open-source", "Models, code, data or tools released openly, and open-source communities (开源)."),
  ("multimodal", "Models and products that take in or produce more than one medium: text, images, audio, video (多模态)."),
  ("reasoning", "Models' reasoning ability and reasoning models (推理 as thinking, not as serving a model)."),
  ("long-context", "How much input a model takes at once: context length (上下文)."),
  ("coding", "AI that writes or works on program code (编程)."),
  ("search", "Web search and AI search, including retrieval built into platforms (搜索, RAG)."),
  ("world-models", "Models that simulate an environment a user can act in (世界模型, interactive 3D scenes)."),
  ("embodied-ai", "AI in physical bodies that perceive and act, such as humanoid robots (具身智能)."),
  ("robotics", "Robots of any kind: industrial, humanoid, service, quadruped, farm (机器人)."),
  ("chips", "Semiconductors for AI: GPUs, accelerators, their makers and markets (芯片)."),
  ("compute", "Computing power and its supply: clusters, supercomputers, GPU counts, compute capacity (算力)."),
  ("data-centres", "Data centres, computing centres and AI factories: their building, racks and power use (数据中心)."),
  ("energy", "Electricity and energy: AI's power use, the power sector, nuclear power (能源, 电力)."),
  ("cloud", "Cloud platforms and cloud services (云)."),
  ("smartphones", "Mobile phones and AI on them (手机)."),
  ("devices", "Hardware other than phones that runs AI: terminals, wearables, appliances, on-device AI (终端)."),
  ("healthcare", "Medicine and care: diagnosis, hospitals, surgery, drug discovery (医疗)."),
  ("education", "Schools, teaching, training and learning, and AI literacy (教育)."),
  ("finance", "Banking, insurance and other financial services as a field where AI is used (金融); money for AI companies is investment."),
  ("manufacturing", "Industry and factories: industrial production, industrial AI, smart factories (制造, 工业)."),
  ("agriculture", "Farming: crops, orchards, livestock, irrigation, farm machinery (农业)."),
  ("science", "Research: AI that helps make discoveries (mathematics, biology, geoscience, astronomy, meteorology) and AI in scholarly work (科学)."),
  ("media", "Film, television, games, music, publishing, advertising and other content industries (媒体, 影视)."),
  ("e-commerce", "Selling online: e-commerce platforms, livestream sales, online ordering (电商)."),
  ("retail", "Retail trade and consumer spending (零售, 消费)."),
  ("autonomous-driving", "Self-driving vehicles and unmanned machines: robotaxis, driverless farm and construction machinery (自动驾驶)."),
  ("safety", "Keeping AI from causing harm: safety testing, safety rules, protecting users (安全)."),
  ("ethics", "Ethical principles, codes and pledges for AI (伦理)."),
  ("security", "Cybersecurity, data security and crime using AI: breaches, leaks, fraud (网络安全, 数据安全)."),
  ("privacy", "Personal information and its protection (个人信息, 隐私)."),
  ("copyright", "Copyright and the licensing of works used by or made with AI (版权, 著作权)."),
  ("deepfakes", "AI-made fakes: deepfakes, face and voice swapping, AI-generated false information (深度伪造)."),
  ("minors", "Children, school students and other minors (未成年人)."),
  ("labelling", "Labelling AI-generated content as such (标识)."),
  ("talent", "AI talent: researchers, skilled workers and their training (人才)."),
  ("employment", "Jobs and the workforce: staff numbers, work AI takes over or creates (就业)."),
  ("investment", "Money put into AI: funding rounds, financing totals, funds, public budgets, capital spending (投资, 融资)."),
  ("ipo", "Stock-market listings (上市)."),
  ("valuation", "Companies' valuations and market values (估值, 市值)."),
  ("unicorns", "Start-ups valued at USD 1 billion or more (独角兽)."),
  ("market", "Markets and competition: market size and share, revenue, sales, company counts, rankings of companies and products (市场)."),
  ("adoption", "Uptake of AI: who uses it and how much, deployments and applications in a sector (应用, 普及)."),
  ("governance", "Rules and oversight of AI: laws, policies, plans, regulators, enforcement and governance bodies (治理, 监管)."),
  ("international-cooperation", "Cooperation on AI between countries or through international bodies (国际合作)."),
  ("standards", "Technical, industry and national standards (标准)."),
  ("filings", "Registration and filing of AI services and apps with regulators (备案, 登记)."),
  ("patents", "Patents and patent rules (专利)."),
  ("export-controls", "Export controls and licence requirements on AI chips and technology (出口管制)."),
  ("antitrust", "Competition law and its enforcement (反垄断)."),
  ("hallucination", "Models stating false or unfounded content (幻觉)."),
  ("cost", "What building or using AI costs: training, inference, deployment, prices (成本, 价格)."),
  ("efficiency", "Gains in speed or productivity from AI, and AI that does more with less compute (效率)."),
  ("lightweight-models", "Small models that run cheaply or on consumer hardware and devices (轻量化)."),
  ("data", "Data as a resource for AI: datasets, annotation, data production and storage (数据)."),
  ("accessibility", "AI that helps people with disabilities (无障碍)."),
  ("benchmarks", "How systems score on tests and benchmarks, and comparisons of model performance (基准测试)."),
 ]),
 ("Qualifier", "Qualifier", "How a stated number relates to the true value (约, 超过, 以上 …).", [
  ("exact", "The number as stated, without a qualifier."),
  ("approximately", "约, 左右, 约合, 近, 接近: about the stated number."),
  ("moreThan", "超过, 超, 逾, 多, 余: more than the stated number."),
  ("atLeast", "以上, 不少于: at least the stated number."),
  ("lessThan", "不足, 不到: less than the stated number."),
  ("atMost", "以下, 以内: at most the stated number."),
  ("upTo", "高达, 最高可达: up to the stated number."),
  ("unspecified", "No number is stated (数十亿美元); `statedText` holds the words."),
 ]),
 ("Organization.Kind", "Organization+Kind", "What kind of body an ``Organization`` is.", [
  ("company", "A company."), ("startup", "A young private company."), ("university", "A university."),
  ("researchInstitute", "A research institute or laboratory."), ("government", "A government or ministry."),
  ("regulator", "A regulator."), ("legislature", "A parliament or legislature."), ("court", "A court."),
  ("intergovernmental", "An intergovernmental organization (UN bodies, OECD)."),
  ("standardsBody", "A standards body."), ("industryAssociation", "An industry association or alliance."),
  ("investor", "An investment firm or fund."), ("nonprofit", "A non-profit organization."),
  ("media", "A media outlet."), ("consultancy", "A consultancy or market-research firm."), ("other", "Anything else."),
 ]),
 ("Product.Kind", "Product+Kind", "What kind of thing a ``Product`` is.", [
  ("model", "A model or model family."), ("app", "A consumer application."), ("chip", "A chip or accelerator."),
  ("robot", "A robot."), ("system", "A system built for a task (a diagnosis system, a quality-inspection system)."),
  ("platform", "A developer or cloud platform."), ("service", "An online service or API."),
  ("device", "A device (a phone, glasses)."), ("agent", "An AI agent product."), ("other", "Anything else."),
 ]),
 ("BenchmarkResult.Outcome", "BenchmarkResult+Outcome", "What a ``BenchmarkResult`` states about its subject.", [
  ("scored", "The subject obtained a score."),
  ("beats", "The subject did better than the systems in `comparedWith`."),
  ("ranks", "The subject holds a rank (the score is the rank, or absent for \u201ctopped the board\u201d)."),
 ]),
 ("FundingRound.Kind", "FundingRound+Kind", "What kind of deal a ``FundingRound`` is.", [
  ("ventureRound", "A venture round (seed, A, B …)."),
  ("strategicInvestment", "An investment by a company in another."),
  ("acquisition", "An acquisition of a company."),
  ("publicProgramme", "A public funding programme."),
  ("fund", "A fund set up to invest."),
  ("sovereignFund", "A sovereign or state fund."),
  ("capitalExpenditurePlan", "A company's or country's planned capital expenditure."),
  ("nonCashStake", "A stake taken in exchange for something other than cash."),
 ]),
 ("FundingRound.Status", "FundingRound+Status", "How far a ``FundingRound`` had got when reported.", [
  ("announced", "Announced."), ("completed", "Completed (完成)."), ("proposed", "Proposed or planned."),
  ("rumored", "Reported as possible (或, 传闻)."), ("cancelled", "Cancelled."),
 ]),
 ("FundingRound.Party.Role", "FundingRound+Party+Role", "The part an organization plays in a ``FundingRound``.", [
  ("recipient", "Receives the money."), ("investor", "Invests."), ("leadInvestor", "Leads the round."),
  ("acquirer", "Acquires the target."), ("target", "Is acquired."), ("issuer", "Sets up a fund or programme."),
 ]),
 ("FundingRound.Valuation.Basis", "FundingRound+Valuation+Basis", "Whether a valuation is before or after the money.", [
  ("pre", "Pre-money (投前)."), ("post", "Post-money (投后, 融资后)."), ("unspecified", "The text does not say."),
 ]),
 ("Regulation.Status", "Regulation+Status", "Where a ``Regulation`` stands.", [
  ("draft", "A draft published for comment."), ("proposed", "Proposed, not yet adopted."),
  ("adopted", "Adopted, not yet in force."), ("inForce", "In force."), ("repealed", "Repealed or revoked."),
  ("unknown", "The text does not say."),
 ]),
 ("Regulation.Milestone.Kind", "Regulation+Milestone+Kind", "A step in the life of a ``Regulation``.", [
  ("draftPublished", "A draft was published."), ("issued", "The instrument was issued (印发, 发布)."),
  ("adopted", "The instrument was adopted or passed."), ("effective", "The instrument took effect (施行, 生效)."),
  ("repealed", "The instrument was repealed."),
 ]),
 ("Regulation.Category", "Regulation+Category", "What kind of instrument a ``Regulation`` is.", [
  ("law", "A law or act."), ("administrativeRegulation", "An administrative regulation."),
  ("departmentalRule", "A departmental rule or measures (办法)."), ("opinion", "An opinion (意见)."),
  ("plan", "A plan or action plan (规划, 计划, 方案)."), ("guideline", "A guideline or guidance (指引, 指南)."),
  ("standard", "A standard."), ("executiveOrder", "An executive order."), ("strategy", "A national strategy."),
  ("campaign", "A campaign (专项行动)."), ("pledge", "An industry pledge or self-discipline convention."),
  ("notice", "A notice (通知)."), ("framework", "A framework."), ("resolution", "A resolution."),
  ("other", "Anything else."),
 ]),
 ("Statistic.Measure", "Statistic+Measure", "What a ``Statistic``'s value measures.", [
  ("level", "A level: how much, how many."), ("change", "An absolute change from a baseline."),
  ("relativeChange", "A relative change from a baseline, in percent."), ("multiple", "A multiple of a baseline."),
  ("share", "A share of a whole, in percent."), ("rank", "A rank."),
 ]),
 ("Statistic.Direction", "Statistic+Direction", "Whether a change is up or down (values stay non-negative).", [
  ("increase", "An increase."), ("decrease", "A decrease."),
 ]),
 ("Statistic.Kind", "Statistic+Kind", "How a ``Statistic`` was obtained.", [
  ("survey", "A survey result."), ("market", "A market figure."), ("official", "An official figure."),
  ("estimate", "An estimate."), ("forecast", "A forecast."), ("target", "A target."),
 ]),
 ("Statistic.Breakdown.Dimension", "Statistic+Breakdown+Dimension",
  "What a ``Statistic``'s breakdown divides the population by (kebab-case, like tags and ids).", [
  ("age", "Age groups (`age-20-29`)."),
  ("case-type", "Types of typical cases in a list (technology foundation, industry application …)."),
  ("closure-cause", "Why companies closed."),
  ("country", "Countries within a wider population."),
  ("education", "Levels of education."),
  ("enterprise-size", "Sizes of enterprises (large enterprises, SMEs)."),
  ("first-choice-product", "The product users choose first."),
  ("gender", "Gender."),
  ("occupation", "Occupations."),
  ("province", "Provinces and municipalities (the categories are regions)."),
  ("purpose", "Purposes of use (usually multiple choice)."),
  ("recipient-type", "Kinds of recipients of investment (leading companies, SMEs)."),
  ("region", "Regions (the categories are regions)."),
  ("school-stage", "School stages (primary, junior high, senior high)."),
  ("sector", "Industry sectors or segments of a market."),
  ("segment", "Segments of investment (AI chips, consumer apps, open source)."),
  ("smart-factory-level", "Levels of smart factories (basic, advanced, excellence)."),
  ("spending-power", "Spending power."),
  ("talent-type", "Kinds of talent (high-end researchers, applied talent)."),
 ], {"caseType": "case-type", "firstChoiceProduct": "first-choice-product", "schoolStage": "school-stage",
     "smartFactoryLevel": "smart-factory-level", "spendingPower": "spending-power"}),
 ("Statistic.Breakdown.Kind", "Statistic+Breakdown+Kind", "How a breakdown's categories relate to the whole.", [
  ("share", "Each category's share of the whole; exhaustive shares sum to 100."),
  ("rateWithinCategory", "A rate measured within each category (penetration among 20–29-year-olds)."),
  ("multiSelect", "Shares of a multiple-choice question; they may sum to more than 100."),
  ("count", "A count per category."),
 ]),
("Quantity.Unit", "Quantity+Unit", "The unit of a ``Quantity``'s value.", [
  ("count", "A count of things or people, in full (5.15亿 is 515000000)."),
  ("percent", "Percent points (36.5 means 36.5%)."),
  ("percentagePoints", "A difference of percentages (个百分点)."),
  ("times", "A multiplier (倍)."),
  ("rank", "A position in a ranking (1 is first)."),
  ("points", "A score on a points scale that is not a percentage."),
  ("elo", "An Elo-style rating."),
  ("USD", "United States dollars."), ("CNY", "Chinese yuan (元, 人民币)."), ("EUR", "Euros."),
  ("GBP", "Pounds sterling."), ("CAD", "Canadian dollars."), ("INR", "Indian rupees."),
  ("KRW", "South Korean won."), ("JPY", "Japanese yen."),
  ("seconds", "Seconds."), ("ms", "Milliseconds."), ("minutes", "Minutes."), ("hours", "Hours."),
  ("days", "Days."), ("months", "Months."), ("years", "Years."),
  ("tokens", "Tokens."), ("parameters", "Model parameters."), ("fps", "Frames per second."),
  ("pixels", "Pixels (of an image side or resolution)."),
  ("EFLOPS", "10^18 floating-point operations per second."), ("PFLOPS", "10^15 floating-point operations per second."),
  ("TOPS", "10^12 operations per second."),
  ("kWh", "Kilowatt-hours."), ("TWh", "Terawatt-hours."), ("GW", "Gigawatts."), ("MW", "Megawatts."),
  ("TB", "Terabytes."), ("PB", "Petabytes."), ("EB", "Exabytes."), ("ZB", "Zettabytes."),
  ("GPUHours", "GPU hours."), ("cubicMetresPerMu", "Cubic metres per mu (立方米/亩)."), ("mu", "Mu (亩), a Chinese unit of land area."),
  ("kg", "Kilograms."), ("tonnes", "Metric tonnes."),
  ("CNYPerMillionTokens", "Yuan per million tokens."), ("USDPerMillionTokens", "Dollars per million tokens."),
  ("USDPerGPUHour", "Dollars per GPU hour."), ("kilometres", "Kilometres."), ("linesOfCode", "Lines of source code."),
 ]),
 ("Currency", "Currency", "An ISO 4217 currency code.", [
  ("USD", "United States dollar."), ("CNY", "Chinese yuan renminbi."), ("EUR", "Euro."),
  ("GBP", "Pound sterling."), ("CAD", "Canadian dollar."), ("INR", "Indian rupee."),
  ("KRW", "South Korean won."), ("JPY", "Japanese yen."), ("HKD", "Hong Kong dollar."),
  ("SGD", "Singapore dollar."), ("AUD", "Australian dollar."), ("CHF", "Swiss franc."),
  ("SAR", "Saudi riyal."), ("AED", "United Arab Emirates dirham."),
 ]),
 ("Benchmark.Metric.Preference", "Benchmark+Metric+Preference", "Which scores are better on a benchmark metric.", [
  ("higher", "Higher scores are better."), ("lower", "Lower scores are better (ranks, error rates)."),
 ]),
]

def swift_name(term):
    if term in ("TWh", "kWh"):
        return term.lower()
    parts = term.split("-")
    name = parts[0] + "".join(p[:1].upper() + p[1:] for p in parts[1:])
    m = re.match(r"^([A-Z]+)(?=[A-Z][a-z]|$)", name) or re.match(r"^([A-Z]+)(?![a-z])", name)
    if m:
        name = m.group(1).lower() + name[m.end(1):]
    elif name[:1].isupper():
        name = name[:1].lower() + name[1:]
    return name

out_dir = "Sources/AIYearbookCore/Vocabulary"
for path, fname, doc, terms, *rest in V:
    aliases = rest[0] if rest else {}
    *outer, name = path.split(".")
    lines = []
    indent = ""
    if outer:
        lines.append(f"extension {'.'.join(outer)} {{")
        indent = "  "
    lines.append(f"{indent}/// {doc}")
    lines.append(f"{indent}///")
    lines.append(f"{indent}/// An extensible vocabulary: values this version does not know decode and")
    lines.append(f"{indent}/// re-encode unchanged (see ``VocabularyTerm``).")
    lines.append(f"{indent}public struct {name}: VocabularyTerm {{")
    lines.append(f"{indent}  /// The term as it appears in the JSON data.")
    lines.append(f"{indent}  public let rawValue: String")
    lines.append("")
    lines.append(f"{indent}  /// Creates a term from its raw string.")
    lines.append(f"{indent}  public init(rawValue: String) {{ self.rawValue = rawValue }}")
    lines.append("")
    lines.append(f"{indent}  /// Creates a term from its raw string.")
    lines.append(f"{indent}  public init(_ rawValue: String) {{ self.rawValue = rawValue }}")
    for t, d in terms:
        lines.append("")
        lines.append(f"{indent}  /// {d}")
        lines.append(f"{indent}  public static let {swift_name(t)} = Self(\"{t}\")")
    lines.append("")
    lines.append(f"{indent}  /// Every term this version of the library knows.")
    lines.append(f"{indent}  public static let knownTerms: [Self] = [")
    for t, _ in terms:
        lines.append(f"{indent}    .{swift_name(t)},")
    lines.append(f"{indent}  ]")
    if aliases:
        first_alias, first_term = next(iter(aliases.items()))
        lines.append("")
        lines.append(f"{indent}  /// Former names that decoding still accepts, each with the term that replaced it")
        lines.append(f"{indent}  /// (`{first_alias}` → `{first_term}`). The data use the terms.")
        lines.append(f"{indent}  public static let aliases: [String: Self] = [")
        for a, t in aliases.items():
            lines.append(f"{indent}    \"{a}\": .{swift_name(t)},")
        lines.append(f"{indent}  ]")
        lines.append("")
        lines.append(f"{indent}  /// The term a string names: the replacement of a former name (``aliases``),")
        lines.append(f"{indent}  /// else the string itself, known or not.")
        lines.append(f"{indent}  ///")
        lines.append(f"{indent}  /// ```swift")
        lines.append(f"{indent}  /// {path}.canonical(\"{first_alias}\")   // → \"{first_term}\"")
        lines.append(f"{indent}  /// ```")
        lines.append(f"{indent}  public static func canonical(_ rawValue: String) -> Self {{ aliases[rawValue] ?? Self(rawValue) }}")
    lines.append(f"{indent}}}")
    if outer:
        lines.append("}")
    open(os.path.join(out_dir, fname + ".swift"), "w").write(
        "// Generated by Tools/codegen/vocabulary.py; edit the table there.\n\n" + "\n".join(lines) + "\n")

REGIONS = """## Regions

Region codes (`Region`) are ISO 3166-1 alpha-2 for countries (`CN`, `US`,
`GB`, `JP`, `KR`, `IN`, `CA`, `FR`, `DE`, `SG`, `SA`, `AE` …), ISO 3166-2 for
subdivisions (`CN-BJ` Beijing, `CN-SH` Shanghai, `CN-GD` Guangdong, `CN-ZJ`
Zhejiang, `CN-JS` Jiangsu, `CN-HK` Hong Kong …), and these names:

| code | meaning | members |
| --- | --- | --- |
| `EU` | the European Union | AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE |
| `UN` | the United Nations and its bodies | — |
| `WORLD` | the world as a whole; matches only records about the world | — |
| `EUROPE` | Europe | EU GB CH NO IS UA RS |
| `NORTH-AMERICA` | North America | US CA MX |
| `SOUTH-ASIA` | South Asia | IN PK BD LK NP |
| `SOUTHEAST-ASIA` | Southeast Asia (ASEAN) | SG MY TH VN ID PH BN KH LA MM |
| `MIDDLE-EAST` | the Middle East | SA AE QA IL TR EG KW BH OM JO IR |
| `ASIA` | Asia | CN JP KR SOUTH-ASIA SOUTHEAST-ASIA MIDDLE-EAST TW MN KZ |
| `CN-JJJ` | 京津冀 Beijing–Tianjin–Hebei | CN-BJ CN-TJ CN-HE |
| `CN-YRD` | 长三角 Yangtze River Delta | CN-SH CN-JS CN-ZJ CN-AH |
| `CN-GBA` | 粤港澳大湾区 Greater Bay Area | CN-GD CN-HK CN-MO |

A subdivision is within its country (`CN` contains `CN-BJ`); a grouping
contains its members, transitively (`EUROPE` contains `FR` through `EU`).
Finer places (cities) are `locality` text.

"""

with open("Documentation/Vocabulary.md", "w") as f:
    f.write("""# Vocabulary

The controlled vocabularies of the dataset. In Swift each is a
`RawRepresentable` struct with the terms below as static constants
(`Event.Category.modelRelease`); values a newer release adds decode in older
code and re-encode unchanged (`VocabularyTerm`). This file and the Swift
constants are generated from one table by `Tools/codegen/vocabulary.py`.

""" + REGIONS)
    for path, fname, doc, terms, *rest in V:
        f.write(f"### `{path}`\n\n{doc.replace('``', '`')}\n\n| term | meaning |\n| --- | --- |\n")
        for t, d in terms:
            f.write(f"| `{t}` | {d.replace('``', '`')} |\n")
        if rest and rest[0]:
            f.write("\nFormer names, still accepted when decoding (data release 0.2.0 renamed them):\n\n"
                    "| former name | term |\n| --- | --- |\n")
            for a, t in rest[0].items():
                f.write(f"| `{a}` | `{t}` |\n")
        f.write("\n")
print("generated", len(V), "vocabularies; run swift format on Sources afterwards")
