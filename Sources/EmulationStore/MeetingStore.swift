import Emulation
import GRDB

extension EmulationStore {
    /// Records the year-end review meeting (date, place, chair, secretary, attendees, note) for
    /// its minutes. A closed year refuses; an unchanged record writes nothing.
    /// `expecting` is the record the clerk saw: another clerk's newer record is never overwritten.
    public func saveMeeting(_ reference: ClusterYearReference, _ meeting: MeetingRecord, expecting: Expected<MeetingRecord> = .anything) throws {
        try write(.recordMeeting, in: reference.clusterCode) { db in try Self.saveMeeting(db, reference, meeting, audit: audit, expecting: expecting) }
    }

    static func saveMeeting(_ db: Database, _ reference: ClusterYearReference, _ meeting: MeetingRecord, audit: AuditTrail,
                            expecting: Expected<MeetingRecord> = .anything) throws {
        try Self.requireOpen(db, reference)
        let meeting = Self.cleaned(meeting)
        let old = try loadMeeting(db, yearID: reference.id)
        try require(expecting, stored: old, db, subject: .meeting, entities: ["\(reference.clusterCode)/\(reference.year)"], actions: ["meeting.save"],
                    theirs: { $0.isEmpty ? nil : auditText($0) })
        guard old != meeting else { return }
        try StoredMeeting(clusterYearID: reference.id, meeting).upsert(db)
        try audit.append(db, action: "meeting.save", entity: "\(reference.clusterCode)/\(reference.year)",
                         old: old.isEmpty ? nil : auditText(old), new: auditText(meeting))
    }

    /// The year's meeting; an empty record until something is recorded.
    static func loadMeeting(_ db: Database, yearID: Int64) throws -> MeetingRecord {
        try StoredMeeting.find(db, id: yearID)?.meeting ?? MeetingRecord()
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
        var parts = [meeting.date?.iso ?? "", meeting.place, meeting.chair, meeting.secretary, meeting.attendees.joined(separator: "; "), meeting.note]
        // Only when recorded, so a record made before these existed reads as it did.
        if meeting.start != nil || meeting.end != nil || meeting.membersPresent != nil {
            parts += [(meeting.start?.text ?? "") + "–" + (meeting.end?.text ?? ""), meeting.membersPresent.map(String.init) ?? ""]
        }
        return parts.joined(separator: " | ")
    }
}
