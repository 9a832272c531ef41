import Emulation
import Foundation

/// A number as a workbook stores it ("9.5", "8.3000000000000007", "1E-3"), read as points.
/// Excel keeps binary doubles, so 8.3 may be written with 17 digits: a value within a
/// millionth of a point of two decimals is those two decimals; anything finer has too many.
enum StoredNumber {
    static func points(_ literal: String) -> Result<Points, DecimalText.ParseError> {
        guard let value = Double(literal), value.isFinite else { return .failure(.malformed(literal)) }
        if value < 0 { return .failure(.negative(literal)) }
        let hundredths = (value * 100).rounded()
        guard abs(value * 100 - hundredths) < 1e-6 else { return .failure(.tooManyDecimals(literal)) }
        guard hundredths < Double(Int32.max) else { return .failure(.malformed(literal)) }
        return .success(Points(hundredths: Int(hundredths)))
    }

    /// "45292" (days since 30 December 1899, as Excel counts) → "2024-01-01"; an ISO date as it is.
    static func dateText(_ literal: String) -> String {
        guard let serial = Double(literal), serial.isFinite, serial >= 0, serial < 2_958_466 else { return literal }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let origin = calendar.date(from: DateComponents(year: 1899, month: 12, day: 30))!
        guard let date = calendar.date(byAdding: .day, value: Int(serial.rounded(.down)), to: origin) else { return literal }
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
    }
}
