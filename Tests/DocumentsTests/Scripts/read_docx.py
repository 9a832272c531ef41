"""Reads Word files with python-docx (Debian's python3-docx) and prints, as JSON per file, what a
reader sees: every paragraph's text in body order (a table row by row, cell by cell), the page
size and margins in millimetres, the Normal style's font and size, which heading lines are bold,
and whether the first page has no page number."""
import json
import sys

import docx
from docx.table import Table
from docx.text.paragraph import Paragraph

result = {}
for path in sys.argv[1:]:
    document = docx.Document(path)
    texts = []
    for child in document.element.body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            texts.append(Paragraph(child, document).text)
        elif tag == "tbl":
            for row in Table(child, document).rows:
                for cell in row.cells:
                    texts.extend(paragraph.text for paragraph in cell.paragraphs)
    section = document.sections[0]
    heading = document.tables[0].rows[0].cells[1].paragraphs
    normal = document.styles["Normal"].font
    result[path] = {
        "texts": texts,
        "page": [round(section.page_width.mm, 1), round(section.page_height.mm, 1)],
        "margins": [round(section.top_margin.mm, 1), round(section.bottom_margin.mm, 1),
                    round(section.left_margin.mm, 1), round(section.right_margin.mm, 1)],
        "font": [normal.name, normal.size.pt],
        "titleBold": [all(run.bold for run in paragraph.runs) for paragraph in heading],
        "firstPageUnnumbered": section.different_first_page_header_footer,
        "pageNumberField": "PAGE" in section.header._element.xml,
    }
print(json.dumps(result, ensure_ascii=False))
