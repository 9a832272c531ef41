"""openpyxl (Debian's python3-openpyxl) on thidua's workbooks, for the Excel tests.

read FILE          prints JSON: the sheet's layout and every cell (value, kind), formulas as
                   written and their cached values
fill FILE OUT JSON fills cells {"B8": 9.5, ...} of FILE's first sheet and saves OUT, as a unit
                   filling the blank grid in a spreadsheet would
write OUT JSON     writes a new workbook from {"sheet": NAME, "before": EMPTY SHEET'S NAME,
                   "merge": "B1:D1", "rows": [[cell, ...], ...]}; a cell is null, a number, a string,
                   {"date": "2024-03-01"} or {"formula": "=B3+1", "cached": 7.5}
"""
import datetime
import json
import re
import shutil
import sys
import tempfile
import zipfile

import openpyxl
from openpyxl.utils import get_column_letter


def kind(value):
    if value is None:
        return "empty"
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, (int, float)):
        return "number"
    if isinstance(value, (datetime.date, datetime.datetime)):
        return "date"
    if isinstance(value, str) and value.startswith("="):
        return "formula"
    return "text"


def read(path):
    book = openpyxl.load_workbook(path)
    cached = openpyxl.load_workbook(path, data_only=True)
    sheet = book.worksheets[0]
    values = cached.worksheets[0]
    rows = []
    for row in sheet.iter_rows():
        cells = []
        for cell in row:
            cells.append({"value": cell.value if kind(cell.value) != "date" else str(cell.value),
                          "kind": kind(cell.value),
                          "cached": values[cell.coordinate].value if kind(cell.value) != "date" else None,
                          "format": cell.number_format})
        rows.append(cells)
    validations = []
    for validation in sheet.data_validations.dataValidation:
        validations.append({"range": str(validation.sqref), "type": validation.type, "operator": validation.operator,
                            "min": validation.formula1, "max": validation.formula2})
    print(json.dumps({
        "sheets": book.sheetnames,
        "freeze": sheet.freeze_panes,
        "merged": sorted(str(r) for r in sheet.merged_cells.ranges),
        "orientation": sheet.page_setup.orientation,
        "paper": sheet.page_setup.paperSize,
        "header": [sheet.oddHeader.left.text, sheet.oddHeader.center.text, sheet.oddHeader.right.text],
        "footer": sheet.oddFooter.left.text,
        "printTitleRows": sheet.print_title_rows,
        "validations": validations,
        "rows": rows,
    }, ensure_ascii=False, default=str))


def fill(path, out, cells):
    book = openpyxl.load_workbook(path)
    sheet = book.worksheets[0]
    for reference, value in cells.items():
        sheet[reference] = value
    book.save(out)


def write(out, spec):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = spec.get("sheet", "Sheet1")
    cached = {}
    for r, row in enumerate(spec["rows"], start=1):
        for c, value in enumerate(row, start=1):
            cell = sheet.cell(row=r, column=c)
            if isinstance(value, dict) and "date" in value:
                cell.value = datetime.datetime.strptime(value["date"], "%Y-%m-%d")
            elif isinstance(value, dict) and "formula" in value:
                cell.value = value["formula"]
                if value.get("cached") is not None:
                    cached[cell.coordinate] = value["cached"]
            elif value is not None:
                cell.value = value
    if spec.get("merge"):
        sheet.merge_cells(spec["merge"])
    if spec.get("before"):
        book.create_sheet(spec["before"], 0)
    book.save(out)
    if cached:
        # openpyxl does not calculate: give the formulas the values Excel would have saved.
        add_cached_values(out, cached)


def add_cached_values(path, cached):
    with zipfile.ZipFile(path) as source:
        parts = {name: source.read(name) for name in source.namelist()}
    for reference, value in cached.items():
        pattern = re.compile(r'(<c r="%s"[^>]*>\s*<f>[^<]*</f>)\s*(<v\s*/>|<v></v>)?' % reference)
        count = 0
        for name in [n for n in parts if n.startswith("xl/worksheets/sheet")]:
            sheet, found = pattern.subn(lambda m: m.group(1) + "<v>%s</v>" % value, parts[name].decode("utf-8"))
            parts[name] = sheet.encode("utf-8")
            count += found
        assert count == 1, reference
    with tempfile.NamedTemporaryFile(delete=False) as temporary:
        with zipfile.ZipFile(temporary, "w", zipfile.ZIP_DEFLATED) as target:
            for name, data in parts.items():
                target.writestr(name, data)
    shutil.move(temporary.name, path)


if __name__ == "__main__":
    command = sys.argv[1]
    if command == "read":
        read(sys.argv[2])
    elif command == "fill":
        fill(sys.argv[2], sys.argv[3], json.loads(sys.argv[4]))
    elif command == "write":
        write(sys.argv[2], json.loads(sys.argv[3]))
    else:
        sys.exit("unknown command " + command)
