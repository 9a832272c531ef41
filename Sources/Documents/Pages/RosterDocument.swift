import Emulation

/// The member units of a cluster-year as a Markdown page.
public struct RosterDocument: Sendable {
    public var cluster: Cluster
    public var year: Int
    public var units: [MemberUnit]
    public var memberships: [Membership]

    public init(cluster: Cluster, year: Int, units: [MemberUnit], memberships: [Membership]) {
        self.cluster = cluster
        self.year = year
        self.units = units
        self.memberships = memberships
    }

    public func markdown(_ words: DocumentWords) -> String {
        let rows = zip(units, memberships).map { unit, membership -> [String] in
            let eligibility: String = {
                switch unit.eligibility {
                case .eligible: return words.eligible
                case .ineligible(let cause, let note): return words.ineligibleCause(cause) + (note.isEmpty ? "" : " (\(note))")
                }
            }()
            let leader = [unit.leader, unit.leaderPosition].filter { !$0.isEmpty }.joined(separator: ", ")
            return [String(membership.position), unit.name, unit.shortName, unit.kind, leader, words.role(membership.role), eligibility]
        }
        let table = TextTable(header: ["#", words.columnUnit, words.columnShortName, words.columnKind, words.columnLeader,
                                       words.columnRole, words.columnEligibility], rows: rows, rightAligned: [0])
        return "# " + words.rosterTitle(cluster.name + " (" + cluster.code + ")", year) + "\n\n" + table.markdown()
    }
}
