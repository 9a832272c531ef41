/// A time of day with no date nor zone: when the review meeting started and ended.
public struct ClockTime: Hashable, Comparable, Sendable {
    public var hour: Int
    public var minute: Int

    public init?(hour: Int, minute: Int) {
        guard (0...23).contains(hour), (0...59).contains(minute) else { return nil }
        self.hour = hour
        self.minute = minute
    }

    /// "14:00", "14h00", "14h" or "14 giờ 30", as clerks write it.
    public init?(parsing text: String) {
        let normal = text.lowercased().replacing("giờ", with: "h").filter { $0 != " " }
        guard let separator = normal.first(where: { $0 == ":" || $0 == "h" }) else { return nil }
        let parts = normal.split(separator: separator, maxSplits: 1, omittingEmptySubsequences: false)
        let digits = { (part: Substring) in part.allSatisfy { $0.isASCII && $0.isNumber } }
        guard parts.count == 2, (1...2).contains(parts[0].count), digits(parts[0]), digits(parts[1]),
              parts[1].count == 2 || (parts[1].isEmpty && separator == "h"),
              let hour = Int(parts[0]) else { return nil }
        self.init(hour: hour, minute: Int(parts[1]) ?? 0)
    }

    /// "14:05": how it is stored and typed.
    public var text: String { two(hour) + ":" + two(minute) }
    /// "14 giờ 05", as Vietnamese minutes write it.
    public var vietnamese: String { two(hour) + " giờ " + two(minute) }

    public static func < (lhs: Self, rhs: Self) -> Bool { (lhs.hour, lhs.minute) < (rhs.hour, rhs.minute) }

    private func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}
