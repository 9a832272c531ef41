import Foundation
import Testing
@testable import Emulation

@Suite struct ScoringTests {
    @Test func standardGridHasThreeMajorsFifteenItemsAndOneHundredPoints() {
        let tree = CriteriaTree.standard
        #expect(tree.majors.map(\.maximum) == [Points(50), Points(30), Points(20)])
        #expect(tree.items.count == 15)
        #expect(tree.total == Points(100))
        #expect(tree.problems().isEmpty)
    }

    @Test func treeProblemsAreFound() {
        var tree = CriteriaTree.standard
        tree.majors[0].children[0].maximum = Points(11)
        tree.majors[1].children[1].code = "2.1"
        tree.majors[2].children.append(Criterion(code: "3.4", title: "", maximum: .zero))
        let problems = tree.problems()
        #expect(problems.contains(.childrenDoNotAddUp(code: "1", maximum: Points(50), sumOfChildren: Points(51))))
        #expect(problems.contains(.duplicateCode("2.1")))
        #expect(problems.contains(.nonPositiveMaximum(code: "3.4")))
        #expect(CriteriaTree(majors: []).problems() == [.empty])
        #expect(CriteriaTree(majors: [Criterion(code: "1", title: "x", maximum: Points(10))]).problems() == [.majorWithoutItems(code: "1")])
    }

    @Test func threeLevelTreesAreAcceptedAndFourLevelsRefused() {
        let leaf = Criterion(code: "1.1.1", title: "a", maximum: Points(5))
        let threeLevels = CriteriaTree(majors: [
            Criterion(code: "1", title: "x", maximum: Points(5), children: [Criterion(code: "1.1", title: "y", maximum: Points(5), children: [leaf])]),
        ])
        #expect(threeLevels.problems().isEmpty)
        #expect(threeLevels.items.map(\.code) == ["1.1.1"])
        let fourLevels = CriteriaTree(majors: [
            Criterion(code: "1", title: "x", maximum: Points(5), children: [
                Criterion(code: "1.1", title: "y", maximum: Points(5), children: [
                    Criterion(code: "1.1.1", title: "z", maximum: Points(5), children: [Criterion(code: "1.1.1.1", title: "w", maximum: Points(5))]),
                ]),
            ]),
        ])
        #expect(fourLevels.problems() == [.tooDeep(code: "1")])
    }

    @Test(arguments: [
        (0, "1.1", true), (1000, "1.1", true), (1001, "1.1", false), (-1, "1.1", false), (600, "3.3", true), (601, "3.3", false),
    ])
    func scoreMustLieWithinItemMaximum(hundredths: Int, item: String, accepted: Bool) {
        #expect((CriteriaTree.standard.validate(Points(hundredths: hundredths), item: item) == nil) == accepted)
    }

    @Test func unknownItemIsRefused() {
        #expect(CriteriaTree.standard.validate(Points(1), item: "4.1") == .unknownItem("4.1"))
    }

    @Test func finalItemIsClusterScoreWhereEnteredElseSelfScore() {
        var scores = UnitScores()
        scores.set(Points(9), item: "1.1", round: .selfAssessment)
        scores.set(Points(7), item: "1.1", round: .cluster)
        scores.set(Points(6), item: "1.2", round: .selfAssessment)
        #expect(scores.final(item: "1.1", rule: .clusterElseSelf) == Points(7))
        #expect(scores.final(item: "1.2", rule: .clusterElseSelf) == Points(6))
        #expect(scores.final(item: "1.3", rule: .clusterElseSelf) == nil)
    }

    @Test func totalAddsBonusSubtractsDeductionAndNeverGoesBelowZero() {
        let unit = Fixture.unit(1, "A")
        var scores = Fixture.scores(subtotals: [4000, 2000, 1000], bonus: 250, deduction: 100)
        var result = UnitResult.compute(unit: unit, scores: scores, tree: Fixture.tree, rules: Fixture.rules)
        #expect(result.total == Points(hundredths: 7150))
        #expect(result.majorSubtotals == ["1": Points(40), "2": Points(20), "3": Points(10)])
        scores = Fixture.scores(subtotals: [300, 0, 0], deduction: 1000)
        result = UnitResult.compute(unit: unit, scores: scores, tree: Fixture.tree, rules: Fixture.rules)
        #expect(result.total == .zero)
        #expect(result.classification == .notCompleted)
    }

    /// A loaded year keeps scores by position in its tree's layout; scores built by hand keep
    /// their own layout and are read by code. On random scores (some on items the tree lacks,
    /// some removed again) both must give the same scores, the same results and equal values.
    @Test func scoresByPositionGiveWhatScoresByCodeGive() {
        let tree = CriteriaTree.standard
        let codes = tree.items.map(\.code)
        var state: UInt64 = 18
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        var sameLayoutUsed = 0
        for _ in 0..<500 {
            var laidOut = UnitScores(layout: tree.layout)
            var byHand = UnitScores()
            var expected: [ScoreRound: [String: Points]] = [.selfAssessment: [:], .cluster: [:]]
            for _ in 0..<next(40) {
                let code = next(30) == 0 ? ["9.9", "1"][next(2)] : codes[next(codes.count)]
                let round: ScoreRound = next(2) == 0 ? .selfAssessment : .cluster
                let points: Points? = next(5) == 0 ? nil : Points(hundredths: next(1_001))
                laidOut.set(points, item: code, round: round)
                byHand.set(points, item: code, round: round)
                expected[round]![code] = points
            }
            if next(3) == 0 { laidOut.bonus = Adjustment(points: Points(2), reason: "x"); byHand.bonus = laidOut.bonus }
            for round in ScoreRound.allCases {
                #expect(laidOut.scores(in: round) == expected[round]!)
                #expect(byHand.scores(in: round) == expected[round]!)
                #expect(laidOut.hasScores(in: round) == !expected[round]!.isEmpty)
                let entered = tree.layout.itemCodes.filter { expected[round]![$0] != nil }.count
                #expect(laidOut.enteredCount(in: round, of: tree.layout) == entered)
                #expect(byHand.enteredCount(in: round, of: tree.layout) == entered)
                #expect(laidOut.missing(in: round, of: tree.layout) == byHand.missing(in: round, of: tree.layout))
            }
            for rule in FinalScoreRule.allCases {
                let finals = tree.layout.itemCodes.filter { laidOut.final(item: $0, rule: rule) != nil }.count
                #expect(laidOut.finalCount(of: tree.layout, rule: rule) == finals)
                #expect(byHand.finalCount(of: tree.layout, rule: rule) == finals)
            }
            #expect(laidOut == byHand)
            #expect(laidOut.hashValue == byHand.hashValue)
            if laidOut.layout === tree.layout { sameLayoutUsed += 1 }
            let unit = Fixture.unit(1, "A")
            let fast = UnitResult.compute(unit: unit, scores: laidOut, tree: tree, rules: .standard)
            let slow = UnitResult.compute(unit: unit, scores: byHand, tree: tree, rules: .standard)
            #expect(fast == slow)
            #expect(fast.finalItems == slow.finalItems && fast.majorSubtotals == slow.majorSubtotals)
            #expect(fast.missingItems == slow.missingItems)
            let finals = tree.items.compactMap { item in
                (expected[.cluster]![item.code] ?? expected[.selfAssessment]![item.code]).map { (item.code, $0) }
            }
            #expect(fast.finalItems == Dictionary(uniqueKeysWithValues: finals))
        }
        #expect(sameLayoutUsed > 100, "most units keep the tree's layout, so the positional path is the one tested")
    }

    @Test func missingItemsAreReported() {
        var scores = UnitScores()
        scores.set(Points(5), item: "1.1", round: .selfAssessment)
        let result = UnitResult.compute(unit: Fixture.unit(1, "A"), scores: scores, tree: Fixture.tree, rules: Fixture.rules)
        #expect(result.missingItems.count == 14)
        #expect(!result.missingItems.contains("1.1"))
    }

    /// Gap flag: |self − cluster| ≥ 20% of the item's maximum (10 points → 2 points).
    @Test(arguments: [(1000, 800, true), (1000, 801, false), (500, 700, true), (900, 900, false)])
    func gapOfTwentyPercentIsFlagged(own: Int, cluster: Int, flagged: Bool) {
        let item = CriteriaTree.standard.item(code: "1.1")!
        let scores = UnitScores(selfAssessment: ["1.1": Points(hundredths: own)], cluster: ["1.1": Points(hundredths: cluster)])
        #expect(scores.hasGap(item: item, rules: .standard) == flagged)
    }

    /// The grid reads the flag by the item's position in the year's layout: the same answer as
    /// by its code, whether the unit's scores are laid out by that layout or by their own.
    @Test func gapByPositionIsGapByCode() {
        let tree = CriteriaTree.standard
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<300 {
            var own: [String: Points] = [:], theirs: [String: Points] = [:]
            for item in tree.items where Bool.random(using: &generator) {
                own[item.code] = Points(hundredths: Int.random(in: 0...item.maximum.hundredths, using: &generator))
                if Bool.random(using: &generator) { theirs[item.code] = Points(hundredths: Int.random(in: 0...item.maximum.hundredths, using: &generator)) }
            }
            var laidOutByTree = UnitScores(layout: tree.layout)
            for (code, points) in own { laidOutByTree.set(points, item: code, round: .selfAssessment) }
            for (code, points) in theirs { laidOutByTree.set(points, item: code, round: .cluster) }
            let laidOutOwn = UnitScores(selfAssessment: own, cluster: theirs)
            for (position, item) in tree.items.enumerated() {
                for scores in [laidOutByTree, laidOutOwn] {
                    #expect(scores.hasGap(item: item, at: position, of: tree.layout, rules: .standard) == scores.hasGap(item: item, rules: .standard), "\(item.code)")
                }
            }
        }
    }

    @Test func gapNeedsBothRounds() {
        let item = CriteriaTree.standard.item(code: "1.1")!
        #expect(!UnitScores(selfAssessment: ["1.1": Points(10)]).hasGap(item: item, rules: .standard))
    }

    @Test(arguments: [
        (Adjustment.Kind.bonus, 500, "x", true), (.bonus, 501, "x", false), (.bonus, 100, " ", false),
        (.deduction, 1000, "x", true), (.deduction, 1001, "x", false), (.deduction, 0, "", true),
    ])
    func adjustmentsRespectLimitsAndNeedReasons(kind: Adjustment.Kind, hundredths: Int, reason: String, accepted: Bool) {
        let adjustment = Adjustment(points: Points(hundredths: hundredths), reason: reason)
        #expect((RuleSet.standard.validate(adjustment, kind: kind) == nil) == accepted)
    }

    @Test(arguments: [(9000, Classification.excellent), (8999, .good), (7500, .good), (7499, .completed), (5000, .completed), (4999, .notCompleted), (0, .notCompleted)])
    func classificationBands(total: Int, expected: Classification) {
        #expect(RuleSet.standard.bands.classify(Points(hundredths: total)) == expected)
    }

    @Test func rulesAreDataNotConstants() throws {
        var rules = RuleSet.standard
        rules.bands.excellent = Points(95)
        #expect(rules.bands.classify(Points(92)) == .good)
        let encoded = try JSONEncoder().encode(rules)
        #expect(try JSONDecoder().decode(RuleSet.self, from: encoded) == rules)
    }
}
