/// A table whose INTEGER PRIMARY KEY is `id`, given by SQLite when the row is inserted.
protocol StoredRecordWithID: StoredRecord {
    /// Nil only on a new row, until it is inserted.
    var id: Int64? { get }
}

extension StoredRecordWithID {
    /// The id of a row read from the file (an INTEGER PRIMARY KEY is never read as NULL).
    var rowID: Int64 { id ?? 0 }
}
