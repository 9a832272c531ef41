import Emulation

/// How an import's scores are written in the audit trail: one row per unit's run of cells (a
/// line of the grid), entity `cluster/year/unit`, listing the cells it changed, before and
/// after, in the same order ("1.1/cluster 9,70; 1.2/cluster —"). The row's images hold each
/// changed score row, so a cell's last writer is found through them (`lastWrite`).
enum ImportedCells {
    static let action = "score.import"
    /// An empty cell.
    static let none = "—"

    /// Written as UTF-8 bytes into one buffer, made a string once: an import writes two of these
    /// for each of its lines (a string per cell, then joined, cost twice as much).
    static func text(_ cells: [(entry: ScoreEntry, value: String)]) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(cells.count * 24)
        for (index, cell) in cells.enumerated() {
            if index > 0 { bytes.append(contentsOf: "; ".utf8) }
            bytes.appendUTF8(cell.entry.item)
            bytes.append(UInt8(ascii: "/"))
            bytes.appendUTF8(cell.entry.round.rawValue)
            bytes.append(UInt8(ascii: " "))
            bytes.appendUTF8(cell.value)
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
