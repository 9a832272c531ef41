import Emulation

/// The data files: the roster and the score grid as the tables `thidua import` reads back, and
/// how CSV is written. Storage owns both (EmulationStore: one reader checks what one writer
/// wrote, and one writer neutralises formulas in every file), and Documents may not depend on
/// storage, so whoever writes files hands them in.
public struct DataFiles: Sendable {
    /// Any table as CSV: a header line, then the rows (with the caller's byte-order mark and delimiter).
    public var csv: @Sendable (_ header: [String], _ rows: [[String]]) -> String
    /// The roster file `thidua import roster` reads.
    public var roster: @Sendable (YearSnapshot) -> FileTable
    /// The score grid file `thidua import scores` reads; nil round = the final scores.
    public var grid: @Sendable (_ snapshot: YearSnapshot, _ round: ScoreRound?, _ blank: Bool) -> FileTable

    public init(csv: @escaping @Sendable (_ header: [String], _ rows: [[String]]) -> String,
                roster: @escaping @Sendable (YearSnapshot) -> FileTable,
                grid: @escaping @Sendable (_ snapshot: YearSnapshot, _ round: ScoreRound?, _ blank: Bool) -> FileTable) {
        self.csv = csv
        self.roster = roster
        self.grid = grid
    }

    /// A document's table (a ranking, a checklist, the proposals) as CSV.
    public func csv(_ table: TextTable) -> String { csv(table.header, table.rows) }

    /// A data file's table as CSV.
    public func csv(_ table: FileTable) -> String { csv(table.header, table.textRows) }
}
