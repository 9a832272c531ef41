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
    /// Who grants it, as the submission is addressed: "Thủ tướng Chính phủ", "Chủ tịch {cấp trên}"
    /// (see `AwardWording`).
    public var authority: String
    /// How the recipient is worded in proposals: "Cán bộ và Nhân dân {loại} {tên}".
    public var recipient: String
    /// Where this award's conditions come from (a decree article, a decision's number and date);
    /// empty when they are this project's defaults.
    public var source: String

    public init(
        code: String, nameVietnamese: String, nameEnglish: String, shortVietnamese: String, shortEnglish: String,
        quota: Quota, minimumClassification: Classification, requiresRegistration: Bool = false, leaderOnly: Bool = false,
        authority: String = AwardWording.clusterAuthority, recipient: String = AwardWording.defaultRecipient, source: String = ""
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
        self.authority = authority
        self.recipient = recipient
        self.source = source
    }

    /// Passes to the next unit when the first does not qualify: the opposite of `leaderOnly`.
    public var passesDown: Bool { !leaderOnly }
}

extension AwardRule {
    private enum CodingKeys: String, CodingKey {
        case code, nameVietnamese, nameEnglish, shortVietnamese, shortEnglish, quota, minimumClassification
        case requiresRegistration, leaderOnly, authority, recipient, source
    }

    /// Years stored before authorities and sources were rules read with the defaults.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            code: try container.decode(String.self, forKey: .code),
            nameVietnamese: try container.decode(String.self, forKey: .nameVietnamese),
            nameEnglish: try container.decode(String.self, forKey: .nameEnglish),
            shortVietnamese: try container.decode(String.self, forKey: .shortVietnamese),
            shortEnglish: try container.decode(String.self, forKey: .shortEnglish),
            quota: try container.decode(Quota.self, forKey: .quota),
            minimumClassification: try container.decode(Classification.self, forKey: .minimumClassification),
            requiresRegistration: try container.decode(Bool.self, forKey: .requiresRegistration),
            leaderOnly: try container.decode(Bool.self, forKey: .leaderOnly)
        )
        let code = self.code
        let standard = RuleSet.standard.award(code: code)
        authority = try container.decodeIfPresent(String.self, forKey: .authority) ?? standard?.authority ?? AwardWording.clusterAuthority
        recipient = try container.decodeIfPresent(String.self, forKey: .recipient) ?? AwardWording.defaultRecipient
        source = try container.decodeIfPresent(String.self, forKey: .source) ?? ""
    }
}
