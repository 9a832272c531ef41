import Emulation
import Foundation
import Testing
@testable import EmulationStore

@Suite struct YearLifecycleTests {
    @Test func aYearMovesForwardOneStageAtATimeAndClosingMakesItReadOnly() throws {
        let database = try TemporaryDatabase()
        let store = try database.open()
        let reference = try store.createClusterWithYear(Cluster(code: "QA", name: "Cụm thử", kind: .cluster, authority: ""), year: 2025)
        #expect(try store.advance(reference) == .scoring)
        #expect(try store.advance(reference) == .review)
        #expect(try store.advance(reference) == .closed)
        #expect(throws: StoreError.yearClosed(cluster: "QA", year: 2025)) { try store.advance(reference) }
        #expect(throws: StoreError.yearClosed(cluster: "QA", year: 2025)) {
            try store.importRoster(reference, rows: [RosterCSV.Row(unit: MemberUnit(id: 0, name: "A"), role: .member, columns: ["name"])])
        }
    }

    @Test func reopeningNeedsAReasonAndIsAudited() throws {
        let database = try TemporaryDatabase()
        let store = try database.open()
        _ = try store.loadDemo(today: CalendarDate(year: 2026, month: 1, day: 1)!)
        let reference = try store.clusterYear(code: "TH-02", year: 2019)
        #expect(throws: StoreError.reasonRequired) { try store.reopen(reference, reason: " ") }
        // A year that is open has nothing to reopen, and saying it was reopened would be untrue.
        let open = try store.clusterYear(code: "HP-KH", year: 2023)
        #expect(throws: StoreError.yearNotClosed(cluster: "HP-KH", year: 2023, status: .review)) { try store.reopen(open, reason: "thử") }
        try store.reopen(reference, reason: "Sửa số phiếu biểu quyết")
        #expect(try store.clusterYear(code: "TH-02", year: 2019).status == .review)
        let last = try store.auditEntries(limit: 1)[0]
        #expect(last.action == "year.status" && last.oldValue == "closed" && last.reason == "Sửa số phiếu biểu quyết")
    }

    @Test func theNextYearCopiesRosterGridAndRulesAndTakesTheHandedOverHead() throws {
        let database = try TemporaryDatabase()
        let store = try database.open()
        _ = try store.loadDemo(today: CalendarDate(year: 2026, month: 1, day: 1)!)
        // Hải Phòng 2023 handed the head role to Cát Hải for 2024.
        let next = try store.openNextYear(after: try store.clusterYear(code: "HP-KH", year: 2023))
        #expect(next.year == 2024 && next.status == .pledge)
        let old = try store.snapshot(code: "HP-KH", year: 2023)
        let new = try store.snapshot(code: "HP-KH", year: 2024)
        #expect(new.units.map(\.name) == old.units.map(\.name))
        #expect(new.tree == old.tree)
        #expect(new.rules == old.rules)
        #expect(new.scores.isEmpty)
        let head = zip(new.units, new.memberships).first { $0.1.role == .head }?.0.name
        #expect(head == "Cát Hải")
        #expect(new.memberships.filter { $0.role == .head }.count == 1)
        #expect(throws: StoreError.yearExists(cluster: "HP-KH", year: 2024)) { try store.openNextYear(after: try store.clusterYear(code: "HP-KH", year: 2023)) }
        #expect(try store.verify().passed)
    }
}
