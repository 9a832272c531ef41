import Emulation

/// A cluster and its years, as the home screen and the search show them.
public struct ClusterOverview: Hashable, Sendable {
    public var cluster: Cluster
    public var years: [YearOverview]

    public init(cluster: Cluster, years: [YearOverview]) {
        self.cluster = cluster
        self.years = years
    }
}

/// Where a cluster-year stands at a glance.
public struct YearOverview: Hashable, Sendable {
    public var year: Int
    public var status: ClusterYearStatus
    public var members: Int
    public var signed: Int
    public var entered: Int
    public var total: Int
    public var votes: Int
    public var unitNames: [String]

    public init(year: Int, status: ClusterYearStatus, members: Int, signed: Int, entered: Int, total: Int, votes: Int, unitNames: [String]) {
        self.year = year
        self.status = status
        self.members = members
        self.signed = signed
        self.entered = entered
        self.total = total
        self.votes = votes
        self.unitNames = unitNames
    }

    public init(_ snapshot: YearSnapshot) {
        let members = snapshot.units.map(\.id)
        let codes = Set(snapshot.tree.items.map(\.code))
        year = snapshot.reference.year
        status = snapshot.reference.status
        self.members = members.count
        signed = snapshot.pledge.signedCount(members: members)
        // A cell counts once it has a final score (the cluster's or, failing that, the unit's own).
        entered = snapshot.units.reduce(0) { sum, unit in
            sum + (snapshot.scores[unit.id]?.finalCount(of: snapshot.tree.layout, rule: snapshot.rules.finalScore) ?? 0)
        }
        total = members.count * codes.count
        votes = snapshot.votes.count
        unitNames = snapshot.units.map(\.name)
    }
}
