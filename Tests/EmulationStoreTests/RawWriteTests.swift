import GRDB
import Testing
@testable import EmulationStore

/// Writes bound with SQLite's own calls store what GRDB's arguments store, and a refused write
/// is GRDB's error with SQLite's code, leaving the statement ready for the next values.
@Suite struct RawWriteTests {
    @Test func textsAndIntegersAreStoredAsBoundAndARefusalIsNamed() throws {
        let queue = try DatabaseQueue()
        try queue.write { db in
            try db.execute(sql: "CREATE TABLE t (n INTEGER NOT NULL, a TEXT, b TEXT NOT NULL)")
            let statement = try db.cachedStatement(sql: "INSERT INTO t (n, a, b) VALUES (?, ?, ?)")
            let texts: [String?] = ["Chậm báo cáo quý III", "", nil, "a\u{0}b", "👩‍👩‍👧 \u{301}"]
            for (index, text) in texts.enumerated() {
                try RawWrite.run(statement, db) { row in
                    RawWrite.integer(row, 1, Int64(index) - 2)
                    RawWrite.text(row, 2, text)
                    RawWrite.text(row, 3, text ?? "—")
                }
            }
            // The last row's values are not left bound: `b` is NULL again, and refused.
            let refusal = #expect(throws: DatabaseError.self) { try RawWrite.run(statement, db) { RawWrite.integer($0, 1, 9) } }
            #expect(refusal?.resultCode == .SQLITE_CONSTRAINT)
            #expect(refusal?.message?.contains("t.b") == true)
            try RawWrite.run(statement, db) { row in
                RawWrite.integer(row, 1, 10)
                RawWrite.text(row, 3, "sau")
            }
            // Compared as bytes with what GRDB's arguments store (a text holding NUL ends at it).
            try db.execute(sql: "CREATE TABLE g (a TEXT, b TEXT)")
            for text in texts { try db.execute(sql: "INSERT INTO g (a, b) VALUES (?, ?)", arguments: [text, text ?? "—"]) }
            try db.execute(sql: "INSERT INTO g (a, b) VALUES (NULL, ?)", arguments: ["sau"])
            let bytes = { (table: String) in try Row.fetchAll(db, sql: "SELECT hex(a), hex(b), typeof(a) FROM \(table) ORDER BY rowid").map { $0.description } }
            #expect(try bytes("t") == bytes("g"))
            #expect(try Int64.fetchAll(db, sql: "SELECT n FROM t ORDER BY rowid") == [-2, -1, 0, 1, 2, 10])
        }
    }
}
