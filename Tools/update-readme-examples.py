#!/usr/bin/env python3
"""Rewrites the output of every example command in README.md.

Each example is a fenced block that starts with ```console and whose first line is
`$ yearbook ARGS`; the rest of the block is replaced with what the built binary
prints (COLUMNS and a non-terminal stdout, so the default format is the one the
command names). Review the diff before committing: the README test
(Tests/YearbookCLITests/ReadmeExampleTests.swift) then requires the same output.

usage: python3 Tools/update-readme-examples.py [PATH_TO_YEARBOOK]
"""
import re, shlex, subprocess, sys

binary = sys.argv[1] if len(sys.argv) > 1 else ".build/debug/yearbook"
text = open("README.md", encoding="utf-8").read()
pattern = re.compile(r"```console\n\$ yearbook (.*?)\n(.*?)```", re.S)

def run(match):
    args = shlex.split(match.group(1))
    out = subprocess.run([binary] + args, capture_output=True, text=True)
    if out.returncode != 0:
        sys.exit(f"yearbook {match.group(1)} failed: {out.stderr}")
    return f"```console\n$ yearbook {match.group(1)}\n{out.stdout}```"

new = pattern.sub(run, text)
open("README.md", "w", encoding="utf-8").write(new)
print(f"updated {len(pattern.findall(text))} examples")
