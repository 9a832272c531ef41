import GRDB

/// A line of a year's pledge kept in its own order (a task, a drive): the lines of a year are
/// numbered 1…n by `position`, and moved by swapping their numbers.
protocol StoredPledgeLine: StoredRecordWithID {
    var clusterYearId: Int64 { get }
    var position: Int { get set }
}

extension StoredPledgeLine {
    /// The year's lines in their order (ties, from an old file, by id).
    static func lines(_ clusterYearID: Int64) -> QueryInterfaceRequest<Self> {
        filter(Column("clusterYearId") == clusterYearID).order(Column("position"), Column("id"))
    }
}
