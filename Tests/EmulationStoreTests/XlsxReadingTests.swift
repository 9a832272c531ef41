import Emulation
import Foundation
import Testing
@testable import EmulationStore

/// How a workbook's stored values read: numbers as Excel keeps them (binary doubles written
/// with up to 17 digits), dates known by their cell's number format.
@Suite struct XlsxReadingTests {
    @Test(arguments: [("9.5", 950), ("8.3000000000000007", 830), ("7.2999999999999998", 730), ("1E1", 1000), ("0", 0), ("10", 1000)])
    func aStoredNumberIsItsPoints(literal: String, hundredths: Int) {
        #expect(StoredNumber.points(literal) == .success(Points(hundredths: hundredths)))
    }

    @Test func aNumberFinerThanHundredthsNegativeOrNotANumberIsRefused() {
        #expect(StoredNumber.points("9.125") == .failure(.tooManyDecimals("9.125")))
        #expect(StoredNumber.points("1E-3") == .failure(.tooManyDecimals("1E-3")))
        #expect(StoredNumber.points("-1") == .failure(.negative("-1")))
        #expect(StoredNumber.points("NaN") == .failure(.malformed("NaN")))
        #expect(StoredNumber.points("inf") == .failure(.malformed("inf")))
    }

    @Test func aDateFormatIsKnownByItsCodeOutsideQuotesAndBrackets() {
        for code in ["yyyy-mm-dd", "d/m/yyyy", "dd/mm/yyyy hh:mm", "[$-42A]dd mmmm yyyy", "h:mm AM/PM", "mmm-yy"] {
            #expect(WorkbookParts.isDateCode(code), "\(code)")
        }
        for code in ["General", "0.00", "#,##0", "0.00\" điểm\"", "[Red]0.00", "0.00E+00", "\\d0"] {
            #expect(!WorkbookParts.isDateCode(code), "\(code)")
        }
    }

    @Test func aDateSerialReadsAsTheDayExcelShows() {
        #expect(StoredNumber.dateText("45352") == "2024-03-01")
        #expect(StoredNumber.dateText("45352.75") == "2024-03-01")
        #expect(StoredNumber.dateText("2024-03-01T00:00:00") == "2024-03-01T00:00:00")
    }

    @Test func aCellReferenceNamesItsColumn() {
        #expect(SheetParser.column("A1") == 0)
        #expect(SheetParser.column("C7") == 2)
        #expect(SheetParser.column("Z4") == 25)
        #expect(SheetParser.column("AA10") == 26)
        #expect(SheetParser.column("7") == nil)
    }
}

extension XlsxReadingTests {
    /// An .xls (Excel 97–2003) is not read as broken UTF-8 text: the clerk is told to save it as .xlsx.
    @Test func anOldExcelFileIsNamedAsSuch() {
        let xls = Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + Array(repeating: 0, count: 504))
        guard case .failure(.importFailed(let issues)) = RosterCSV.parse(data: xls, file: "danh-sach.xls") else {
            Issue.record("an .xls was read"); return
        }
        #expect(issues.map(\.problem) == [.oldExcelWorkbook])
    }

    /// A file that starts as a ZIP but holds no workbook is named as an unreadable workbook.
    @Test func aZipWithoutAWorkbookIsUnreadable() {
        let zip = Data([0x50, 0x4B, 0x03, 0x04] + Array(repeating: 0, count: 60))
        guard case .failure(.importFailed(let issues)) = RosterCSV.parse(data: zip, file: "r.xlsx") else { Issue.record("read"); return }
        guard case .unreadableWorkbook = issues.first?.problem else { Issue.record("\(issues)"); return }
    }
}
