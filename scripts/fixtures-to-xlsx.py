#!/usr/bin/env python3
"""Saves every fixture CSV as an .xlsx workbook the way an officer would get one: through
LibreOffice headless, its CSV import deciding the cell types (numbers, ISO dates), except the
columns a careful officer formats as Text (codes with leading zeros or dots, which a number cell
would change). Writes Fixtures/xlsx/NAME.xlsx and Fixtures/xlsx/lkpp/NAME.xlsx.

    python3 scripts/fixtures-to-xlsx.py     # needs soffice (Debian libreoffice-calc-nogui)

The LKPP exports are in the exporter's dialect (backslash escapes inside quotes); a workbook
holds the characters themselves, so they are decoded first. Their dates and times stay Text:
the exporter writes times in UTC with a `Z`, which a spreadsheet has no cell type for.
The workbooks are committed, so the tests do not need LibreOffice.
"""
import csv
import io
import os
import re
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
# Contract columns that hold codes: Text, so `08227534234` and `36.10` survive.
TEXT_COLUMNS = {
    "nib", "sku", "region", "npwp", "phone", "need_id", "opd_code", "tx_id", "supplier_nib",
    "supplier_npwp", "email", "certifications", "required_certifications",
}
# LKPP columns kept as numbers: money. Everything else in an export is Text.
LKPP_NUMBER = re.compile(r"^(pagu|hps|nilai_.*|total.*|valuasi|ongkir|belanja_.*)$")


def decode_lkpp(path):
    """The exporter's CSV read as sentra reads it (inside quotes a backslash escapes the next
    character: `\\"`, `\\r`, `\\n`, `\\t`, `\\\\`), written again as RFC 4180 text."""
    with open(path, encoding="utf-8", newline="") as handle:
        raw = handle.read()
    escapes = {"r": "\r", "n": "\n", "t": "\t", '"': '"', "\\": "\\"}
    rows, row, field, quoted, index = [], [], [], False, 0
    while index < len(raw):
        char = raw[index]
        if quoted:
            if char == "\\" and index + 1 < len(raw):
                following = raw[index + 1]
                field.append(escapes.get(following, char + following))
                index += 1
            elif char == '"' and raw[index + 1:index + 2] == '"':
                field.append('"')
                index += 1
            elif char == '"':
                quoted = False
            else:
                field.append(char)
        elif char == '"':
            quoted = True
        elif char == ",":
            row.append("".join(field))
            field = []
        elif char in "\r\n":
            if char == "\r" and raw[index + 1:index + 2] == "\n":
                index += 1
            row.append("".join(field))
            rows.append(row)
            row, field = [], []
        else:
            field.append(char)
        index += 1
    if field or row:
        row.append("".join(field))
        rows.append(row)
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows)
    return out.getvalue(), rows[0]


def convert(csv_text, header, text_column, target):
    formats = "/".join(f"{i + 1}/{2 if text_column(name) else 1}" for i, name in enumerate(header))
    with tempfile.TemporaryDirectory() as work:
        source = os.path.join(work, os.path.basename(target).replace(".xlsx", ".csv"))
        with open(source, "w", encoding="utf-8", newline="") as handle:
            handle.write(csv_text)
        # CSV filter: comma, double quote, UTF-8 (76), from line 1, the column formats.
        subprocess.run(
            ["soffice", "--headless", f"-env:UserInstallation=file://{work}/profile",
             f"--infilter=CSV:44,34,76,1,{formats}", "--convert-to", "xlsx", "--outdir", work, source],
            check=True, capture_output=True)
        shutil.copy(source.replace(".csv", ".xlsx"), target)


def main():
    fixtures = os.path.join(ROOT, "Fixtures")
    os.makedirs(os.path.join(fixtures, "xlsx", "lkpp"), exist_ok=True)
    for name in ["suppliers", "catalog", "needs", "spend", "budgets"]:
        path = os.path.join(fixtures, f"{name}.csv")
        with open(path, encoding="utf-8") as handle:
            text = handle.read()
        header = next(csv.reader(io.StringIO(text)))
        convert(text, header, lambda column: column in TEXT_COLUMNS, os.path.join(fixtures, "xlsx", f"{name}.xlsx"))
        print(f"Fixtures/xlsx/{name}.xlsx")
    lkpp = os.path.join(fixtures, "lkpp")
    for file in sorted(os.listdir(lkpp)):
        if file.endswith(".csv"):
            text, header = decode_lkpp(os.path.join(lkpp, file))
            convert(text, header, lambda column: not LKPP_NUMBER.match(column),
                    os.path.join(fixtures, "xlsx", "lkpp", file.replace(".csv", ".xlsx")))
            print(f"Fixtures/xlsx/lkpp/{file.replace('.csv', '.xlsx')}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
