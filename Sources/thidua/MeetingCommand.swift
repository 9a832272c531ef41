import ArgumentParser
import Documents
import Emulation
import EmulationStore
import TerminalUI

/// `thidua meeting`: the year-end review meeting's facts for its minutes. Only the options given
/// change; with none it prints what is recorded.
struct MeetingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "meeting",
        abstract: "Record the review meeting for its minutes (date, place, chair, secretary, attendees, note); print what is recorded.")

    @OptionGroup var options: GlobalOptions
    @Option(help: "Cluster code, e.g. HP-KH.") var cluster: String
    @Option(help: "Year, e.g. 2023.") var year: Int
    @Option(help: "Date of the meeting, YYYY-MM-DD or DD/MM/YYYY (\"\" clears it).") var date: String?
    @Option(help: "When it opened, e.g. 14:00 or 14h00 (\"\" clears it).") var start: String?
    @Option(help: "When it closed (\"\" clears it).") var end: String?
    @Option(help: "How many member units were present (for the minutes' \"có mặt N/M\"; -1 clears it).") var membersPresent: Int?
    @Option(help: "Where it met.") var place: String?
    @Option(help: "Who chaired it.") var chair: String?
    @Option(help: "Who took the minutes.") var secretary: String?
    @Option(help: "One person or unit present; repeat for each (replaces the list; --attendee \"\" clears it).") var attendee: [String] = []
    @Option(help: "A note for the minutes.") var note: String?

    func run() throws {
        try runReportingErrors(options) {
            let words = options.words
            let store = try options.openStore()
            var snapshot = try store.snapshot(code: cluster, year: year)
            var meeting = snapshot.meeting
            if let date {
                let trimmed = date.trimmingSpaces()
                if trimmed.isEmpty {
                    meeting.date = nil
                } else {
                    guard let day = CalendarDate(parsing: trimmed) else {
                        printError(words.invalidDate(date))
                        throw ExitCode.failure
                    }
                    meeting.date = day
                }
            }
            for (text, path) in [(start, \MeetingRecord.start), (end, \MeetingRecord.end)] {
                guard let text else { continue }
                let trimmed = text.trimmingSpaces()
                guard trimmed.isEmpty || ClockTime(parsing: trimmed) != nil else {
                    printError(words.invalidTime(text))
                    throw ExitCode.failure
                }
                meeting[keyPath: path] = ClockTime(parsing: trimmed)
            }
            if let membersPresent {
                guard membersPresent <= snapshot.units.count else {
                    printError(words.voteMorePresentThanMembers(membersPresent, snapshot.units.count))
                    throw ExitCode.failure
                }
                meeting.membersPresent = membersPresent < 0 ? nil : membersPresent
            }
            if let place { meeting.place = place.trimmingSpaces() }
            if let chair { meeting.chair = chair.trimmingSpaces() }
            if let secretary { meeting.secretary = secretary.trimmingSpaces() }
            if !attendee.isEmpty { meeting.attendees = attendee.map { $0.trimmingSpaces() }.filter { !$0.isEmpty } }
            if let note { meeting.note = note.trimmingSpaces() }
            let changing = date != nil || start != nil || end != nil || membersPresent != nil || place != nil || chair != nil || secretary != nil || !attendee.isEmpty || note != nil
            if changing {
                try store.saveMeeting(snapshot.reference, meeting)
                snapshot = try store.snapshot(code: cluster, year: year)
            }
            let code = snapshot.reference.clusterCode
            printOut(changing ? words.documents.meetingSaved(code, year) : words.documents.meetingHeading(code, year))
            for fact in MinutesDocument(snapshot).facts(words.documents) {
                printOut("  " + fact.label + ": " + DisplayWidth.sanitized(fact.value))
            }
        }
    }
}
