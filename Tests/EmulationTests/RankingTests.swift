import Testing
@testable import Emulation

@Suite struct RankingTests {
    /// One unit's new result moves it in place and counts ranks again only around it: after
    /// every change of a long random series on 300 units whose totals and subtotals take few
    /// values (long ties, broken by criteria or the women's majority, or shared), the ranking
    /// must be the one built afresh, rank, tie and deciding tie-break alike.
    @Test func aMovedUnitGivesTheRankingBuiltAfresh() {
        var rules = RuleSet.standard
        rules.tieBreaks.append(.womenMajority)
        var random: UInt64 = 1201
        func next(_ bound: Int) -> Int {
            random = random &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((random >> 33) % UInt64(bound))
        }
        let choices = [[4000, 2500, 1500], [4100, 2400, 1500], [4000, 2600, 1400], [3000, 2000, 1000], [4500, 3000, 2000]]
        let units = (1...300).map { Fixture.unit(MemberUnit.ID($0), "Đơn vị \($0 % 17)", women: next(3) == 0) }
        var results = units.map { UnitResult.compute(unit: $0, scores: Fixture.scores(subtotals: choices[next(choices.count)]), tree: Fixture.tree, rules: rules) }
        var ranking = Ranking(results: results, rules: rules)
        for step in 0..<400 {
            let index = next(units.count)
            results[index] = UnitResult.compute(unit: units[index], scores: Fixture.scores(subtotals: choices[next(choices.count)]), tree: Fixture.tree, rules: rules)
            let moved = ranking.update(results[index], rules: rules)
            #expect(moved)
            let afresh = Ranking(results: results, rules: rules)
            #expect(ranking.entries == afresh.entries, "step \(step)")
            if ranking.entries != afresh.entries { return }
        }
    }

    @Test func ranksByDescendingTotal() {
        let review = Fixture.review([
            (Fixture.unit(1, "An"), [3000, 2000, 1000]),
            (Fixture.unit(2, "Bình"), [4500, 2500, 1500]),
            (Fixture.unit(3, "Cường"), [4000, 2500, 1500]),
        ])
        #expect(review.ranking.entries.map(\.unit.id) == [2, 3, 1])
        #expect(review.ranking.entries.map(\.rank) == [1, 2, 3])
        #expect(review.ranking.entries.allSatisfy { !$0.isTied })
    }

    /// Equal totals (80 points) split at each tie-break level in turn.
    @Test(arguments: [
        // (first unit's subtotals, second unit's, winner, deciding tie-break)
        ([4100, 2500, 1400], [4000, 2500, 1500], MemberUnit.ID(1), TieBreak.majorSubtotal(code: "1")),
        ([4000, 2600, 1400], [4000, 2500, 1500], 1, .majorSubtotal(code: "2")),
        ([4000, 2500, 1500], [4000, 2600, 1400], 2, .majorSubtotal(code: "2")),
    ])
    func equalTotalsAreBrokenByTieBreaksInOrder(first: [Int], second: [Int], winner: MemberUnit.ID, decider: TieBreak) {
        let review = Fixture.review([(Fixture.unit(1, "An"), first), (Fixture.unit(2, "Bình"), second)])
        #expect(review.ranking.entries.first?.unit.id == winner)
        #expect(review.ranking.entries.map(\.rank) == [1, 2])
        #expect(review.ranking.entries[1].decidedBy == decider)
    }

    /// With the default rules, criterion 3 decides only when criteria 1 and 2 are equal and a
    /// bonus or deduction makes up the difference in criterion 3.
    @Test func thirdTieBreakDecidesWhenCriteriaOneAndTwoAreEqual() {
        var scores: [MemberUnit.ID: UnitScores] = [1: Fixture.scores(subtotals: [4000, 2500, 1400], bonus: 100),
                                                   2: Fixture.scores(subtotals: [4000, 2500, 1500])]
        var review = Review(units: [Fixture.unit(1, "An"), Fixture.unit(2, "Bình")], scores: scores, tree: Fixture.tree,
                            rules: .standard, registrations: [:])
        #expect(review.ranking.entries.map(\.result.total) == [Points(80), Points(80)])
        #expect(review.ranking.entries.map(\.unit.id) == [2, 1])
        #expect(review.ranking.entries[1].decidedBy == .majorSubtotal(code: "3"))
        scores[2] = Fixture.scores(subtotals: [4000, 2500, 1400], bonus: 100)
        review = Review(units: [Fixture.unit(1, "An"), Fixture.unit(2, "Bình")], scores: scores, tree: Fixture.tree,
                        rules: .standard, registrations: [:])
        #expect(review.ranking.entries.map(\.rank) == [1, 1], "equal everywhere: a shared rank")
    }

    @Test func unitsEqualOnEverythingShareTheirRank() {
        let review = Fixture.review([
            (Fixture.unit(1, "Đông Anh"), [4000, 2500, 1500]),
            (Fixture.unit(2, "Bình"), [4200, 2500, 1500]),
            (Fixture.unit(3, "An"), [4000, 2500, 1500]),
            (Fixture.unit(4, "Cường"), [3000, 2500, 1500]),
        ])
        #expect(review.ranking.entries.map(\.rank) == [1, 2, 2, 4])
        #expect(review.ranking.entries.map(\.isTied) == [false, true, true, false])
        // Shared ranks list in Vietnamese alphabetical order.
        #expect(review.ranking.entries.map(\.unit.id) == [2, 3, 1, 4])
    }

    @Test func womenMajorityBreaksTheTieWhenTheRuleSetIncludesIt() {
        let rows = [(Fixture.unit(1, "An"), [4000, 2500, 1500]), (Fixture.unit(2, "Bình", women: true), [4000, 2500, 1500])]
        #expect(Fixture.review(rows).ranking.entries.map(\.rank) == [1, 1])
        var rules = RuleSet.standard
        rules.tieBreaks.append(.womenMajority)
        let review = Fixture.review(rows, rules: rules)
        #expect(review.ranking.entries.map(\.unit.id) == [2, 1])
        #expect(review.ranking.entries.map(\.rank) == [1, 2])
        #expect(review.ranking.entries[1].decidedBy == .womenMajority)
    }

    @Test func anEmptyClusterHasAnEmptyRanking() {
        let review = Fixture.review([])
        #expect(review.ranking.entries.isEmpty)
        #expect(review.proposals.isEmpty)
    }
}
