import Documents
import Emulation
import EmulationStore
import Foundation
import Testing
import TestSupport

/// Every document in every format the export table offers, in Vietnamese and English, compared
/// byte for byte with __Snapshots__/<kind>.<lang>.<format>. Re-record on purpose only:
/// THIDUA_RECORD_SNAPSHOTS=1 swift test --filter DocumentGoldenTests, then read the diff.
@Suite struct DocumentGoldenTests {
    /// `thidua demo`'s HP-KH 2023 (the review stage), with a meeting and two votes recorded
    /// through the store as `thidua meeting` and `thidua vote` would, so that every section of
    /// the minutes has something in it and one failed vote moves the proposals. Nothing in it
    /// varies: the demo's scores come from fixed seeds, its dates are fixed, and the one clock
    /// it reads (`today`, a fallback for a missing hand-over date) is fixed here too. The
    /// audit rows' times are never printed in a document.
    static let loaded = Result { try loadYear() }
    static var year: Result<YearSnapshot, any Error> { loaded.map(\.snapshot) }
    /// Each unit's history as storage reads it.
    static var history: [MemberUnit.ID: [AwardHistoryEntry]] { (try? loaded.get().history) ?? [:] }

    static func loadYear() throws -> (snapshot: YearSnapshot, history: [MemberUnit.ID: [AwardHistoryEntry]]) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("thidua-golden-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try EmulationStore(path: folder.appendingPathComponent("demo.sqlite").path, login: "golden")
        _ = try store.loadDemo(today: CalendarDate(year: 2024, month: 1, day: 15)!)
        let reference = try store.clusterYear(code: "HP-KH", year: 2023)
        try store.saveMeeting(reference, MeetingRecord(
            date: CalendarDate(year: 2023, month: 12, day: 20), place: "Hội trường UBND huyện Vĩnh Bảo", chair: "Nguyễn Văn A",
            secretary: "Trần Thị B", attendees: ["Ban Thi đua – Khen thưởng thành phố", "Lãnh đạo 8 huyện"], note: "Họp trực tiếp",
            start: ClockTime(hour: 14, minute: 0), end: ClockTime(hour: 16, minute: 30), membersPresent: 8))
        let unit = { (name: String) in try store.snapshot(code: "HP-KH", year: 2023).units.first { $0.name == name }!.id }
        try store.recordVote(reference, VoteTally(unitID: try unit("Vĩnh Bảo"), award: RuleSet.governmentFlag, present: 8, votesFor: 8, votesAgainst: 0,
                                                  ballots: 8, invalid: 0))
        try store.recordVote(reference, VoteTally(unitID: try unit("Thủy Nguyên"), award: RuleSet.provincialFlag, present: 8, votesFor: 3,
                                                  votesAgainst: 5))
        // The province granted Vĩnh Bảo its flag: the history shows the decision.
        try store.recordDecision(reference, AwardDecision(unitID: try unit("Vĩnh Bảo"), proposed: RuleSet.governmentFlag, outcome: .granted,
                                                          number: "123/QĐ-TTg", date: CalendarDate(year: 2024, month: 5, day: 5)!,
                                                          authority: "Thủ tướng Chính phủ"))
        return (try store.snapshot(code: "HP-KH", year: 2023), try store.awardHistory(code: "HP-KH", year: 2023))
    }

    /// Storage's own data files, wired as the command line wires them (DocumentRendering.files), without the byte-order mark.
    static let files = DataFiles(csv: { CSVOutput.render(header: $0, rows: $1) }, roster: RosterCSV.table,
                                 grid: { GridCSV.table($0, round: $1, blank: $2) })

    @Test(arguments: ExportKind.allCases, ["vi", "en"])
    func everyFormatOfEveryDocument(kind: ExportKind, language: String) throws {
        let words = language == "vi" ? DocumentWords.vietnamese : .english
        // A fixed seal: a real one varies with the audit rows' times. CSV files print none.
        let source = DocumentSource(snapshot: try Self.year.get(), words: words, files: Self.files, seal: "1234:3fa9c2e01b7d", history: Self.history)
        #expect(!kind.formats.isEmpty)
        // The Word files are read back by python-docx (DocxReaderTests), the workbooks by openpyxl (ExcelRoundTripTests).
        for format in kind.formats where !format.isBinary {
            let text = try #require(kind.render(format, from: source))
            assertGolden(text, named: "\(kind.rawValue).\(language).\(format.rawValue)")
        }
    }
}
