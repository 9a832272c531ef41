import Emulation
import GRDB

extension EmulationStore {
    /// Records the year-end review meeting (date, place, chair, secretary, attendees, note) for
    /// its minutes. A closed year refuses; an unchanged record writes nothing.
    /// `expecting` is the record the clerk saw: another clerk's newer record is never overwritten.
    public func saveMeeting(_ reference: ClusterYearReference, _ meeting: MeetingRecord, expecting: Expected<MeetingRecord> = .anything) throws {
        try write { db in try Self.saveMeeting(db, reference, meeting, audit: audit, expecting: expecting) }
    }

    static func saveMeeting(_ db: Database, _ reference: ClusterYearReference, _ meeting: MeetingRecord, audit: AuditTrail,
                            expecting: Expected<MeetingRecord> = .anything) throws {
        try Self.requireOpen(db, reference)
        let meeting = Self.cleaned(meeting)
        let old = try loadMeeting(db, yearID: reference.id)
        try require(expecting, stored: old, db, subject: .meeting, entities: ["\(reference.clusterCode)/\(reference.year)"], actions: ["meeting.save"],
                    theirs: { $0.isEmpty ? nil : auditText($0) })
        guard old != meeting else { return }
        try db.execute(sql: """
            INSERT INTO meeting (clusterYearId, date, place, chair, secretary, attendees, note) VALUES (?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (clusterYearId) DO UPDATE SET date = excluded.date, place = excluded.place, chair = excluded.chair,
                secretary = excluded.secretary, attendees = excluded.attendees, note = excluded.note
            """, arguments: [reference.id, meeting.date?.iso, meeting.place, meeting.chair, meeting.secretary,
                             meeting.attendees.joined(separator: "\n"), meeting.note])
        try audit.append(db, action: "meeting.save", entity: "\(reference.clusterCode)/\(reference.year)",
                         old: old.isEmpty ? nil : auditText(old), new: auditText(meeting))
    }

    static func loadMeeting(_ db: Database, yearID: Int64) throws -> MeetingRecord {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM meeting WHERE clusterYearId = ?", arguments: [yearID]) else {
            return MeetingRecord()
        }
        let attendees = (row["attendees"] as String).split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
        return MeetingRecord(date: (row["date"] as String?).flatMap(CalendarDate.init(parsing:)), place: row["place"], chair: row["chair"],
                             secretary: row["secretary"], attendees: attendees, note: row["note"])
    }

    /// Attendees are stored one per line: a line break inside a name would split it, and an
    /// empty name would vanish on reading, so both are settled before writing.
    private static func cleaned(_ meeting: MeetingRecord) -> MeetingRecord {
        var meeting = meeting
        meeting.attendees = meeting.attendees
            .map { $0.split(whereSeparator: \.isNewline).joined(separator: " ").trimmingSpaces() }
            .filter { !$0.isEmpty }
        return meeting
    }

    private static func auditText(_ meeting: MeetingRecord) -> String {
        [meeting.date?.iso ?? "", meeting.place, meeting.chair, meeting.secretary, meeting.attendees.joined(separator: "; "), meeting.note]
            .joined(separator: " | ")
    }
}
