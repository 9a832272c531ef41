import GRDB

/// What the store's own connection changes in the data tables, captured by TEMP triggers into a
/// TEMP table until the next audit row takes it (`AuditTrail.append`). Temporary objects belong
/// to this connection alone and are never written to the file: a sqlite3 session, or any other
/// program, has none, so what it changes is never captured and `verify` finds it.
///
/// Triggers are named `auditCapture_<table>_insert|update|delete`.
enum ChangeCapture {
    static let table = "auditChange"

    /// Creates the capture table and the triggers of every data table. Called on the connection
    /// that writes, before its first write (WriteGuards). Writes nothing to the file.
    static func install(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TEMP TABLE IF NOT EXISTS \(table) (
                seq INTEGER PRIMARY KEY,
                tableName TEXT NOT NULL,
                rowKey TEXT NOT NULL,
                image TEXT
            )
            """)
        for data in try DataTable.all(db) {
            let name = DataTable.literal(data.name)
            let target = "main." + DataTable.identifier(data.name)
            // Unqualified (SQLite allows no schema name here): TEMP is searched first.
            let record = "INSERT INTO \(table) (tableName, rowKey, image)"
            let trigger = { (event: String) in DataTable.identifier("auditCapture_\(data.name)_\(event)") }
            try db.execute(sql: """
                DROP TRIGGER IF EXISTS temp.\(trigger("insert"));
                CREATE TEMP TRIGGER \(trigger("insert")) AFTER INSERT ON \(target) BEGIN
                    \(record) VALUES (\(name), \(data.keySQL("NEW")), \(data.imageSQL("NEW")));
                END;
                DROP TRIGGER IF EXISTS temp.\(trigger("update"));
                CREATE TEMP TRIGGER \(trigger("update")) AFTER UPDATE ON \(target) WHEN \(data.changedSQL()) BEGIN
                    \(record) SELECT \(name), \(data.keySQL("OLD")), NULL WHERE \(data.keySQL("OLD")) IS NOT \(data.keySQL("NEW"));
                    \(record) VALUES (\(name), \(data.keySQL("NEW")), \(data.imageSQL("NEW")));
                END;
                DROP TRIGGER IF EXISTS temp.\(trigger("delete"));
                CREATE TEMP TRIGGER \(trigger("delete")) AFTER DELETE ON \(target) BEGIN
                    \(record) VALUES (\(name), \(data.keySQL("OLD")), NULL);
                END;
                """)
        }
    }

    /// Forgets what was captured outside a store transaction (a test or tool reaching around the
    /// store on its connection): only the store's own writes are audited.
    static func reset(_ db: Database) throws {
        try db.cachedStatement(sql: "DELETE FROM temp.\(table)").execute()
    }

    /// The changes captured since the last call, in the order they were made, and forgets them.
    static func take(_ db: Database) throws -> [AuditImage] {
        // Stepped with SQLite's own calls (an import takes an image for each of its cells); each
        // text read as GRDB reads it. The table and key are NOT NULL; a deleted row's image is NULL.
        var images: [AuditImage] = []
        try RawRows.step(db.cachedStatement(sql: "SELECT tableName, rowKey, image FROM temp.\(table) ORDER BY seq"), db) { row in
            images.append(AuditImage(seq: Int64(images.count + 1), tableName: RawRows.text(row, 0) ?? "", rowKey: RawRows.text(row, 1) ?? "",
                                     image: RawRows.text(row, 2)))
        }
        guard !images.isEmpty else { return [] }
        try reset(db)
        return images
    }

    /// The table of a change not yet taken by an audit row, if any.
    static func pendingTable(_ db: Database) throws -> String? {
        try String.fetchOne(db.cachedStatement(sql: "SELECT tableName FROM temp.\(table) ORDER BY seq LIMIT 1"))
    }
}
