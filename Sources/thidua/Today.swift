import Foundation

/// Today's date on this machine's calendar (the domain has no clock).
enum Today {
    static func date() -> CalendarDateValue {
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        return (parts.year ?? 2000, parts.month ?? 1, parts.day ?? 1)
    }

    typealias CalendarDateValue = (year: Int, month: Int, day: Int)
}
