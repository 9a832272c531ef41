/// One role of an account: province-wide for an admin, else in one cluster (and, for a clerk,
/// one unit of it).
public struct RoleGrant: Hashable, Sendable, Comparable {
    public var role: AccountRole
    /// The cluster's code; nil for an admin.
    public var cluster: String?
    /// The unit a clerk acts for (a secretary's own unit), by id and by name for display.
    public var unitID: MemberUnit.ID?
    public var unitName: String?

    public init(role: AccountRole, cluster: String? = nil, unitID: MemberUnit.ID? = nil, unitName: String? = nil) {
        self.role = role
        self.cluster = role.isProvinceWide ? nil : cluster
        self.unitID = role.takesUnit ? unitID : nil
        self.unitName = role.takesUnit ? unitName : nil
    }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        (lhs.cluster ?? "", lhs.role, lhs.unitName ?? "") < (rhs.cluster ?? "", rhs.role, rhs.unitName ?? "")
    }

    /// What is wrong with this grant before the cluster and unit are looked up.
    public var problem: Problem? {
        if role.isProvinceWide { return nil }
        guard let cluster, !cluster.isEmpty else { return .clusterRequired(role) }
        if role == .clerk && unitID == nil && unitName == nil { return .unitRequired }
        return nil
    }

    public enum Problem: Hashable, Sendable, Error {
        /// A secretary, clerk or viewer belongs to a cluster.
        case clusterRequired(AccountRole)
        /// A clerk acts for a unit.
        case unitRequired
    }
}
