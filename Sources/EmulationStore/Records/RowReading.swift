import GRDB

/// A column's name, and where GRDB finds it fastest: by its position when the query chose
/// the columns, else by name. GRDB looks a name up in a dictionary of lowercased names, so
/// a camel-case name costs a miss and a `lowercased()` on every row (SQLite's names are
/// case-insensitive).
struct ReadKey {
    let name: String
    let lookup: String
    let index: Int?

    init(_ column: Column, index: Int? = nil) {
        name = column.name
        lookup = column.name.lowercased()
        self.index = index
    }
}

/// Reading a record by hand, column by column, where GRDB's Codable decoder is too slow for the
/// number of rows (a year's scores, a province's roster): each column is read with the GRDB
/// decoding the Codable reading uses for its type, and fails the same way, as
/// `StoreError.unknownStoredValue` naming its column. Tests hold each hand reading to the
/// record's Codable reading.
extension StoredRecord {
    /// The columns `keys` name, in their order, and the rowid (which names the row in an
    /// error): the select list of rows read by position.
    static func selection(_ keys: [ReadKey]) -> String {
        (keys.map { "\"\($0.name)\"" } + ["rowid"]).joined(separator: ", ")
    }

    static func value<Value: DatabaseValueConvertible & StatementColumnConvertible>(_ row: Row, _ key: ReadKey) throws -> Value {
        do {
            if let index = key.index { return try row.decode(Value.self, atIndex: index) }
            return try row.decode(Value.self, forColumn: key.lookup)
        } catch is RowDecodingError {
            throw unknownValue(in: row, column: key.name)
        }
    }

    /// A column that may be NULL.
    static func optional<Value: DatabaseValueConvertible & StatementColumnConvertible>(_ row: Row, _ key: ReadKey) throws -> Value? {
        let isNull = key.index.map { row.hasNull(atIndex: $0) } ?? ((row[key.lookup] as DatabaseValue?)?.isNull ?? true)
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
