import Emulation
import Testing
@testable import TerminalUI

/// A confirmed cell computes only its unit again and moves it in the ranking
/// (`AppShared.changeScores`): after every change of a long random series, the review and the
/// progress must be exactly those of the whole year computed afresh.
@Suite struct IncrementalReviewTests {
    @Test func eachChangeGivesTheReviewAndProgressOfTheWholeYear() {
        var shared = DemoFixture.state(screen: .grid).shared
        guard let start = shared.year else {
            Issue.record("the demo year is not loaded")
            return
        }
        let units = start.units.map(\.id) + [MemberUnit.ID(999_999)]  // and a unit not on the roster
        let items = start.tree.items
        var random: UInt64 = 18
        func next(_ bound: Int) -> Int {
            random = random &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((random >> 33) % UInt64(bound))
        }
        for step in 0..<600 {
            let unit = units[next(units.count)]
            let item = items[next(items.count)]
            // Few distinct values, so totals tie often and the alphabetical order decides.
            let points = [nil, Points.zero, item.maximum, Points(hundredths: item.maximum.hundredths / 2)][next(4)]
            switch next(7) {
            case 6:
                // Every item at its maximum and no adjustment: such units tie on everything,
                // and only the alphabetical order places them.
                shared.changeScores(of: unit) { scores in
                    scores = UnitScores()
                    for item in items {
                        scores.set(item.maximum, item: item.code, round: .selfAssessment)
                        scores.set(item.maximum, item: item.code, round: .cluster)
                    }
                }
            case 0:
                let bonus = next(2) == 0 ? nil : Adjustment(points: Points(hundredths: 50 * next(5)), reason: "Mô hình hay")
                shared.changeScores(of: unit) { $0.bonus = bonus }
            case 1:
                let deduction = next(2) == 0 ? nil : Adjustment(points: Points(hundredths: 50 * next(5)), reason: "Chậm báo cáo")
                shared.changeScores(of: unit) { $0.deduction = deduction }
            default:
                let round: ScoreRound = next(2) == 0 ? .selfAssessment : .cluster
                shared.changeScores(of: unit) { $0.set(points, item: item.code, round: round) }
            }
            guard let year = shared.year else { return }
            #expect(shared.review == year.review(), "step \(step): unit \(unit), item \(item.code)")
            #expect(shared.progress == YearProgress(year), "step \(step)")
            if shared.review != year.review() || shared.progress != YearProgress(year) { return }
        }
    }
}
