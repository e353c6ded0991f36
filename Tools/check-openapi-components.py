#!/usr/bin/env python3
"""Checks that the Service's OpenAPI document agrees with the export JSON Schema.

usage: python3 Tools/check-openapi-components.py [--write] [OPENAPI.yaml]

swift-openapi-generator reads no external `$ref`, so Examples/Service's
openapi.yaml carries a copy of every `$defs` entry of
Documentation/Schema/export.schema.json under `components/schemas`, with
`#/$defs/X` rewritten to `#/components/schemas/X`, plus one `<kind>Element`
schema per collection: the element's schema with the `type` field that
`AnyElement` adds (`"type": "events"`), which `GET /records/{id}` returns.

The copy lives between the two marker comments in the document. `--write`
regenerates it; without `--write` the script checks that

- every `$defs` entry is present and equal to its rewritten copy,
- every `<kind>Element` schema is present and equal to what it is derived from,
- every `$ref` in the document resolves to a component,
- the generator's `typeOverrides` name only schemas the document defines,

and exits 1 with a list of differences otherwise. Needs PyYAML.
"""
import copy
import json
import os
import sys

import yaml

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
SCHEMA = os.path.join(ROOT, "Documentation", "Schema", "export.schema.json")
OPENAPI = os.path.join(ROOT, "Examples", "Service", "Sources", "YearbookService", "openapi.yaml")
BEGIN = "    # BEGIN export.schema.json"
END = "    # END export.schema.json"
# The export keys of the ten collections and the schema of one element of each.
COLLECTIONS = [
    ("sources", "source"), ("organizations", "organization"), ("products", "product"),
    ("benchmarks", "benchmark"), ("metrics", "metric"), ("events", "event"),
    ("benchmarkResults", "benchmarkResult"), ("fundingRounds", "fundingRound"),
    ("regulations", "regulation"), ("statistics", "statistic"),
]


def rewrite(node):
    """The node with every `#/$defs/X` reference pointed at `#/components/schemas/X`."""
    if isinstance(node, dict):
        return {
            key: ("#/components/schemas/" + value[len("#/$defs/"):]
                  if key == "$ref" and isinstance(value, str) and value.startswith("#/$defs/")
                  else rewrite(value))
            for key, value in node.items()
        }
    if isinstance(node, list):
        return [rewrite(item) for item in node]
    return node


def expected_components(schema):
    """The components the document must hold, by name, in order."""
    defs = schema["$defs"]
    result = {name: rewrite(definition) for name, definition in defs.items()}
    for export_key, name in COLLECTIONS:
        typed = copy.deepcopy(result[name])
        typed["description"] = (
            f"One of the {export_key} as `GET /records/{{id}}` returns it: the `{name}` schema "
            f"plus `type` (AnyElement's encoding)."
        )
        typed["required"] = list(typed.get("required", [])) + ["type"]
        typed["properties"] = dict(typed["properties"])
        typed["properties"]["type"] = {"const": export_key}
        result[name + "Element"] = typed
    return result


def render(components):
    """The YAML text between the markers, indented under `components/schemas`."""
    text = yaml.safe_dump(components, allow_unicode=True, sort_keys=False, width=120)
    return "".join("    " + line if line.strip() else line for line in text.splitlines(keepends=True))


def write(path, components):
    with open(path, encoding="utf-8") as file:
        text = file.read()
    begin = text.index(BEGIN)
    begin_end = text.index("\n", begin) + 1
    end = text.index(END)
    updated = text[:begin_end] + render(components) + text[end:]
    with open(path, "w", encoding="utf-8") as file:
        file.write(updated)
    print(f"wrote {len(components)} components into {os.path.relpath(path)}")


def refs(node, found):
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str):
                found.add(value)
            else:
                refs(value, found)
    elif isinstance(node, list):
        for item in node:
            refs(item, found)
    return found


def check(path, components):
    with open(path, encoding="utf-8") as file:
        document = yaml.safe_load(file)
    schemas = document.get("components", {}).get("schemas", {})
    problems = []
    for name, expected in components.items():
        if name not in schemas:
            problems.append(f"components/schemas/{name} is missing")
        elif schemas[name] != expected:
            actual = json.dumps(schemas[name], sort_keys=True)
            wanted = json.dumps(expected, sort_keys=True)
            index = next((i for i, (a, b) in enumerate(zip(actual, wanted)) if a != b), min(len(actual), len(wanted)))
            problems.append(
                f"components/schemas/{name} differs from export.schema.json near: "
                f"document …{actual[max(0, index - 40):index + 40]}… schema …{wanted[max(0, index - 40):index + 40]}…")
    for ref in sorted(refs(document, set())):
        prefix = "#/components/schemas/"
        if not ref.startswith("#/components/"):
            problems.append(f"$ref {ref} is not local (the generator reads no external reference)")
        elif ref.startswith(prefix) and ref[len(prefix):] not in schemas:
            problems.append(f"$ref {ref} names no schema")
    config_path = os.path.join(os.path.dirname(path), "openapi-generator-config.yaml")
    if os.path.exists(config_path):
        with open(config_path, encoding="utf-8") as file:
            config = yaml.safe_load(file) or {}
        for name in (config.get("typeOverrides") or {}).get("schemas") or {}:
            if name not in schemas:
                problems.append(f"typeOverrides names {name}, which the document does not define")
    if document.get("openapi", "").split(".")[:2] != ["3", "1"]:
        problems.append("the document is not OpenAPI 3.1 (JSON Schema 2020-12 is needed for the copies)")
    for problem in problems:
        print(problem, file=sys.stderr)
    print(f"{len(components)} components checked against export.schema.json: {len(problems)} problems")
    return not problems


def main(arguments):
    write_mode = "--write" in arguments
    paths = [argument for argument in arguments if argument != "--write"]
    path = paths[0] if paths else OPENAPI
    with open(SCHEMA, encoding="utf-8") as file:
        components = expected_components(json.load(file))
    if write_mode:
        write(path, components)
        return 0
    return 0 if check(path, components) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
