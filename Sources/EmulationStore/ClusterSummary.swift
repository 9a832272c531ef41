import Emulation
import GRDB

/// A cluster with its years, for lists and for errors that say what exists.
public struct ClusterSummary: Hashable, Sendable {
    public var cluster: Cluster
    public var years: [(year: Int, status: ClusterYearStatus)]

    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.cluster == rhs.cluster && lhs.years.map(\.year) == rhs.years.map(\.year) && lhs.years.map(\.status) == rhs.years.map(\.status)
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(cluster) }
}

extension EmulationStore {
    public func clusters() throws -> [ClusterSummary] {
        try read { db in
            // Only the clusters this account has a role in (every one, for an admin).
            let account = try actingAccount(db)
            let clusters = try StoredCluster.fetchAll(db).filter { account.may(.read, in: $0.code) }
            let years = try StoredClusterYear.order(\.year).fetchAll(db)
            let summaries = clusters.map { stored in
                ClusterSummary(cluster: stored.cluster,
                               years: years.filter { $0.clusterId == stored.rowID }.map { (year: $0.year, status: $0.status) })
            }
            return summaries.sortedVietnamese(by: \.cluster.code)
        }
    }

    /// Finds a cluster-year; the error lists the clusters or years that do exist.
    public func clusterYear(code: String, year: Int) throws -> ClusterYearReference {
        try read { db in try Self.clusterYear(db, code: code, year: year) }
    }

    static func clusterYear(_ db: Database, code: String, year: Int) throws -> ClusterYearReference {
        let clusterID = try clusterID(db, code: code)
        // The code as stored: "hp-kh" on the command line names HP-KH.
        let code = try StoredCluster.required(db, id: clusterID).code
        let years = try StoredClusterYear.filter { $0.clusterId == clusterID }.order(\.year).fetchAll(db)
        guard let stored = years.first(where: { $0.year == year }) else {
            throw StoreError.unknownYear(cluster: code, year: year, existing: years.map(\.year))
        }
        return ClusterYearReference(id: stored.rowID, clusterID: clusterID, clusterCode: code, year: year, status: stored.status)
    }

    /// A cluster-year by its row id.
    static func clusterYearReference(_ db: Database, id: Int64) throws -> ClusterYearReference {
        let stored = try StoredClusterYear.required(db, id: id)
        let code = try StoredCluster.required(db, id: stored.clusterId).code
        return ClusterYearReference(id: id, clusterID: stored.clusterId, clusterCode: code, year: stored.year, status: stored.status)
    }

    /// The cluster-year, or nil when the cluster has no such year; any other trouble (a status
    /// this build cannot read) is thrown, not taken for absence.
    static func clusterYearIfAny(_ db: Database, code: String, year: Int) throws -> ClusterYearReference? {
        do {
            return try clusterYear(db, code: code, year: year)
        } catch StoreError.unknownYear {
            return nil
        }
    }

    /// The cluster's row id; the error lists the codes that do exist.
    static func clusterID(_ db: Database, code: String) throws -> Int64 {
        // Codes are created in capitals; any case finds them.
        let wanted = code.trimmingSpaces()
        guard let cluster = try StoredCluster.filter({ $0.code.collating(.nocase) == wanted }).fetchOne(db) else {
            throw StoreError.unknownCluster(code: code, existing: try StoredCluster.order(\.code).fetchAll(db).map(\.code))
        }
        return cluster.rowID
    }

    /// Refuses any change to a closed year, whatever the entry point.
    static func requireOpen(_ db: Database, _ reference: ClusterYearReference) throws {
        if try StoredClusterYear.required(db, id: reference.id).status == .closed {
            throw StoreError.yearClosed(cluster: reference.clusterCode, year: reference.year)
        }
    }
}
