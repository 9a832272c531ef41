import Emulation

/// The seal's line at the end of a document, as each format prints it: a paragraph of its own
/// in Markdown, a last paragraph of the page in HTML, and in plain text one line, or two where
/// one would pass the page's width (never a command cut in the middle). A CSV file is data and
/// gets none: a line of prose would break a program reading it.
enum SealLine {
    /// "Niêm phong nhật ký: N:HASH (kiểm tra: thidua verify --seal N:HASH)": the seal on one line.
    static func line(seal: String, check: String) -> String { seal + " (" + check + ")" }

    static func append(seal: String, check: String, to text: String, format: DocumentFormat) -> String {
        let line = line(seal: seal, check: check)
        switch format {
        case .csv, .docx, .xlsx:
            // A Word file carries its seal inside (DocxWriter), a workbook above its table (SheetTitle).
            return text
        case .md:
            return text + "\n" + DisplayWidth.sanitized(line) + "\n"
        case .txt:
            let lines = DisplayWidth.of(line) <= PrintedText.width ? [line] : [seal, "(" + check + ")"]
            return text + "\n" + lines.flatMap { PrintedText.wrap($0, indent: "") }.joined(separator: "\n") + "\n"
        case .html:
            let paragraph = "<p class=\"seal\">" + HTMLReport.escape(line) + "</p>\n"
            guard let end = text.ranges(of: "</body>").last else { return text + paragraph }
            var page = text
            page.insert(contentsOf: paragraph, at: end.lowerBound)
            return page
        }
    }
}
