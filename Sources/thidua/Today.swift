import Emulation
import Foundation

/// Today's date on this machine's calendar (the domain has no clock).
enum Today {
    /// The day `date` (now, by default) falls on here. The fallback never happens: the calendar gives valid dates.
    static func calendarDate(of date: Date = Date()) -> CalendarDate {
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: date)
        return CalendarDate(year: parts.year ?? 2000, month: parts.month ?? 1, day: parts.day ?? 1) ?? CalendarDate(year: 2000, month: 1, day: 1)!
    }
}
