import Emulation
import GRDB

/// A row of `pledge`: the heading of a year's pledge and the version of its tasks (raised by
/// every change of a task, so earlier signatures show as of an earlier version).
struct StoredPledge: StoredRecord, PersistableRecord, Hashable {
    static let databaseTableName = "pledge"

    var clusterYearId: Int64
    var title: String
    var slogan: String
    var date: StoredDate?
    var place: String
    var tasksVersion: Int

    enum Columns {
        static let clusterYearId = Column(CodingKeys.clusterYearId)
        static let tasksVersion = Column(CodingKeys.tasksVersion)
    }

    var impossibleColumns: [Column] { tasksVersion >= 1 ? [] : [Columns.tasksVersion] }
}

extension StoredPledge {
    /// A year's pledge before anything is written: the schema's defaults.
    init(clusterYearID: Int64) {
        self.init(clusterYearId: clusterYearID, title: "", slogan: "", date: nil, place: "", tasksVersion: 1)
    }

    var header: PledgeHeader {
        get { PledgeHeader(title: title, slogan: slogan, date: date?.date, place: place) }
        set {
            title = newValue.title
            slogan = newValue.slogan
            date = newValue.date.map(StoredDate.init)
            place = newValue.place
        }
    }
}
