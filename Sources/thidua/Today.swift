import Emulation
import Foundation

/// Today's date on this machine's calendar (the domain has no clock).
enum Today {
    /// The fallback never happens: the calendar gives valid dates.
    static func calendarDate() -> CalendarDate {
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        return CalendarDate(year: parts.year ?? 2000, month: parts.month ?? 1, day: parts.day ?? 1) ?? CalendarDate(year: 2000, month: 1, day: 1)!
    }
}
