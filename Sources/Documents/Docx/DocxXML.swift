import Emulation

/// The pieces of WordprocessingML thidua writes: paragraphs of one run, borderless layout tables
/// and ruled data tables. Text is sanitised (no control characters reach the file, which XML
/// would refuse) and escaped.
enum DocxXML {
    enum Alignment: String { case left, center, right, both }

    struct Run {
        var bold = false
        var italic = false
        var size = DocxPage.body
    }

    /// XML escapes as HTML does (`&#39;` is XML too).
    static func escape(_ text: String) -> String { HTMLReport.escape(text) }

    /// One paragraph. `underline`: a short rule under it (the issuer, the motto), drawn as the
    /// paragraph's bottom border between `inset` twips of indent on each side.
    static func paragraph(_ text: String, _ run: Run = Run(), align: Alignment = .left, firstLine: Int = 0, before: Int = 0, after: Int = 0,
                          underline inset: Int? = nil, keepWithNext: Bool = false) -> String {
        var properties = "<w:pPr>"
        if keepWithNext { properties += "<w:keepNext/>" }
        if let inset {
            properties += "<w:pBdr><w:bottom w:val=\"single\" w:sz=\"6\" w:space=\"1\" w:color=\"000000\"/></w:pBdr>"
            properties += "<w:spacing w:before=\"\(before)\" w:after=\"\(after)\"/><w:ind w:left=\"\(inset)\" w:right=\"\(inset)\"/>"
        } else {
            properties += "<w:spacing w:before=\"\(before)\" w:after=\"\(after)\"/>"
            if firstLine > 0 { properties += "<w:ind w:firstLine=\"\(firstLine)\"/>" }
        }
        properties += "<w:jc w:val=\"\(align.rawValue)\"/></w:pPr>"
        guard !text.isEmpty else { return "<w:p>" + properties + "</w:p>" }
        var format = "<w:rPr>"
        if run.bold { format += "<w:b/><w:bCs/>" }
        if run.italic { format += "<w:i/><w:iCs/>" }
        format += "<w:sz w:val=\"\(run.size)\"/><w:szCs w:val=\"\(run.size)\"/></w:rPr>"
        return "<w:p>" + properties + "<w:r>" + format + "<w:t xml:space=\"preserve\">" + escape(text) + "</w:t></w:r></w:p>"
    }

    /// A table: `cells[row][column]` holds each cell's paragraphs (already XML). `ruled`: single
    /// borders all round (a data table); otherwise none (the heading, the signatures).
    /// `headerRows` repeat at the top of every page.
    static func table(widths: [Int], cells: [[String]], ruled: Bool, headerRows: Int = 0) -> String {
        var xml = "<w:tbl><w:tblPr><w:tblW w:w=\"\(widths.reduce(0, +))\" w:type=\"dxa\"/>"
        let border = ruled ? "w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"" : "w:val=\"nil\""
        xml += "<w:tblBorders>" + ["top", "left", "bottom", "right", "insideH", "insideV"].map { "<w:\($0) \(border)/>" }.joined() + "</w:tblBorders>"
        xml += "<w:tblLayout w:type=\"fixed\"/><w:tblCellMar><w:left w:w=\"80\" w:type=\"dxa\"/><w:right w:w=\"80\" w:type=\"dxa\"/></w:tblCellMar>"
        xml += "<w:tblLook w:val=\"0000\"/></w:tblPr><w:tblGrid>" + widths.map { "<w:gridCol w:w=\"\($0)\"/>" }.joined() + "</w:tblGrid>"
        for (index, row) in cells.enumerated() {
            xml += "<w:tr>" + (index < headerRows ? "<w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>" : "<w:trPr><w:cantSplit/></w:trPr>")
            for (column, content) in row.enumerated() {
                let width = column < widths.count ? widths[column] : widths.last ?? DocxPage.textWidth
                // A cell must hold at least one paragraph.
                xml += "<w:tc><w:tcPr><w:tcW w:w=\"\(width)\" w:type=\"dxa\"/></w:tcPr>" + (content.isEmpty ? paragraph("") : content) + "</w:tc>"
            }
            xml += "</w:tr>"
        }
        return xml + "</w:tbl>"
    }
}
