import Emulation
import GRDB
import GRDBSQLite

/// A row of `score`: one unit's score for one item, in one round.
struct StoredScore: StoredRecord, PersistableRecord, Hashable {
    static let databaseTableName = "score"

    var clusterYearId: Int64
    var unitId: Int64
    var criterionId: Int64
    var round: ScoreRound
    var hundredths: Int

    enum Columns {
        static let clusterYearId = Column(CodingKeys.clusterYearId)
        static let unitId = Column(CodingKeys.unitId)
        static let criterionId = Column(CodingKeys.criterionId)
        static let round = Column(CodingKeys.round)
        static let hundredths = Column(CodingKeys.hundredths)
    }

    var impossibleColumns: [Column] { hundredths >= 0 ? [] : [Columns.hundredths] }
}

extension StoredScore {
    var points: Points { Points(hundredths: hundredths) }
}

/// Read by hand, not through Codable: loading a year reads every one of its scores (75,000 for
/// 5,000 units), and GRDB's Codable decoder spent most of that time finding each key's decoder.
/// Each column is read with the GRDB decoding the Codable reading uses for its type, and fails
/// the same way: a value this build cannot hold is `StoreError.unknownStoredValue` naming its
/// column. `ScoreImportTests` holds the two readings to each other.
extension StoredScore {
    init(row: Row) throws {
        try self.init(row: row, keys: Self.readKeys)
    }

    /// Reads each column where `keys` says it is.
    private init(row: Row, keys: ReadKeys) throws {
        // In the order of the properties, as Codable reads them: of two bad values, the same one is named.
        let clusterYearId: Int64 = try Self.value(row, keys.clusterYearId)
        let unitId: Int64 = try Self.value(row, keys.unitId)
        let criterionId: Int64 = try Self.value(row, keys.criterionId)
        let round: ScoreRound = try Self.raw(row, keys.round)
        self.init(clusterYearId: clusterYearId, unitId: unitId, criterionId: criterionId, round: round,
                  hundredths: try Self.value(row, keys.hundredths))
        if let column = impossibleColumns.first { throw Self.unknownValue(in: row, column: column.name) }
    }

    /// Every score of a year, each handed to `body` as it is read: stepped with SQLite's own
    /// calls, not an array of 300,000 records for a 10,000-unit year (GRDB's cursor was a tenth
    /// of this loop at 10,000 units, reading the year's id back another). A row thidua would
    /// not have written (`plain` says nil) is read afterwards by its rowid through the record's
    /// reading, which reads it or refuses it naming the value. The rowids are read only then,
    /// in a second pass over the year: reading each row's rowid was a sixth of SQLite's work
    /// on a year's load, for rows a file thidua wrote never holds.
    static func forEach(ofYear yearID: Int64, _ db: Database, _ body: (StoredScore) throws -> Void) throws {
        let statement = try db.cachedStatement(sql: ofYearSQL)
        try statement.setArguments([yearID])
        var sawUnusual = false
        let rounds = Self.roundBytes
        try RawRows.step(statement, db) { row in
            if let score = plain(row, yearID: yearID, rounds: rounds) { try body(score) } else { sawUnusual = true }
        }
        guard sawUnusual else { return }
        var unusual: [Int64] = []
        let withRowIDs = try db.cachedStatement(sql: ofYearWithRowIDsSQL)
        try withRowIDs.setArguments([yearID])
        try RawRows.step(withRowIDs, db) { row in
            if plain(row, yearID: yearID, rounds: rounds) == nil { unusual.append(sqlite3_column_int64(row, 4)) }
        }
        for rowID in unusual {
            if let score = try find(db, id: rowID) { try body(score) }
        }
    }

    /// A year's scores, read from the index by year alone (`scoreByYear`, which covers these
    /// columns): one unit's next to each other, and no other year's or cluster's read. The
    /// year's id is not read back: a row that matches `clusterYearId = ?` holds that integer (the
    /// column's INTEGER affinity stores 1.0 or '1' as 1).
    static let ofYearSQL = "SELECT \(ofYearColumns) FROM score WHERE clusterYearId = ?"

    /// The same rows with their rowids (column 4), for finding the unusual ones.
    static let ofYearWithRowIDsSQL = "SELECT \(ofYearColumns), rowid FROM score WHERE clusterYearId = ?"

    /// What `plain` reads, in its order.
    private static let ofYearColumns = "unitId, criterionId, round, hundredths"

    /// The row the statement stands on (`unitId, criterionId, round, hundredths`), read with
    /// SQLite's own calls when it holds what thidua writes (integers, a round it knows, a score
    /// not below zero): a fifth of a year's load at 10,000 units went to GRDB's checks of each
    /// column. nil for any other row, which the record's reading then reads, or refuses naming
    /// the value.
    private static func plain(_ statement: SQLiteStatement, yearID: Int64, rounds: [(round: ScoreRound, bytes: [UInt8])]) -> StoredScore? {
        func isInteger(_ column: Int32) -> Bool { sqlite3_column_type(statement, column) == SQLITE_INTEGER }
        guard isInteger(0), isInteger(1), isInteger(3), let round = round(statement, 2, rounds: rounds) else { return nil }
        let hundredths = sqlite3_column_int64(statement, 3)
        guard hundredths >= 0, let points = Int(exactly: hundredths) else { return nil }
        return StoredScore(clusterYearId: yearID, unitId: sqlite3_column_int64(statement, 0),
                           criterionId: sqlite3_column_int64(statement, 1), round: round, hundredths: points)
    }

    /// Each round's raw value as bytes, which a row's round is compared with: no string is
    /// made for each of a year's 300,000 rows.
    private static let roundBytes = ScoreRound.allCases.map { (round: $0, bytes: Array($0.rawValue.utf8)) }

    /// The round of the column, when it holds the text of one (`rounds`: `roundBytes`, read once by the caller).
    private static func round(_ statement: SQLiteStatement, _ column: Int32, rounds: [(round: ScoreRound, bytes: [UInt8])]) -> ScoreRound? {
        guard sqlite3_column_type(statement, column) == SQLITE_TEXT, let text = sqlite3_column_text(statement, column) else { return nil }
        let bytes = UnsafeBufferPointer(start: text, count: Int(sqlite3_column_bytes(statement, column)))
        return rounds.first { $0.bytes.elementsEqual(bytes) }?.round
    }

    typealias ReadKeys = (clusterYearId: ReadKey, unitId: ReadKey, criterionId: ReadKey, round: ReadKey, hundredths: ReadKey)

    private static let readKeys: ReadKeys = (ReadKey(Columns.clusterYearId), ReadKey(Columns.unitId), ReadKey(Columns.criterionId),
                                            ReadKey(Columns.round), ReadKey(Columns.hundredths))
}

/// One cell's row, read and written through statements SQLite prepares once per connection.
/// A bulk import reads and writes each of tens of thousands of cells: GRDB's `find(key:)`,
/// `insert` and `update` would write their SQL, encode the record and build a row of
/// lowercased column names for every one, most of an import's time.
extension StoredScore {
    /// The primary key: one score per unit, item and round.
    struct Cell: Hashable {
        var unitID: Int64
        var criterionID: Int64
        var round: ScoreRound

        /// The key's values in the order of `keyCondition`.
        var arguments: StatementArguments { [unitID, criterionID, round.rawValue] }
    }

    private static let keyCondition = "unitId = ? AND criterionId = ? AND round = ?"

    /// The cell's stored row, read through the record (a value this build cannot read is
    /// `StoreError.unknownStoredValue`). Most cells of a first import have none: asking for
    /// the rowid alone first spares them a record fetch.
    static func find(_ db: Database, cell: Cell) throws -> Self? {
        guard let rowID = try Int64.fetchOne(db.cachedStatement(sql: "SELECT rowid FROM score WHERE \(keyCondition)"), arguments: cell.arguments)
        else { return nil }
        return try find(db, id: rowID)
    }

    /// The rowid of each stored cell of a unit, in every year: one statement for a line of a
    /// grid instead of one per cell. A round this build does not know keys no cell.
    /// Stepped with SQLite's own calls (an import asks for each of its lines). A row whose item is
    /// not an integer keys no cell either: no cell of an import names it.
    static func rowIDs(ofUnit unitID: Int64, _ db: Database) throws -> [Cell: Int64] {
        var rowIDs: [Cell: Int64] = [:]
        let statement = try db.cachedStatement(sql: "SELECT criterionId, round, rowid FROM score WHERE unitId = ?")
        try statement.setArguments([unitID])
        let rounds = roundBytes
        try RawRows.step(statement, db) { row in
            guard let criterionID = RawRows.integer(row, 0), let round = round(row, 1, rounds: rounds) else { return }
            rowIDs[Cell(unitID: unitID, criterionID: criterionID, round: round)] = sqlite3_column_int64(row, 2)
        }
        return rowIDs
    }

    /// What `insert` writes: every column, named from `Columns`.
    static let insertColumns = [Columns.clusterYearId, Columns.unitId, Columns.criterionId, Columns.round, Columns.hundredths].map(\.name)

    private static let insertSQL =
        "INSERT INTO score (\(insertColumns.joined(separator: ", "))) VALUES (\(insertColumns.map { _ in "?" }.joined(separator: ", ")))"

    /// The values of `insertColumns`, as the record's Codable encoding writes them (the round
    /// by its raw value): `ScoreImportTests` holds them to `databaseDictionary`.
    var insertValues: [(any DatabaseValueConvertible)?] { [clusterYearId, unitId, criterionId, round.rawValue, hundredths] }

    /// `insertValues`, bound with SQLite's own calls at `index`, `index + 1`, …: what an import's
    /// new cells are written with (`ScoreImportTests` holds the rows so written to `insertCell`'s).
    func bindInsertValues(_ statement: SQLiteStatement, from index: Int32) {
        RawWrite.integer(statement, index, clusterYearId)
        RawWrite.integer(statement, index + 1, unitId)
        RawWrite.integer(statement, index + 2, criterionId)
        RawWrite.text(statement, index + 3, round.rawValue)
        RawWrite.integer(statement, index + 4, Int64(hundredths))
    }

    func insertCell(_ db: Database) throws {
        // Not `StatementArguments(_:)` of concrete values: GRDB maps those through a key path
        // built at run time, for every row.
        try db.cachedStatement(sql: Self.insertSQL).execute(arguments: StatementArguments(insertValues))
    }

    /// Inserts new cells' rows, up to `rowsPerInsert` in each statement, in their order (which
    /// is the order their audit images are captured in).
    static func insertCells(_ rows: [StoredScore], _ db: Database) throws {
        try RawWrite.insert(rows, statements: insertSQLs, columns: Int32(insertColumns.count), db) { row, statement, index in
            row.bindInsertValues(statement, from: index)
        }
    }

    /// A line of a grid is one statement (15 items by default; a tree of up to 100 items).
    static let rowsPerInsert = 100

    /// The insert of 0…`rowsPerInsert` rows, by count.
    private static let insertSQLs = RawWrite.multiRowInserts(into: databaseTableName, columns: insertColumns, rows: rowsPerInsert)

    /// Replaces the stored row of the cell with this one (the key stays: it is the cell). The
    /// caller found the row in this transaction, so it is there to update.
    func updateCell(_ db: Database) throws {
        try db.cachedStatement(sql: "UPDATE score SET clusterYearId = ?, hundredths = ? WHERE \(Self.keyCondition)")
            .execute(arguments: [clusterYearId, hundredths] + cell.arguments)
    }

    static func deleteCell(_ db: Database, _ cell: Cell) throws {
        try db.cachedStatement(sql: "DELETE FROM score WHERE \(keyCondition)").execute(arguments: cell.arguments)
    }

    var cell: Cell { Cell(unitID: unitId, criterionID: criterionId, round: round) }
}
