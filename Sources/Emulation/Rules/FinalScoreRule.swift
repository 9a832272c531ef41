/// Which score of an item counts when both rounds have one.
public enum FinalScoreRule: String, CaseIterable, Hashable, Sendable, Codable {
    /// The cluster's score where entered, else the unit's own: common practice, not a regulation.
    case clusterElseSelf
    /// The higher of the two, as another scoring system does.
    case higherOfTwo

    /// The score that counts, or nil when neither round has one.
    public func final(selfScore: Points?, clusterScore: Points?) -> Points? {
        switch self {
        case .clusterElseSelf:
            return clusterScore ?? selfScore
        case .higherOfTwo:
            guard let selfScore else { return clusterScore }
            guard let clusterScore else { return selfScore }
            return max(selfScore, clusterScore)
        }
    }
}
