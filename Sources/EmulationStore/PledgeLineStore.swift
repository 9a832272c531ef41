import Emulation
import GRDB

/// The pledge changed one line at a time: its heading, one task or one drive, each by its id and
/// compared with what its clerk saw. No write replaces the whole list to change one line, so
/// two clerks editing different lines both keep their work.
extension EmulationStore {
    public func savePledgeHeader(_ reference: ClusterYearReference, _ header: PledgeHeader, expecting: Expected<PledgeHeader> = .anything) throws {
        try write { db in
            try Self.requireOpen(db, reference)
            let stored = try Self.loadPledge(db, yearID: reference.id).header
            try Self.require(expecting, stored: stored, db, subject: .pledgeHeader, entities: ["\(reference.clusterCode)/\(reference.year)"],
                             actions: ["pledge.header", "pledge.save"], theirs: Self.describe)
            guard stored != header else { return }
            try Self.ensurePledgeRow(db, reference)
            try db.execute(sql: "UPDATE pledge SET title = ?, slogan = ?, date = ?, place = ? WHERE clusterYearId = ?",
                           arguments: [header.title, header.slogan, header.date?.iso, header.place, reference.id])
            try audit.append(db, action: "pledge.header", entity: "\(reference.clusterCode)/\(reference.year)",
                             old: Self.describe(stored), new: Self.describe(header))
        }
    }

    /// Adds a task (`id` nil, at the end), changes one, or removes one (`text` nil). Any change
    /// raises the tasks version: earlier signatures become "signed an earlier version".
    /// Returns the task's id (nil once removed).
    @discardableResult
    public func saveTask(_ reference: ClusterYearReference, id: Int64?, text: String?, expecting: Expected<String?> = .anything) throws -> Int64? {
        try write { db in
            try Self.requireOpen(db, reference)
            let text = text?.trimmingSpaces()
            guard let id else {
                guard let text, !text.isEmpty else { return nil }
                return try Self.addTask(db, reference, text, audit: audit)
            }
            let row = try Row.fetchOne(db, sql: "SELECT text, position FROM pledgeTask WHERE id = ? AND clusterYearId = ?", arguments: [id, reference.id])
            let stored: String? = row?["text"]
            try Self.require(expecting, stored: stored, db, subject: .task(position: row?["position"] ?? 0),
                             entities: [Self.lineEntity(reference, "task", id)], actions: ["pledge.task"], theirs: { $0 })
            let new = (text?.isEmpty ?? true) ? nil : text
            // Removed by another clerk, and this clerk chose to keep theirs: it comes back, at the end.
            if stored == nil, let new { return try Self.addTask(db, reference, new, audit: audit) }
            guard stored != nil, stored != new else { return stored == nil ? nil : id }
            if let new {
                try db.execute(sql: "UPDATE pledgeTask SET text = ? WHERE id = ?", arguments: [new, id])
            } else {
                try db.execute(sql: "DELETE FROM pledgeTask WHERE id = ?", arguments: [id])
                try Self.renumberLines(db, table: "pledgeTask", reference)
            }
            try Self.tasksChanged(db, reference)
            try audit.append(db, action: "pledge.task", entity: Self.lineEntity(reference, "task", id), old: stored, new: new)
            return new == nil ? nil : id
        }
    }

    /// Moves a task up (-1) or down (+1) among the tasks as stored now; a new order is a new version.
    public func moveTask(_ reference: ClusterYearReference, id: Int64, by offset: Int) throws {
        try write { db in
            try Self.requireOpen(db, reference)
            if try Self.moveLine(db, table: "pledgeTask", reference, id: id, by: offset) {
                try Self.tasksChanged(db, reference)
                try audit.append(db, action: "pledge.task.move", entity: Self.lineEntity(reference, "task", id), old: nil, new: "\(offset > 0 ? "+" : "")\(offset)")
            }
        }
    }

    /// Adds a drive (`id` nil), changes one, or removes one (`drive` nil). Returns its id (nil once removed).
    @discardableResult
    public func saveDrive(_ reference: ClusterYearReference, id: Int64?, _ drive: Pledge.Drive?, expecting: Expected<Pledge.Drive?> = .anything) throws -> Int64? {
        try write { db in
            try Self.requireOpen(db, reference)
            guard let id else {
                guard let drive else { return nil }
                return try Self.addDrive(db, reference, drive, audit: audit)
            }
            let row = try Row.fetchOne(db, sql: "SELECT * FROM pledgeDrive WHERE id = ? AND clusterYearId = ?", arguments: [id, reference.id])
            let stored = row.map(Self.driveOf)
            try Self.require(expecting, stored: stored, db, subject: .drive(position: row?["position"] ?? 0),
                             entities: [Self.lineEntity(reference, "drive", id)], actions: ["pledge.drive"], theirs: { $0.map(Self.describe) })
            if stored == nil, let drive { return try Self.addDrive(db, reference, drive, audit: audit) }
            guard stored != nil, stored != drive else { return stored == nil ? nil : id }
            if let drive {
                try db.execute(sql: "UPDATE pledgeDrive SET name = ?, startDate = ?, endDate = ? WHERE id = ?",
                               arguments: [drive.name, drive.start?.iso, drive.end?.iso, id])
            } else {
                try db.execute(sql: "DELETE FROM pledgeDrive WHERE id = ?", arguments: [id])
                try Self.renumberLines(db, table: "pledgeDrive", reference)
            }
            try audit.append(db, action: "pledge.drive", entity: Self.lineEntity(reference, "drive", id), old: stored.map(Self.describe),
                             new: drive.map(Self.describe))
            return drive == nil ? nil : id
        }
    }

    public func moveDrive(_ reference: ClusterYearReference, id: Int64, by offset: Int) throws {
        try write { db in
            try Self.requireOpen(db, reference)
            if try Self.moveLine(db, table: "pledgeDrive", reference, id: id, by: offset) {
                try audit.append(db, action: "pledge.drive.move", entity: Self.lineEntity(reference, "drive", id), old: nil, new: "\(offset > 0 ? "+" : "")\(offset)")
            }
        }
    }

    private static func addTask(_ db: Database, _ reference: ClusterYearReference, _ text: String, audit: AuditTrail) throws -> Int64 {
        let position = try nextPosition(db, table: "pledgeTask", reference)
        try db.execute(sql: "INSERT INTO pledgeTask (clusterYearId, position, text) VALUES (?, ?, ?)", arguments: [reference.id, position, text])
        let id = db.lastInsertedRowID
        try tasksChanged(db, reference)
        try audit.append(db, action: "pledge.task", entity: lineEntity(reference, "task", id), old: nil, new: text)
        return id
    }

    private static func addDrive(_ db: Database, _ reference: ClusterYearReference, _ drive: Pledge.Drive, audit: AuditTrail) throws -> Int64 {
        let position = try nextPosition(db, table: "pledgeDrive", reference)
        try db.execute(sql: "INSERT INTO pledgeDrive (clusterYearId, position, name, startDate, endDate) VALUES (?, ?, ?, ?, ?)",
                       arguments: [reference.id, position, drive.name, drive.start?.iso, drive.end?.iso])
        let id = db.lastInsertedRowID
        try audit.append(db, action: "pledge.drive", entity: lineEntity(reference, "drive", id), old: nil, new: describe(drive))
        return id
    }

    static func lineEntity(_ reference: ClusterYearReference, _ kind: String, _ id: Int64) -> String {
        "\(reference.clusterCode)/\(reference.year)/\(kind) #\(id)"
    }

    static func describe(_ header: PledgeHeader) -> String {
        [header.title, header.slogan, header.date?.iso ?? "", header.place].joined(separator: " | ")
    }

    static func describe(_ drive: Pledge.Drive) -> String {
        drive.name + " (" + (drive.start?.iso ?? "") + "–" + (drive.end?.iso ?? "") + ")"
    }

    private static func ensurePledgeRow(_ db: Database, _ reference: ClusterYearReference) throws {
        try db.execute(sql: "INSERT INTO pledge (clusterYearId) VALUES (?) ON CONFLICT (clusterYearId) DO NOTHING", arguments: [reference.id])
    }

    private static func tasksChanged(_ db: Database, _ reference: ClusterYearReference) throws {
        try ensurePledgeRow(db, reference)
        try db.execute(sql: "UPDATE pledge SET tasksVersion = tasksVersion + 1 WHERE clusterYearId = ?", arguments: [reference.id])
    }

    private static func nextPosition(_ db: Database, table: String, _ reference: ClusterYearReference) throws -> Int {
        (try Int.fetchOne(db, sql: "SELECT max(position) FROM \(table) WHERE clusterYearId = ?", arguments: [reference.id]) ?? 0) + 1
    }

    private static func renumberLines(_ db: Database, table: String, _ reference: ClusterYearReference) throws {
        let ids = try Int64.fetchAll(db, sql: "SELECT id FROM \(table) WHERE clusterYearId = ? ORDER BY position, id", arguments: [reference.id])
        for (index, id) in ids.enumerated() {
            try db.execute(sql: "UPDATE \(table) SET position = ? WHERE id = ? AND position <> ?", arguments: [index + 1, id, index + 1])
        }
    }

    /// Swaps the line with its neighbour in the stored order; false when there is none.
    private static func moveLine(_ db: Database, table: String, _ reference: ClusterYearReference, id: Int64, by offset: Int) throws -> Bool {
        try renumberLines(db, table: table, reference)
        var ids = try Int64.fetchAll(db, sql: "SELECT id FROM \(table) WHERE clusterYearId = ? ORDER BY position, id", arguments: [reference.id])
        guard let index = ids.firstIndex(of: id), offset != 0, ids.indices.contains(index + offset.signum()) else { return false }
        ids.swapAt(index, index + offset.signum())
        for (position, line) in ids.enumerated() {
            try db.execute(sql: "UPDATE \(table) SET position = ? WHERE id = ?", arguments: [position + 1, line])
        }
        return true
    }
}
