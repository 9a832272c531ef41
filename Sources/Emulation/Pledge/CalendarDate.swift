/// A day in the calendar, with no time zone: the date of a signature or a meeting.
/// The domain has no clock; "today" comes from the caller.
public struct CalendarDate: Hashable, Comparable, Sendable, Codable {
    public var year: Int
    public var month: Int
    public var day: Int

    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= Self.daysIn(month: month, year: year) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses ISO "2020-02-07" or Vietnamese "07/02/2020".
    public init?(parsing text: String) {
        let trimmed = text.trimmingSpaces()
        let iso = trimmed.split(separator: "-", omittingEmptySubsequences: false)
        let local = trimmed.split(separator: "/", omittingEmptySubsequences: false)
        let parts: [Substring]
        if iso.count == 3 { parts = [iso[0], iso[1], iso[2]] } else if local.count == 3 { parts = [local[2], local[1], local[0]] } else { return nil }
        guard parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]), parts[0].count == 4 else { return nil }
        self.init(year: year, month: month, day: day)
    }

    public var iso: String { String(format4(year)) + "-" + two(month) + "-" + two(day) }
    /// dd/mm/yyyy, as Vietnamese documents write dates.
    public var vietnamese: String { two(day) + "/" + two(month) + "/" + format4(year) }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    private func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
    private func format4(_ value: Int) -> String { String(repeating: "0", count: max(0, 4 - String(value).count)) + String(value) }
}
