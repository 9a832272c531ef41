import Emulation
import GRDB

/// A row of `signature`: a unit's signature of the pledge, and the tasks version it signed.
struct StoredSignature: StoredRecord, PersistableRecord, Hashable {
    static let databaseTableName = "signature"

    var clusterYearId: Int64
    var unitId: Int64
    var signer: String
    var position: String
    var date: StoredDate
    var tasksVersion: Int

    enum Columns {
        static let clusterYearId = Column(CodingKeys.clusterYearId)
        static let unitId = Column(CodingKeys.unitId)
        static let tasksVersion = Column(CodingKeys.tasksVersion)
    }

    /// Versions start at 1: a signature of version 0 or less was signed of no version.
    var impossibleColumns: [Column] { tasksVersion >= 1 ? [] : [Columns.tasksVersion] }
}

extension StoredSignature {
    init(clusterYearID: Int64, unitID: Int64, _ signature: Pledge.Signature) {
        self.init(clusterYearId: clusterYearID, unitId: unitID, signer: signature.signer, position: signature.position,
                  date: StoredDate(signature.date), tasksVersion: signature.tasksVersion)
    }

    var signature: Pledge.Signature {
        Pledge.Signature(signer: signer, position: position, date: date.date, tasksVersion: tasksVersion)
    }

    static func key(clusterYearID: Int64, unitID: Int64) -> [String: (any DatabaseValueConvertible)?] {
        ["clusterYearId": clusterYearID, "unitId": unitID]
    }
}
