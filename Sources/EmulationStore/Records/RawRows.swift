import GRDB
import GRDBSQLite

/// Rows stepped with SQLite's own calls and read column by column, for the reads that go
/// through every row of a province's year (its scores, its roster, its cluster's units): GRDB's
/// cursor and its checks of each column were a fifth to a half of them. The caller reads a row
/// this way only when it holds what thidua writes (`integer` and `text` say nil otherwise);
/// any other row it reads again by its rowid through its record, which reads it or refuses it
/// naming the value.
enum RawRows {
    /// Steps `statement`, whose arguments are set, handing each row to `body`.
    static func step(_ statement: Statement, _ db: Database, _ body: (SQLiteStatement) throws -> Void) throws {
        let sqlite = statement.sqliteStatement
        defer { sqlite3_reset(sqlite) }
        while true {
            let code = sqlite3_step(sqlite)
            guard code == SQLITE_ROW else {
                if code == SQLITE_DONE { return }
                throw failure(code, statement, db, arguments: statement.arguments)
            }
            try body(sqlite)
        }
    }

    /// What GRDB would throw for `code` from `statement`, made before the statement is reset
    /// (the connection's message is the step's until then). `arguments`: those set through GRDB;
    /// nil for values bound with SQLite's own calls (`RawWrite`), which GRDB does not know.
    static func failure(_ code: Int32, _ statement: Statement, _ db: Database, arguments: StatementArguments?) -> DatabaseError {
        DatabaseError(resultCode: ResultCode(rawValue: code), message: db.lastErrorMessage, sql: statement.sql, arguments: arguments)
    }

    /// The column's integer; nil unless SQLite holds it as one.
    static func integer(_ row: SQLiteStatement, _ column: Int32) -> Int64? {
        sqlite3_column_type(row, column) == SQLITE_INTEGER ? sqlite3_column_int64(row, column) : nil
    }

    /// The column's text, read as GRDB reads it; nil unless SQLite holds it as text.
    static func text(_ row: SQLiteStatement, _ column: Int32) -> String? {
        guard sqlite3_column_type(row, column) == SQLITE_TEXT, let text = sqlite3_column_text(row, column) else { return nil }
        return String(cString: text)
    }
}
