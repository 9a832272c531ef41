import Emulation
import Foundation
import Testing
@testable import EmulationStore

/// The year's rules replaced as one audited change; votes only on what the review proposes, and
/// withdrawn with an audit row; registrations from a roster file, by whoever may register.
@Suite struct RulesAndVotesStoreTests {
    func demo(_ database: TemporaryDatabase) throws -> EmulationStore {
        let store = try database.open()
        _ = try store.loadDemo(today: CalendarDate(year: 2026, month: 1, day: 1)!)
        return store
    }

    @Test func rulesAreReplacedAsOneAuditedChangeWithAReasonOnceScoringStarted() throws {
        let database = try TemporaryDatabase()
        let store = try demo(database)
        let reference = try store.clusterYear(code: "HP-KH", year: 2023)
        var rules = try store.rules(reference)
        rules.awards[1].quota = .count(2)
        rules.awards[1].minimumClassification = .good
        rules.sources[.awards] = "QĐ 123/QĐ-UBND ngày 05/01/2024"
        // The year is at the review stage: a change needs a reason.
        #expect(throws: StoreError.reasonRequired) { try store.replaceRules(reference, with: rules) }
        #expect(try store.rules(reference) == .standard)
        #expect(try store.replaceRules(reference, with: rules, reason: "Thành phố cho thêm một cờ"))
        #expect(try store.rules(reference) == rules)
        let entry = try #require(try store.auditEntries(limit: 1).first)
        #expect([entry.action, entry.entity, entry.reason] == ["rules.replace", "HP-KH/2023", "Thành phố cho thêm một cờ"])
        // The same rules again change nothing and write nothing.
        #expect(try !store.replaceRules(reference, with: rules, reason: "lại"))
        #expect(try store.auditEntries(limit: 1).first?.id == entry.id)
        // Thủy Nguyên and An Lão (87,60, "tốt") now share the city flags.
        let review = try store.snapshot(code: "HP-KH", year: 2023).review()
        #expect(review.proposals.filter { $0.award == RuleSet.provincialFlag }.count == 2)
        #expect(try store.verify().findings.isEmpty)
    }

    @Test func brokenRulesAndAnotherSecretarysNewerSaveAreRefused() throws {
        let database = try TemporaryDatabase()
        let store = try demo(database)
        let reference = try store.clusterYear(code: "HP-KH", year: 2023)
        var broken = RuleSet.standard
        broken.bands.excellent = Points(200)
        #expect(throws: StoreError.invalidRules([.bandAboveMaximum(.excellent, threshold: Points(200), maximum: Points(105))])) {
            try store.replaceRules(reference, with: broken, reason: "thử")
        }
        var theirs = RuleSet.standard
        theirs.voteBase = .allMembers
        try store.replaceRules(reference, with: theirs, reason: "cơ sở biểu quyết")
        var mine = RuleSet.standard
        mine.gapFlagPercent = 30
        do {
            try store.replaceRules(reference, with: mine, reason: "chênh lệch", expecting: .value(.standard))
            Issue.record("a save over another's newer rules went through")
        } catch StoreError.conflict(let conflict) {
            // What they saved, in one line the message can hold (the audit row has it whole).
            #expect(conflict.subject == .rules)
            #expect(conflict.theirs == "90/75/50; co-cp 1, co-tinh 1, bk-toan-dien 2, bk-chuyen-de ∞; 2/3, 1/2")
        }
        #expect(try store.rules(reference) == theirs)
    }

    @Test func aClerkMayNotChangeTheRules() throws {
        let database = try TemporaryDatabase()
        let admin = try demo(database)
        let vinhBao = try #require(try admin.snapshot(code: "HP-KH", year: 2023).unit(named: "Vĩnh Bảo"))
        try admin.addAccount("canbo", RoleGrant(role: .clerk, cluster: "HP-KH", unitID: vinhBao.id))
        let clerk = try database.open(actor: "canbo")
        let reference = try clerk.clusterYear(code: "HP-KH", year: 2023)
        var rules = RuleSet.standard
        rules.awards[1].quota = .count(3)
        #expect(throws: StoreError.self) { try clerk.replaceRules(reference, with: rules, reason: "tự cho thêm cờ") }
        #expect(try clerk.rules(reference) == .standard)
    }

    @Test func aVoteIsTakenOnlyOnWhatTheUnitIsProposedForAndCanBeWithdrawn() throws {
        let database = try TemporaryDatabase()
        let store = try demo(database)
        let reference = try store.clusterYear(code: "HP-KH", year: 2023)
        let snapshot = try store.snapshot(code: "HP-KH", year: 2023)
        let anLao = try #require(snapshot.unit(named: "An Lão"))
        let thuyNguyen = try #require(snapshot.unit(named: "Thủy Nguyên"))
        let rules = snapshot.rules
        #expect(throws: StoreError.notProposedForVote(unit: "An Lão", award: rules.award(code: RuleSet.governmentFlag)!,
                                                      proposed: rules.award(code: RuleSet.comprehensiveMerit), cluster: "HP-KH", year: 2023)) {
            try store.recordVote(reference, VoteTally(unitID: anLao.id, award: RuleSet.governmentFlag, present: 8, votesFor: 8, votesAgainst: 0))
        }
        // Voted down, Thủy Nguyên drops to a certificate; its vote can still be corrected.
        try store.recordVote(reference, VoteTally(unitID: thuyNguyen.id, award: RuleSet.provincialFlag, present: 8, votesFor: 3, votesAgainst: 5))
        #expect(try store.snapshot(code: "HP-KH", year: 2023).review().proposal(unitID: thuyNguyen.id)?.award == RuleSet.comprehensiveMerit)
        try store.recordVote(reference, VoteTally(unitID: thuyNguyen.id, award: RuleSet.provincialFlag, present: 8, votesFor: 2, votesAgainst: 6))
        // Withdrawn, the review is as if it had never been taken.
        try store.withdrawVote(reference, unitID: thuyNguyen.id, award: RuleSet.provincialFlag)
        let after = try store.snapshot(code: "HP-KH", year: 2023)
        #expect(after.votes.isEmpty)
        #expect(after.review().proposal(unitID: thuyNguyen.id)?.award == RuleSet.provincialFlag)
        let entry = try #require(try store.auditEntries(limit: 1).first)
        #expect([entry.action, entry.oldValue ?? ""] == ["vote.withdraw", "present 8, for 2, against 6"])
        #expect(throws: StoreError.noVoteToWithdraw(unit: "Thủy Nguyên", award: RuleSet.provincialFlag)) {
            try store.withdrawVote(reference, unitID: thuyNguyen.id, award: RuleSet.provincialFlag)
        }
        #expect(try store.verify().findings.isEmpty)
    }

    @Test func aRosterFileRegistersTitlesAndOnlyThoseWhoMayRegisterCanChangeThem() throws {
        let database = try TemporaryDatabase()
        let admin = try demo(database)
        let reference = try admin.clusterYear(code: "HP-KH", year: 2023)
        let csv = "name,registered\nVinh Bao,\nAn Lão,co-cp; co-tinh\n"
        guard case .success(let rows) = RosterCSV.parse(data: Data(csv.utf8), file: "r.csv") else { Issue.record("parse failed"); return }
        try admin.addAccount("thuky", RoleGrant(role: .secretary, cluster: "HP-KH"))
        let secretary = try database.open(actor: "thuky")
        // A unit's registrations are its clerk's: the secretary's roster may not change them.
        #expect(throws: StoreError.self) { try secretary.importRoster(reference, rows: rows) }
        let summary = try admin.importRoster(reference, rows: rows)
        #expect(summary.changed == 2)
        let snapshot = try admin.snapshot(code: "HP-KH", year: 2023)
        #expect(snapshot.pledge.registrations[snapshot.unit(named: "An Lão")!.id] == [RuleSet.governmentFlag, RuleSet.provincialFlag])
        #expect(snapshot.pledge.registrations[snapshot.unit(named: "Vĩnh Bảo")!.id] ?? [] == [])
        // Vĩnh Bảo, no longer registered, loses the Government flag, which does not pass down.
        #expect(snapshot.review().proposal(unitID: snapshot.unit(named: "Vĩnh Bảo")!.id)?.award == RuleSet.provincialFlag)
        // The same file again is no change, so the secretary may import it.
        #expect(try secretary.importRoster(reference, rows: rows).changed == 0)
        // An unknown title is named with its line and column.
        guard case .failure(.importFailed(let issues)) = RosterCSV.parse(data: Data("name,registered\nAn Lão,co-xyz\n".utf8), file: "r.csv") else {
            Issue.record("accepted"); return
        }
        #expect(issues.map { "\($0.line):\($0.column) \($0.value)" } == ["2:2 co-xyz"])
    }
}
