import Emulation
import Foundation
import Testing
@testable import EmulationStore

/// What a closed year's documents depend on stays as it was, and the head role is handed only to
/// units that may take it.
@Suite struct ClosedHistoryTests {
    static let cluster = Cluster(code: "QA", name: "Cụm thử", kind: .cluster, authority: "")
    static let date = CalendarDate(year: 2025, month: 12, day: 20)!

    /// 2025 with three units (A heads), closed, and 2026 opened from it.
    func closedYearAndNext(_ database: TemporaryDatabase) throws -> (EmulationStore, ClusterYearReference, [MemberUnit.ID]) {
        let store = try database.open()
        let reference = try store.createClusterWithYear(Self.cluster, year: 2025)
        let ids = try ["An Lão", "Kiến Thụy", "Tiên Lãng"].enumerated().map { index, name in
            try store.addUnit(reference, MemberUnit(id: 0, name: name, leader: "Ông \(index)"), role: index == 0 ? .head : .member)
        }
        let next = try store.openNextYear(after: reference)
        try store.setStatus(reference, to: .closed)
        return (store, next, ids)
    }

    @Test func aUnitOfAClosedYearKeepsItsNameAndWomenFlag() throws {
        let database = try TemporaryDatabase()
        let (store, next, ids) = try closedYearAndNext(database)
        #expect(throws: StoreError.unitInClosedYear(name: "Kiến Thụy", year: 2025)) {
            try store.updateUnit(next, MemberUnit(id: ids[1], name: "Kiến Thụy mới"), role: .member)
        }
        #expect(throws: StoreError.unitInClosedYear(name: "Kiến Thụy", year: 2025)) {
            try store.updateUnit(next, MemberUnit(id: ids[1], name: "Kiến Thụy", womenMajority: true), role: .member)
        }
        #expect(try store.snapshot(code: "QA", year: 2025).units.map(\.name) == ["An Lão", "Kiến Thụy", "Tiên Lãng"])
        // Its leader may still change: the closed year's signatures keep their own signer.
        try store.updateUnit(next, MemberUnit(id: ids[1], name: "Kiến Thụy", leader: "Bà Mới"), role: .member)
        #expect(try store.snapshot(code: "QA", year: 2026).units[1].leader == "Bà Mới")
    }

    @Test func aRosterFileCannotChangeTheWomenFlagOfAUnitOfAClosedYear() throws {
        let database = try TemporaryDatabase()
        let (store, next, _) = try closedYearAndNext(database)
        let row = RosterCSV.Row(unit: MemberUnit(id: 0, name: "Kiến Thụy", womenMajority: true), role: .member, columns: ["name", "women_70"])
        #expect(throws: StoreError.unitInClosedYear(name: "Kiến Thụy", year: 2025)) { try store.importRoster(next, rows: [row]) }
        #expect(try store.snapshot(code: "QA", year: 2025).units[1].womenMajority == false)
    }

    @Test func reAddingAUnitOfAClosedYearKeepsItsStoredDetails() throws {
        let database = try TemporaryDatabase()
        let (store, next, ids) = try closedYearAndNext(database)
        try store.removeUnit(next, unitID: ids[2])
        try store.addUnit(next, MemberUnit(id: 0, name: "Tiên Lãng", leader: "Người khác", womenMajority: true), role: .member)
        let unit = try #require(try store.snapshot(code: "QA", year: 2025).units.first { $0.name == "Tiên Lãng" })
        #expect(unit.leader == "Ông 2" && !unit.womenMajority)
    }

    @Test func anIneligibleUnitCannotBeHandedTheHeadRole() throws {
        let database = try TemporaryDatabase()
        let store = try database.open()
        let reference = try store.createClusterWithYear(Self.cluster, year: 2025)
        let a = try store.addUnit(reference, MemberUnit(id: 0, name: "An Lão"), role: .head)
        let b = try store.addUnit(reference, MemberUnit(id: 0, name: "Kiến Thụy", eligibility: .ineligible(.discipline, note: "")), role: .member)
        #expect(throws: StoreError.ineligibleForRole(name: "Kiến Thụy")) {
            try store.recordHandover(clusterCode: "QA", forYear: 2026, head: b, deputy: nil, method: "election", date: Self.date)
        }
        #expect(throws: StoreError.ineligibleForRole(name: "Kiến Thụy")) {
            try store.recordHandover(clusterCode: "QA", forYear: 2026, head: a, deputy: b, method: "election", date: Self.date)
        }
        #expect(try store.snapshot(code: "QA", year: 2025).handovers.isEmpty)
    }

    @Test func aHandoverRecordedAfterTheNextYearOpenedMovesItsRoles() throws {
        let database = try TemporaryDatabase()
        let store = try database.open()
        let reference = try store.createClusterWithYear(Self.cluster, year: 2025)
        let ids = try ["An Lão", "Kiến Thụy", "Tiên Lãng"].enumerated().map { index, name in
            try store.addUnit(reference, MemberUnit(id: 0, name: name), role: index == 0 ? .head : .member)
        }
        _ = try store.openNextYear(after: reference)
        try store.recordHandover(clusterCode: "QA", forYear: 2026, head: ids[2], deputy: ids[1], method: "election", date: Self.date)
        let next = try store.snapshot(code: "QA", year: 2026)
        #expect(next.memberships.map(\.role) == [.member, .deputy, .head])
        // The year that ends keeps its own roles.
        #expect(try store.snapshot(code: "QA", year: 2025).memberships.map(\.role) == [.head, .member, .member])
    }
}
