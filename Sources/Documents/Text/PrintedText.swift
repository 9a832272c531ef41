import Emulation

/// Plain text for paper: every line at most 78 display columns, so an A4 page in a fixed-width
/// font prints it without cutting or folding lines.
enum PrintedText {
    static let width = 78

    /// The lines of a document as its text: control characters that came with stored text are
    /// made visible, never sent to a printer or a terminal.
    static func join(_ lines: [String]) -> String {
        var lines = lines
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines.map(DisplayWidth.sanitized).joined(separator: "\n") + "\n"
    }

    /// Breaks at spaces; a word wider than a line (a long code, a URL) is cut where it must be.
    static func wrap(_ text: String, indent: String = "   ", width: Int = PrintedText.width) -> [String] {
        let clean = DisplayWidth.sanitized(text)
        return DisplayWidth.wrap(clean, indent: indent, width: width).flatMap { line -> [String] in
            guard DisplayWidth.of(line) > width else { return [line] }
            var pieces: [String] = []
            var current = ""
            for character in line {
                if DisplayWidth.of(current) + DisplayWidth.of(character) > width {
                    pieces.append(current)
                    current = indent
                }
                current.append(character)
            }
            pieces.append(current)
            return pieces
        }
    }

    /// Several lines of free text (a note typed with line breaks), each wrapped.
    static func paragraphs(_ text: String, indent: String = "   ") -> [String] {
        text.split(whereSeparator: \.isNewline).flatMap { wrap(String($0), indent: indent) }
    }

    /// The table as aligned columns when it fits the page; otherwise one block per row, each
    /// cell named by its heading, so nothing is lost to the margin.
    /// `numbered` says how the first two cells open a block: "1. Vĩnh Bảo" for a ranking, "Vĩnh Bảo, Cờ CP" otherwise.
    static func table(_ table: TextTable, numbered: Bool = true) -> [String] {
        if fits(table) { return lines(of: table) }
        return table.rows.flatMap { row -> [String] in
            let first = row.count > 1 ? row[0] + (numbered ? ". " : ", ") + row[1] : (row.first ?? "")
            let rest = zip(table.header, row).dropFirst(2).filter { !$0.1.isEmpty }.map { "\($0.0): \($0.1)" }
            return wrap(first + (rest.isEmpty ? "" : " — " + rest.joined(separator: "; ")), indent: "     ")
        }
    }

    static func fits(_ table: TextTable) -> Bool { lines(of: table).allSatisfy { DisplayWidth.of($0) <= width } }

    private static func lines(of table: TextTable) -> [String] {
        table.plain().split(separator: "\n").map(String.init)
    }

    /// Two signature blocks side by side (left, right), each centred in half the page.
    static func signatures(left: [String], right: [String]) -> [String] {
        let half = width / 2
        let column = { (lines: [String]) -> [String] in
            lines.flatMap { line in line.isEmpty ? [""] : wrap(line, indent: "", width: half - 2) }
        }
        let leftLines = column(left)
        let rightLines = column(right)
        let centred = { (text: String) -> String in
            let padding = max(0, (half - DisplayWidth.of(text)) / 2)
            return String(repeating: " ", count: padding) + text
        }
        return (0..<max(leftLines.count, rightLines.count)).map { index in
            let leftText = index < leftLines.count ? centred(leftLines[index]) : ""
            let rightText = index < rightLines.count ? centred(rightLines[index]) : ""
            return (rightText.isEmpty ? leftText : DisplayWidth.pad(leftText, to: half) + rightText).trimmingTrailingSpaces()
        }
    }
}
