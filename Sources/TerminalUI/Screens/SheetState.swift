import Emulation

/// The unit sheet: one unit's items as rows, then its bonus and deduction; the focused row and
/// column, and what is being typed.
public struct SheetState: Hashable, Sendable {
    public enum Column: Int, CaseIterable, Hashable, Sendable {
        /// The self-score, or on the bonus and deduction rows, the points.
        case selfScore
        case clusterScore
        /// The item's note, or on the bonus and deduction rows, the reason.
        case note
    }

    /// Index into the year's units.
    public var unit = 0
    /// Rows: the items, then bonus, then deduction.
    public var selection = Selection()
    public var column: Column = .selfScore
    public var edit: TextField?
    /// What the unit's cells held when typing began: the save compares with it.
    public var seen: CellSeen?
    /// Bonus or deduction points waiting for their reason before they are saved.
    public var pendingPoints: Points?

    public init() {}
}

/// What a row of the sheet is.
enum SheetRow: Hashable {
    case item(Criterion)
    case adjustment(Adjustment.Kind)

    static func rows(_ tree: CriteriaTree) -> [SheetRow] {
        tree.items.map(SheetRow.item) + [.adjustment(.bonus), .adjustment(.deduction)]
    }
}
