import GRDB

/// One data row as an audit row left it: which table, which row (its key), and every column
/// after the change, or nil when the change deleted it. Stored in `auditImage` under its audit
/// row and part of that row's hash, so `verify` can replay the trail against the data: the
/// latest image of every row must be the row as it is.
struct AuditImage: Hashable, Sendable {
    static let tableName = "auditImage"

    /// 1, 2, 3… within its audit row, in the order the changes were made.
    var seq: Int64
    var tableName: String
    /// `DataTable.keySQL`: the JSON array of the row's primary key values.
    var rowKey: String
    /// `DataTable.imageSQL`: the JSON object of the row's columns; nil for a deleted row.
    var image: String?

    /// Stores the images of audit row `auditID`, up to `rowsPerInsert` in each statement: an
    /// import's line has an image for each of its cells, and a statement apiece cost SQLite as
    /// much again in running them as in writing their rows.
    static func insert(_ images: [AuditImage], auditID: Int64, _ db: Database) throws {
        // Bound with SQLite's own calls: an import stores an image for each of its cells.
        try RawWrite.insert(images, statements: insertSQLs, columns: 5, db) { image, row, index in
            RawWrite.integer(row, index, auditID)
            RawWrite.integer(row, index + 1, image.seq)
            RawWrite.text(row, index + 2, image.tableName)
            RawWrite.text(row, index + 3, image.rowKey)
            RawWrite.text(row, index + 4, image.image)
        }
    }

    /// A line of a grid is one statement (15 cells by default; a tree of up to 100 items).
    static let rowsPerInsert = 100

    /// The insert of 0…`rowsPerInsert` images, by count.
    private static let insertSQLs = RawWrite.multiRowInserts(into: tableName, columns: ["auditId", "seq", "tableName", "rowKey", "image"],
                                                             rows: rowsPerInsert)
}
