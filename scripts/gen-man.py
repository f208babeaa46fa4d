#!/usr/bin/env python3
"""Writes sentra's man page (troff, section 1) from the binary's own description of its
commands: `sentra --experimental-dump-help` (swift-argument-parser's JSON), so the page never
drifts from `--help`. Usage: scripts/gen-man.py PATH/TO/sentra > sentra.1"""
import json
import subprocess
import sys


def escape(text):
    """Text for troff: backslashes doubled, a leading dot or quote guarded."""
    lines = []
    for line in (text or "").replace("\\", "\\e").split("\n"):
        if line.startswith((".", "'")):
            line = "\\&" + line
        lines.append(line)
    return "\n".join(lines)


def flag_names(argument):
    names = []
    for name in argument.get("names", []):
        names.append(("--" if name["kind"] == "long" else "-") + name["name"])
    return ", ".join(names)


def command(out, node, path):
    name = " ".join(path)
    out.append(f'.SH "{escape(name.upper())}"' if len(path) > 1 else ".SH DESCRIPTION")
    if node.get("abstract"):
        out.append(escape(node["abstract"]))
    if node.get("discussion"):
        out.append(".PP\n.nf\n" + escape(node["discussion"]) + "\n.fi")
    for argument in node.get("arguments", []):
        if not argument.get("shouldDisplay", True):
            continue
        if argument["kind"] == "positional":
            label = "<" + argument.get("valueName", "value") + ">"
        else:
            label = flag_names(argument)
            if argument["kind"] == "option":
                label += " <" + argument.get("valueName", "value") + ">"
        if argument.get("isRepeating"):
            label += " ..."
        out.append(".TP\n\\fB" + escape(label) + "\\fR\n" + escape(argument.get("abstract", "")))
    for child in node.get("subcommands", []):
        if child["commandName"] != "help" and child.get("shouldDisplay", True):
            command(out, child, path + [child["commandName"]])


def main():
    binary = sys.argv[1] if len(sys.argv) > 1 else ".build/debug/sentra"
    dump = json.loads(subprocess.run([binary, "--experimental-dump-help"], check=True,
                                     capture_output=True, text=True).stdout)
    root = dump["command"]
    out = [
        '.TH SENTRA 1 "" "sentra" "User Commands"',
        ".SH NAME",
        "sentra \\- " + escape(root.get("abstract", "")),
        ".SH SYNOPSIS",
        "\\fBsentra\\fR [\\fB--db\\fR \\fIPATH\\fR] [\\fB--lang\\fR \\fIid|en\\fR] \\fIcommand\\fR [\\fIoptions\\fR]",
    ]
    command(out, root, ["sentra"])
    out += [".SH ENVIRONMENT", ".TP\n\\fBSENTRA_DB\\fR\nThe database when \\fB--db\\fR is not given.",
            ".TP\n\\fBSENTRA_LANG\\fR\nid or en, when \\fB--lang\\fR is not given.",
            ".TP\n\\fBNO_COLOR\\fR\nNo colour and no progress lines on stderr."]
    sys.stdout.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
