import GRDB
import GRDBSQLite
#if canImport(Glibc)
import Glibc
#endif

/// A write run with SQLite's own calls, its values bound one by one, for the writes an import
/// makes for each of a province's 150,000 cells (each score row, each audit image): GRDB's
/// arguments (an array of existential values, converted and checked, then bound) were a sixth
/// of their cost. Only for statements whose values the caller knows the types of.
enum RawWrite {
    /// Binds with `bind` (`integer`, `text`, `null` at 1, 2, …), runs `statement` once, and
    /// leaves it reset with no values bound.
    static func run(_ statement: Statement, _ db: Database, bind: (SQLiteStatement) -> Void) throws {
        let sqlite = statement.sqliteStatement
        sqlite3_reset(sqlite)
        sqlite3_clear_bindings(sqlite)
        bind(sqlite)
        let code = sqlite3_step(sqlite)
        defer {
            sqlite3_reset(sqlite)
            sqlite3_clear_bindings(sqlite)
        }
        guard code == SQLITE_DONE else { throw RawRows.failure(code, statement, db, arguments: nil) }
    }

    static func integer(_ statement: SQLiteStatement, _ index: Int32, _ value: Int64) {
        sqlite3_bind_int64(statement, index, value)
    }

    /// Bound as GRDB binds a string: as C text, which ends at a NUL (TextGuard counts on it),
    /// copied by SQLite (SQLITE_TRANSIENT), so it need not outlive the call. Its bytes are read
    /// in place (a Swift string handed to C as a pointer is first copied when it is short).
    static func text(_ statement: SQLiteStatement, _ index: Int32, _ value: String?) {
        guard var text = value else {
            sqlite3_bind_null(statement, index)
            return
        }
        text.withUTF8 { bytes in
            guard let start = bytes.baseAddress else {
                sqlite3_bind_text(statement, index, "", 0, transient)
                return
            }
            var length = bytes.count
            if let nul = memchr(start, 0, bytes.count) { length = UnsafeRawPointer(nul) - UnsafeRawPointer(start) }
            let characters = UnsafeRawPointer(start).assumingMemoryBound(to: CChar.self)
            sqlite3_bind_text(statement, index, characters, Int32(length), transient)
        }
    }

    /// SQLite's SQLITE_TRANSIENT (a destructor of -1), which Swift does not import.
    private static let transient = unsafeBitCast(OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self)
}

/// Many rows inserted a statement at a time: an import's line of cells, and their audit images.
extension RawWrite {
    /// Inserts `rows` in their order, as many in each statement as `statements` allows:
    /// `statements[n]` inserts n rows (`multiRowInserts`) of `columns` values each, which `bind`
    /// binds for one row from the index it is given on.
    static func insert<Row>(_ rows: [Row], statements: [String], columns: Int32, _ db: Database,
                            bind: (Row, SQLiteStatement, Int32) -> Void) throws {
        let most = statements.count - 1
        var start = rows.startIndex
        while start < rows.endIndex {
            let end = min(start + most, rows.endIndex)
            try run(db.cachedStatement(sql: statements[end - start]), db) { statement in
                var index: Int32 = 1
                for row in rows[start..<end] {
                    bind(row, statement, index)
                    index += columns
                }
            }
            start = end
        }
    }

    /// The inserts into `table` of 0…`rows` rows of `columns`, by count: made once, not for
    /// every line.
    static func multiRowInserts(into table: String, columns: [String], rows: Int) -> [String] {
        let row = "(" + columns.map { _ in "?" }.joined(separator: ", ") + ")"
        return (0...rows).map { count in
            "INSERT INTO \(table) (\(columns.joined(separator: ", "))) VALUES " + Array(repeating: row, count: count).joined(separator: ", ")
        }
    }
}
