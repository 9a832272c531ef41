/// A unit as its roster row shows it: its details, this year's role and eligibility. What a
/// clerk saw when they opened the unit's form, compared when they save it.
public struct RosterEntry: Hashable, Sendable {
    public var unit: MemberUnit
    public var role: Membership.Role

    public init(unit: MemberUnit, role: Membership.Role) {
        self.unit = unit
        self.role = role
    }
}
