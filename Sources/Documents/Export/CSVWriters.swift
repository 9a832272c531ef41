import Emulation

/// How CSV is written. Storage owns it (EmulationStore: the roster and grid files are what
/// `thidua import` reads back, and one writer neutralises formulas in every file), and Documents
/// may not depend on storage, so whoever writes files hands its writers in.
public struct CSVWriters: Sendable {
    /// Any table as CSV: a header line, then the rows.
    public var table: @Sendable (_ header: [String], _ rows: [[String]]) -> String
    /// The roster file `thidua import roster` reads.
    public var roster: @Sendable (YearSnapshot) -> String
    /// The score grid file `thidua import scores` reads; nil round = the final scores.
    public var grid: @Sendable (_ snapshot: YearSnapshot, _ round: ScoreRound?, _ blank: Bool) -> String

    public init(table: @escaping @Sendable (_ header: [String], _ rows: [[String]]) -> String,
                roster: @escaping @Sendable (YearSnapshot) -> String,
                grid: @escaping @Sendable (_ snapshot: YearSnapshot, _ round: ScoreRound?, _ blank: Bool) -> String) {
        self.table = table
        self.roster = roster
        self.grid = grid
    }

    /// A document's table (a ranking, a checklist, the proposals) as CSV.
    public func write(_ table: TextTable) -> String { self.table(table.header, table.rows) }
}
