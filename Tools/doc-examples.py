#!/usr/bin/env python3
"""Extracts every Swift code block of the documentation into one generated test file.

Blocks are the ```swift fences of README.md, of the DocC articles
(Sources/*/*.docc/**/*.md) and of the `///` comments in Sources/**/*.swift.
Each block becomes one @Test in Tests/DocExampleTests/DocExamples.swift, after a
shared prelude (a `yearbook`, a few records and values the doc comments use), so
the whole documentation is compiled once by `swift test`:

- a line `EXPRESSION  // → VALUE` is asserted: `#expect((EXPRESSION) == VALUE)`;
- a line `try EXPRESSION  // throws …` is asserted to throw;
- a block fenced ```swift no-run is compiled but not run;
- a block fenced ```swift no-compile (a Package.swift fragment) is skipped and
  listed by name in the generated file;
- a block declaring an `extension` is compiled at file scope.

DocExampleCountTests counts the blocks again at test time and fails when the
generated file is stale. Run after editing documentation:

    python3 Tools/doc-examples.py            # rewrite the generated file
    python3 Tools/doc-examples.py --check    # exit 1 when it is out of date
"""
import pathlib, re, subprocess, sys

root = pathlib.Path(__file__).resolve().parents[1]
out = root / "Tests/DocExampleTests/DocExamples.swift"

FENCE = re.compile(r"^```swift(?:\s+([\w-]+))?\s*$")


def blocks_in_markdown(path):
    lines = path.read_text(encoding="utf-8").splitlines()
    return list(scan(lines, path, lambda line: line))


def blocks_in_swift(path):
    lines = path.read_text(encoding="utf-8").splitlines()
    doc = []
    for number, line in enumerate(lines, 1):
        stripped = line.strip()
        if stripped.startswith("///"):
            text = stripped[3:]
            doc.append((number, text[1:] if text.startswith(" ") else text))
        else:
            doc.append((number, None))
    result = []
    current = None
    for number, text in doc:
        if text is None:
            current = None
            continue
        match = FENCE.match(text.strip())
        if current is None and match:
            current = {"file": path, "line": number, "mode": match.group(1) or "run", "lines": []}
            continue
        if current is not None and text.strip() == "```":
            result.append(current)
            current = None
            continue
        if current is not None:
            current["lines"].append(text)
    return result


def scan(lines, path, strip):
    current = None
    for number, raw in enumerate(lines, 1):
        line = strip(raw)
        match = FENCE.match(line.strip())
        if current is None and match:
            current = {"file": path, "line": number, "mode": match.group(1) or "run", "lines": []}
            continue
        if current is not None and line.strip() == "```":
            yield current
            current = None
            continue
        if current is not None:
            current["lines"].append(line)


def all_blocks():
    files = [root / "README.md"]
    files += sorted((root / "Sources").glob("*/*.docc/**/*.md"))
    blocks = []
    for path in files:
        blocks += blocks_in_markdown(path)
    for path in sorted((root / "Sources").rglob("*.swift")):
        if "Resources" in path.parts:
            continue
        blocks += blocks_in_swift(path)
    counts = {}
    for block in blocks:
        counts[block["file"]] = counts.get(block["file"], 0) + 1
        block["ordinal"] = counts[block["file"]]
    return blocks


ARROW = re.compile(r"^(\s*)(.*?)\s*//\s*→\s*(.+?)\s*$")
THROWS = re.compile(r"^(\s*)(try .*?)\s*//\s*throws\b.*$")


def transform(lines):
    body = []
    for line in lines:
        if re.match(r"^\s*import\s+\w+\s*$", line):
            continue
        throwing = THROWS.match(line)
        if throwing and not throwing.group(2).startswith(("try?", "try!")):
            indent, expression = throwing.groups()
            body.append(f"{indent}#expect(throws: (any Error).self) {{ _ = {expression} }}")
            continue
        match = ARROW.match(line)
        if match and match.group(2) and not match.group(2).lstrip().startswith(("let ", "var ", "//")):
            indent, expression, value = match.groups()
            if expression.startswith("try "):
                body.append(f"{indent}#expect(try ({expression[4:]}) == {value})")
            else:
                body.append(f"{indent}#expect(({expression}) == {value})")
        else:
            body.append(line)
    return body


def name_of(block):
    """`path#n`: the n-th block of the file, so editing code elsewhere does not rename tests."""
    relative = block["file"].relative_to(root).as_posix()
    return f"{relative}#{block['ordinal']}"


def identifier(block, index):
    stem = re.sub(r"[^A-Za-z0-9]+", "_", block["file"].stem)
    return f"example{index:03d}_{stem}_{block['ordinal']}"


SUITE_PROPERTIES = """  let yearbook: Yearbook
  let bytes: Data
  let url: URL
  let dataset: Dataset
  let event: Event
  let round: FundingRound
  let statistic: Statistic
  let result: BenchmarkResult
  let regulation: Regulation
  let share: Statistic
  let record: any Record

  /// The values every example may use (Swift Testing makes one suite value per test).
  init() throws {
    (yearbook, bytes, url) = try DocExamplePrelude.shared.get()
    dataset = yearbook.dataset
    event = try yearbook.element(Event.ID("event-2025-12-11-openai-releases-gpt-5-2"))
    round = try yearbook.element(FundingRound.ID("funding-2025-04-01-openai-40b-at-300b-valuation"))
    statistic = try yearbook.element(Statistic.ID("stat-cnnic-genai-users-2025-06"))
    result = try yearbook.element(BenchmarkResult.ID("result-gpt-5-2-gdpval-win-or-tie-rate"))
    regulation = try yearbook.element(Regulation.ID("regulation-eu-ai-act"))
    share = try yearbook.element(Statistic.ID("stat-cnnic-genai-users-age-20-29-2025-06"))
    record = event
  }
"""

SUPPORT = """/// The values every example may use, made once: the embedded yearbook, its
/// export's bytes, and a file holding them.
enum DocExamplePrelude {
  static let shared = Result { () throws -> (Yearbook, Data, URL) in
    let yearbook = try Yearbook.embedded()
    let bytes = try CanonicalJSON.encode(yearbook.dataset)
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("aiyearbook-doc-examples-\\(getpid()).json")
    try bytes.write(to: url)
    return (yearbook, bytes, url)
  }
}
"""


def generate():
    blocks = all_blocks()
    tests, file_scope, skipped = [], [], []
    for index, block in enumerate(blocks, 1):
        name = name_of(block)
        if block["mode"] == "no-compile":
            skipped.append(name)
            continue
        lines = transform(block["lines"])
        if any(re.match(r"^(public\s+)?extension\s", line) for line in lines):
            file_scope.append(f"// {name}\n" + "\n".join(lines))
            tests.append((name, identifier(block, index), ["// Declarations: compiled at file scope."], "run"))
            continue
        tests.append((name, identifier(block, index), lines, block["mode"]))
    text = [
        "// Generated by Tools/doc-examples.py from the documentation's Swift blocks; do not edit.",
        "// swift-format-ignore-file",
        "",
        "import AIYearbook",
        "import Foundation",
        "import Testing",
        "",
        "/// What the generator found: every block, and those it skipped (`no-compile`).",
        "enum DocExamples {",
        f"  static let blockCount = {len(blocks)}",
        "  static let skipped: [String] = [" + ", ".join(f'"{s}"' for s in skipped) + "]",
        "}",
        "",
        SUPPORT,
    ]
    for declaration in file_scope:
        text += [declaration, ""]
    text += ["@Suite(\"Documentation examples\")", "struct DocExampleTests {", SUITE_PROPERTIES.rstrip("\n"), ""]
    for name, ident, lines, mode in tests:
        text.append(f'  @Test("{name}") func {ident}() throws {{')
        if mode == "no-run":
            text.append("  func compiledOnly() throws {")
            text += ["    " + line if line else "" for line in lines]
            text.append("  }")
            text.append("  _ = compiledOnly")
        else:
            text.append("  do {")
            text += ["    " + line if line else "" for line in lines]
            text.append("  }")
        text.append("  }")
        text.append("")
    text.append("}")
    return "\n".join(text) + "\n"


if __name__ == "__main__":
    generated = generate()
    if "--check" in sys.argv:
        current = out.read_text(encoding="utf-8") if out.exists() else ""
        if current != generated:
            print(f"{out.relative_to(root)} is out of date: run python3 Tools/doc-examples.py", file=sys.stderr)
            sys.exit(1)
        print("documentation examples are up to date")
    else:
        out.write_text(generated, encoding="utf-8")
        print(f"wrote {out.relative_to(root)}")
