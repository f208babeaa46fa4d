#!/usr/bin/env python3
"""Writes a CSV file as a one-sheet .xlsx as Excel would hold it, for the import benchmark:
numbers as number cells, everything else as shared strings (Excel's own form), codes that a
number cell would change (leading zeros, dots) as text. Streams the rows, so 1M rows fit.

    python3 scripts/csv-to-xlsx.py IN.csv OUT.xlsx
"""
import csv
import re
import sys
import zipfile
from xml.sax.saxutils import escape

NUMBER = re.compile(r"^(0|[1-9][0-9]{0,14})(\.[0-9]+)?$")
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG = "http://schemas.openxmlformats.org/package/2006/relationships"


def column(index):
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def main(source, target):
    strings, order = {}, []
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as book:
        with book.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as raw, open(source, newline="") as handle:
            write = lambda text: raw.write(text.encode())
            write(f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="{MAIN}"><sheetData>')
            for number, row in enumerate(csv.reader(handle), start=1):
                cells = []
                for index, value in enumerate(row):
                    if value == "":
                        continue
                    reference = f"{column(index)}{number}"
                    if number > 1 and NUMBER.match(value):
                        cells.append(f'<c r="{reference}"><v>{value}</v></c>')
                    else:
                        if value not in strings:
                            strings[value] = len(order)
                            order.append(value)
                        cells.append(f'<c r="{reference}" t="s"><v>{strings[value]}</v></c>')
                write(f'<row r="{number}">{"".join(cells)}</row>')
            write("</sheetData></worksheet>")
        with book.open("xl/sharedStrings.xml", "w", force_zip64=True) as raw:
            raw.write(f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="{MAIN}" uniqueCount="{len(order)}">'.encode())
            for value in order:
                space = ' xml:space="preserve"' if value != value.strip() else ""
                raw.write(f"<si><t{space}>{escape(value)}</t></si>".encode())
            raw.write(b"</sst>")
        book.writestr("[Content_Types].xml", f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>''')
        book.writestr("_rels/.rels", f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{PKG}"><Relationship Id="rId1" Type="{REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>')
        book.writestr("xl/workbook.xml", f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{MAIN}" xmlns:r="{REL}"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>')
        book.writestr("xl/_rels/workbook.xml.rels", f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{PKG}"><Relationship Id="rId1" Type="{REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="{REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>')
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
