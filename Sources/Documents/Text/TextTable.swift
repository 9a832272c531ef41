import Emulation
import Foundation

/// A table of text rendered as aligned columns (for a terminal or a printed page) or as a
/// Markdown table; widths count display columns, so Vietnamese lines up.
public struct TextTable: Sendable {
    public var header: [String]
    public var rows: [[String]]
    /// Columns aligned right (numbers).
    public var rightAligned: Set<Int>

    public init(header: [String], rows: [[String]], rightAligned: Set<Int> = []) {
        self.header = header
        self.rows = rows
        self.rightAligned = rightAligned
    }

    public func plain() -> String {
        let all = ([header] + rows).map { $0.map(DisplayWidth.sanitized) }
        // Each cell measured once: the widths of the columns, then each cell's padding.
        let measured = all.map { $0.map(DisplayWidth.of) }
        let widths = header.indices.map { column in measured.map { $0[column] }.max() ?? 0 }
        var text = ""
        func append(_ cells: [String], _ cellWidths: [Int]) {
            var line = ""
            for (column, cell) in cells.enumerated() {
                if column > 0 { line += "  " }
                let padding = String(repeating: " ", count: max(0, widths[column] - cellWidths[column]))
                line += rightAligned.contains(column) ? padding + cell : cell + padding
            }
            text += line.trimmingTrailingSpaces() + "\n"
        }
        append(all[0], measured[0])
        text += widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ") + "\n"
        for index in all.indices.dropFirst() { append(all[index], measured[index]) }
        return text
    }

    public func markdown() -> String {
        let escape = { (cell: String) in DisplayWidth.sanitized(cell).replacingOccurrences(of: "|", with: "\\|") }
        let head = "| " + header.map(escape).joined(separator: " | ") + " |"
        let rule = "|" + header.indices.map { rightAligned.contains($0) ? " ---: |" : " --- |" }.joined()
        let body = rows.map { "| " + $0.map(escape).joined(separator: " | ") + " |" }
        return ([head, rule] + body).joined(separator: "\n") + "\n"
    }
}
