import Foundation
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
            // Compared as bytes: a text holding NUL is stored whole (GRDB reads it up to the NUL).
            let rows = try Row.fetchAll(db, sql: "SELECT n, hex(a), hex(b), typeof(a) FROM t ORDER BY rowid")
            let hex = { (text: String?) in text.map { $0.utf8.map { String(format: "%02X", $0) }.joined() } }
            #expect(rows.map { $0[0] as Int64 } == [-2, -1, 0, 1, 2, 10])
            #expect(rows.map { $0[1] as String } == (texts + [nil]).map { hex($0) ?? "" })
            #expect(rows.map { $0[2] as String } == (texts.map { $0 ?? "—" } + ["sau"]).map { hex($0)! })
            #expect(rows.map { $0[3] as String } == ["text", "text", "null", "text", "text", "null"])
        }
    }
}
