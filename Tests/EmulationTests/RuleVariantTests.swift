import Testing
@testable import Emulation

/// One table row per editable rule: the same scores reviewed under two values of the rule give
/// the two outcomes the rule promises. A rule the review ignored would give the same outcome
/// twice and fail its row.
@Suite struct RuleVariantTests {
    /// A rule, two of its values, and what the review must say under each.
    struct Variant: Sendable, CustomTestStringConvertible {
        var name: String
        var first: @Sendable (inout RuleSet) -> Void
        var second: @Sendable (inout RuleSet) -> Void
        /// What is observed of the review, as text, so the two outcomes compare plainly.
        var observe: @Sendable (RuleSet) -> String
        var expectedFirst: String
        var expectedSecond: String

        var testDescription: String { name }
    }

    static let gov = RuleSet.governmentFlag
    static let city = RuleSet.provincialFlag
    static let comprehensive = RuleSet.comprehensiveMerit

    /// Ten excellent units, 99 down to 90 points, none registered for the Government flag.
    static func tenExcellent(_ rules: RuleSet, registered: Set<MemberUnit.ID> = []) -> Review {
        Fixture.review((1...10).map { id in (Fixture.unit(id, "Đơn vị \(id)"), [5000, 3000, 2000 - 100 * Int(id - 1)]) },
                       rules: rules, registered: registered)
    }

    static func awards(_ review: Review) -> String {
        review.ranking.entries.map { review.award(of: $0.unit.id) ?? "-" }.joined(separator: " ")
    }

    static func vote(_ rules: RuleSet, members: Int, present: Int, votesFor: Int) -> String {
        "\(VoteTally(unitID: 1, award: city, present: present, votesFor: votesFor, votesAgainst: present - votesFor).result(rules: rules, memberCount: members))"
    }

    static let variants: [Variant] = [
        Variant(name: "quota: a count vs a share of the members",
                first: { $0.awards[1].quota = .count(1) },
                second: { $0.awards[1].quota = .percentOfMembers(30) },
                observe: { awards(tenExcellent($0)) },
                expectedFirst: "co-tinh bk-toan-dien bk-toan-dien bk-chuyen-de bk-chuyen-de bk-chuyen-de bk-chuyen-de bk-chuyen-de bk-chuyen-de bk-chuyen-de",
                expectedSecond: "co-tinh co-tinh co-tinh bk-toan-dien bk-toan-dien bk-chuyen-de bk-chuyen-de bk-chuyen-de bk-chuyen-de bk-chuyen-de"),
        Variant(name: "vote base: members present vs all members",
                first: { $0.voteBase = .present },
                second: { $0.voteBase = .allMembers },
                observe: { vote($0, members: 9, present: 6, votesFor: 4) },
                expectedFirst: "passed", expectedSecond: "rejected"),
        Variant(name: "quorum: 2/3 vs 1/2",
                first: { $0.quorum = Fraction(2, 3) },
                second: { $0.quorum = Fraction(1, 2) },
                observe: { vote($0, members: 10, present: 5, votesFor: 5) },
                expectedFirst: "noQuorum", expectedSecond: "passed"),
        Variant(name: "pass threshold: above 1/2 vs above 2/3",
                first: { $0.passThreshold = Fraction(1, 2) },
                second: { $0.passThreshold = Fraction(2, 3) },
                observe: { vote($0, members: 9, present: 9, votesFor: 6) },
                expectedFirst: "passed", expectedSecond: "rejected"),
        Variant(name: "final score: cluster else self vs the higher of the two",
                first: { $0.finalScore = .clusterElseSelf },
                second: { $0.finalScore = .higherOfTwo },
                observe: { rules in
                    // The cluster gave items 1.1–1.7 10, 8, 7, 7, 6, 2 and 0 (40 of 50).
                    var scores = Fixture.scores(subtotals: [4000, 3000, 2000])
                    scores.set(Points(9), item: "1.1", round: .selfAssessment) // lower than the cluster's: the cluster's stays
                    scores.set(Points(6), item: "1.6", round: .selfAssessment)
                    scores.set(Points(6), item: "1.7", round: .selfAssessment)
                    let review = Review(units: [Fixture.unit(1, "An")], scores: [1: scores], tree: Fixture.tree, rules: rules, registrations: [:])
                    return DecimalText.format(review.ranking.entries[0].result.total)
                },
                expectedFirst: "90,00", expectedSecond: "100,00"),
        Variant(name: "ineligible units: not proposed vs deferred",
                first: { $0.eligibility.treatment = .notProposed },
                second: { $0.eligibility.treatment = .deferred },
                observe: { rules in
                    let unit = Fixture.unit(1, "An", eligibility: .ineligible(.inspection, note: "KL 05"))
                    let review = Fixture.review([(unit, [5000, 3000, 2000])], rules: rules, registered: [1])
                    return review.proposal(unitID: 1)!.reasons.compactMap { reason -> String? in
                        switch reason {
                        case .ineligible: return "not proposed"
                        case .deferred: return "deferred"
                        default: return nil
                        }
                    }.joined() + " " + (review.award(of: 1) ?? "-")
                },
                expectedFirst: "not proposed -", expectedSecond: "deferred -"),
        Variant(name: "eligibility causes: a complaint bars a proposal or not",
                first: { $0.eligibility.causes = Eligibility.Cause.allCases },
                second: { $0.eligibility.causes = [.discipline, .investigation, .inspection] },
                observe: { rules in
                    let unit = Fixture.unit(1, "An", eligibility: .ineligible(.complaint, note: ""))
                    return Fixture.review([(unit, [5000, 3000, 2000])], rules: rules, registered: [1]).award(of: 1) ?? "-"
                },
                expectedFirst: "-", expectedSecond: gov),
        Variant(name: "Government flag: only the leader vs passes down",
                first: { $0.awards[0].leaderOnly = true },
                second: { $0.awards[0].leaderOnly = false },
                observe: { awards(tenExcellent($0, registered: [2])) },
                expectedFirst: "co-tinh bk-toan-dien bk-toan-dien bk-chuyen-de bk-chuyen-de bk-chuyen-de bk-chuyen-de bk-chuyen-de bk-chuyen-de bk-chuyen-de",
                expectedSecond: "co-tinh co-cp bk-toan-dien bk-toan-dien bk-chuyen-de bk-chuyen-de bk-chuyen-de bk-chuyen-de bk-chuyen-de bk-chuyen-de"),
        Variant(name: "registration: required vs not",
                first: { $0.awards[0].requiresRegistration = true },
                second: { $0.awards[0].requiresRegistration = false },
                observe: { tenExcellent($0).award(of: 1) ?? "-" },
                expectedFirst: city, expectedSecond: gov),
        Variant(name: "an award's band: excellent vs good",
                first: { $0.awards[1].minimumClassification = .excellent },
                second: { $0.awards[1].minimumClassification = .good },
                observe: { rules in
                    Fixture.review([(Fixture.unit(1, "An"), [4500, 2500, 1500])], rules: rules).award(of: 1) ?? "-"
                },
                expectedFirst: comprehensive, expectedSecond: city),
        Variant(name: "band threshold: excellent from 90 vs from 85",
                first: { $0.bands.excellent = Points(90) },
                second: { $0.bands.excellent = Points(85) },
                observe: { rules in
                    "\(Fixture.review([(Fixture.unit(1, "An"), [4500, 2500, 1800])], rules: rules).ranking.entries[0].result.classification)"
                },
                expectedFirst: "good", expectedSecond: "excellent"),
        Variant(name: "tie-breaks: criterion subtotals vs the women ≥ 70 % preference first",
                first: { $0.tieBreaks = [.majorSubtotal(code: "1")] },
                second: { $0.tieBreaks = [.womenMajority, .majorSubtotal(code: "1")] },
                observe: { rules in
                    let review = Fixture.review([(Fixture.unit(1, "An"), [5000, 2000, 2000]), (Fixture.unit(2, "Bình", women: true), [4000, 3000, 2000])],
                                                rules: rules)
                    return review.ranking.entries.map(\.unit.name).joined(separator: " ")
                },
                expectedFirst: "An Bình", expectedSecond: "Bình An"),
        Variant(name: "gap flag: 20 % vs 40 % of the item's maximum",
                first: { $0.gapFlagPercent = 20 },
                second: { $0.gapFlagPercent = 40 },
                observe: { rules in
                    var scores = UnitScores()
                    scores.set(Points(10), item: "1.1", round: .selfAssessment)
                    scores.set(Points(7), item: "1.1", round: .cluster)
                    return "\(scores.hasGap(item: Fixture.tree.item(code: "1.1")!, rules: rules))"
                },
                expectedFirst: "true", expectedSecond: "false"),
        Variant(name: "bonus cap: 5 vs 3",
                first: { $0.bonusMaximum = Points(5) },
                second: { $0.bonusMaximum = Points(3) },
                observe: { "\($0.validate(Adjustment(points: Points(4), reason: "mô hình mới"), kind: .bonus) == nil)" },
                expectedFirst: "true", expectedSecond: "false"),
    ]

    @Test(arguments: variants)
    func theSameScoresGiveEachValueItsOutcome(_ variant: Variant) {
        var first = RuleSet.standard
        variant.first(&first)
        var second = RuleSet.standard
        variant.second(&second)
        #expect(variant.observe(first) == variant.expectedFirst)
        #expect(variant.observe(second) == variant.expectedSecond)
    }

    // MARK: Checks before a rule set is saved

    struct Broken: Sendable, CustomTestStringConvertible {
        var apply: @Sendable (inout RuleSet) -> Void
        var expected: RuleProblem
        var testDescription: String { "\(expected)" }
    }

    static let broken: [Broken] = [
        Broken(apply: { $0.bands.excellent = Points(106) }, expected: .bandAboveMaximum(.excellent, threshold: Points(106), maximum: Points(105))),
        Broken(apply: { $0.bands.good = Points(95) }, expected: .bandsOutOfOrder),
        Broken(apply: { $0.awards[1].quota = .count(-1) }, expected: .negativeQuota(code: RuleSet.provincialFlag)),
        Broken(apply: { $0.awards[1].quota = .percentOfMembers(150) }, expected: .shareAboveAllMembers(code: RuleSet.provincialFlag, percent: 150)),
        Broken(apply: { $0.awards[2].minimumClassification = .notCompleted }, expected: .awardWithoutBand(code: RuleSet.comprehensiveMerit)),
        Broken(apply: { $0.awards[3].code = RuleSet.governmentFlag }, expected: .duplicateAwardCode(RuleSet.governmentFlag)),
        Broken(apply: { $0.tieBreaks.append(.majorSubtotal(code: "4")) }, expected: .unknownTieBreakCriterion("4")),
        Broken(apply: { $0.quorum = Fraction(0, 3) }, expected: .quorumOutOfRange(Fraction(0, 3))),
        Broken(apply: { $0.passThreshold = Fraction(1, 1) }, expected: .thresholdOutOfRange(Fraction(1, 1))),
        Broken(apply: { $0.gapFlagPercent = 0 }, expected: .gapPercentOutOfRange(0)),
        Broken(apply: { $0.deductionMaximum = Points(hundredths: -1) }, expected: .negativeCap(.deduction)),
    ]

    @Test(arguments: broken)
    func eachBrokenRuleIsNamed(_ broken: Broken) {
        var rules = RuleSet.standard
        broken.apply(&rules)
        #expect(rules.problems(tree: Fixture.tree) == [broken.expected])
    }

    @Test func theDefaultRulesHaveNoProblem() {
        #expect(RuleSet.standard.problems(tree: Fixture.tree).isEmpty)
    }

    @Test func wordingFillsTheClusterAuthorityAndTheUnit() {
        let cluster = Cluster(code: "HP-KH", name: "Cụm thi đua Khối huyện", kind: .cluster, authority: "UBND thành phố Hải Phòng")
        let merit = RuleSet.standard.award(code: RuleSet.comprehensiveMerit)!
        #expect(AwardWording.authority(merit.authority, cluster: cluster) == "Chủ tịch UBND thành phố Hải Phòng")
        #expect(AwardWording.recipient(merit.recipient, unit: MemberUnit(id: 1, name: "Vĩnh Bảo", kind: "huyện"))
            == "Cán bộ và Nhân dân huyện Vĩnh Bảo")
        #expect(AwardWording.recipient(merit.recipient, unit: MemberUnit(id: 2, name: "Sở Tư pháp")) == "Cán bộ và Nhân dân Sở Tư pháp")
    }
}
