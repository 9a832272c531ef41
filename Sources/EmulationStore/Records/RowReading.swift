import GRDB

/// A column's name, and the name GRDB finds it by fastest: GRDB looks a name up in a
/// dictionary of lowercased names, so a camel-case name costs a miss and a `lowercased()` on
/// every row (SQLite's names are case-insensitive). The reads that go through every row of a
/// year step SQLite themselves (`RawRows`).
struct ReadKey {
    let name: String
    let lookup: String

    init(_ column: Column) {
        name = column.name
        lookup = column.name.lowercased()
    }
}

/// Reading a record by hand, column by column, where GRDB's Codable decoder is too slow for the
/// number of rows (a year's scores, a province's roster): each column is read with the GRDB
/// decoding the Codable reading uses for its type, and fails the same way, as
/// `StoreError.unknownStoredValue` naming its column. Tests hold each hand reading to the
/// record's Codable reading.
extension StoredRecord {
    static func value<Value: DatabaseValueConvertible & StatementColumnConvertible>(_ row: Row, _ key: ReadKey) throws -> Value {
        do {
            return try row.decode(Value.self, forColumn: key.lookup)
        } catch is RowDecodingError {
            throw unknownValue(in: row, column: key.name)
        }
    }

    /// A column that may be NULL.
    static func optional<Value: DatabaseValueConvertible & StatementColumnConvertible>(_ row: Row, _ key: ReadKey) throws -> Value? {
        let isNull = (row[key.lookup] as DatabaseValue?)?.isNull ?? true
        return isNull ? nil : try value(row, key) as Value
    }

    /// A value stored as the raw text of an enumeration (a role, a round).
    static func raw<Value: RawRepresentable>(_ row: Row, _ key: ReadKey) throws -> Value where Value.RawValue == String {
        guard let value = Value(rawValue: try self.value(row, key)) else { throw unknownValue(in: row, column: key.name) }
        return value
    }

    static func optionalRaw<Value: RawRepresentable>(_ row: Row, _ key: ReadKey) throws -> Value? where Value.RawValue == String {
        guard let text: String = try optional(row, key) else { return nil }
        guard let value = Value(rawValue: text) else { throw unknownValue(in: row, column: key.name) }
        return value
    }
}
