/// How many of an award a cluster may propose.
public enum Quota: Hashable, Sendable, Codable {
    case unlimited
    case count(Int)
    /// A share of the cluster's member count, in percent: rounded down, but at least 1
    /// when the share is above 0.
    case percentOfMembers(Int)

    /// The number of places for a cluster of `memberCount` units; nil when unlimited.
    public func places(memberCount: Int) -> Int? {
        switch self {
        case .unlimited: return nil
        case .count(let count): return max(0, count)
        case .percentOfMembers(let percent):
            if percent <= 0 { return 0 }
            return max(1, memberCount * percent / 100)
        }
    }
}

/// One award the cluster may propose, with its conditions; the rule set lists them highest first.
public struct AwardRule: Hashable, Sendable, Codable {
    /// A stable code: "co-cp", "co-tinh", "bk-toan-dien", "bk-chuyen-de" by default.
    public var code: String
    public var nameVietnamese: String
    public var nameEnglish: String
    public var shortVietnamese: String
    public var shortEnglish: String
    public var quota: Quota
    public var minimumClassification: Classification
    /// The unit must have registered for it in the pledge (đăng ký danh hiệu).
    public var requiresRegistration: Bool
    /// Only the first eligible unit of the ranking may receive it (the Government flag);
    /// it never passes down to the next one.
    public var leaderOnly: Bool

    public init(
        code: String, nameVietnamese: String, nameEnglish: String, shortVietnamese: String, shortEnglish: String,
        quota: Quota, minimumClassification: Classification, requiresRegistration: Bool = false, leaderOnly: Bool = false
    ) {
        self.code = code
        self.nameVietnamese = nameVietnamese
        self.nameEnglish = nameEnglish
        self.shortVietnamese = shortVietnamese
        self.shortEnglish = shortEnglish
        self.quota = quota
        self.minimumClassification = minimumClassification
        self.requiresRegistration = requiresRegistration
        self.leaderOnly = leaderOnly
    }
}
