import GRDB

/// Lookups by key through statements SQLite prepares once per connection. GRDB's query
/// interface writes its SQL anew at every call, which a bulk import (a lookup or two per cell,
/// tens of thousands of cells) would pay each time.
extension StoredRecord {
    /// The row whose rowid is `id`: the INTEGER PRIMARY KEY (`id`, or the `clusterYearId` of a
    /// year's pledge or meeting).
    static func find(_ db: Database, id: Int64) throws -> Self? {
        try fetchOne(db.cachedStatement(sql: "SELECT *, rowid AS rowid FROM \(databaseTableName) WHERE rowid = ?"), arguments: [id])
    }

    /// The row whose columns hold these values: a primary key or a UNIQUE one.
    static func find(_ db: Database, key: [String: (any DatabaseValueConvertible)?]) throws -> Self? {
        // Sorted, so that one key always makes the same statement.
        let columns = key.keys.sorted()
        let condition = columns.map { "\($0) = ?" }.joined(separator: " AND ")
        let values: [(any DatabaseValueConvertible)?] = columns.map { key[$0] ?? nil }
        return try fetchOne(db.cachedStatement(sql: "SELECT *, rowid AS rowid FROM \(databaseTableName) WHERE \(condition)"),
                            arguments: StatementArguments(values))
    }

    /// The row whose rowid is `id`, which the caller knows is there: its absence is
    /// `StoreError.missingRow`.
    static func required(_ db: Database, id: Int64) throws -> Self {
        guard let record = try find(db, id: id) else { throw StoreError.missingRow(table: databaseTableName, rowID: id) }
        return record
    }
}
