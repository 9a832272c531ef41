import Emulation
import GRDB

/// A row of `cluster`: a cluster (cụm) or bloc (khối) of units, across its years.
struct StoredCluster: StoredRecordWithID, Hashable {
    static let databaseTableName = "cluster"

    var id: Int64?
    var code: String
    var name: String
    var kind: Cluster.Kind
    var authority: String

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let code = Column(CodingKeys.code)
    }
}

extension StoredCluster {
    init(_ cluster: Cluster) {
        self.init(id: nil, code: cluster.code, name: cluster.name, kind: cluster.kind, authority: cluster.authority)
    }

    var cluster: Cluster { Cluster(code: code, name: name, kind: kind, authority: authority) }
}
