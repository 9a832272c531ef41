/// A ratio such as 2/3 (the quorum) or 1/2 (the pass threshold), compared without rounding.
public struct Fraction: Hashable, Sendable, Codable {
    public var numerator: Int
    public var denominator: Int

    public init(_ numerator: Int, _ denominator: Int) {
        precondition(denominator > 0, "a fraction needs a positive denominator")
        self.numerator = numerator
        self.denominator = denominator
    }

    /// Whether part/whole >= this fraction.
    public func isReached(part: Int, of whole: Int) -> Bool {
        part * denominator >= numerator * whole
    }

    /// Whether part/whole > this fraction.
    public func isExceeded(part: Int, of whole: Int) -> Bool {
        part * denominator > numerator * whole
    }
}
