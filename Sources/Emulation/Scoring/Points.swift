/// An exact amount of points, kept as integer hundredths so that sums never drift
/// the way binary floating point does (92,58 stays 9258 hundredths).
public struct Points: Hashable, Comparable, Sendable {
    public var hundredths: Int

    public init(hundredths: Int) {
        self.hundredths = hundredths
    }

    public init(_ whole: Int) {
        self.hundredths = whole * 100
    }

    public static let zero = Points(hundredths: 0)

    public static func < (lhs: Points, rhs: Points) -> Bool { lhs.hundredths < rhs.hundredths }
    public static func + (lhs: Points, rhs: Points) -> Points { Points(hundredths: lhs.hundredths + rhs.hundredths) }
    public static func - (lhs: Points, rhs: Points) -> Points { Points(hundredths: lhs.hundredths - rhs.hundredths) }
    public static func += (lhs: inout Points, rhs: Points) { lhs.hundredths += rhs.hundredths }

    public var magnitude: Points { Points(hundredths: abs(hundredths)) }
}

extension Sequence where Element == Points {
    public func sum() -> Points { reduce(.zero, +) }
}

extension Points: Codable {
    /// Encoded as its integer hundredths, so stored rule sets stay exact.
    public init(from decoder: any Decoder) throws {
        hundredths = try decoder.singleValueContainer().decode(Int.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(hundredths)
    }
}
