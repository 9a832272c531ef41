import Emulation
import Foundation

/// Today's date on this machine's calendar (the domain has no clock).
enum Today {
    static func date() -> CalendarDateValue {
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        return (parts.year ?? 2000, parts.month ?? 1, parts.day ?? 1)
    }

    /// Today as a calendar date (the fallback never happens: the calendar gives valid dates).
    static func calendarDate() -> CalendarDate {
        let now = date()
        return CalendarDate(year: now.year, month: now.month, day: now.day) ?? CalendarDate(year: 2000, month: 1, day: 1)!
    }

    typealias CalendarDateValue = (year: Int, month: Int, day: Int)
}
