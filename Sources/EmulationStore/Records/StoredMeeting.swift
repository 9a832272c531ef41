import Emulation
import GRDB

/// A row of `meeting`: the year-end review meeting, for its minutes. Attendees are one per line.
struct StoredMeeting: StoredRecord, PersistableRecord, Hashable {
    static let databaseTableName = "meeting"

    var clusterYearId: Int64
    var date: StoredDate?
    var place: String
    var chair: String
    var secretary: String
    var attendees: String
    var note: String
    var startTime: String
    var endTime: String
    var membersPresent: Int?
}

extension StoredMeeting {
    init(clusterYearID: Int64, _ meeting: MeetingRecord) {
        self.init(clusterYearId: clusterYearID, date: meeting.date.map(StoredDate.init), place: meeting.place, chair: meeting.chair,
                  secretary: meeting.secretary, attendees: meeting.attendees.joined(separator: "\n"), note: meeting.note,
                  startTime: meeting.start?.text ?? "", endTime: meeting.end?.text ?? "", membersPresent: meeting.membersPresent)
    }

    var meeting: MeetingRecord {
        MeetingRecord(date: date?.date, place: place, chair: chair, secretary: secretary,
                      attendees: attendees.split(separator: "\n", omittingEmptySubsequences: true).map(String.init), note: note,
                      start: ClockTime(parsing: startTime), end: ClockTime(parsing: endTime), membersPresent: membersPresent)
    }
}
