import Emulation

/// A year change the run loop saved, with what only the store or the clock could add: the
/// interface says what was done (`message`) and reloads, or opens the year it created.
public struct SavedYearChange: Sendable {
    /// What the store or the clock decided beyond what was asked.
    public enum Outcome: Hashable, Sendable {
        /// Saved as asked.
        case saved
        /// Signed, dated this day by the run loop's clock.
        case signed(on: CalendarDate)
        /// The year moved to this stage.
        case stage(ClusterYearStatus)
        /// The next year of the cluster was opened.
        case opened(year: Int)
    }

    public var code: String
    public var year: Int
    public var change: YearChange
    public var outcome: Outcome

    public init(code: String, year: Int, change: YearChange, outcome: Outcome = .saved) {
        self.code = code
        self.year = year
        self.change = change
        self.outcome = outcome
    }

    /// The cluster-year to open once saved (the year just opened); nil to reload the one shown.
    public var opens: (code: String, year: Int)? {
        if case .opened(let next) = outcome { return (code, next) }
        return nil
    }
}
