import Emulation
import Foundation
import Testing
import TestSupport
@testable import EmulationStore

@Suite struct CSVImportTests {
    func demo() throws -> (TemporaryDatabase, EmulationStore, YearSnapshot) {
        let database = try TemporaryDatabase()
        let store = try database.open()
        _ = try store.loadDemo(today: CalendarDate(year: 2026, month: 11, day: 23)!)
        return (database, store, try store.snapshot(code: "HP-KH", year: 2023))
    }

    static let header = "unit,1.1,1.2,1.3,1.4,1.5,1.6,1.7,2.1,2.2,2.3,2.4,2.5,3.1,3.2,3.3,bonus,bonus_reason,deduction,deduction_reason"

    func issues(_ csv: String, _ snapshot: YearSnapshot) -> [ImportIssue] {
        switch GridCSV.parse(data: Data(csv.utf8), file: "scores.csv", snapshot: snapshot, round: .selfAssessment) {
        case .success: return []
        case .failure(.importFailed(let issues)): return issues
        case .failure(let other): Issue.record("unexpected \(other)"); return []
        }
    }

    @Test func exportedGridReimportsToTheSameValues() throws {
        let (database, store, snapshot) = try demo()
        defer { withExtendedLifetime(database) {} }
        let csv = GridCSV.export(snapshot, round: .cluster)
        #expect(csv.hasPrefix(Self.header + "\r\n"))
        #expect(csv.contains("Vĩnh Bảo,"))
        guard case .success(let parsed) = GridCSV.parse(data: Data(csv.utf8), file: "g.csv", snapshot: snapshot, round: .cluster) else {
            Issue.record("parse failed"); return
        }
        #expect(parsed.entries.count == 120)
        let reference = try store.clusterYear(code: "HP-KH", year: 2023)
        let rowsBefore = try store.verify().auditRows
        try store.importScores(reference, entries: parsed.entries, adjustments: parsed.adjustments, reason: "round trip")
        #expect(try store.verify().auditRows == rowsBefore, "re-importing the same values changes nothing")
        #expect(try store.snapshot(code: "HP-KH", year: 2023).scores == snapshot.scores)
    }

    @Test func acceptsCommaAndPointDecimalsAndSemicolonFiles() throws {
        let (database, _, snapshot) = try demo()
        defer { withExtendedLifetime(database) {} }
        let semicolon = Self.header.replacingOccurrences(of: ",", with: ";") + "\nAn Lão;9,5;7.25;;;;;;;;;;;;;;1;Mô hình hay;;\n"
        guard case .success(let parsed) = GridCSV.parse(data: Data(semicolon.utf8), file: "s.csv", snapshot: snapshot, round: .selfAssessment) else {
            Issue.record("parse failed"); return
        }
        #expect(parsed.entries.map(\.points) == [Points(hundredths: 950), Points(hundredths: 725)])
        #expect(parsed.adjustments.count == 1)
    }

    @Test func wrongMissingUnknownAndDuplicateHeadersAreEachReported() throws {
        let (database, _, snapshot) = try demo()
        defer { withExtendedLifetime(database) {} }
        let found = issues("unit,1.1,1.1,9.9\nVĩnh Bảo,1,1,1\n", snapshot)
        #expect(found.contains { $0.problem == .duplicateColumn("1.1") && $0.line == 1 && $0.column == 3 })
        #expect(found.contains { $0.problem == .unknownColumn("9.9") && $0.column == 4 })
        #expect(found.contains { issue in
            guard case .missingColumns(let names) = issue.problem else { return false }
            return names.contains("3.3") && names.contains("bonus_reason") && !names.contains("1.1")
        })
    }

    @Test(arguments: [
        ("\"9,5,1\"", ImportIssue.Problem.malformedNumber(.malformed("9,5,1"))),
        ("abc", .malformedNumber(.malformed("abc"))),
        ("-1", .malformedNumber(.negative("-1"))),
        ("1e3", .malformedNumber(.malformed("1e3"))),
        ("NaN", .malformedNumber(.malformed("NaN"))),
        ("\"10,01\"", .outOfRange(maximum: Points(10))),
        ("\"9,555\"", .malformedNumber(.tooManyDecimals("9,555"))),
    ])
    func badScoresAreReportedWithLineColumnAndValue(cell: String, problem: ImportIssue.Problem) throws {
        let (database, _, snapshot) = try demo()
        defer { withExtendedLifetime(database) {} }
        let csv = Self.header + "\nVĩnh Bảo,9,,,,,,,,,,,,,,,,,,\nAn Lão,\(cell),,,,,,,,,,,,,,,,,,\n"
        let found = issues(csv, snapshot)
        #expect(found.count == 1)
        #expect(found.first?.line == 3)
        #expect(found.first?.column == 2)
        #expect(found.first?.field == "1.1")
        #expect(found.first?.problem == problem)
    }

    @Test func unquotedDecimalCommaShiftsTheFieldsAndIsReported() throws {
        let (database, _, snapshot) = try demo()
        defer { withExtendedLifetime(database) {} }
        let found = issues(Self.header + "\nAn Lão,9,5,,,,,,,,,,,,,,,,,,\n", snapshot)
        #expect(found.first?.problem == .wrongFieldCount(expected: 20, found: 21))
        #expect(found.first?.line == 2)
    }

    func rosterIssues(_ csv: String) -> [ImportIssue] {
        switch RosterCSV.parse(data: Data(csv.utf8), file: "roster.csv") {
        case .success: return []
        case .failure(.importFailed(let issues)): return issues
        case .failure(let other): Issue.record("unexpected \(other)"); return []
        }
    }

    @Test func aRowShortOrLongerThanTheHeaderIsRefusedNamingItsLineAndBothCounts() throws {
        let (database, _, snapshot) = try demo()
        defer { withExtendedLifetime(database) {} }
        // "9,5" unquoted under a 20-column header: padding would store 1.1 = 9 and 1.2 = 5.
        let found = issues(Self.header + "\n\nAn Lão,9,5\n", snapshot)
        #expect(found == [ImportIssue(file: "scores.csv", line: 3, column: 0, field: "", value: "An Lão,9,5",
                                      problem: .wrongFieldCount(expected: 20, found: 3))])
        // A roster line short of its trailing empty cells is refused as well; blank lines are still no rows.
        let roster = rosterIssues("name,role\nHạ Long,head\n\nUông Bí\n  \n")
        #expect(roster.map(\.problem) == [.wrongFieldCount(expected: 2, found: 1)])
        #expect(roster.map(\.line) == [4])
        // A longer row stays refused.
        let longer = rosterIssues("name,role\nHạ Long,head,x\n")
        #expect(longer == [ImportIssue(file: "roster.csv", line: 2, column: 0, field: "", value: "Hạ Long,head,x",
                                       problem: .wrongFieldCount(expected: 2, found: 3))])
    }

    @Test(arguments: ["\u{0}", "\t", "\u{1B}", "\u{7F}", "\u{9B}"] as [Unicode.Scalar])
    func aControlCharacterInAnyFieldIsRefusedNamingLineColumnAndField(control: Unicode.Scalar) throws {
        let (database, _, snapshot) = try demo()
        defer { withExtendedLifetime(database) {} }
        let name = "Mê\(control)Linh"
        let roster = rosterIssues("name,leader\nHạ Long,\nCẩm Phả,Trần\(control)\n\(name),\n")
        #expect(roster.map(\.problem) == [.text(.controlCharacter(control)), .text(.controlCharacter(control))])
        #expect(roster.map(\.line) == [3, 4])
        #expect(roster.map(\.column) == [2, 1])
        #expect(roster.map(\.field) == ["leader", "name"])
        #expect(roster.last?.value == name)
        // A reason in a score grid, and a column name.
        let empty14 = String(repeating: ",", count: 14)
        let grid = issues(Self.header + "\nAn Lão,9\(empty14),1,Mô\(control)hình,,\n", snapshot)
        #expect(grid.map(\.problem) == [.text(.controlCharacter(control))])
        #expect(grid.map(\.line) == [2] && grid.map(\.column) == [18] && grid.map(\.field) == ["bonus_reason"])
        let header = rosterIssues("name,lea\(control)der\nHạ Long,\n")
        #expect(header.contains { $0.problem == .text(.controlCharacter(control)) && $0.line == 1 && $0.column == 2 })
    }

    @Test func aUnitNameOver200CharactersOrOnTwoLinesIsRefused() throws {
        let longest = String(repeating: "ễ", count: 200)
        guard case .success(let rows) = RosterCSV.parse(data: Data("name,leader\n\(longest),\(longest)\n".utf8), file: "roster.csv") else {
            Issue.record("a 200-character name was refused"); return
        }
        #expect(rows.map(\.unit.name) == [longest])
        let found = rosterIssues("name,short_name,leader\n\(longest)a,,\n\"Mê\nLinh\",ML,\nCát Hải,,\(longest)b\n")
        #expect(found.map(\.problem) == [.text(.tooLong(maximum: 200)), .text(.lineBreak), .text(.tooLong(maximum: 200))])
        // The quoted name spans lines 3 and 4: the next row is line 5.
        #expect(found.map(\.line) == [2, 3, 5])
        #expect(found.map(\.column) == [1, 1, 3])
        #expect(found.map(\.field) == ["name", "name", "leader"])
        #expect(found.first?.value == longest + "a")
    }

    /// Line numbers after a quoted field that spans lines count its line breaks byte by byte;
    /// "\r\n" is one break, as it is one character, on any mix of breaks and text. (Counted
    /// after filtering the field's other characters out, "\r,\n" was one break, not two.)
    @Test func aFieldsLineBreaksAreCountedAsItsCharactersCountThem() {
        let pieces = ["\r", "\n", "\r\n", "a", "Mê", "\u{301}", " ", "\u{85}", "\u{2028}", "中", ","]
        var broken = 0
        for field in RandomMixes.texts(of: pieces, seed: 1203) {
            // Counted in the field itself: filtered first, a "\r" and a later "\n" would join.
            let expected = field.reduce(0) { $0 + ($1 == "\n" || $1 == "\r\n" || $1 == "\r" ? 1 : 0) }
            if expected > 0 { broken += 1 }
            #expect(ImportTable.lineBreaks(in: field) == expected, "\(RandomMixes.scalars(field))")
        }
        #expect(broken > 1_000)
    }

    @Test(arguments: ["", " \n", "\r\n\t\u{A0}\u{2028}\n"])
    func aFileOfOnlyBlanksIsEmpty(_ text: String) {
        guard case .failure(let issue) = ImportTable.readCSV(data: Data(text.utf8), file: "grid.csv") else {
            Issue.record("a blank file was read"); return
        }
        #expect(issue.problem == .emptyFile)
        guard case .success = ImportTable.readCSV(data: Data((text + "unit\n").utf8), file: "grid.csv") else {
            Issue.record("a file with a header after blanks was refused"); return
        }
    }

    @Test func reimportingCountsChangedUnchangedAndClearedCells() throws {
        let (database, store, before) = try demo()
        defer { withExtendedLifetime(database) {} }
        let reference = before.reference
        for unit in before.units.prefix(2) {
            try store.setAdjustment(reference, unitID: unit.id, kind: .bonus, Adjustment(points: Points(1), reason: "Mô hình hay"))
        }
        let snapshot = try store.snapshot(code: "HP-KH", year: 2023)
        guard case .success(let parsed) = GridCSV.parse(data: Data(GridCSV.export(snapshot, round: .cluster).utf8), file: "g.csv",
                                                        snapshot: snapshot, round: .cluster) else {
            Issue.record("parse failed"); return
        }
        let same = try store.importScores(reference, entries: parsed.entries, adjustments: parsed.adjustments, reason: "again")
        #expect(same.scores == ImportSummary.Counts(changed: 0, unchanged: 120, cleared: 0))
        #expect(same.adjustments == ImportSummary.Counts(changed: 0, unchanged: 2, cleared: 0))

        var entries = parsed.entries
        for index in 0..<3 { entries[index].points = entries[index].points == Points(1) ? Points(2) : Points(1) }
        for index in 3..<5 { entries[index].points = nil }
        var adjustments = parsed.adjustments
        adjustments[0].adjustment = nil
        adjustments.append((before.units[2].id, .deduction, Adjustment(points: Points(1), reason: "Chậm báo cáo")))
        let edited = try store.importScores(reference, entries: entries, adjustments: adjustments, reason: "edited")
        #expect(edited.scores == ImportSummary.Counts(changed: 3, unchanged: 115, cleared: 2))
        #expect(edited.adjustments == ImportSummary.Counts(changed: 1, unchanged: 1, cleared: 1))
    }

    @Test func reimportingARosterCountsAddedChangedAndUnchangedUnits() throws {
        let (database, store, snapshot) = try demo()
        defer { withExtendedLifetime(database) {} }
        let csv = RosterCSV.export(snapshot)
        guard case .success(let rows) = RosterCSV.parse(data: Data(csv.utf8), file: "r.csv") else { Issue.record("parse failed"); return }
        #expect(try store.importRoster(snapshot.reference, rows: rows) == RosterImportSummary(added: 0, changed: 0, unchanged: 8))
        var edited = rows
        edited[1].unit.leader = "Nguyễn Văn A"
        edited.append(RosterCSV.Row(unit: MemberUnit(id: 0, name: "Đồ Sơn"), role: .member, columns: rows[0].columns))
        #expect(try store.importRoster(snapshot.reference, rows: edited) == RosterImportSummary(added: 1, changed: 1, unchanged: 7))
    }

    /// The writer puts an apostrophe before a text a spreadsheet would run as a formula; the
    /// reader takes it off again, so the names come back as they were, in either delimiter.
    @Test func aNeutralisedFormulaReadsBackAsItsText() throws {
        let (database, store, snapshot) = try demo()
        defer { withExtendedLifetime(database) {} }
        let names = ["=HYPERLINK(\"x\";\"y\")", "+84 Hải Phòng", "@Cát Hải", "-Đồ Sơn", "'quoted already"]
        guard case .success(let added) = RosterCSV.parse(data: Data(("name\n" + names.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
            .joined(separator: "\n")).utf8), file: "r.csv") else { Issue.record("parse failed"); return }
        try store.importRoster(snapshot.reference, rows: added)
        let withThem = try store.snapshot(code: "HP-KH", year: 2023)
        for style in [CSVStyle.excel, CSVStyle(byteOrderMark: true, delimiter: ";")] {
            let csv = RosterCSV.export(withThem, style: style)
            #expect(csv.contains("'=HYPERLINK") && csv.contains("'+84") && csv.contains("'@Cát") && csv.contains("'-Đồ"))
            guard case .success(let rows) = RosterCSV.parse(data: Data(csv.utf8), file: "r.csv") else { Issue.record("parse failed"); return }
            #expect(Array(rows.map(\.unit.name).suffix(5)) == names)
        }
    }

    @Test func unknownEmptyAndDuplicateUnitsAreReported() throws {
        let (database, _, snapshot) = try demo()
        defer { withExtendedLifetime(database) {} }
        let empty = String(repeating: ",", count: 19)
        let csv = Self.header + "\nHà Nội\(empty)\n\(empty)\nvinh bao\(empty)\nVĩnh Bảo\(empty)\n"
        let found = issues(csv, snapshot)
        #expect(found.map(\.problem) == [.unknownUnit, .requiredValueMissing, .duplicateUnit(firstLine: 4)])
        #expect(found.map(\.line) == [2, 3, 5])
    }

    @Test func bonusNeedsAReasonAndRespectsItsLimit() throws {
        let (database, _, snapshot) = try demo()
        defer { withExtendedLifetime(database) {} }
        let csv = Self.header + "\nAn Lão,,,,,,,,,,,,,,,,2,,,\nCát Hải,,,,,,,,,,,,,,,,6,quá,,\nTiên Lãng,,,,,,,,,,,,,,,,,,,lý do\n"
        let found = issues(csv, snapshot)
        #expect(found.map(\.problem) == [.reasonMissing, .outOfRange(maximum: Points(5)), .requiredValueMissing])
        #expect(found.map(\.field) == ["bonus_reason", "bonus", "deduction"])
    }

    @Test func invalidUTF8IsReportedWithItsPosition() throws {
        let (database, _, snapshot) = try demo()
        defer { withExtendedLifetime(database) {} }
        var data = Data((Self.header + "\nAn L").utf8)
        data.append(contentsOf: [0xE3, 0x6F])
        data.append(contentsOf: Data(",,,\n".utf8))
        guard case .failure(.importFailed(let found)) = GridCSV.parse(data: data, file: "bad.csv", snapshot: snapshot, round: .cluster) else {
            Issue.record("accepted invalid UTF-8"); return
        }
        #expect(found == [ImportIssue(file: "bad.csv", line: 2, column: 5, field: "", value: "", problem: .invalidUTF8)])
    }

    @Test func aByteOrderMarkFromASpreadsheetIsIgnored() throws {
        let (database, _, snapshot) = try demo()
        defer { withExtendedLifetime(database) {} }
        var data = Data([0xEF, 0xBB, 0xBF])
        data.append(Data((Self.header + "\nAn Lão,8,,,,,,,,,,,,,,,,,,\n").utf8))
        guard case .success(let parsed) = GridCSV.parse(data: data, file: "bom.csv", snapshot: snapshot, round: .cluster) else {
            Issue.record("refused a BOM"); return
        }
        #expect(parsed.entries.count == 1)
    }

    @Test func rosterRoundTripsAndBadRowsAreReported() throws {
        let (database, store, snapshot) = try demo()
        defer { withExtendedLifetime(database) {} }
        let csv = RosterCSV.export(snapshot)
        guard case .success(let rows) = RosterCSV.parse(data: Data(csv.utf8), file: "r.csv") else { Issue.record("parse failed"); return }
        #expect(rows.map(\.unit.name) == snapshot.units.map(\.name))
        #expect(rows.first?.role == .head)
        let before = try store.verify().auditRows
        try store.importRoster(snapshot.reference, rows: rows)
        #expect(try store.verify().auditRows == before)

        let bad = "name,role,women_70,ineligible\nA,boss,1,\n,member,0,\nB,member,maybe,\nC,member,0,jail\nA,member,0,\n"
        guard case .failure(.importFailed(let found)) = RosterCSV.parse(data: Data(bad.utf8), file: "r.csv") else { Issue.record("accepted"); return }
        #expect(found.map(\.line) == [2, 3, 4, 5, 6])
        #expect(found.map(\.field) == ["role", "name", "women_70", "ineligible", "name"])
    }
}
