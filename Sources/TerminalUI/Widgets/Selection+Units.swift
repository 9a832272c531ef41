import Emulation

/// A selection over a year's units, kept by unit rather than by row: a reload that moved
/// units (another clerk reordered the roster) keeps the same unit selected.
extension Selection {
    /// The unit on the selected row, if there is one.
    func unit(in units: [MemberUnit]) -> MemberUnit.ID? {
        units.indices.contains(index) ? units[index].id : nil
    }

    /// Selects that unit's row; false when it is not among `units`.
    @discardableResult
    mutating func select(unit: MemberUnit.ID, in units: [MemberUnit], visible: Int) -> Bool {
        guard let row = units.firstIndex(where: { $0.id == unit }) else { return false }
        moveTo(row, count: units.count, visible: visible)
        return true
    }
}
