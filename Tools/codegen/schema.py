#!/usr/bin/env python3
"""Generates the strict JSON Schemas of the export format, one per schema version:
Documentation/Schema/export-1.0.schema.json, export-1.1.schema.json, and
export.schema.json (the current version, 1.1).
Run after Tools/codegen/vocabulary.py: python3 Tools/codegen/schema.py
Reads the knownTerms lists from the Swift vocabulary files."""
import copy, glob, json, os, re, collections

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
VOC = os.path.join(ROOT, "Sources/AIYearbookCore/Vocabulary")

def known(fname):
    s = open(os.path.join(VOC, fname + ".swift"), encoding="utf-8").read()
    consts = dict(re.findall(r'static let (\w+) = Self\("([^"]*)"\)', s))
    body = re.search(r'knownTerms: \[Self\] = \[(.*?)\]', s, re.S).group(1)
    return [consts[n] for n in re.findall(r'\.(\w+)', body)]

# ---- patterns ------------------------------------------------------------
YEAR = "[1-9][0-9]{3}"
LEAP = "(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)"
MD = ("(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])"
      "|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)"
      "|02-(?:0[1-9]|1[0-9]|2[0-8]))")
PARTIAL = (f"(?:{YEAR}(?:-H[12]|-Q[1-4]|-(?:0[1-9]|1[0-2])|-{MD})?"
           f"|{LEAP}-02-29)")
# The leap-year alternative needs a year of 1000-9999 too: LEAP allows 0xxx; guard it.
LEAP_GUARDED = "(?=[1-9])" + LEAP
PARTIAL = (f"(?:{YEAR}(?:-H[12]|-Q[1-4]|-(?:0[1-9]|1[0-2])|-{MD})?"
           f"|{LEAP_GUARDED}-02-29)")
DATE_PATTERN = f"^{PARTIAL}(?:/{PARTIAL})?$"

def id_pattern(prefix):
    return f"^{prefix}-[a-z0-9]+(-[a-z0-9]+)*$"

REGION = "^(?:[A-Z]{2}(?:-[A-Z0-9]{1,3})?|WORLD|EUROPE|ASIA|[A-Z]+(?:-[A-Z]+)+)$"
UNIT = "^[A-Za-z][A-Za-z0-9]*$"
SEMVER = (r"^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)"
          r"(?:-((?:0|[1-9][0-9]*|[0-9]*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9][0-9]*|[0-9]*[a-zA-Z-][0-9a-zA-Z-]*))*))?"
          r"(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$")

D = collections.OrderedDict()
def ref(name): return {"$ref": f"#/$defs/{name}"}
def arr(items, **kw): return {"type": "array", "items": items, **kw}
def obj(desc, required, props, **kw):
    o = {"description": desc, "type": "object", "required": required,
         "additionalProperties": False, "properties": props}
    o.update(kw)
    return o
def enum(desc, fname):
    return {"description": desc + f" (Swift `knownTerms` of {fname}.swift; strict: other values are rejected).",
            "type": "string", "enum": known(fname)}

# ---- scalars ---------------------------------------------------------------
D["datePeriod"] = {
    "description": "A date with explicit precision: YYYY, YYYY-H1|H2, YYYY-Q1..Q4, YYYY-MM, YYYY-MM-DD, "
                   "or a span of two of these joined by '/'. The year is 1000-9999; a day must exist in its "
                   "month (29 February only in leap years). That a span's end is not before its start, and "
                   "differs from it, is checked by the library, not by this pattern.",
    "type": "string", "pattern": DATE_PATTERN}
D["nullableDatePeriod"] = {"description": "A date, or null when the text gives none (the key is always written).",
                     "anyOf": [ref("datePeriod"), {"type": "null"}]}
D["region"] = {"description": "ISO 3166-1 alpha-2 (CN), ISO 3166-2 (CN-BJ), EU, UN, WORLD, or a grouping "
                              "(EUROPE, ASIA, NORTH-AMERICA, CN-JJJ …) defined in Documentation/Vocabulary.md.",
               "type": "string", "pattern": REGION}
D["regions"] = arr(ref("region"))
D["unit"] = {"description": "A unit from Documentation/Vocabulary.md (count, percent, USD, EFLOPS, GPUHours, "
                            "cubicMetresPerMu …); not enumerated, since units grow with the data.",
             "type": "string", "pattern": UNIT}
# Tags added in schema 1.1.0 (data release 0.2.0); the 1.0 schema lists the terms before them.
TAGS_1_1 = ["retail", "benchmarks"]
D["tag"] = enum("A topic label", "Tag")
D["tag"]["enum"] = [t for t in D["tag"]["enum"] if t not in TAGS_1_1]
D["tags"] = arr(ref("tag"))
D["localizedText"] = obj("Text a person reads, in Chinese and English.", ["zh", "en"],
                         {"zh": {"type": "string"}, "en": {"type": "string"}})
for name, prefix in [("sourceId", None), ("organizationId", "org"), ("productId", "product"),
                     ("benchmarkId", "benchmark"), ("metricId", "metric"), ("eventId", "event"),
                     ("benchmarkResultId", "result"), ("fundingRoundId", "funding"),
                     ("regulationId", "regulation"), ("statisticId", "stat")]:
    if prefix is None:
        D[name] = {"description": "A source id: src- plus the document file's three-digit prefix (src-003).",
                   "type": "string", "pattern": "^src-[0-9]{3}$"}
    else:
        D[name] = {"description": f"An identifier of kind {prefix}- (lowercase ASCII, ^[a-z]+(-[a-z0-9]+)+$).",
                   "type": "string", "pattern": id_pattern(prefix)}
D["organizationIds"] = arr(ref("organizationId"))
D["productIds"] = arr(ref("productId"))
D["qualifier"] = enum("How a stated number relates to the true value", "Qualifier")
D["currency"] = enum("An ISO 4217 currency code", "Currency")

# ---- values ----------------------------------------------------------------
D["quantity"] = obj(
    "A number as a document states it, in base units. `value` is null only with qualifier `unspecified`, "
    "and then `statedText` holds the words. Empty lists and a false `hedged` are not written.",
    ["value", "unit", "qualifier"],
    collections.OrderedDict([
        ("value", {"type": ["number", "null"], "minimum": 0}),
        ("upperBound", {"description": "The upper end of a range (200-250).", "type": "number", "minimum": 0}),
        ("unit", ref("unit")),
        ("qualifier", ref("qualifier")),
        ("hedged", {"description": "或 / 可能; written only when true.", "const": True}),
        ("statedText", {"type": "string"}),
        ("alternates", arr(ref("quantity"), minItems=1,
                           description="The same amount restated in other units (a bracketed conversion).")),
        ("factors", arr({"type": "number"}, minItems=1, description="The factors of a stated product (64×8).")),
    ]),
    allOf=[{"if": {"properties": {"value": {"type": "null"}}, "required": ["value"]},
            "then": {"properties": {"qualifier": {"const": "unspecified"}}, "required": ["statedText"]}}])
D["money"] = obj(
    "An amount of money in whole currency units. `amount` is null only with qualifier `unspecified`, "
    "and then `statedText` holds the words.",
    ["amount", "currency", "qualifier"],
    collections.OrderedDict([
        ("amount", {"type": ["number", "null"], "minimum": 0}),
        ("currency", ref("currency")),
        ("upperBound", {"type": "number", "minimum": 0}),
        ("qualifier", ref("qualifier")),
        ("hedged", {"description": "或 / 可能; written only when true.", "const": True}),
        ("statedText", {"type": "string"}),
        ("alternates", arr(ref("money"), minItems=1,
                           description="The same amount restated in other currencies (a bracketed conversion).")),
    ]),
    allOf=[{"if": {"properties": {"amount": {"type": "null"}}, "required": ["amount"]},
            "then": {"properties": {"qualifier": {"const": "unspecified"}}, "required": ["statedText"]}}])
D["upstream"] = obj("The document's footnote for the passage.", ["quote"], collections.OrderedDict([
    ("quote", {"description": "The footnote line verbatim.", "type": "string", "minLength": 1, "maxLength": 200}),
    ("url", {"type": "string", "minLength": 1}),
    ("date", ref("datePeriod")),
]))
D["citation"] = obj(
    "A passage of a source document. `quote` is copied verbatim, at most 200 Unicode scalars "
    "(JSON Schema counts code points, as Python's len does).",
    ["source", "quote", "locator"], collections.OrderedDict([
        ("source", ref("sourceId")),
        ("quote", {"type": "string", "minLength": 1, "maxLength": 200}),
        ("locator", {"description": "The heading path (第三章 > 二、服务备案情况).", "type": "string", "minLength": 1}),
        ("upstream", ref("upstream")),
        ("statedValue", ref("quantity")),
        ("statedDate", ref("datePeriod")),
    ]))
D["citations"] = arr(ref("citation"), minItems=1)

# ---- entities --------------------------------------------------------------
D["source"] = obj("One of the five documents.", ["id", "title", "publisher", "date", "language", "file"],
    collections.OrderedDict([
        ("id", ref("sourceId")), ("title", ref("localizedText")), ("publisher", ref("localizedText")),
        ("date", ref("nullableDatePeriod")), ("language", {"type": "string", "minLength": 1}),
        ("file", {"type": "string", "minLength": 1}),
        ("summary", ref("localizedText")), ("note", ref("localizedText"))]))
D["organization"] = obj("A company, regulator, university or other body.", ["id", "name", "aliases", "kind"],
    collections.OrderedDict([
        ("id", ref("organizationId")), ("name", ref("localizedText")),
        ("aliases", arr({"type": "string"})),
        ("kind", enum("What kind of body it is", "Organization+Kind")),
        ("country", ref("region")), ("parent", ref("organizationId")),
        ("citations", ref("citations"))]))
D["product"] = obj("A model, app, chip, robot or system.", ["id", "name", "aliases", "kind", "organizations"],
    collections.OrderedDict([
        ("id", ref("productId")), ("name", ref("localizedText")),
        ("aliases", arr({"type": "string"})),
        ("kind", enum("What kind of product it is", "Product+Kind")),
        ("organizations", ref("organizationIds")), ("parent", ref("productId")),
        ("citations", ref("citations"))]))
D["benchmarkMetric"] = obj("One way a benchmark scores its subjects.", ["id", "label", "unit", "better"],
    collections.OrderedDict([
        ("id", {"type": "string", "minLength": 1}), ("label", ref("localizedText")), ("unit", ref("unit")),
        ("minimum", {"type": "number"}), ("maximum", {"type": "number"}),
        ("better", enum("Whether higher or lower scores are better", "Benchmark+Metric+Preference"))]))
D["benchmark"] = obj("A named test or task on which systems are scored.",
    ["id", "name", "aliases", "description", "metrics"],
    collections.OrderedDict([
        ("id", ref("benchmarkId")), ("name", ref("localizedText")),
        ("aliases", arr({"type": "string"})), ("description", ref("localizedText")),
        ("metrics", arr(ref("benchmarkMetric"), minItems=1)),
        ("citations", ref("citations"))]))
D["metric"] = obj("An entry of the statistic registry.", ["id", "label", "unit", "definition"],
    collections.OrderedDict([
        ("id", ref("metricId")), ("label", ref("localizedText")), ("unit", ref("unit")),
        ("definition", ref("localizedText")), ("population", ref("localizedText"))]))

# ---- records ---------------------------------------------------------------
def header():
    return collections.OrderedDict([
        ("date", ref("nullableDatePeriod")),
        ("citations", ref("citations")),
        ("note", ref("localizedText")),
        ("inferred", arr({"type": "string", "minLength": 1}, minItems=1,
                         description="Fields the text did not state directly; not written when empty.")),
        ("listIncomplete", {"description": "The text's list ends in 等; written only when true.", "const": True}),
        ("tags", ref("tags")),
    ])
HEADER_REQUIRED = ["id", "date", "citations", "tags"]

def record(desc, idref, required, props):
    p = collections.OrderedDict([("id", ref(idref))])
    p.update(header())
    p.update(props)
    return obj(desc, HEADER_REQUIRED + required, p)

D["event"] = record("A dated happening.", "eventId", ["title", "category", "organizations", "products", "regions"],
    collections.OrderedDict([
        ("title", ref("localizedText")), ("summary", ref("localizedText")),
        ("category", enum("What kind of happening it is", "Event+Category")),
        ("organizations", ref("organizationIds")), ("products", ref("productIds")),
        ("regions", ref("regions")), ("locality", {"type": "string"})]))
D["subject"] = {
    "description": "Who or what a result is about: exactly one of product, organization, regions, text.",
    "oneOf": [
        obj("A product.", ["product"], {"product": ref("productId")}),
        obj("An organization.", ["organization"], {"organization": ref("organizationId")}),
        obj("Regions compared with each other.", ["regions"], {"regions": arr(ref("region"), minItems=1)}),
        obj("Anything else, described.", ["text"], {"text": ref("localizedText")}),
    ]}
D["comparison"] = obj("A system the subject was compared with, and its score.", ["subject"],
    collections.OrderedDict([("subject", ref("subject")), ("score", ref("quantity"))]))
D["benchmarkResult"] = record("A score, rank, speed-up or accuracy of a named system on a named test or task.",
    "benchmarkResultId", ["benchmark", "metric", "subject", "outcome", "comparedWith", "regions"],
    collections.OrderedDict([
        ("benchmark", ref("benchmarkId")),
        ("metric", {"description": "One of the benchmark's metric ids.", "type": "string", "minLength": 1}),
        ("subject", ref("subject")), ("score", ref("quantity")),
        ("outcome", enum("What the result states", "BenchmarkResult+Outcome")),
        ("comparedWith", arr(ref("comparison"))), ("regions", ref("regions"))]))
D["party"] = obj("An organization taking part in a deal, and its role.", ["organization", "role"],
    collections.OrderedDict([("organization", ref("organizationId")),
                             ("role", enum("Its role", "FundingRound+Party+Role"))]))
D["valuation"] = obj("A valuation and its basis.", ["amount", "basis"],
    collections.OrderedDict([("amount", ref("money")),
                             ("basis", enum("Pre-money, post-money or not stated", "FundingRound+Valuation+Basis"))]))
D["fundingRound"] = record("One named deal, fund or programme.", "fundingRoundId",
    ["title", "kind", "status", "parties", "products", "regions"],
    collections.OrderedDict([
        ("title", ref("localizedText")),
        ("kind", enum("What kind of deal it is", "FundingRound+Kind")),
        ("status", enum("How far it had got", "FundingRound+Status")),
        ("roundLabel", {"type": "string"}), ("amount", ref("money")), ("valuation", ref("valuation")),
        ("parties", arr(ref("party"))), ("products", ref("productIds")), ("regions", ref("regions")),
        ("locality", {"type": "string"}), ("summary", ref("localizedText"))]))
D["alias"] = obj("Another name for an instrument, with the passage that uses it.", ["text", "citation"],
    collections.OrderedDict([("text", {"type": "string", "minLength": 1}), ("citation", ref("citation"))]))
D["milestone"] = obj("A dated step in an instrument's life; `date` is always written (null when undated).",
    ["kind", "date"], collections.OrderedDict([
        ("kind", enum("What happened", "Regulation+Milestone+Kind")), ("date", ref("nullableDatePeriod"))]))
D["regulation"] = record("A named instrument.", "regulationId",
    ["title", "aliases", "jurisdiction", "issuers", "status", "milestones", "category"],
    collections.OrderedDict([
        ("title", ref("localizedText")), ("aliases", arr(ref("alias"))),
        ("jurisdiction", ref("region")), ("locality", {"type": "string"}),
        ("issuers", ref("organizationIds")),
        ("issuersIncomplete", {"description": "The list of issuers ends in 等; written only when true.",
                               "const": True}),
        ("status", enum("Where it stands", "Regulation+Status")),
        ("milestones", arr(ref("milestone"))), ("coveragePeriod", ref("datePeriod")),
        ("category", enum("What kind of instrument it is", "Regulation+Category")),
        ("officialCategory", ref("localizedText")), ("summary", ref("localizedText"))]))
D["baseline"] = obj("What a change, multiple or comparison is measured against.", [],
    collections.OrderedDict([("period", ref("datePeriod")), ("subject", {"type": "string"}),
                             ("text", ref("localizedText"))]))
D["breakdown"] = obj("The category of a breakdown a figure belongs to.", ["dimension", "category", "kind", "exhaustive"],
    collections.OrderedDict([
        ("dimension", {"type": "string", "minLength": 1}),
        ("category", obj("One category of the breakdown.", ["id", "label"],
                         collections.OrderedDict([("id", {"type": "string", "minLength": 1}),
                                                  ("label", ref("localizedText"))]))),
        ("kind", enum("How the categories relate to the whole", "Statistic+Breakdown+Kind")),
        ("exhaustive", {"type": "boolean"})]))
D["statistic"] = record("One number.", "statisticId",
    ["metric", "value", "measure", "regions", "kind", "organizations", "products"],
    collections.OrderedDict([
        ("metric", ref("metricId")), ("value", ref("quantity")),
        ("measure", enum("What the value measures", "Statistic+Measure")),
        ("direction", enum("Up or down, for changes", "Statistic+Direction")),
        ("baseline", ref("baseline")),
        ("seriesId", {"description": "Links the records of one series (series-…).", "type": "string",
                      "pattern": id_pattern("series")}),
        ("regions", ref("regions")), ("locality", {"type": "string"}),
        ("population", ref("localizedText")), ("breakdown", ref("breakdown")),
        ("kind", enum("How the figure was obtained", "Statistic+Kind")),
        ("producer", ref("organizationId")), ("reportedOn", ref("datePeriod")),
        ("periodLabel", {"type": "string", "minLength": 1}),
        ("organizations", ref("organizationIds")), ("products", ref("productIds"))]))

TOP = [("sources", "source"), ("organizations", "organization"), ("products", "product"),
       ("benchmarks", "benchmark"), ("metrics", "metric"), ("events", "event"),
       ("benchmarkResults", "benchmarkResult"), ("fundingRounds", "fundingRound"),
       ("regulations", "regulation"), ("statistics", "statistic")]
props = collections.OrderedDict([
    ("schemaVersion", {"description": "The export format version; this schema describes 1.x as written by 1.0.",
                       "type": "string", "pattern": r"^1\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$"}),
    ("dataVersion", {"description": "The data version (semver).", "type": "string", "pattern": SEMVER}),
])
for key, d in TOP:
    props[key] = arr(ref(d))
schema = collections.OrderedDict([
    ("$schema", "https://json-schema.org/draft/2020-12/schema"),
    ("title", "AIYearbook export, format 1.0 (strict)"),
    ("description", "What `yearbook export` writes (DESIGN.md §5). Strict for format 1.0: every key the "
                    "encoder always writes is required, no other keys are allowed, and vocabulary values must "
                    "be the terms the 1.0 library knows (the library itself also accepts unknown terms and "
                    "fields when reading). Integrity rules that need more than one value (references resolve, "
                    "ids are unique, spans are ordered, scores are within range) are checked by "
                    "`yearbook validate`, not here."),
    ("type", "object"),
    ("required", list(props.keys())),
    ("additionalProperties", False),
    ("properties", props),
    ("$defs", D),
])
def write(schema, name):
    out = os.path.join(ROOT, "Documentation/Schema", name)
    with open(out, "w", encoding="utf-8") as f:
        json.dump(schema, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print("wrote", out, len(schema["$defs"]), "defs")

# ---- 1.0: the format as the 1.0 library writes it ---------------------------
write(schema, "export-1.0.schema.json")

# ---- 1.1: every additive field of the 0.2 release ---------------------------
# `disagreesWith` on every record (written only when non-empty); breakdown
# dimensions from the kebab-case vocabulary (Statistic+Breakdown+Dimension);
# `lookupNames` (organizations, products), `outOf` (quantities) and
# `issuerCount` (regulations), each written only when it has a value.
s11 = copy.deepcopy(schema)
s11["title"] = "AIYearbook export, format 1.1 (strict)"
s11["description"] = schema["description"].replace("Strict for format 1.0", "Strict for format 1.1").replace(
    "the terms the 1.0 library knows", "the terms the 1.1 library knows")
s11["properties"]["schemaVersion"]["description"] = (
    "The export format version; this schema describes 1.x as written by 1.1.")
D11 = s11["$defs"]
D11["recordId"] = {"description": "The identifier of a record of any kind (event-, result-, funding-, regulation-, "
                                  "stat-).",
                   "type": "string", "pattern": "^(event|result|funding|regulation|stat)-[a-z0-9]+(-[a-z0-9]+)*$"}
for name in ["event", "benchmarkResult", "fundingRound", "regulation", "statistic"]:
    props = collections.OrderedDict()
    for key, value in D11[name]["properties"].items():
        props[key] = value
        if key == "tags":
            props["disagreesWith"] = arr(ref("recordId"), minItems=1, uniqueItems=True,
                description="Records whose passages disagree with this one's (symmetric); written only when "
                            "non-empty.")
    D11[name]["properties"] = props
D11["breakdown"]["properties"]["dimension"] = enum(
    "What the population is broken down by, kebab-case", "Statistic+Breakdown+Dimension")


def insert_after(props, after, key, value):
    """A copy of `props` with `key` inserted right after `after`."""
    out = collections.OrderedDict()
    for name, existing in props.items():
        out[name] = existing
        if name == after:
            out[key] = value
    return out


# Tags new in 1.1 (`retail`, `benchmarks`).
D11["tag"] = enum("A topic label", "Tag")
# `lookupNames` on organizations and products: uncited names people type.
for name in ["organization", "product"]:
    D11[name]["properties"] = insert_after(D11[name]["properties"], "aliases", "lookupNames", arr(
        {"type": "string", "minLength": 1}, minItems=1, uniqueItems=True,
        description="Other common names people type that the documents do not use (工信部, WIPO): uncited, "
                    "for name resolution and search only; written only when non-empty."))
# `outOf` on quantities: the field size behind a rank.
D11["quantity"]["properties"] = insert_after(D11["quantity"]["properties"], "factors", "outOf", {
    "description": "For a rank, the size of the field ranked when the text states it (第四 among 36 → 36).",
    "type": "number", "minimum": 1})
# `issuerCount` on regulations: 等七部门.
D11["regulation"]["properties"] = insert_after(D11["regulation"]["properties"], "issuersIncomplete",
    "issuerCount", {"description": "How many issuers the text counts (等七部门 → 7) when it names fewer.",
                    "type": "integer", "minimum": 1})
write(s11, "export-1.1.schema.json")
write(s11, "export.schema.json")
