import Emulation
import GRDB

/// A row of `pledgeDrive`: one emulation drive of a year's pledge, with its dates, in
/// `position` order.
struct StoredPledgeDrive: StoredPledgeLine, Hashable {
    static let databaseTableName = "pledgeDrive"

    var id: Int64?
    var clusterYearId: Int64
    var position: Int
    var name: String
    var startDate: StoredDate?
    var endDate: StoredDate?

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let clusterYearId = Column(CodingKeys.clusterYearId)
        static let position = Column(CodingKeys.position)
    }
}

extension StoredPledgeDrive {
    init(clusterYearID: Int64, position: Int, _ drive: Pledge.Drive) {
        self.init(id: nil, clusterYearId: clusterYearID, position: position, name: drive.name, startDate: nil, endDate: nil)
        self.drive = drive
    }

    var drive: Pledge.Drive {
        get { Pledge.Drive(name: name, start: startDate?.date, end: endDate?.date) }
        set {
            name = newValue.name
            startDate = newValue.start.map(StoredDate.init)
            endDate = newValue.end.map(StoredDate.init)
        }
    }
}
