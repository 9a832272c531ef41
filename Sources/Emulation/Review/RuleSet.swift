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

    public init(
        bands: ClassificationBands, awards: [AwardRule], tieBreaks: [TieBreak], quorum: Fraction,
        passThreshold: Fraction, gapFlagPercent: Int, bonusMaximum: Points, deductionMaximum: Points
    ) {
        self.bands = bands
        self.awards = awards
        self.tieBreaks = tieBreaks
        self.quorum = quorum
        self.passThreshold = passThreshold
        self.gapFlagPercent = gapFlagPercent
        self.bonusMaximum = bonusMaximum
        self.deductionMaximum = deductionMaximum
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
                      quota: .count(1), minimumClassification: .excellent, requiresRegistration: true, leaderOnly: true),
            AwardRule(code: provincialFlag, nameVietnamese: "Cờ thi đua của UBND tỉnh/thành phố", nameEnglish: "Provincial emulation flag",
                      shortVietnamese: "Cờ tỉnh", shortEnglish: "Prov. flag",
                      quota: .count(1), minimumClassification: .excellent),
            AwardRule(code: comprehensiveMerit, nameVietnamese: "Bằng khen toàn diện", nameEnglish: "Certificate of merit (comprehensive)",
                      shortVietnamese: "BK toàn diện", shortEnglish: "Merit (compr.)",
                      quota: .count(2), minimumClassification: .good),
            AwardRule(code: specialisedMerit, nameVietnamese: "Bằng khen chuyên đề", nameEnglish: "Certificate of merit (specialised)",
                      shortVietnamese: "BK chuyên đề", shortEnglish: "Merit (spec.)",
                      quota: .unlimited, minimumClassification: .completed),
        ],
        tieBreaks: [.majorSubtotal(code: "1"), .majorSubtotal(code: "2"), .majorSubtotal(code: "3")],
        quorum: Fraction(2, 3),
        passThreshold: Fraction(1, 2),
        gapFlagPercent: 20,
        bonusMaximum: Points(5),
        deductionMaximum: Points(10)
    )
}
