"""Reads a Word or Excel file the app made with real readers (python-docx, openpyxl) and prints
what they see as JSON, for the native (tests/office.rs) and browser (tests/e2e/office.test.mjs)
tests. Run with Debian's python3 (/usr/bin/python3), where scripts/setup.sh test installs them."""

import json
import sys


def read_xlsx(path):
    import openpyxl

    book = openpyxl.load_workbook(path)
    sheets = []
    for ws in book.worksheets:
        sheets.append({
            "name": ws.title,
            "rows": [list(row) for row in ws.iter_rows(values_only=True)],
            "filter": ws.auto_filter.ref,
            "paper": int(ws.page_setup.paperSize) if ws.page_setup.paperSize else None,
            "orientation": ws.page_setup.orientation,
            "fit_width": ws.page_setup.fitToWidth,
            "fit_to_page": bool(ws.sheet_properties.pageSetUpPr and ws.sheet_properties.pageSetUpPr.fitToPage),
            "freeze": ws.freeze_panes,
            "print_titles": ws.print_title_rows,
            "widths": {k: v.width for k, v in sorted(ws.column_dimensions.items()) if v.width},
        })
    return {"sheets": sheets}


def read_docx(path):
    import docx

    document = docx.Document(path)
    paragraphs = []
    for p in document.paragraphs:
        align = p.paragraph_format.alignment
        paragraphs.append({
            "style": p.style.name,
            "text": p.text,
            "right": align is not None and int(align) == 2,
        })
    section = document.sections[0]
    return {
        "paragraphs": paragraphs,
        "page_mm": [round(section.page_width.mm), round(section.page_height.mm)],
    }


def main():
    path = sys.argv[1]
    result = read_docx(path) if path.endswith(".docx") else read_xlsx(path)
    json.dump(result, sys.stdout, ensure_ascii=False, default=str)


main()
