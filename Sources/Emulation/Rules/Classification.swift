/// The classification bands (xếp loại), best first.
public enum Classification: String, CaseIterable, Sendable, Codable, Comparable {
    /// Hoàn thành xuất sắc nhiệm vụ
    case excellent
    /// Hoàn thành tốt nhiệm vụ
    case good
    /// Hoàn thành nhiệm vụ
    case completed
    /// Không hoàn thành nhiệm vụ
    case notCompleted

    private var order: Int {
        switch self {
        case .excellent: return 3
        case .good: return 2
        case .completed: return 1
        case .notCompleted: return 0
        }
    }

    /// `a < b` when a is the lower band.
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.order < rhs.order }
}

/// The lowest total of each band above "not completed".
public struct ClassificationBands: Hashable, Sendable, Codable {
    public var excellent: Points
    public var good: Points
    public var completed: Points

    public init(excellent: Points, good: Points, completed: Points) {
        self.excellent = excellent
        self.good = good
        self.completed = completed
    }

    public func classify(_ total: Points) -> Classification {
        if total >= excellent { return .excellent }
        if total >= good { return .good }
        if total >= completed { return .completed }
        return .notCompleted
    }
}
