import Testing
@testable import Emulation

/// The default rules of DOMAIN.md ("Rules the project implements by default"), checked through
/// the whole review: scores → totals → classification → ranking → award walk → votes.
@Suite struct ReviewRulesTests {
    typealias Row = (unit: MemberUnit, subtotals: [Int])

    static let gov = RuleSet.governmentFlag
    static let city = RuleSet.provincialFlag
    static let comprehensive = RuleSet.comprehensiveMerit
    static let specialised = RuleSet.specialisedMerit

    static func vote(_ id: MemberUnit.ID, _ award: String, for votesFor: Int, present: Int) -> VoteTally {
        VoteTally(unitID: id, award: award, present: present, votesFor: votesFor, votesAgainst: present - votesFor)
    }

    static func review(
        _ units: [MemberUnit], _ scores: [MemberUnit.ID: UnitScores], rules: RuleSet = .standard,
        registered: Set<MemberUnit.ID> = [], votes: [VoteTally] = []
    ) -> Review {
        Review(units: units, scores: scores, tree: Fixture.tree, rules: rules,
               registrations: Dictionary(uniqueKeysWithValues: registered.map { ($0, [RuleSet.governmentFlag]) }), votes: votes)
    }

    // MARK: Scores and totals

    @Test func aClusterScoreOfZeroOverridesTheSelfScoreAndItemsWithoutOneKeepTheSelfScore() {
        var scores = UnitScores()
        for item in Fixture.tree.items { scores.set(item.maximum, item: item.code, round: .selfAssessment) }
        scores.set(.zero, item: "1.1", round: .cluster)
        scores.set(Points(5), item: "1.2", round: .cluster)
        let review = Self.review([Fixture.unit(1, "An")], [1: scores], registered: [1])
        let result = review.ranking.entries[0].result
        #expect(result.finalItems["1.1"] == .zero, "an entered 0 is a score, not a missing one")
        #expect(result.finalItems["1.2"] == Points(5))
        #expect(result.finalItems["1.3"] == Points(7))
        #expect(result.subtotal(major: "1") == Points(37))
        #expect(result.total == Points(87))
        // On its own 100 points it would have been excellent and received the Government flag.
        #expect(result.classification == .good)
        #expect(review.award(of: 1) == Self.comprehensive)
    }

    @Test func bonusAndDeductionMoveATotalAcrossABand() {
        let units = [Fixture.unit(1, "An"), Fixture.unit(2, "Bình")]
        let review = Self.review(units, [
            1: Fixture.scores(subtotals: [4900, 2500, 1500], bonus: 100),                // 89 + 1 = 90,00
            2: Fixture.scores(subtotals: [4800, 2900, 1900], bonus: 200, deduction: 801), // 96 + 2 − 8,01 = 89,99
        ], registered: [1, 2])
        #expect(review.ranking.entries.map(\.result.total) == [Points(90), Points(hundredths: 8999)])
        #expect(review.ranking.entries.map(\.result.classification) == [.excellent, .good])
        #expect(review.award(of: 1) == Self.gov)
        #expect(review.award(of: 2) == Self.comprehensive)
    }

    /// A deduction larger than the points floors the total at 0; two units at 0 are then equal,
    /// and the tie-breaks, not the negative remainder, decide between them.
    @Test func aTotalNeverGoesBelowZeroEvenInTheRanking() {
        let units = [Fixture.unit(1, "An"), Fixture.unit(2, "Bình")]
        let review = Self.review(units, [
            1: Fixture.scores(subtotals: [300, 0, 0], deduction: 1000),
            2: UnitScores(),
        ])
        #expect(review.ranking.entries.map(\.result.total) == [.zero, .zero])
        #expect(review.ranking.entries.map(\.unit.id) == [1, 2])
        #expect(review.ranking.entries[1].decidedBy == .majorSubtotal(code: "1"))
        #expect(review.proposals.allSatisfy { $0.award == nil })
        #expect(review.proposal(unitID: 1)!.reasons.contains(.belowClassification(award: Self.specialised, required: .completed)))
    }

    @Test(arguments: [
        (Adjustment.Kind.bonus, 300, true), (.bonus, 301, false), (.deduction, 400, true), (.deduction, 401, false), (.deduction, -1, false),
    ])
    func adjustmentLimitsComeFromTheRuleSet(kind: Adjustment.Kind, hundredths: Int, accepted: Bool) {
        var rules = RuleSet.standard
        rules.bonusMaximum = Points(3)
        rules.deductionMaximum = Points(4)
        #expect((rules.validate(Adjustment(points: Points(hundredths: hundredths), reason: "biên bản"), kind: kind) == nil) == accepted)
    }

    // MARK: Classification at the exact boundaries

    /// One registered unit alone in its cluster: the band decides its award.
    @Test(arguments: [
        ([5000, 3000, 1000], Classification.excellent, RuleSet.governmentFlag as String?),
        ([5000, 3000, 999], .good, RuleSet.comprehensiveMerit),
        ([5000, 2500, 0], .good, RuleSet.comprehensiveMerit),
        ([5000, 2499, 0], .completed, RuleSet.specialisedMerit),
        ([5000, 0, 0], .completed, RuleSet.specialisedMerit),
        ([4999, 0, 0], .notCompleted, nil),
    ])
    func bandBoundariesDecideTheAward(subtotals: [Int], band: Classification, award: String?) {
        let review = Fixture.review([(Fixture.unit(1, "An"), subtotals)], registered: [1])
        #expect(review.ranking.entries[0].result.classification == band)
        #expect(review.award(of: 1) == award)
    }

    // MARK: Ranking

    /// Five units at 80 points: split by criterion 1, then 2, then 3, each level on its own;
    /// a later level never overrides an earlier one (An is lower on criterion 2 yet first).
    @Test func equalTotalsAreSplitAtEachTieBreakLevelAndTheRestShareARank() {
        let units = ["An", "Bình", "Cường", "Dũng", "Em"].enumerated().map { Fixture.unit(MemberUnit.ID($0 + 1), $1) }
        let scores: [MemberUnit.ID: UnitScores] = [
            1: Fixture.scores(subtotals: [4100, 2400, 1500]),
            2: Fixture.scores(subtotals: [4000, 2600, 1400]),
            3: Fixture.scores(subtotals: [4000, 2500, 1400], bonus: 100),
            4: Fixture.scores(subtotals: [4000, 2500, 1500]),
            5: Fixture.scores(subtotals: [4000, 2500, 1500]),
        ]
        let entries = Self.review(units, scores).ranking.entries
        #expect(entries.allSatisfy { $0.result.total == Points(80) })
        #expect(entries.map(\.unit.id) == [1, 2, 4, 5, 3])
        #expect(entries.map(\.rank) == [1, 2, 3, 3, 5])
        #expect(entries.map(\.isTied) == [false, false, true, true, false])
        #expect(entries.map(\.decidedBy) == [nil, .majorSubtotal(code: "1"), .majorSubtotal(code: "2"), nil, .majorSubtotal(code: "3")])

        // The order of the tie-breaks is data of the rule set.
        var reversed = RuleSet.standard
        reversed.tieBreaks = [.majorSubtotal(code: "3"), .majorSubtotal(code: "2"), .majorSubtotal(code: "1")]
        let other = Self.review(units, scores, rules: reversed).ranking.entries
        #expect(other.map(\.unit.id) == [4, 5, 1, 2, 3])
        #expect(other.map(\.rank) == [1, 1, 3, 4, 5])
    }

    @Test func aHigherTotalAlwaysRanksFirstWhateverTheSubtotals() {
        let review = Fixture.review([(Fixture.unit(1, "An"), [5000, 2000, 1001]), (Fixture.unit(2, "Bình"), [3000, 3000, 2000])])
        #expect(review.ranking.entries.map(\.unit.id) == [1, 2])
        #expect(review.ranking.entries[1].decidedBy == nil)
    }

    @Test func womenMajorityDecidesOnlyAtItsPlaceAmongTheTieBreaks() {
        let rows: [Row] = [(Fixture.unit(1, "An", women: true), [3900, 2600, 1500]), (Fixture.unit(2, "Bình"), [4000, 2500, 1500])]
        var last = RuleSet.standard
        last.tieBreaks.append(.womenMajority)
        let afterSubtotals = Fixture.review(rows, rules: last).ranking.entries
        #expect(afterSubtotals.map(\.unit.id) == [2, 1])
        #expect(afterSubtotals[1].decidedBy == .majorSubtotal(code: "1"))

        var first = RuleSet.standard
        first.tieBreaks.insert(.womenMajority, at: 0)
        let beforeSubtotals = Fixture.review(rows, rules: first).ranking.entries
        #expect(beforeSubtotals.map(\.unit.id) == [1, 2])
        #expect(beforeSubtotals[1].decidedBy == .womenMajority)
    }

    /// Decree 152/2025 Art. 4 in the award walk: with the flag among the tie-breaks, two units equal
    /// for the last city flag are no longer tied; without it, both are listed for the vote.
    @Test func womenMajorityDecidesATieForAnAwardOnlyWhenTheRuleSetIncludesIt() {
        let rows: [Row] = [
            (Fixture.unit(1, "An"), [4900, 2900, 1900]),
            (Fixture.unit(2, "Bình"), [4700, 2800, 1800]),
            (Fixture.unit(3, "Cường", women: true), [4700, 2800, 1800]),
            (Fixture.unit(4, "Dũng"), [4500, 2600, 1700]),
        ]
        let standard = Fixture.review(rows, registered: [1])
        for id: MemberUnit.ID in [2, 3] {
            #expect(standard.award(of: id) == Self.city)
            #expect(standard.proposal(unitID: id)!.tiedForQuota)
        }
        var rules = RuleSet.standard
        rules.tieBreaks.append(.womenMajority)
        let withWomen = Fixture.review(rows, rules: rules, registered: [1])
        #expect(withWomen.rank(of: 3) == 2)
        #expect(withWomen.award(of: 3) == Self.city)
        #expect(withWomen.award(of: 2) == Self.comprehensive)
        #expect(withWomen.proposals.allSatisfy { !$0.tiedForQuota })
    }

    // MARK: Eligibility

    @Test(arguments: Eligibility.Cause.allCases)
    func anIneligibleUnitKeepsItsRankButTakesNoPlace(cause: Eligibility.Cause) {
        var rows = AwardTests.hp
        rows[2].unit.eligibility = .ineligible(cause, note: "QĐ 12/QĐ-UBND")
        let review = Fixture.review(rows, registered: [1])
        #expect(review.ranking.entries.map(\.rank) == Array(1...8))
        #expect(review.rank(of: 3) == 3)
        // Only its place, points, band and the reason: no award obstacle, since it was never a candidate.
        #expect(review.proposal(unitID: 3)!.reasons == [
            .rank(3, of: 8), .total(Points(88)), .classification(.good), .ineligible(cause, note: "QĐ 12/QĐ-UBND"),
        ])
        #expect(review.award(of: 3) == nil)
        // The comprehensive certificates go to the next two eligible units.
        #expect((1...8).map { review.award(of: $0) } == [
            Self.gov, Self.city, nil, Self.comprehensive, Self.comprehensive, Self.specialised, Self.specialised, Self.specialised,
        ])
    }

    @Test func anIneligibleUnitSharingARankDoesNotMakeATieForTheAward() {
        let review = Fixture.review([
            (Fixture.unit(1, "An"), [4900, 2900, 1900]),
            (Fixture.unit(2, "Bình", eligibility: .ineligible(.complaint, note: "")), [4700, 2800, 1800]),
            (Fixture.unit(3, "Cường"), [4700, 2800, 1800]),
        ], registered: [1])
        #expect(review.ranking.entries.map(\.rank) == [1, 2, 2])
        #expect(review.award(of: 2) == nil)
        #expect(review.award(of: 3) == Self.city)
        #expect(review.proposal(unitID: 3)!.tiedForQuota == false)
    }

    // MARK: The award walk

    @Test func theGovernmentFlagNeverPassesDownAndTheSecondUnitTakesTheCityFlag() {
        let both = Fixture.review(AwardTests.hp, registered: [1, 2])
        #expect(both.award(of: 1) == Self.gov)
        #expect(both.award(of: 2) == Self.city)
        #expect(both.proposal(unitID: 2)!.reasons.contains(.notLeader(award: Self.gov)))

        // The leader did not register: nobody gets the Government flag, the leader takes the city
        // flag, and the registered second unit gets the next award with both obstacles stated.
        let secondOnly = Fixture.review(AwardTests.hp, registered: [2])
        #expect(secondOnly.award(of: 1) == Self.city)
        #expect(secondOnly.award(of: 2) == Self.comprehensive)
        let reasons = secondOnly.proposal(unitID: 2)!.reasons
        #expect(reasons.contains(.notLeader(award: Self.gov)))
        #expect(reasons.contains(.quotaUsed(award: Self.city)))
        #expect(!reasons.contains(.registered(award: Self.gov)))
    }

    @Test func whenTheFirstUnitIsIneligibleOnlyTheFirstEligibleUnitIsTheLeader() {
        var rows = AwardTests.hp
        rows[0].unit.eligibility = .ineligible(.discipline, note: "")
        // The new leader (Thủy Nguyên) did not register; An Lão did, but is not the leader.
        let review = Fixture.review(rows, registered: [1, 3])
        #expect(review.proposals.allSatisfy { $0.award != Self.gov })
        #expect(review.award(of: 2) == Self.city)
        #expect(review.proposal(unitID: 2)!.reasons.contains(.notRegistered(award: Self.gov)))
        #expect(review.proposal(unitID: 3)!.reasons.contains(.notLeader(award: Self.gov)))
    }

    @Test func unitsSharingFirstPlaceAreBothLeadersAndTiedForTheGovernmentFlag() {
        let review = Fixture.review(Self.governmentTie, registered: [1, 2])
        #expect(review.award(of: 1) == Self.gov)
        #expect(review.award(of: 2) == Self.gov)
        #expect(review.proposal(unitID: 1)!.tiedForQuota && review.proposal(unitID: 2)!.tiedForQuota)
        // The tied pair used up the Government flag; the city flag is left for an excellent unit below.
        #expect(review.award(of: 3) == Self.comprehensive)
    }

    /// A 1/10 share: 8 members → 0,8 → at least 1 place; 25 members → 2,5 → 2 places.
    @Test(arguments: [(8, 1), (25, 2)])
    func aShareQuotaIsCountedOnTheMemberCount(members: Int, places: Int) {
        var rules = RuleSet.standard
        rules.awards[2].quota = .percentOfMembers(10)
        let rows: [Row] = (1...members).map { index in
            (Fixture.unit(MemberUnit.ID(index), "Xã \(index)"), [4900 - 20 * index, 2900, 1900])
        }
        let review = Fixture.review(rows, rules: rules, registered: [1])
        let comprehensive = review.proposals.filter { $0.award == Self.comprehensive }.map(\.unitID)
        #expect(comprehensive == Array(3..<(3 + MemberUnit.ID(places))))
        let next = MemberUnit.ID(3 + places)
        #expect(review.award(of: next) == Self.specialised)
        #expect(review.proposal(unitID: next)!.reasons.contains(.quotaUsed(award: Self.comprehensive)))
    }

    @Test func aZeroQuotaProposesNoneOfThatAward() {
        var rules = RuleSet.standard
        rules.awards[2].quota = .percentOfMembers(0)
        let review = Fixture.review(AwardTests.hp, rules: rules, registered: [1])
        #expect(review.proposals.allSatisfy { $0.award != Self.comprehensive })
        #expect(review.award(of: 3) == Self.specialised)
    }

    @Test func unitsSplitByATieBreakAreNotTiedForTheAward() {
        let review = Fixture.review([
            (Fixture.unit(1, "An"), [4900, 2900, 1900]),
            (Fixture.unit(2, "Bình"), [4600, 2900, 1800]),
            (Fixture.unit(3, "Cường"), [4700, 2800, 1800]),
        ], registered: [1])
        #expect(review.ranking.entries.map(\.unit.id) == [1, 3, 2])
        #expect(review.award(of: 3) == Self.city)
        #expect(review.award(of: 2) == Self.comprehensive)
        #expect(review.proposals.allSatisfy { !$0.tiedForQuota })
    }

    @Test func unitsSharingARankThatFitTheQuotaAreNotMarkedTied() {
        // Two units at rank 2 and two comprehensive places: no vote needed.
        let review = Fixture.review([
            (Fixture.unit(1, "An"), [4900, 2900, 1900]),
            (Fixture.unit(2, "Bình"), [4500, 2600, 1700]),
            (Fixture.unit(3, "Cường"), [4500, 2600, 1700]),
            (Fixture.unit(4, "Dũng"), [4400, 2500, 1700]),
        ], registered: [1])
        #expect(review.award(of: 2) == Self.comprehensive)
        #expect(review.award(of: 3) == Self.comprehensive)
        #expect(review.proposals.allSatisfy { !$0.tiedForQuota })
        #expect(review.award(of: 4) == Self.specialised)
    }

    @Test func threeUnitsTiedForTwoPlacesAreAllListedAndTheNextUnitStartsBelow() {
        let review = Fixture.review(Self.threeTied, registered: [1])
        for id: MemberUnit.ID in [2, 3, 4] {
            #expect(review.award(of: id) == Self.comprehensive)
            #expect(review.proposal(unitID: id)!.tiedForQuota)
            #expect(review.proposal(unitID: id)!.reasons.contains(.tiedNeedsVote(award: Self.comprehensive)))
        }
        #expect(review.award(of: 5) == Self.specialised)
        #expect(review.proposal(unitID: 5)!.reasons.contains(.quotaUsed(award: Self.comprehensive)))
        #expect(review.award(of: 8) == nil)
    }

    // MARK: The vote

    @Test(arguments: [
        // (members, present, for, against, result)
        (9, 6, 4, 2, VoteTally.Result.passed),   // 6/9 is exactly 2/3: quorum
        (9, 5, 5, 0, .noQuorum),
        (3, 2, 2, 0, .passed),
        (3, 1, 1, 0, .noQuorum),
        (8, 8, 4, 1, .rejected),                 // abstentions count: 4 of 8 present is not above half
        (8, 7, 4, 3, .passed),
    ])
    func quorumIsTwoThirdsOfMembersAndForMustExceedHalfOfThosePresent(
        members: Int, present: Int, votesFor: Int, against: Int, expected: VoteTally.Result
    ) {
        let vote = VoteTally(unitID: 1, award: Self.city, present: present, votesFor: votesFor, votesAgainst: against)
        #expect(vote.result(rules: .standard, memberCount: members) == expected)
    }

    @Test(arguments: [(6, 5, 1, VoteTally.Result.passed), (6, 4, 2, .rejected), (5, 5, 0, .noQuorum)])
    func quorumAndThresholdAreDataOfTheRuleSet(present: Int, votesFor: Int, against: Int, expected: VoteTally.Result) {
        var rules = RuleSet.standard
        rules.quorum = Fraction(3, 4)
        rules.passThreshold = Fraction(2, 3)
        let vote = VoteTally(unitID: 1, award: Self.city, present: present, votesFor: votesFor, votesAgainst: against)
        #expect(vote.result(rules: rules, memberCount: 8) == expected)
    }

    /// Thủy Nguyên is voted down for the city flag, then for the comprehensive certificate it fell
    /// to: it ends with a specialised one, and each freed place went to the next candidate.
    @Test func aUnitVotedDownTwiceCascadesOverTwoLevels() {
        let votes = [Self.vote(2, Self.city, for: 3, present: 8), Self.vote(2, Self.comprehensive, for: 2, present: 8)]
        let once = Fixture.review(AwardTests.hp, registered: [1], votes: [votes[0]])
        #expect((1...5).map { once.award(of: $0) } == [Self.gov, Self.comprehensive, Self.comprehensive, Self.specialised, Self.specialised])

        let twice = Fixture.review(AwardTests.hp, registered: [1], votes: votes)
        #expect((1...5).map { twice.award(of: $0) } == [Self.gov, Self.specialised, Self.comprehensive, Self.comprehensive, Self.specialised])
        let reasons = twice.proposal(unitID: 2)!.reasons
        #expect(reasons.contains(.voteFailed(award: Self.city)))
        #expect(reasons.contains(.voteFailed(award: Self.comprehensive)))
        #expect(twice.votes.map(\.result) == [.rejected, .rejected])
    }

    @Test func aVoteWithoutQuorumOnATiedUnitChangesNothing() {
        let votes = [Self.vote(2, Self.comprehensive, for: 0, present: 5), Self.vote(3, Self.comprehensive, for: 5, present: 8),
                     Self.vote(4, Self.comprehensive, for: 6, present: 8)]
        let review = Fixture.review(Self.threeTied, registered: [1], votes: votes)
        #expect(([2, 3, 4] as [MemberUnit.ID]).allSatisfy { review.award(of: $0) == Self.comprehensive && review.proposal(unitID: $0)!.tiedForQuota })
        #expect(review.votes.map(\.result) == [.noQuorum, .passed, .passed])
    }

    // MARK: Settling a tie by vote

    /// 8 members: An leads with the Government flag; Bình, Cường and Dũng share rank 2 (88 points)
    /// for the 2 comprehensive places; nobody else is excellent, so no city flag.
    static let threeTied: [Row] = [
        (Fixture.unit(1, "An"), [4900, 2900, 1900]),
        (Fixture.unit(2, "Bình"), [4500, 2600, 1700]),
        (Fixture.unit(3, "Cường"), [4500, 2600, 1700]),
        (Fixture.unit(4, "Dũng"), [4500, 2600, 1700]),
        (Fixture.unit(5, "Em"), [4200, 2300, 1400]),
        (Fixture.unit(6, "Giang"), [4000, 2000, 1000]),
        (Fixture.unit(7, "Hà"), [3500, 1500, 1000]),
        (Fixture.unit(8, "Khánh"), [2000, 1500, 500]),
    ]

    /// Two places, three passed votes: the two with the most votes for keep them; a tie in votes
    /// for at the cut (7, 6, 6) leaves the group tied; equal votes above the cut do not matter.
    @Test(arguments: [
        ([7, 6, 5], [MemberUnit.ID(4)]),
        ([5, 6, 7], [2]),
        ([6, 6, 5], [4]),
        ([5, 8, 5], []),
        ([7, 6, 6], []),
        ([6, 6, 6], []),
    ])
    func tiedUnitsWhoseVotesAllPassAreSettledByVotesFor(votesFor: [Int], losers: [MemberUnit.ID]) {
        let votes = zip([MemberUnit.ID(2), 3, 4], votesFor).map { Self.vote($0, Self.comprehensive, for: $1, present: 8) }
        let review = Fixture.review(Self.threeTied, registered: [1], votes: votes)
        let decided = !losers.isEmpty
        for id: MemberUnit.ID in [2, 3, 4] {
            let proposal = review.proposal(unitID: id)!
            if losers.contains(id) {
                #expect(proposal.award == Self.specialised)
                #expect(proposal.reasons.contains(.tieLostVote(award: Self.comprehensive)))
                #expect(!proposal.reasons.contains(.voteFailed(award: Self.comprehensive)))
                #expect(!proposal.tiedForQuota)
            } else {
                #expect(proposal.award == Self.comprehensive)
                #expect(proposal.tiedForQuota == !decided)
                #expect(proposal.reasons.contains(.tiedNeedsVote(award: Self.comprehensive)) == !decided)
            }
        }
        #expect(review.proposals.filter { $0.award == Self.comprehensive }.count == (decided ? 2 : 3))
        #expect(review.votes.count == 3)
        #expect(review.votes.allSatisfy { $0.result == .passed })
    }

    @Test func aTieStaysOpenWhileATiedUnitHasNoVote() {
        let votes = [Self.vote(2, Self.comprehensive, for: 8, present: 8), Self.vote(3, Self.comprehensive, for: 5, present: 8)]
        let review = Fixture.review(Self.threeTied, registered: [1], votes: votes)
        for id: MemberUnit.ID in [2, 3, 4] {
            #expect(review.award(of: id) == Self.comprehensive)
            #expect(review.proposal(unitID: id)!.tiedForQuota)
        }
    }

    /// Three units tied for the one city flag; two have passed votes, more than the one place, yet
    /// nobody is decided until the third has a valid vote: a missing vote or one without quorum.
    @Test(arguments: [nil, VoteTally(unitID: 4, award: RuleSet.provincialFlag, present: 3, votesFor: 3, votesAgainst: 0)])
    func aTieForOnePlaceStaysOpenUntilEveryTiedUnitHasAValidVote(third: VoteTally?) {
        let rows: [Row] = [
            (Fixture.unit(1, "An"), [4900, 2900, 1900]),
            (Fixture.unit(2, "Bình"), [4700, 2800, 1800]),
            (Fixture.unit(3, "Cường"), [4700, 2800, 1800]),
            (Fixture.unit(4, "Dũng"), [4700, 2800, 1800]),
            (Fixture.unit(5, "Em"), [4000, 2300, 1600]),
            (Fixture.unit(6, "Giang"), [4000, 2300, 1600]),
        ]
        let votes = [Self.vote(2, Self.city, for: 6, present: 6), Self.vote(3, Self.city, for: 4, present: 6)] + (third.map { [$0] } ?? [])
        let open = Fixture.review(rows, registered: [1], votes: votes)
        for id: MemberUnit.ID in [2, 3, 4] {
            #expect(open.award(of: id) == Self.city)
            #expect(open.proposal(unitID: id)!.tiedForQuota)
        }
        // Once the third votes validly, Bình's 6 votes for take the flag.
        let settled = Fixture.review(rows, registered: [1], votes: votes.filter { $0.unitID != 4 } + [Self.vote(4, Self.city, for: 5, present: 6)])
        #expect((2...4).map { settled.award(of: $0) } == [Self.city, Self.comprehensive, Self.comprehensive])
        #expect(settled.proposals.allSatisfy { !$0.tiedForQuota })
    }

    @Test func aTiedUnitVotedDownLeavesTheTieAndTheOthersFitWhateverTheirVotes() {
        let rejected = Self.vote(2, Self.comprehensive, for: 2, present: 8)
        let before = Fixture.review(Self.threeTied, registered: [1], votes: [rejected])
        let after = Fixture.review(Self.threeTied, registered: [1], votes: [
            rejected, Self.vote(3, Self.comprehensive, for: 8, present: 8), Self.vote(4, Self.comprehensive, for: 5, present: 8),
        ])
        for review in [before, after] {
            #expect(review.award(of: 2) == Self.specialised)
            #expect(review.proposal(unitID: 2)!.reasons.contains(.voteFailed(award: Self.comprehensive)))
            #expect(review.award(of: 3) == Self.comprehensive)
            #expect(review.award(of: 4) == Self.comprehensive)
            #expect(review.proposals.allSatisfy { !$0.tiedForQuota })
            #expect(!review.proposal(unitID: 4)!.reasons.contains(.tieLostVote(award: Self.comprehensive)))
        }
    }

    /// Bình is voted down for the comprehensive certificate above the tie: its place goes back to
    /// the tied pair, who then both fit, so Dũng's fewer votes for cost it nothing.
    @Test func aProposalVotedDownAboveATieFreesAPlaceBeforeTheTieIsSettled() {
        let rows: [Row] = [
            (Fixture.unit(1, "An"), [4900, 2900, 1900]),
            (Fixture.unit(2, "Bình"), [4500, 2600, 1700]),
            (Fixture.unit(3, "Cường"), [4400, 2500, 1700]),
            (Fixture.unit(4, "Dũng"), [4400, 2500, 1700]),
            (Fixture.unit(5, "Em"), [4000, 2300, 1600]),
        ]
        let open = Fixture.review(rows, registered: [1])
        #expect(open.proposal(unitID: 3)!.tiedForQuota && open.proposal(unitID: 4)!.tiedForQuota)
        let review = Fixture.review(rows, registered: [1], votes: [
            Self.vote(3, Self.comprehensive, for: 5, present: 5), Self.vote(4, Self.comprehensive, for: 3, present: 5),
            Self.vote(2, Self.comprehensive, for: 1, present: 5),
        ])
        #expect((1...5).map { review.award(of: $0) } == [Self.gov, Self.specialised, Self.comprehensive, Self.comprehensive, Self.specialised])
        #expect(review.proposals.allSatisfy { !$0.tiedForQuota })
        #expect(!review.proposal(unitID: 4)!.reasons.contains(.tieLostVote(award: Self.comprehensive)))
    }

    /// Bình and Cường tie for the one city flag, Dũng and Em share rank 4 with two comprehensive
    /// places. Cường loses the flag on votes and drops to a comprehensive certificate, leaving one
    /// place for Dũng and Em: a new tie, settled by their own votes.
    @Test func theLoserOfATieCascadesAndCanOpenATieBelow() {
        let rows: [Row] = [
            (Fixture.unit(1, "An"), [4900, 2900, 1900]),
            (Fixture.unit(2, "Bình"), [4700, 2800, 1800]),
            (Fixture.unit(3, "Cường"), [4700, 2800, 1800]),
            (Fixture.unit(4, "Dũng"), [4500, 2600, 1700]),
            (Fixture.unit(5, "Em"), [4500, 2600, 1700]),
            (Fixture.unit(6, "Giang"), [4000, 2300, 1600]),
        ]
        let start = Fixture.review(rows, registered: [1])
        #expect((2...5).map { start.award(of: $0) } == [Self.city, Self.city, Self.comprehensive, Self.comprehensive])
        #expect((2...5).map { start.proposal(unitID: $0)!.tiedForQuota } == [true, true, false, false])

        let flagVotes = [Self.vote(2, Self.city, for: 6, present: 6), Self.vote(3, Self.city, for: 4, present: 6)]
        let flagSettled = Fixture.review(rows, registered: [1], votes: flagVotes)
        #expect((2...5).map { flagSettled.award(of: $0) } == [Self.city, Self.comprehensive, Self.comprehensive, Self.comprehensive])
        #expect((2...5).map { flagSettled.proposal(unitID: $0)!.tiedForQuota } == [false, false, true, true])
        #expect(flagSettled.proposal(unitID: 3)!.reasons.contains(.tieLostVote(award: Self.city)))
        // The losing vote stays on record with the review, as passed.
        #expect(flagSettled.votes.map(\.result) == [.passed, .passed])

        let allSettled = Fixture.review(rows, registered: [1], votes: flagVotes + [
            Self.vote(4, Self.comprehensive, for: 4, present: 6), Self.vote(5, Self.comprehensive, for: 5, present: 6),
        ])
        #expect((1...6).map { allSettled.award(of: $0) } == [
            Self.gov, Self.city, Self.comprehensive, Self.specialised, Self.comprehensive, Self.specialised,
        ])
        #expect(allSettled.proposals.allSatisfy { !$0.tiedForQuota })
        #expect(allSettled.proposal(unitID: 4)!.reasons.contains(.tieLostVote(award: Self.comprehensive)))
    }

    static let governmentTie: [Row] = [
        (Fixture.unit(1, "An"), [4900, 2900, 1900]),
        (Fixture.unit(2, "Bình"), [4900, 2900, 1900]),
        (Fixture.unit(3, "Cường"), [4500, 2600, 1700]),
        (Fixture.unit(4, "Dũng"), [4000, 2300, 1600]),
    ]

    @Test func theLeaderOutvotedForTheGovernmentFlagStillReceivesTheCityFlag() {
        let review = Fixture.review(Self.governmentTie, registered: [1, 2], votes: [
            Self.vote(1, Self.gov, for: 3, present: 4), Self.vote(2, Self.gov, for: 4, present: 4),
        ])
        #expect((1...4).map { review.award(of: $0) } == [Self.city, Self.gov, Self.comprehensive, Self.comprehensive])
        #expect(review.proposal(unitID: 1)!.reasons.contains(.tieLostVote(award: Self.gov)))
        #expect(review.proposals.allSatisfy { !$0.tiedForQuota })
    }

    // MARK: Hải Phòng 2023

    @Test func haiPhong2023PatternHoldsThroughAMeetingThatPassesEveryProposal() {
        let plain = Fixture.review(AwardTests.hp, registered: [1])
        let votes = plain.proposals.map { Self.vote($0.unitID, $0.award!, for: 7, present: 8) }
        let review = Fixture.review(AwardTests.hp, registered: [1], votes: votes)
        #expect(review.proposals == plain.proposals)
        #expect(review.votes.count == 8 && review.votes.allSatisfy { $0.result == .passed })
        let counts = Dictionary(grouping: review.proposals.compactMap(\.award), by: { $0 }).mapValues(\.count)
        #expect(counts == [Self.gov: 1, Self.city: 1, Self.comprehensive: 2, Self.specialised: 4])
        #expect(review.ranking.entries.map(\.unit.name) == [
            "Vĩnh Bảo", "Thủy Nguyên", "An Lão", "Kiến Thụy", "Tiên Lãng", "An Dương", "Cát Hải", "Bạch Long Vĩ",
        ])
        #expect(review.proposals.allSatisfy { !$0.tiedForQuota })
    }
}
