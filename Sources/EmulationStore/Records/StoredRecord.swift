import Foundation
import GRDB

/// A row of one table, read and written as a GRDB Codable record (GRDB's `AppDatabase` pattern:
/// one record per table, its columns named once, in its `Columns`).
///
/// Reading never guesses. A value this build cannot hold (a status, role or kind it does not
/// know, a date that is not one, a count below zero) is `StoreError.unknownStoredValue` naming
/// the table, column, rowid and value: a default in its place would be shown, ranked and
/// saved back as if it had been stored.
protocol StoredRecord: Codable, FetchableRecord, MutablePersistableRecord {
    /// The columns whose decoded value no thidua writes although their type can hold it (a
    /// negative count). The schema's CHECKs refuse such values, but a file edited with the
    /// checks off, or by another program, can hold them.
    var impossibleColumns: [Column] { get }
}

extension StoredRecord {
    var impossibleColumns: [Column] { [] }

    /// Every column, and the rowid under its own name: it names the row in an error even where
    /// the table's key is two or three columns.
    static var databaseSelection: [any SQLSelectable] { [.allColumns, Column.rowID.forKey(rowIDKey)] }

    init(row: Row) throws {
        let record: Self
        do {
            record = try FetchableRecordDecoder().decode(Self.self, from: row)
        } catch let error as DecodingError {
            guard let column = error.column, row.hasColumn(column) else { throw error }
            throw Self.unknownValue(in: row, column: column)
        }
        if let column = record.impossibleColumns.first {
            throw Self.unknownValue(in: row, column: column.name)
        }
        self = record
    }

    /// Inserts the row and returns the rowid SQLite gave it (its `id`, where the table has one).
    @discardableResult
    func insertRow(_ db: Database) throws -> Int64 {
        var row = self
        try row.insert(db)
        return db.lastInsertedRowID
    }

    private static var rowIDKey: String { "rowid" }

    /// The error for a row whose `column` holds a value this build cannot read.
    static func unknownValue(in row: Row, column: String) -> StoreError {
        let rowID: Int64 = row[rowIDKey] ?? row["id"] ?? 0
        return .unknownStoredValue(table: databaseTableName, column: column, rowID: rowID, value: (row[column] as DatabaseValue).storedText)
    }
}

extension DecodingError {
    /// The column a record's value came from: the first key of the coding path.
    var column: String? {
        switch self {
        case .dataCorrupted(let context), .typeMismatch(_, let context), .valueNotFound(_, let context):
            return context.codingPath.first?.stringValue
        case .keyNotFound:
            return nil
        @unknown default:
            return nil
        }
    }
}

extension DatabaseValue {
    /// The value as a person would type it into SQLite, for an error message.
    var storedText: String {
        switch storage {
        case .null: return "NULL"
        case .int64(let value): return String(value)
        case .double(let value): return String(value)
        case .string(let value): return value
        case .blob(let data): return "X'" + data.map { String(format: "%02X", $0) }.joined() + "'"
        }
    }
}
