import Emulation
import GRDB

/// The pledge changed one line at a time: its heading, one task or one drive, each by its id and
/// compared with what its clerk saw. No write replaces the whole list to change one line, so
/// two clerks editing different lines both keep their work.
extension EmulationStore {
    public func savePledgeHeader(_ reference: ClusterYearReference, _ header: PledgeHeader, expecting: Expected<PledgeHeader> = .anything) throws {
        try write(.editPledgeText, in: reference.clusterCode) { db in
            try Self.requireOpen(db, reference)
            var row = try StoredPledge.find(db, id: reference.id) ?? StoredPledge(clusterYearID: reference.id)
            let stored = row.header
            try Self.require(expecting, stored: stored, db, subject: .pledgeHeader, entities: ["\(reference.clusterCode)/\(reference.year)"],
                             actions: ["pledge.header", "pledge.save"], theirs: Self.describe)
            guard stored != header else { return }
            row.header = header
            try row.upsert(db)
            try audit.append(db, action: "pledge.header", entity: "\(reference.clusterCode)/\(reference.year)",
                             old: Self.describe(stored), new: Self.describe(header))
        }
    }

    /// Adds a task (`id` nil, at the end), changes one, or removes one (`text` nil). Any change
    /// raises the tasks version: earlier signatures become "signed an earlier version".
    /// Returns the task's id (nil once removed).
    @discardableResult
    public func saveTask(_ reference: ClusterYearReference, id: Int64?, text: String?, expecting: Expected<String?> = .anything) throws -> Int64? {
        try write(.editPledgeText, in: reference.clusterCode) { db in
            try Self.requireOpen(db, reference)
            let text = text?.trimmingSpaces()
            guard let id else {
                guard let text, !text.isEmpty else { return nil }
                return try Self.addTask(db, reference, text, audit: audit)
            }
            let row = try StoredPledgeTask.lines(reference.id).filter(key: id).fetchOne(db)
            let stored = row?.text
            try Self.require(expecting, stored: stored, db, subject: .task(position: row?.position ?? 0),
                             entities: [Self.lineEntity(reference, "task", id)], actions: ["pledge.task"], theirs: { $0 })
            let new = (text?.isEmpty ?? true) ? nil : text
            // Removed by another clerk, and this clerk chose to keep theirs: it comes back, at the end.
            if stored == nil, let new { return try Self.addTask(db, reference, new, audit: audit) }
            guard var row, row.text != new else { return row == nil ? nil : id }
            if let new {
                row.text = new
                try row.update(db)
            } else {
                try row.delete(db)
                try Self.renumberLines(StoredPledgeTask.self, db, reference)
            }
            try Self.tasksChanged(db, reference)
            try audit.append(db, action: "pledge.task", entity: Self.lineEntity(reference, "task", id), old: stored, new: new)
            return new == nil ? nil : id
        }
    }

    /// Moves a task up (-1) or down (+1) among the tasks as stored now; a new order is a new version.
    public func moveTask(_ reference: ClusterYearReference, id: Int64, by offset: Int) throws {
        try write(.editPledgeText, in: reference.clusterCode) { db in
            try Self.requireOpen(db, reference)
            if try Self.moveLine(StoredPledgeTask.self, db, reference, id: id, by: offset) {
                try Self.tasksChanged(db, reference)
                try audit.append(db, action: "pledge.task.move", entity: Self.lineEntity(reference, "task", id), old: nil, new: "\(offset > 0 ? "+" : "")\(offset)")
            }
        }
    }

    /// Adds a drive (`id` nil), changes one, or removes one (`drive` nil). Returns its id (nil once removed).
    @discardableResult
    public func saveDrive(_ reference: ClusterYearReference, id: Int64?, _ drive: Pledge.Drive?, expecting: Expected<Pledge.Drive?> = .anything) throws -> Int64? {
        try write(.editPledgeText, in: reference.clusterCode) { db in
            try Self.requireOpen(db, reference)
            guard let id else {
                guard let drive else { return nil }
                return try Self.addDrive(db, reference, drive, audit: audit)
            }
            let row = try StoredPledgeDrive.lines(reference.id).filter(key: id).fetchOne(db)
            let stored = row?.drive
            try Self.require(expecting, stored: stored, db, subject: .drive(position: row?.position ?? 0),
                             entities: [Self.lineEntity(reference, "drive", id)], actions: ["pledge.drive"], theirs: { $0.map(Self.describe) })
            if stored == nil, let drive { return try Self.addDrive(db, reference, drive, audit: audit) }
            guard var row, row.drive != drive else { return row == nil ? nil : id }
            if let drive {
                row.drive = drive
                try row.update(db)
            } else {
                try row.delete(db)
                try Self.renumberLines(StoredPledgeDrive.self, db, reference)
            }
            try audit.append(db, action: "pledge.drive", entity: Self.lineEntity(reference, "drive", id), old: stored.map(Self.describe),
                             new: drive.map(Self.describe))
            return drive == nil ? nil : id
        }
    }

    public func moveDrive(_ reference: ClusterYearReference, id: Int64, by offset: Int) throws {
        try write(.editPledgeText, in: reference.clusterCode) { db in
            try Self.requireOpen(db, reference)
            if try Self.moveLine(StoredPledgeDrive.self, db, reference, id: id, by: offset) {
                try audit.append(db, action: "pledge.drive.move", entity: Self.lineEntity(reference, "drive", id), old: nil, new: "\(offset > 0 ? "+" : "")\(offset)")
            }
        }
    }

    private static func addTask(_ db: Database, _ reference: ClusterYearReference, _ text: String, audit: AuditTrail) throws -> Int64 {
        let position = try nextPosition(StoredPledgeTask.self, db, reference)
        let id = try StoredPledgeTask(id: nil, clusterYearId: reference.id, position: position, text: text).insertRow(db)
        try tasksChanged(db, reference)
        try audit.append(db, action: "pledge.task", entity: lineEntity(reference, "task", id), old: nil, new: text)
        return id
    }

    private static func addDrive(_ db: Database, _ reference: ClusterYearReference, _ drive: Pledge.Drive, audit: AuditTrail) throws -> Int64 {
        let position = try nextPosition(StoredPledgeDrive.self, db, reference)
        let id = try StoredPledgeDrive(clusterYearID: reference.id, position: position, drive).insertRow(db)
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

    /// A new tasks version: earlier signatures become "signed an earlier version".
    private static func tasksChanged(_ db: Database, _ reference: ClusterYearReference) throws {
        var pledge = try StoredPledge.find(db, id: reference.id) ?? StoredPledge(clusterYearID: reference.id)
        pledge.tasksVersion += 1
        try pledge.upsert(db)
    }

    private static func nextPosition<Line: StoredPledgeLine>(_ line: Line.Type, _ db: Database, _ reference: ClusterYearReference) throws -> Int {
        (try Line.lines(reference.id).fetchAll(db).map(\.position).max() ?? 0) + 1
    }

    private static func renumberLines<Line: StoredPledgeLine>(_ line: Line.Type, _ db: Database, _ reference: ClusterYearReference) throws {
        for (index, var line) in try Line.lines(reference.id).fetchAll(db).enumerated() where line.position != index + 1 {
            line.position = index + 1
            try line.update(db)
        }
    }

    /// Swaps the line with its neighbour in the stored order; false when there is none.
    private static func moveLine<Line: StoredPledgeLine>(_ line: Line.Type, _ db: Database, _ reference: ClusterYearReference, id: Int64,
                                                         by offset: Int) throws -> Bool {
        var lines = try Line.lines(reference.id).fetchAll(db)
        // Out of range changes nothing, not even the numbering (which no audit row would follow).
        guard let index = lines.firstIndex(where: { $0.id == id }), offset != 0, lines.indices.contains(index + offset.signum()) else { return false }
        // Numbering keeps the order, so `index` still holds.
        try renumberLines(Line.self, db, reference)
        lines = try Line.lines(reference.id).fetchAll(db)
        // After renumbering, positions are 1…n: the two lines trade theirs.
        let neighbour = index + offset.signum()
        (lines[index].position, lines[neighbour].position) = (lines[neighbour].position, lines[index].position)
        try lines[index].update(db)
        try lines[neighbour].update(db)
        return true
    }
}
