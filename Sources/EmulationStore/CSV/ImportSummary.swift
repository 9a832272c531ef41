/// What a score file changed, counted inside the import's transaction: a file imported twice
/// says the second time that nothing changed, instead of counting every cell it holds.
public struct ImportSummary: Hashable, Sendable {
    public struct Counts: Hashable, Sendable {
        /// Given a value where there was none or another one.
        public var changed = 0
        /// Already held that value.
        public var unchanged = 0
        /// Emptied where there was a value.
        public var cleared = 0

        public init(changed: Int = 0, unchanged: Int = 0, cleared: Int = 0) {
            self.changed = changed
            self.unchanged = unchanged
            self.cleared = cleared
        }

        public var total: Int { changed + unchanged + cleared }

        mutating func count(_ change: CellChange) {
            switch change {
            case .changed: changed += 1
            case .unchanged: unchanged += 1
            case .cleared: cleared += 1
            }
        }
    }

    /// The item scores.
    public var scores = Counts()
    /// The bonuses and deductions.
    public var adjustments = Counts()

    public init(scores: Counts = Counts(), adjustments: Counts = Counts()) {
        self.scores = scores
        self.adjustments = adjustments
    }
}

/// What saving one cell (an item score, a bonus or a deduction) did to the stored value.
public enum CellChange: Hashable, Sendable {
    case unchanged
    case changed
    case cleared
}

/// What a roster file changed, counted inside the import's transaction, one count per line.
public struct RosterImportSummary: Hashable, Sendable {
    /// Put on this year's roster: new to the cluster, or back from an earlier year.
    public var added = 0
    /// Already on this year's roster, with its details, role or eligibility changed.
    public var changed = 0
    public var unchanged = 0

    public init(added: Int = 0, changed: Int = 0, unchanged: Int = 0) {
        self.added = added
        self.changed = changed
        self.unchanged = unchanged
    }
}
