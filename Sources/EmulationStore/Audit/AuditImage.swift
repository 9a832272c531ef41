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

    /// Stores the images of audit row `auditID`.
    static func insert(_ images: [AuditImage], auditID: Int64, _ db: Database) throws {
        guard !images.isEmpty else { return }
        let statement = try db.cachedStatement(sql: "INSERT INTO \(tableName) (auditId, seq, tableName, rowKey, image) VALUES (?, ?, ?, ?, ?)")
        // Bound with SQLite's own calls: an import stores an image for each of its cells.
        for image in images {
            try RawWrite.run(statement, db) { row in
                RawWrite.integer(row, 1, auditID)
                RawWrite.integer(row, 2, image.seq)
                RawWrite.text(row, 3, image.tableName)
                RawWrite.text(row, 4, image.rowKey)
                RawWrite.text(row, 5, image.image)
            }
        }
    }
}
