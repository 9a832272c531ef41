import Emulation

/// The award history read for one cluster-year, and whether it still matches the year shown
/// (a reload, after a decision say, makes it stale until read again).
public struct AwardHistoryLoad: Hashable, Sendable {
    public var yearID: Int64
    public var entries: [MemberUnit.ID: [AwardHistoryEntry]]
    public var current: Bool

    public init(yearID: Int64, entries: [MemberUnit.ID: [AwardHistoryEntry]], current: Bool = true) {
        self.yearID = yearID
        self.entries = entries
        self.current = current
    }

    /// The years of `unit` other than `year`, oldest first.
    public func others(_ unit: MemberUnit.ID, year: Int) -> [AwardHistoryEntry] {
        (entries[unit] ?? []).filter { $0.year != year }
    }
}
