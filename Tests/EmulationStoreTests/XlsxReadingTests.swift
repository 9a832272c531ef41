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
