/// The place of a unit in a cluster-year: its role and its position in the roster order
/// (the order the head role rotates in).
public struct Membership: Hashable, Sendable {
    public enum Role: String, CaseIterable, Sendable, Codable {
        case head
        case deputy
        case member
    }

    public var unitID: MemberUnit.ID
    public var role: Role
    public var position: Int

    public init(unitID: MemberUnit.ID, role: Role, position: Int) {
        self.unitID = unitID
        self.role = role
        self.position = position
    }
}
