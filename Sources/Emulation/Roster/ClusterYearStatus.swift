/// Where a cluster-year stands in its yearly cycle; only forward by one step, except that
/// an admin may reopen a closed year.
public enum ClusterYearStatus: String, CaseIterable, Sendable, Codable, Comparable {
    case pledge
    case scoring
    case review
    case closed

    public var next: ClusterYearStatus? {
        switch self {
        case .pledge: return .scoring
        case .scoring: return .review
        case .review: return .closed
        case .closed: return nil
        }
    }

    public var isReadOnly: Bool { self == .closed }

    private var order: Int {
        switch self {
        case .pledge: return 0
        case .scoring: return 1
        case .review: return 2
        case .closed: return 3
        }
    }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.order < rhs.order }
}
