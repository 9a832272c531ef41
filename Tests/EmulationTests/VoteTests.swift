import Testing
@testable import Emulation

@Suite struct VoteTests {
    /// 8 members: quorum 2/3 → at least 6 present (5,33…); pass when for/present > 1/2.
    @Test(arguments: [
        (8, 5, 3, VoteTally.Result.passed), (8, 4, 4, .rejected), (6, 4, 2, .passed), (6, 3, 3, .rejected),
        (5, 5, 0, .noQuorum), (0, 0, 0, .noQuorum),
    ])
    func passesWithQuorumAndMajority(present: Int, votesFor: Int, against: Int, expected: VoteTally.Result) {
        let vote = VoteTally(unitID: 1, award: RuleSet.provincialFlag, present: present, votesFor: votesFor, votesAgainst: against)
        #expect(vote.result(rules: .standard, memberCount: 8) == expected)
    }

    @Test func inconsistentTalliesAreReported() {
        let vote = VoteTally(unitID: 1, award: "x", present: 9, votesFor: 6, votesAgainst: 4)
        #expect(vote.problems(memberCount: 8) == [.moreVotesThanPresent(present: 9, cast: 10), .morePresentThanMembers(present: 9, members: 8)])
        #expect(VoteTally(unitID: 1, award: "x", present: 8, votesFor: -1, votesAgainst: 0).problems(memberCount: 8) == [.negativeCount])
    }

    @Test func failedVoteCascadesTheFreedPlaceToTheNextCandidate() {
        let failed = VoteTally(unitID: 2, award: RuleSet.provincialFlag, present: 8, votesFor: 2, votesAgainst: 6)
        let review = Fixture.review(AwardTests.hp, registered: [1], votes: [failed])
        // Thủy Nguyên loses the city flag but still receives a lower award; the next excellent
        // unit would take the flag, but An Lão is only "good", so nobody gets it.
        #expect(review.award(of: 2) == RuleSet.comprehensiveMerit)
        #expect(review.proposal(unitID: 2)!.reasons.contains(.voteFailed(award: RuleSet.provincialFlag)))
        #expect(review.proposals.allSatisfy { $0.award != RuleSet.provincialFlag })
        #expect(review.award(of: 3) == RuleSet.comprehensiveMerit)
        #expect(review.award(of: 4) == RuleSet.specialisedMerit)
        #expect(review.votes.map(\.result) == [.rejected])
    }

    @Test func failedFlagPassesToTheNextExcellentUnit() {
        var rows = AwardTests.hp
        rows[2].subtotals = [4800, 2700, 1800] // An Lão 93: excellent
        let failed = VoteTally(unitID: 2, award: RuleSet.provincialFlag, present: 8, votesFor: 1, votesAgainst: 7)
        let review = Fixture.review(rows, registered: [1], votes: [failed])
        #expect(review.award(of: 3) == RuleSet.provincialFlag)
        #expect(review.award(of: 2) == RuleSet.comprehensiveMerit)
        // Then a second vote on the freed place fails too: cascades again.
        let second = VoteTally(unitID: 3, award: RuleSet.provincialFlag, present: 8, votesFor: 0, votesAgainst: 8)
        let again = Fixture.review(rows, registered: [1], votes: [failed, second])
        #expect(again.proposals.allSatisfy { $0.award != RuleSet.provincialFlag })
        #expect(again.award(of: 3) == RuleSet.comprehensiveMerit)
    }

    @Test func aVoteWithoutQuorumDecidesNothing() {
        let inquorate = VoteTally(unitID: 2, award: RuleSet.provincialFlag, present: 4, votesFor: 0, votesAgainst: 4)
        let review = Fixture.review(AwardTests.hp, registered: [1], votes: [inquorate])
        #expect(review.award(of: 2) == RuleSet.provincialFlag)
        #expect(review.votes.map(\.result) == [.noQuorum])
    }

    @Test func passedVoteChangesNothing() {
        let passed = VoteTally(unitID: 1, award: RuleSet.governmentFlag, present: 8, votesFor: 8, votesAgainst: 0)
        let review = Fixture.review(AwardTests.hp, registered: [1], votes: [passed])
        #expect(review.proposals == Fixture.review(AwardTests.hp, registered: [1]).proposals)
        #expect(review.votes.map(\.result) == [.passed])
    }

    @Test func governmentFlagVotedDownDoesNotPassToTheSecondUnit() {
        let failed = VoteTally(unitID: 1, award: RuleSet.governmentFlag, present: 8, votesFor: 3, votesAgainst: 5)
        let review = Fixture.review(AwardTests.hp, registered: [1, 2], votes: [failed])
        #expect(review.proposals.allSatisfy { $0.award != RuleSet.governmentFlag })
        #expect(review.award(of: 1) == RuleSet.provincialFlag)
        #expect(review.award(of: 2) == RuleSet.comprehensiveMerit)
    }
}
