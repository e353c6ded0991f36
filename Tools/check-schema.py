#!/usr/bin/env python3
"""Validates a JSON export against the strict schema of its schema version.

usage: python3 Tools/check-schema.py EXPORT.json

The schema is Documentation/Schema/export-MAJOR.MINOR.schema.json for the file's
`schemaVersion` (1.0.x → export-1.0.schema.json, 1.1.x → export-1.1.schema.json),
or export.schema.json (the current version) when there is no such file.

Needs the `jsonschema` package (Draft 2020-12; format checking is off). Prints
how many records and entities were validated and every schema error (JSON path,
record id, message). Then checks that the schema is strict where it must be: two
mutated copies of the export, one event dated "2025-13-40" and one event without
"id", must both be rejected (if the export has no valid event, a minimal valid
event is synthesized first, and must itself validate). Exit 1 on any schema
error in the export or if the schema accepts either mutated copy.
"""
import copy
import json
import os
import re
import sys

from jsonschema import Draft202012Validator, validators
from jsonschema.exceptions import ValidationError, best_match

SCHEMA_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Documentation", "Schema")
SCHEMA = os.path.join(SCHEMA_DIR, "export.schema.json")


def schema_for(document):
    """The schema file of the document's schema version, else the current one."""
    version = document.get("schemaVersion") if isinstance(document, dict) else None
    match = re.match(r"^([0-9]+)\.([0-9]+)\.", version) if isinstance(version, str) else None
    if match:
        path = os.path.join(SCHEMA_DIR, f"export-{match.group(1)}.{match.group(2)}.schema.json")
        if os.path.exists(path):
            return path
    return SCHEMA
RECORD_KEYS = ["events", "benchmarkResults", "fundingRounds", "regulations", "statistics"]
ENTITY_KEYS = ["sources", "organizations", "products", "benchmarks", "metrics"]
MESSAGE_LIMIT = 300


def ecma_pattern(validator, pattern, instance, schema):
    """`pattern` as ECMA-262 reads it: a final `$` is the end of the string. (Python's `re`
    also lets `$` match before a final newline, so "2025\\n" would pass as a date.)"""
    if not validator.is_type(instance, "string"):
        return
    python_pattern = pattern[:-1] + r"\Z" if pattern.endswith("$") and not pattern.endswith(r"\$") else pattern
    if not re.search(python_pattern, instance):
        yield ValidationError(f"{instance!r} does not match {pattern!r}")


# Draft 2020-12 with ECMA-262 end anchors; no format_checker, so formats are not asserted.
StrictValidator = validators.extend(Draft202012Validator, {"pattern": ecma_pattern})


def json_path(path):
    text = "$"
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else f".{part}"
    return text


def brief(error):
    """The error's message, with an enumeration's long list of terms left out."""
    if error.validator == "enum":
        return f"{error.instance!r} is not one of the {len(error.validator_value)} terms the schema lists"
    if error.validator == "pattern" and len(error.validator_value) > 60:
        what = error.schema.get("description", "the pattern").split(":")[0].split(".")[0]
        return f"{error.instance!r} does not match the pattern ({what})"
    return error.message


def describe(error, document):
    """One line: the path, the id of the record or entity it is in, the message."""
    path = list(error.absolute_path)
    owner = ""
    if len(path) >= 2 and isinstance(path[1], int) and isinstance(document, dict):
        items = document.get(path[0])
        if isinstance(items, list) and path[1] < len(items) and isinstance(items[path[1]], dict):
            owner = f" ({items[path[1]].get('id', 'no id')})"
    message = brief(error)
    if error.context:  # anyOf / oneOf: name the branch that came closest, preferring more than a type mismatch
        branches = [e for e in error.context if e.validator != "type"] or error.context
        message += " — closest: " + brief(best_match(branches))
    if len(message) > MESSAGE_LIMIT:
        message = message[: MESSAGE_LIMIT - 1] + "…"
    return f"{json_path(path)}{owner}: {message}"


def errors_at(validator, document, prefix):
    """The errors whose path starts with `prefix` (a list of keys and indices)."""
    return [e for e in validator.iter_errors(document) if list(e.absolute_path)[: len(prefix)] == prefix]


def minimal_event(document):
    sources = [s.get("id") for s in document.get("sources", []) if isinstance(s, dict)]
    return {
        "id": "event-schema-check-synthetic",
        "date": "2025-12-11",
        "citations": [{"source": sources[0] if sources else "src-000", "quote": "x", "locator": "x"}],
        "title": {"zh": "检查", "en": "check"},
        "category": "other",
        "organizations": [],
        "products": [],
        "regions": [],
        "tags": [],
    }


def main():
    if len(sys.argv) != 2:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    with open(sys.argv[1], encoding="utf-8") as f:
        document = json.load(f)
    schema_path = schema_for(document)
    with open(schema_path, encoding="utf-8") as f:
        schema = json.load(f)
    Draft202012Validator.check_schema(schema)
    validator = StrictValidator(schema)

    failed = False
    errors = sorted(validator.iter_errors(document),
                    key=lambda e: [(0, p, "") if isinstance(p, int) else (1, 0, p) for p in e.absolute_path])
    def count(keys):
        return sum(len(document.get(k, [])) for k in keys if isinstance(document, dict)
                   and isinstance(document.get(k), list))
    records, entities = count(RECORD_KEYS), count(ENTITY_KEYS)
    for error in errors:
        print(describe(error, document))
    print(f"validated {records} records and {entities} entities against {os.path.relpath(schema_path)}: "
          f"{len(errors)} error(s)")
    failed |= bool(errors)

    # Strictness: the schema must reject a bad date and a missing id.
    if not isinstance(document, dict) or not isinstance(document.get("events"), list):
        print("FAIL: the file has no events array, so the strictness checks cannot run")
        return 1
    base = copy.deepcopy(document)
    bad_events = {e.absolute_path[1] for e in errors
                  if len(e.absolute_path) >= 2 and e.absolute_path[0] == "events"}
    index = next((i for i in range(len(base["events"])) if i not in bad_events), None)
    if index is None:
        base["events"].append(minimal_event(base))
        index = len(base["events"]) - 1
        problems = errors_at(validator, base, ["events", index])
        if problems:
            for error in problems:
                print(describe(error, base))
            print("FAIL: the synthesized minimal event does not validate")
            return 1
        print("synthesized a minimal valid event: accepted")
    event_id = base["events"][index].get("id")

    mutations = [
        ("date \"2025-13-40\"", lambda event: event.__setitem__("date", "2025-13-40")),
        ("no \"id\"", lambda event: event.pop("id")),
    ]
    for label, mutate in mutations:
        mutated = copy.deepcopy(base)
        mutate(mutated["events"][index])
        rejected = errors_at(validator, mutated, ["events", index])
        if rejected:
            print(f"ok: the schema rejects event {event_id} with {label} ({describe(rejected[0], mutated)})")
        else:
            print(f"FAIL: the schema accepts event {event_id} with {label}")
            failed = True
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
