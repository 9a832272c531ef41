import Emulation

/// One line of the roster screen: a member of the year, or a unit marked inactive this year.
public struct RosterRow: Hashable, Sendable {
    public var unit: MemberUnit
    /// nil for an inactive unit (it has no place in this year's order any more).
    public var membership: Membership?
    /// Index into the year's active units, for the sheet and the grid.
    public var unitIndex: Int?

    public var isActive: Bool { membership != nil }
}

/// The roster as shown: Vietnamese alphabetical order or roster order (the order the head role
/// rotates in), narrowed by a filter that ignores diacritics. Computed when the year, the order
/// or the filter changes, never on each frame: sorting thousands of names is not free.
public struct RosterListing: Hashable, Sendable {
    public enum Order: Hashable, Sendable {
        case alphabetical
        case roster
    }

    public var order: Order = .alphabetical
    /// The filter being typed (nil when the filter line is closed).
    public var filterField: TextField?
    public var filter = ""
    public private(set) var rows: [RosterRow] = []
    public var selection = Selection()
    /// A unit to select only once the year reloads (after adding, editing or moving it here):
    /// the grid and the pledge keep their own selection.
    public var pendingUnit: String?
    /// A year was loaded since `rows` were listed (`RosterScreen.refreshIfNeeded`).
    var needsRefresh = false
    /// The whole roster in the chosen order, and each unit's searchable text folded once, so a
    /// keystroke in the filter neither sorts nor folds thousands of names again.
    private var ordered: [RosterRow] = []
    private var orderedSource: Source?
    private var foldedText: [MemberUnit.ID: String] = [:]

    public init() {}

    public mutating func refresh(_ year: YearSnapshot?) {
        guard let year else {
            rows = []
            return
        }
        let source = Source(units: year.units, memberships: year.memberships, inactive: year.inactiveUnits, order: order)
        if source != orderedSource {
            // Sorted once per roster and order; a filter keystroke only narrows this list.
            var all = year.units.enumerated().map { index, unit in
                RosterRow(unit: unit, membership: year.memberships[index], unitIndex: index)
            }
            if order == .alphabetical { all = all.sortedVietnamese(by: \.unit.name) }
            // Inactive units come last, whatever the order: they no longer take part.
            all += year.inactiveUnits.sortedVietnamese(by: \.name).map { RosterRow(unit: $0, membership: nil, unitIndex: nil) }
            ordered = all
            foldedText = [:]
            orderedSource = source
        }
        guard !filter.isEmpty else {
            rows = ordered
            return
        }
        if foldedText.isEmpty {
            foldedText = Dictionary(ordered.map { row in
                (row.unit.id, VietnameseFolding.fold([row.unit.name, row.unit.shortName, row.unit.leader, row.unit.kind].joined(separator: "\u{1F}")))
            }, uniquingKeysWith: { first, _ in first })
        }
        let needle = VietnameseFolding.fold(filter)
        rows = ordered.filter { foldedText[$0.unit.id]?.contains(needle) ?? false }
    }

    /// What the sorted list was made from.
    private struct Source: Hashable, Sendable {
        var units: [MemberUnit]
        var memberships: [Membership]
        var inactive: [MemberUnit]
        var order: Order
    }

    public var selected: RosterRow? { rows.indices.contains(selection.index) ? rows[selection.index] : nil }

    /// Selects the line of a unit, if shown.
    public mutating func select(unitID: MemberUnit.ID, visible: Int) {
        if let index = rows.firstIndex(where: { $0.unit.id == unitID }) {
            selection.moveTo(index, count: rows.count, visible: visible)
        }
    }
}
