import GRDB

/// A table whose rows the audit trail proves: every table of the file but the trail itself, its
/// images, GRDB's migration list and SQLite's own. Found in the schema, never listed by hand, so
/// a table a later migration adds is proven with no change here.
///
/// A row is named by the values of its primary key (`json_array(unitId, criterionId, round)`),
/// never by its rowid, which VACUUM may renumber in a table without an INTEGER PRIMARY KEY. A
/// table without a primary key is keyed by all its columns. A row's image is every column by
/// name (`json_object('unitId', unitId, …)`), made by the same SQL expression when a change is
/// captured and when `verify` reads the row back.
struct DataTable: Hashable, Sendable {
    var name: String
    var columns: [String]
    /// The primary key's columns in key order; all columns when the table has no primary key.
    var keyColumns: [String]

    /// The audit trail and the tables that are not data.
    static let excluded: Set<String> = [StoredAudit.databaseTableName, AuditImage.tableName, "grdb_migrations"]

    static func all(_ db: Database) throws -> [DataTable] {
        let names = try String.fetchAll(db, sql: """
            SELECT name FROM main.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name
            """)
        return try names.filter { !excluded.contains($0) }.map { name in
            let info = try Row.fetchAll(db, sql: "SELECT name, pk FROM pragma_table_info(?, 'main') ORDER BY cid", arguments: [name])
            let columns = info.map { $0["name"] as String }
            let key = info.filter { ($0["pk"] as Int) > 0 }.sorted { ($0["pk"] as Int) < ($1["pk"] as Int) }.map { $0["name"] as String }
            return DataTable(name: name, columns: columns, keyColumns: key.isEmpty ? columns : key)
        }
    }

    /// The row's key, from `row` (`NEW`, `OLD`, or a table name or alias).
    func keySQL(_ row: String) -> String {
        "json_array(" + keyColumns.map { Self.value(row, $0) }.joined(separator: ", ") + ")"
    }

    /// The row's image: every column by name.
    func imageSQL(_ row: String) -> String {
        "json_object(" + columns.map { Self.literal($0) + ", " + Self.value(row, $0) }.joined(separator: ", ") + ")"
    }

    /// Whether an UPDATE changed anything: an UPDATE that rewrites a row as it was is no change.
    func changedSQL() -> String {
        columns.map { "OLD.\(Self.identifier($0)) IS NOT NEW.\(Self.identifier($0))" }.joined(separator: " OR ")
    }

    /// A column's value as JSON can hold it: JSON has no blobs, and a blob written into any
    /// column behind thidua's back must still make an image (as x'…' text) rather than fail.
    private static func value(_ row: String, _ column: String) -> String {
        let reference = "\(row).\(identifier(column))"
        return "CASE WHEN typeof(\(reference)) = 'blob' THEN 'x''' || hex(\(reference)) || '''' ELSE \(reference) END"
    }

    static func identifier(_ name: String) -> String {
        "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    static func literal(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "''") + "'"
    }
}
