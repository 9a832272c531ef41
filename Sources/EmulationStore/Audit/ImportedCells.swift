import Emulation

/// How an import's scores are written in the audit trail: one row per unit's run of cells (a
/// line of the grid), entity `cluster/year/unit`, listing the cells it changed, before and
/// after, in the same order ("1.1/cluster 9,70; 1.2/cluster —"). The row's images hold each
/// changed score row, so a cell's last writer is found through them (`lastWrite`).
enum ImportedCells {
    static let action = "score.import"
    /// An empty cell.
    static let none = "—"

    static func text(_ cells: [(entry: ScoreEntry, value: String)]) -> String {
        cells.map { "\($0.entry.item)/\($0.entry.round.rawValue) \($0.value)" }.joined(separator: "; ")
    }
}
