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
            let clusters = try Row.fetchAll(db, sql: "SELECT * FROM cluster")
            let years = try Row.fetchAll(db, sql: "SELECT clusterId, year, status FROM clusterYear ORDER BY year")
            let summaries = clusters.map { row -> ClusterSummary in
                let id: Int64 = row["id"]
                let own = years.filter { ($0["clusterId"] as Int64) == id }
                    .map { (year: $0["year"] as Int, status: ClusterYearStatus(rawValue: $0["status"]) ?? .pledge) }
                return ClusterSummary(cluster: Cluster(row: row), years: own)
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
        let code = try String.fetchOne(db, sql: "SELECT code FROM cluster WHERE id = ?", arguments: [clusterID]) ?? code
        guard let row = try Row.fetchOne(db, sql: "SELECT id, status FROM clusterYear WHERE clusterId = ? AND year = ?",
                                         arguments: [clusterID, year]) else {
            let existing = try Int.fetchAll(db, sql: "SELECT year FROM clusterYear WHERE clusterId = ? ORDER BY year", arguments: [clusterID])
            throw StoreError.unknownYear(cluster: code, year: year, existing: existing)
        }
        return ClusterYearReference(id: row["id"], clusterID: clusterID, clusterCode: code, year: year,
                                    status: ClusterYearStatus(rawValue: row["status"]) ?? .pledge)
    }

    /// The cluster's row id; the error lists the codes that do exist.
    static func clusterID(_ db: Database, code: String) throws -> Int64 {
        // Codes are created in capitals; any case finds them.
        guard let id = try Int64.fetchOne(db, sql: "SELECT id FROM cluster WHERE code = ? COLLATE NOCASE", arguments: [code.trimmingSpaces()]) else {
            throw StoreError.unknownCluster(code: code, existing: try String.fetchAll(db, sql: "SELECT code FROM cluster ORDER BY code"))
        }
        return id
    }

    /// Refuses any change to a closed year, whatever the entry point.
    static func requireOpen(_ db: Database, _ reference: ClusterYearReference) throws {
        let status = try String.fetchOne(db, sql: "SELECT status FROM clusterYear WHERE id = ?", arguments: [reference.id])
        if status == ClusterYearStatus.closed.rawValue {
            throw StoreError.yearClosed(cluster: reference.clusterCode, year: reference.year)
        }
    }
}

extension Cluster {
    init(row: Row) {
        self.init(code: row["code"], name: row["name"], kind: Cluster.Kind(rawValue: row["kind"]) ?? .cluster, authority: row["authority"])
    }
}
