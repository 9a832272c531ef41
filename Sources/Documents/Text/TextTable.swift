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
        let all = [header] + rows
        // Each cell measured once, in one pass over its scalars when it is printable Latin or
        // Vietnamese (nearly every cell: nothing to replace); a cell with a control character
        // is measured as it is written, sanitized. The widths of the columns, then each cell's
        // padding. (A province's ranking has 110,000 cells: copies of every row, sanitized and
        // measured, were a third of `thidua rank`'s text.)
        var sanitized: [Int: [Int: String]] = [:]
        var measured: [[Int]] = []
        measured.reserveCapacity(all.count)
        var widths = [Int](repeating: 0, count: header.count)
        for (line, cells) in all.enumerated() {
            measured.append(cells.enumerated().map { column, cell in
                let width: Int
                if let printable = DisplayWidth.ofPrintable(cell) {
                    width = printable
                } else {
                    let text = DisplayWidth.sanitized(cell)
                    sanitized[line, default: [:]][column] = text
                    width = DisplayWidth.of(text)
                }
                if column < widths.count { widths[column] = max(widths[column], width) }
                return width
            })
        }
        // Written as UTF-8 bytes: `thidua rank` of a province prints 10,000 lines, and building
        // each line as a string of padded strings was a quarter of its work.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(all.reduce(0) { $0 + $1.reduce(0) { $0 + $1.utf8.count } } + widths.reduce(0, +) * (all.count + 3))
        let space = UInt8(ascii: " ")
        let alignsRight = header.indices.map(rightAligned.contains)
        func append(_ line: Int) {
            let (cells, cellWidths, replaced) = (all[line], measured[line], sanitized[line])
            let lineStart = bytes.count
            for (column, original) in cells.enumerated() {
                let cell = replaced?[column] ?? original
                if column > 0 {
                    bytes.append(space)
                    bytes.append(space)
                }
                let padding = max(0, widths[column] - cellWidths[column])
                if alignsRight[column] {
                    bytes += repeatElement(space, count: padding)
                    bytes += cell.utf8
                } else {
                    bytes += cell.utf8
                    bytes += repeatElement(space, count: padding)
                }
            }
            // No trailing spaces (a space byte is never part of another character).
            while bytes.count > lineStart, bytes.last == space { bytes.removeLast() }
            bytes.append(UInt8(ascii: "\n"))
        }
        append(0)
        bytes += widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ").utf8
        bytes.append(UInt8(ascii: "\n"))
        for line in all.indices.dropFirst() { append(line) }
        return String(decoding: bytes, as: UTF8.self)
    }

    public func markdown() -> String {
        let escape = { (cell: String) in DisplayWidth.sanitized(cell).replacingOccurrences(of: "|", with: "\\|") }
        let head = "| " + header.map(escape).joined(separator: " | ") + " |"
        let rule = "|" + header.indices.map { rightAligned.contains($0) ? " ---: |" : " --- |" }.joined()
        let body = rows.map { "| " + $0.map(escape).joined(separator: " | ") + " |" }
        return ([head, rule] + body).joined(separator: "\n") + "\n"
    }
}
