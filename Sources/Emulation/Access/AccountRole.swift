/// What a person may do in a cluster, as Vietnamese emulation clusters share the work.
public enum AccountRole: String, CaseIterable, Hashable, Sendable, Comparable, Codable {
    /// The provincial emulation office (Ban Thi đua – Khen thưởng): every cluster; accounts,
    /// clusters, reopening a closed year, unlocking criteria, rules.
    case admin
    /// The cluster's secretary (thư ký cụm), usually from the head unit: roster, pledge text,
    /// stages, cluster scores of every unit but their own, meeting, votes, documents.
    case secretary
    /// A member unit's clerk: that unit's self-scores, notes, bonus and deduction claims,
    /// pledge models, registrations and signature.
    case clerk
    /// Reads everything of the cluster (members at the meeting, the province's staff).
    case viewer

    /// Most powerful first, for listing an account's roles.
    public static func < (lhs: Self, rhs: Self) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }

    /// A clerk acts for one unit; a secretary may name the unit they come from (which the
    /// own-unit rule then covers); the others have no unit.
    public var takesUnit: Bool { self == .clerk || self == .secretary }
    /// Only an admin's role reaches every cluster.
    public var isProvinceWide: Bool { self == .admin }
}
