import Testing
@testable import Emulation

@Suite struct AwardTests {
    static let hp: [(unit: MemberUnit, subtotals: [Int])] = [
        (Fixture.unit(1, "Vĩnh Bảo"), [4850, 2900, 1900]),
        (Fixture.unit(2, "Thủy Nguyên"), [4700, 2800, 1800]),
        (Fixture.unit(3, "An Lão"), [4500, 2600, 1700]),
        (Fixture.unit(4, "Kiến Thụy"), [4400, 2500, 1700]),
        (Fixture.unit(5, "Tiên Lãng"), [4200, 2400, 1600]),
        (Fixture.unit(6, "An Dương"), [4000, 2300, 1600]),
        (Fixture.unit(7, "Cát Hải"), [3900, 2200, 1500]),
        (Fixture.unit(8, "Bạch Long Vĩ"), [3600, 2100, 1400]),
    ]

    @Test func haiPhongPatternOneGovernmentFlagOneCityFlagTwoComprehensiveFourSpecialised() {
        let review = Fixture.review(Self.hp, registered: [1, 2])
        #expect((1...8).map { review.award(of: $0) } == [
            RuleSet.governmentFlag, RuleSet.provincialFlag, RuleSet.comprehensiveMerit, RuleSet.comprehensiveMerit,
            RuleSet.specialisedMerit, RuleSet.specialisedMerit, RuleSet.specialisedMerit, RuleSet.specialisedMerit,
        ])
        let first = review.proposal(unitID: 1)!
        #expect(first.reasons.contains(.rank(1, of: 8)))
        #expect(first.reasons.contains(.total(Points(hundredths: 9650))))
        #expect(first.reasons.contains(.classification(.excellent)))
        #expect(first.reasons.contains(.registered(award: RuleSet.governmentFlag)))
    }

    @Test func leaderNotRegisteredMeansNoGovernmentFlagAtAll() {
        // Thủy Nguyên registered, but only the leader may receive the flag: it never passes down.
        let review = Fixture.review(Self.hp, registered: [2])
        #expect(review.proposals.allSatisfy { $0.award != RuleSet.governmentFlag })
        #expect(review.award(of: 1) == RuleSet.provincialFlag)
        #expect(review.proposal(unitID: 1)!.reasons.contains(.notRegistered(award: RuleSet.governmentFlag)))
        #expect(review.award(of: 2) == RuleSet.comprehensiveMerit)
    }

    @Test func leaderBelowExcellentGetsNoGovernmentFlag() {
        let review = Fixture.review([
            (Fixture.unit(1, "A"), [4500, 2500, 1500]), (Fixture.unit(2, "B"), [4000, 2500, 1500]),
        ], registered: [1, 2])
        #expect(review.award(of: 1) == RuleSet.comprehensiveMerit)
        #expect(review.proposal(unitID: 1)!.reasons.contains(.belowClassification(award: RuleSet.governmentFlag, required: .excellent)))
    }

    @Test func ineligibleUnitAtRankOneIsRankedButProposedForNothing() {
        var rows = Self.hp
        rows[0].unit.eligibility = .ineligible(.investigation, note: "Thanh tra tỉnh đang xác minh")
        let review = Fixture.review(rows, registered: [1, 2])
        #expect(review.rank(of: 1) == 1)
        #expect(review.award(of: 1) == nil)
        #expect(review.proposal(unitID: 1)!.reasons.contains(.ineligible(.investigation, note: "Thanh tra tỉnh đang xác minh")))
        // The first eligible unit is now the leader, and it registered.
        #expect(review.award(of: 2) == RuleSet.governmentFlag)
        #expect(review.award(of: 3) == RuleSet.comprehensiveMerit)
    }

    @Test func allUnitsIneligibleMeansNoProposals() {
        let rows = Self.hp.map { row in
            var row = row
            row.unit.eligibility = .ineligible(.discipline, note: "")
            return row
        }
        let review = Fixture.review(rows, registered: Set(1...8))
        #expect(review.proposals.count == 8)
        #expect(review.proposals.allSatisfy { $0.award == nil })
        #expect(review.ranking.entries.map(\.rank) == Array(1...8))
    }

    @Test func unitBelowCompletedIsNotProposedWithReason() {
        let review = Fixture.review([(Fixture.unit(1, "A"), [4800, 2900, 1900]), (Fixture.unit(2, "B"), [2000, 1500, 1000])])
        let proposal = review.proposal(unitID: 2)!
        #expect(proposal.award == nil)
        #expect(proposal.reasons.contains(.belowClassification(award: RuleSet.specialisedMerit, required: .completed)))
    }

    /// A quota as a share of the member count: rounded down, at least 1 when above 0.
    @Test(arguments: [(10, 8, 1), (25, 8, 2), (50, 5, 2), (1, 8, 1), (0, 8, 0), (100, 3, 3)])
    func quotaAsShareOfMembers(percent: Int, members: Int, places: Int) {
        #expect(Quota.percentOfMembers(percent).places(memberCount: members) == places)
    }

    @Test func comprehensiveQuotaAsShareChangesTheWalk() {
        var rules = RuleSet.standard
        rules.awards[2].quota = .percentOfMembers(50) // 4 of 8
        let review = Fixture.review(Self.hp, rules: rules, registered: [1])
        #expect(review.proposals.filter { $0.award == RuleSet.comprehensiveMerit }.map(\.unitID) == [3, 4, 5, 6])
    }

    @Test func unitsSharingARankWhereTheQuotaRunsOutAreAllListedAsTied() {
        let review = Fixture.review([
            (Fixture.unit(1, "A"), [4850, 2900, 1900]),
            (Fixture.unit(2, "B"), [4700, 2800, 1800]),
            (Fixture.unit(3, "C"), [4500, 2600, 1700]),
            (Fixture.unit(4, "D"), [4400, 2500, 1700]),
            (Fixture.unit(5, "E"), [4400, 2500, 1700]),
            (Fixture.unit(6, "F"), [4000, 2500, 1700]),
        ], registered: [1])
        #expect(review.award(of: 3) == RuleSet.comprehensiveMerit)
        #expect(review.proposal(unitID: 3)!.tiedForQuota == false)
        for id: MemberUnit.ID in [4, 5] {
            #expect(review.award(of: id) == RuleSet.comprehensiveMerit)
            #expect(review.proposal(unitID: id)!.tiedForQuota)
            #expect(review.proposal(unitID: id)!.reasons.contains(.tiedNeedsVote(award: RuleSet.comprehensiveMerit)))
        }
        #expect(review.award(of: 6) == RuleSet.specialisedMerit)
    }
}
