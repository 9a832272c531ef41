import Emulation
import Foundation
import Testing
@testable import EmulationStore

/// The province's decisions: recorded from the review stage on (a closed year too), only on
/// what the unit is proposed for, audited, corrected or removed; and each unit's history across
/// years reads them.
@Suite struct DecisionStoreTests {
    func demo(_ database: TemporaryDatabase) throws -> EmulationStore {
        let store = try database.open()
        _ = try store.loadDemo(today: CalendarDate(year: 2026, month: 1, day: 1)!)
        return store
    }

    static let may5 = CalendarDate(year: 2024, month: 5, day: 5)!

    func unit(_ store: EmulationStore, _ name: String, year: Int = 2023) throws -> MemberUnit.ID {
        try #require(try store.snapshot(code: "HP-KH", year: year).unit(named: name)).id
    }

    @Test func aDecisionIsRecordedOnTheProposalAuditedCorrectedAndRemoved() throws {
        let database = try TemporaryDatabase()
        let store = try demo(database)
        let reference = try store.clusterYear(code: "HP-KH", year: 2023)
        let vinhBao = try unit(store, "Vĩnh Bảo")
        let granted = AwardDecision(unitID: vinhBao, proposed: RuleSet.governmentFlag, outcome: .granted, number: "123/QĐ-TTg", date: Self.may5,
                                    authority: "Thủ tướng Chính phủ")
        try store.recordDecision(reference, granted)
        #expect(try store.snapshot(code: "HP-KH", year: 2023).decisions[vinhBao] == granted)
        let entry = try #require(try store.auditEntries(limit: 1).first)
        #expect(entry.action == "decision.record" && entry.newValue == "123/QĐ-TTg 2024-05-05 Thủ tướng Chính phủ: granted co-cp")
        // The same decision again writes nothing; a correction is one more audited row.
        try store.recordDecision(reference, granted)
        #expect(try store.auditEntries(limit: 1).first?.id == entry.id)
        var refused = granted
        refused.outcome = .notGranted
        try store.recordDecision(reference, refused, expecting: .value(granted))
        #expect(try store.snapshot(code: "HP-KH", year: 2023).decisions[vinhBao]?.outcome == .notGranted)
        // Another clerk's newer decision is not overwritten by one who saw the first.
        #expect(throws: StoreError.self) { try store.recordDecision(reference, granted, expecting: .value(granted)) }
        try store.removeDecision(reference, unitID: vinhBao)
        #expect(try store.snapshot(code: "HP-KH", year: 2023).decisions.isEmpty)
        #expect(try store.auditEntries(limit: 1).first?.action == "decision.remove")
        #expect(throws: StoreError.noDecisionToRemove(unit: "Vĩnh Bảo")) { try store.removeDecision(reference, unitID: vinhBao) }
        #expect(try store.verify().findings.isEmpty)
    }

    @Test func aDecisionIsRefusedWhenItIsNotAboutTheProposalOrIsIncomplete() throws {
        let database = try TemporaryDatabase()
        let store = try demo(database)
        let reference = try store.clusterYear(code: "HP-KH", year: 2023)
        let anLao = try unit(store, "An Lão")
        let decision = { (proposed: String, outcome: AwardDecision.Outcome, other: String?, number: String) in
            AwardDecision(unitID: anLao, proposed: proposed, outcome: outcome, grantedOther: other, number: number, date: Self.may5, authority: "UBND")
        }
        #expect(throws: StoreError.notProposedForDecision(unit: "An Lão", award: RuleSet.governmentFlag, proposed: RuleSet.comprehensiveMerit)) {
            try store.recordDecision(reference, decision(RuleSet.governmentFlag, .granted, nil, "1/QĐ"))
        }
        #expect(throws: StoreError.invalidDecision([.noNumber])) { try store.recordDecision(reference, decision(RuleSet.comprehensiveMerit, .granted, nil, " ")) }
        #expect(throws: StoreError.invalidDecision([.otherAwardMissing])) {
            try store.recordDecision(reference, decision(RuleSet.comprehensiveMerit, .grantedOther, RuleSet.comprehensiveMerit, "1/QĐ"))
        }
        #expect(throws: StoreError.invalidDecision([.unknownAward("co-tw")])) {
            try store.recordDecision(reference, decision(RuleSet.comprehensiveMerit, .grantedOther, "co-tw", "1/QĐ"))
        }
        // Granted as another award: the unit holds that one.
        try store.recordDecision(reference, decision(RuleSet.comprehensiveMerit, .grantedOther, RuleSet.specialisedMerit, "1/QĐ"))
        #expect(try store.snapshot(code: "HP-KH", year: 2023).decisions[anLao]?.grantedAward == RuleSet.specialisedMerit)
        // HN-10 2020 is still scoring: nothing to decide on.
        let scoring = try store.clusterYear(code: "HN-10", year: 2020)
        let unitID = try #require(try store.snapshot(code: "HN-10", year: 2020).units.first).id
        #expect(throws: StoreError.decisionNeedsReview(cluster: "HN-10", year: 2020)) {
            try store.recordDecision(scoring, AwardDecision(unitID: unitID, proposed: RuleSet.governmentFlag, outcome: .granted, number: "1",
                                                            date: Self.may5, authority: "x"))
        }
    }

    /// Decisions arrive months after the meeting: a closed year takes them, and the years after
    /// read them in each unit's history.
    @Test func aClosedYearTakesItsDecisionsAndTheNextYearsHistoryShowsThem() throws {
        let database = try TemporaryDatabase()
        let store = try demo(database)
        var reference = try store.clusterYear(code: "HP-KH", year: 2023)
        #expect(try store.advance(reference) == .closed)
        reference = try store.clusterYear(code: "HP-KH", year: 2023)
        let thuyNguyen = try unit(store, "Thủy Nguyên")
        try store.recordDecision(reference, AwardDecision(unitID: thuyNguyen, proposed: RuleSet.provincialFlag, outcome: .grantedOther,
                                                          grantedOther: RuleSet.comprehensiveMerit, number: "456/QĐ-UBND", date: Self.may5,
                                                          authority: "UBND thành phố Hải Phòng"))
        _ = try store.openNextYear(after: reference)
        let history = try store.awardHistory(code: "HP-KH", year: 2024)
        let entries = try #require(history[thuyNguyen])
        // 2024 is at the pledge stage: no result yet, so only 2023 is there.
        #expect(entries.map(\.year) == [2023])
        #expect(entries[0].proposed?.code == RuleSet.provincialFlag && entries[0].granted?.code == RuleSet.comprehensiveMerit)
        #expect(entries[0].decision?.number == "456/QĐ-UBND" && entries[0].rank == 2 && entries[0].classification == .excellent)
        #expect(history.count == 8, "every unit of 2024")
        #expect(try store.verify().findings.isEmpty)
    }

    @Test func aClerkMayNotRecordADecisionTheSecretaryMay() throws {
        let database = try TemporaryDatabase()
        let admin = try demo(database)
        let vinhBao = try unit(admin, "Vĩnh Bảo")
        try admin.addAccount("canbo", RoleGrant(role: .clerk, cluster: "HP-KH", unitID: vinhBao))
        try admin.addAccount("thuky", RoleGrant(role: .secretary, cluster: "HP-KH"))
        let decision = AwardDecision(unitID: vinhBao, proposed: RuleSet.governmentFlag, outcome: .granted, number: "123/QĐ-TTg", date: Self.may5,
                                     authority: "Thủ tướng Chính phủ")
        let clerk = try database.open(actor: "canbo")
        #expect(throws: StoreError.self) { try clerk.recordDecision(try clerk.clusterYear(code: "HP-KH", year: 2023), decision) }
        let secretary = try database.open(actor: "thuky")
        try secretary.recordDecision(try secretary.clusterYear(code: "HP-KH", year: 2023), decision)
        #expect(try admin.snapshot(code: "HP-KH", year: 2023).decisions[vinhBao] == decision)
    }
}
