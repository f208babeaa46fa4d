#!/usr/bin/env python3
"""Which folders of Sources/SentraKit use which others, found by following type names.

    python3 scripts/folder-imports.py          # the listing, as docs/architecture.md shows it
    python3 scripts/folder-imports.py --check  # exit 1 if the folders form a circle

SentraKit is one module, so Swift itself cannot keep its rooms one-way; this does. A folder
"uses" another when one of its files names a type, enum or protocol declared there. Nested
rooms (Match/Text, Match/Index, ...) count as their top folder here, since the one-way rule is
about the top-level rooms.
"""
import os
import re
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Sources", "SentraKit")
DECLARATION = re.compile(
    r"^\s*(?:public |internal |fileprivate |private |final |indirect )*"
    r"(?:struct|enum|class|protocol|actor|typealias)\s+(\w+)", re.M)
# Names declared nested in several places (``Foo.Result``), or nested names shadowing the standard
# library's (Plan's ``PlanNetwork.Slice`` against ``Swift.Slice``), say nothing about folders.
AMBIGUOUS = {"Result", "Entry", "Run", "Request", "Source", "Kind", "Format", "Flag", "Damaged", "Slice"}


def folder(path):
    relative = os.path.relpath(path, ROOT)
    return relative.split(os.sep)[0] if os.sep in relative else "(root)"


def main():
    files, declared = [], {}
    for directory, _, names in os.walk(ROOT):
        for name in sorted(names):
            if name.endswith(".swift"):
                path = os.path.join(directory, name)
                files.append(path)
                with open(path, encoding="utf-8") as handle:
                    for match in DECLARATION.finditer(handle.read()):
                        if match.group(1) not in AMBIGUOUS:
                            declared.setdefault(match.group(1), folder(path))
    uses = {}
    for path in files:
        with open(path, encoding="utf-8") as handle:
            text = re.sub(r"//.*", "", handle.read())
        words = set(re.findall(r"\b[A-Z]\w*\b", text))
        for word in words:
            target = declared.get(word)
            if target and target != folder(path):
                uses.setdefault(folder(path), set()).add(target)
    for source in sorted(uses):
        print(f"{source:12} uses {', '.join(sorted(uses[source]))}")
    circle = find_circle(uses)
    if circle:
        print("circle: " + " -> ".join(circle), file=sys.stderr)
        return 1 if "--check" in sys.argv else 0
    return 0


def find_circle(uses):
    state = {}

    def visit(node, path):
        state[node] = "open"
        for nxt in sorted(uses.get(node, ())):
            if state.get(nxt) == "open":
                return path + [node, nxt]
            if nxt not in state:
                found = visit(nxt, path + [node])
                if found:
                    return found
        state[node] = "done"
        return None

    for node in sorted(uses):
        if node not in state:
            found = visit(node, [])
            if found:
                return found
    return None


if __name__ == "__main__":
    sys.exit(main())
