import Emulation
import Foundation
import Testing
@testable import EmulationStore

/// The store applies the year's rule set itself, whoever calls it: a screen, a file, a command.
@Suite struct StoreRulesTests {
    func demo(_ database: TemporaryDatabase) throws -> EmulationStore {
        let store = try database.open()
        _ = try store.loadDemo(today: CalendarDate(year: 2026, month: 1, day: 1)!)
        return store
    }

    @Test func aBonusOrDeductionBeyondTheRuleSetsLimitIsRefused() throws {
        let database = try TemporaryDatabase()
        let store = try demo(database)
        let reference = try store.clusterYear(code: "HN-10", year: 2020)
        let unit = try store.snapshot(code: "HN-10", year: 2020).units[0]
        #expect(throws: StoreError.invalidScore(.adjustmentAboveLimit(.bonus, value: Points(50), limit: Points(5)))) {
            try store.setAdjustment(reference, unitID: unit.id, kind: .bonus, Adjustment(points: Points(50), reason: "quá mức"))
        }
        #expect(throws: StoreError.invalidScore(.adjustmentWithoutReason(.deduction))) {
            try store.setAdjustment(reference, unitID: unit.id, kind: .deduction, Adjustment(points: Points(2), reason: " "))
        }
        #expect(try store.snapshot(code: "HN-10", year: 2020).scores[unit.id]?.bonus == nil)
    }

    @Test func votesAreRecordedAtTheReviewStageForAnAwardOfTheRuleSet() throws {
        let database = try TemporaryDatabase()
        let store = try demo(database)
        let scoring = try store.clusterYear(code: "HN-10", year: 2020)
        let unit = try store.snapshot(code: "HN-10", year: 2020).units[0]
        #expect(throws: StoreError.voteNeedsReview(cluster: "HN-10", year: 2020)) {
            try store.recordVote(scoring, VoteTally(unitID: unit.id, award: RuleSet.governmentFlag, present: 5, votesFor: 5, votesAgainst: 0))
        }
        let review = try store.clusterYear(code: "HP-KH", year: 2023)
        let vinhBao = try #require(try store.snapshot(code: "HP-KH", year: 2023).unit(named: "Vĩnh Bảo"))
        #expect(throws: StoreError.unknownAward(code: "co-tw", known: RuleSet.standard.awards.map(\.code))) {
            try store.recordVote(review, VoteTally(unitID: vinhBao.id, award: "co-tw", present: 8, votesFor: 8, votesAgainst: 0))
        }
        // The member count is the year's, not the caller's: 9 present of 8 members is refused.
        #expect(throws: StoreError.invalidVote([.morePresentThanMembers(present: 9, members: 8)])) {
            try store.recordVote(review, VoteTally(unitID: vinhBao.id, award: RuleSet.governmentFlag, present: 9, votesFor: 9, votesAgainst: 0))
        }
        #expect(try store.snapshot(code: "HP-KH", year: 2023).votes.isEmpty)
    }
}
