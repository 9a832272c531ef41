import GRDB

/// No stored text holds a control character (C0, DEL, C1: what a terminal would run as a
/// command or a printed page would cut), whatever write stores it: a temporary trigger per text
/// column of every table, in thidua's own connection, refuses it before SQLite writes the row.
/// Screens and files check their fields first, with the field's name; this is the rule for
/// every other path (a reason, a pledge line, a name typed on the command line). NUL never
/// reaches SQLite: GRDB binds a Swift string as C text, which ends at it.
enum TextGuard {
    /// The message SQLite raises, followed by "table.column".
    static let messagePrefix = "thidua: control character in "

    /// Columns that hold several lines: there a line feed is the separator, other controls are not.
    static let multilineColumns: Set<String> = ["meeting.attendees"]

    /// Texts no person types, which the guard would only slow down (a bulk import writes an
    /// audit row and its image per score): codes from a fixed list (the schema's CHECKs hold
    /// them), JSON that escapes every control character, hashes and times. Of the audit row
    /// only the reason is typed; its other texts describe values their own columns guard.
    static let unguardedColumns: Set<String> = [
        "score.round", "adjustment.kind", "membership.role", "membership.ineligibleCause", "clusterYear.status", "clusterYear.rules",
        "cluster.kind", "accountRole.role", "headHandover.method", "headHandover.date", "titleRegistration.award", "vote.award",
        "audit.at", "audit.actor", "audit.action", "audit.entity", "audit.oldValue", "audit.newValue", "audit.previousHash", "audit.hash",
    ]
    static let unguardedTables: Set<String> = ["auditImage"]

    static func install(_ db: Database) throws {
        let tables = try String.fetchAll(db, sql: """
            SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'grdb_migrations'
            """)
        for table in tables where !unguardedTables.contains(table) {
            for column in try db.columns(in: table) where column.type.uppercased() == "TEXT" && !unguardedColumns.contains("\(table).\(column.name)") {
                let name = "\(table).\(column.name)"
                let pattern = multilineColumns.contains(name)
                    ? "'*[' || char(1) || '-' || char(9) || char(11) || '-' || char(31) || char(127) || '-' || char(159) || ']*'"
                    : "'*[' || char(1) || '-' || char(31) || char(127) || '-' || char(159) || ']*'"
                for event in ["INSERT", "UPDATE"] {
                    try db.execute(sql: """
                        CREATE TEMP TRIGGER IF NOT EXISTS "textGuard_\(table)_\(column.name)_\(event)" BEFORE \(event) ON main."\(table)"
                        WHEN NEW."\(column.name)" GLOB \(pattern)
                        BEGIN SELECT RAISE(ABORT, '\(messagePrefix)\(name)'); END
                        """)
                }
            }
        }
    }

    /// "table.column" when `error` is this guard's refusal.
    static func refusedColumn(_ error: DatabaseError) -> String? {
        guard error.resultCode == .SQLITE_CONSTRAINT, let message = error.message, message.hasPrefix(messagePrefix) else { return nil }
        return String(message.dropFirst(messagePrefix.count))
    }
}
