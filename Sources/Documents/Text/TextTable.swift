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
        // Written as UTF-8 bytes: `thidua rank` of a province prints 10,000 lines, and building
        // each line as a string of padded strings was a quarter of its work.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(all.reduce(0) { $0 + $1.reduce(0) { $0 + $1.utf8.count } } + widths.reduce(0, +) * (all.count + 3))
        let space = UInt8(ascii: " ")
        func append(_ cells: [String], _ cellWidths: [Int]) {
            let lineStart = bytes.count
            for (column, cell) in cells.enumerated() {
                if column > 0 { bytes += [space, space] }
                let padding = max(0, widths[column] - cellWidths[column])
                if rightAligned.contains(column) {
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
        append(all[0], measured[0])
        bytes += widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ").utf8
        bytes.append(UInt8(ascii: "\n"))
        for index in all.indices.dropFirst() { append(all[index], measured[index]) }
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
