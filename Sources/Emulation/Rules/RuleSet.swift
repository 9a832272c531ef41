/// Every rule of a cluster-year as data: copied forward each year and editable, because the
/// legal texts change often. `RuleSet.standard` is DOMAIN.md's default.
public struct RuleSet: Hashable, Sendable, Codable {
    public var bands: ClassificationBands
    /// Highest award first; a unit gets at most one, the highest it qualifies for.
    public var awards: [AwardRule]
    public var tieBreaks: [TieBreak]
    /// Share of the members that must be present for a vote to count.
    public var quorum: Fraction
    /// A proposal passes when votes for / present is above this.
    public var passThreshold: Fraction
    /// A self/cluster gap of at least this percent of the item's maximum is flagged.
    public var gapFlagPercent: Int
    public var bonusMaximum: Points
    public var deductionMaximum: Points
    /// Which score of an item counts when both rounds have one.
    public var finalScore: FinalScoreRule
    public var eligibility: EligibilityRule
    /// What the pass threshold is measured against.
    public var voteBase: VoteBase
    /// Where a group of rules comes from (a decree article, the province's decision number and
    /// date); a group without one is this project's default, and is shown as such.
    public var sources: [RuleGroup: String]

    public init(
        bands: ClassificationBands, awards: [AwardRule], tieBreaks: [TieBreak], quorum: Fraction,
        passThreshold: Fraction, gapFlagPercent: Int, bonusMaximum: Points, deductionMaximum: Points,
        finalScore: FinalScoreRule = .clusterElseSelf, eligibility: EligibilityRule = EligibilityRule(),
        voteBase: VoteBase = .present, sources: [RuleGroup: String] = [:]
    ) {
        self.bands = bands
        self.awards = awards
        self.tieBreaks = tieBreaks
        self.quorum = quorum
        self.passThreshold = passThreshold
        self.gapFlagPercent = gapFlagPercent
        self.bonusMaximum = bonusMaximum
        self.deductionMaximum = deductionMaximum
        self.finalScore = finalScore
        self.eligibility = eligibility
        self.voteBase = voteBase
        self.sources = sources
    }

    /// The source of a group, or nil when it is this project's default.
    public func source(of group: RuleGroup) -> String? {
        guard let text = sources[group], !text.isEmpty else { return nil }
        return text
    }

    public func award(code: String) -> AwardRule? { awards.first { $0.code == code } }

    public static let governmentFlag = "co-cp"
    public static let provincialFlag = "co-tinh"
    public static let comprehensiveMerit = "bk-toan-dien"
    public static let specialisedMerit = "bk-chuyen-de"

    public static let standard = RuleSet(
        bands: ClassificationBands(excellent: Points(90), good: Points(75), completed: Points(50)),
        awards: [
            AwardRule(code: governmentFlag, nameVietnamese: "Cờ thi đua của Chính phủ", nameEnglish: "Government emulation flag",
                      shortVietnamese: "Cờ CP", shortEnglish: "Gov. flag",
                      quota: .count(1), minimumClassification: .excellent, requiresRegistration: true, leaderOnly: true,
                      authority: "Thủ tướng Chính phủ"),
            AwardRule(code: provincialFlag, nameVietnamese: "Cờ thi đua của UBND tỉnh/thành phố", nameEnglish: "Provincial emulation flag",
                      shortVietnamese: "Cờ tỉnh", shortEnglish: "Prov. flag",
                      quota: .count(1), minimumClassification: .excellent, authority: AwardWording.clusterAuthority),
            AwardRule(code: comprehensiveMerit, nameVietnamese: "Bằng khen toàn diện", nameEnglish: "Certificate of merit (comprehensive)",
                      shortVietnamese: "BK toàn diện", shortEnglish: "Merit (compr.)",
                      quota: .count(2), minimumClassification: .good, authority: "Chủ tịch " + AwardWording.clusterAuthority),
            AwardRule(code: specialisedMerit, nameVietnamese: "Bằng khen chuyên đề", nameEnglish: "Certificate of merit (specialised)",
                      shortVietnamese: "BK chuyên đề", shortEnglish: "Merit (spec.)",
                      quota: .unlimited, minimumClassification: .completed, authority: "Chủ tịch " + AwardWording.clusterAuthority),
        ],
        tieBreaks: [.majorSubtotal(code: "1"), .majorSubtotal(code: "2"), .majorSubtotal(code: "3")],
        quorum: Fraction(2, 3),
        passThreshold: Fraction(1, 2),
        gapFlagPercent: 20,
        bonusMaximum: Points(5),
        deductionMaximum: Points(10),
        finalScore: .clusterElseSelf,
        eligibility: EligibilityRule(causes: Eligibility.Cause.allCases, treatment: .notProposed),
        voteBase: .present,
        sources: [.eligibility: "Nghị định 152/2025/NĐ-CP, Điều 4"]
    )
}

extension RuleSet {
    private enum CodingKeys: String, CodingKey {
        case bands, awards, tieBreaks, quorum, passThreshold, gapFlagPercent, bonusMaximum, deductionMaximum
        case finalScore, eligibility, voteBase, sources
    }

    /// Years stored before these rules existed read with what they did then: the default's
    /// final score, causes and vote base, and no sources.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            bands: try container.decode(ClassificationBands.self, forKey: .bands),
            awards: try container.decode([AwardRule].self, forKey: .awards),
            tieBreaks: try container.decode([TieBreak].self, forKey: .tieBreaks),
            quorum: try container.decode(Fraction.self, forKey: .quorum),
            passThreshold: try container.decode(Fraction.self, forKey: .passThreshold),
            gapFlagPercent: try container.decode(Int.self, forKey: .gapFlagPercent),
            bonusMaximum: try container.decode(Points.self, forKey: .bonusMaximum),
            deductionMaximum: try container.decode(Points.self, forKey: .deductionMaximum),
            finalScore: try container.decodeIfPresent(FinalScoreRule.self, forKey: .finalScore) ?? .clusterElseSelf,
            eligibility: try container.decodeIfPresent(EligibilityRule.self, forKey: .eligibility) ?? EligibilityRule(),
            voteBase: try container.decodeIfPresent(VoteBase.self, forKey: .voteBase) ?? .present,
            sources: try container.decodeIfPresent([RuleGroup: String].self, forKey: .sources) ?? [:]
        )
    }
}
