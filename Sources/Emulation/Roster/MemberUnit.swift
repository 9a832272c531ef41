/// A member unit (đơn vị thành viên) of a cluster: a commune, a district, a department.
public struct MemberUnit: Hashable, Sendable, Identifiable {
    public typealias ID = Int64

    public var id: ID
    public var name: String
    public var shortName: String
    /// Free text such as "huyện", "xã", "phường", "sở".
    public var kind: String
    public var leader: String
    public var leaderPosition: String
    /// At least 70% of the collective are women (a possible tie-break, Decree 152/2025 Art. 4).
    public var womenMajority: Bool
    public var eligibility: Eligibility

    public init(
        id: ID, name: String, shortName: String = "", kind: String = "", leader: String = "",
        leaderPosition: String = "", womenMajority: Bool = false, eligibility: Eligibility = .eligible
    ) {
        self.id = id
        self.name = name
        self.shortName = shortName
        self.kind = kind
        self.leader = leader
        self.leaderPosition = leaderPosition
        self.womenMajority = womenMajority
        self.eligibility = eligibility
    }
}
