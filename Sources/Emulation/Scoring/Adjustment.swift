/// Bonus points (điểm thưởng) or a deduction (điểm trừ), always with a written reason.
public struct Adjustment: Hashable, Sendable {
    public enum Kind: String, CaseIterable, Sendable, Codable {
        case bonus
        case deduction
    }

    /// A non-negative amount; a deduction is subtracted.
    public var points: Points
    public var reason: String

    public init(points: Points, reason: String) {
        self.points = points
        self.reason = reason
    }
}
