import Emulation
import Foundation
import GRDB
import Testing
@testable import EmulationStore

@Suite struct RosterEditingTests {
    static let cluster = Cluster(code: "QA", name: "Cụm thử", kind: .cluster, authority: "UBND tỉnh")
    static let date = CalendarDate(year: 2025, month: 12, day: 20)!

    /// A cluster with a 2025 year and the named units on its roster, the first as head.
    func store(_ database: TemporaryDatabase, units names: [String]) throws -> (EmulationStore, ClusterYearReference, [MemberUnit.ID]) {
        let store = try database.open()
        let reference = try store.createClusterWithYear(Self.cluster, year: 2025)
        let ids = try names.enumerated().map { index, name in
            try store.addUnit(reference, MemberUnit(id: 0, name: name), role: index == 0 ? .head : .member)
        }
        return (store, reference, ids)
    }

    func roster(_ store: EmulationStore, year: Int = 2025) throws -> [String] {
        try store.snapshot(code: "QA", year: year).units.map(\.name)
    }

    func roles(_ store: EmulationStore, year: Int = 2025) throws -> [String: Membership.Role] {
        let snapshot = try store.snapshot(code: "QA", year: year)
        return Dictionary(uniqueKeysWithValues: zip(snapshot.units.map(\.name), snapshot.memberships.map(\.role)))
    }

    func positions(_ store: EmulationStore, _ reference: ClusterYearReference) throws -> [String: Int] {
        try store.pool.read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT unit.name, membership.position FROM membership JOIN unit ON unit.id = membership.unitId WHERE clusterYearId = ?
                """, arguments: [reference.id])
            return Dictionary(uniqueKeysWithValues: rows.map { ($0["name"] as String, $0["position"] as Int) })
        }
    }

    func unitCount(_ store: EmulationStore) throws -> Int {
        try store.pool.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM unit") ?? 0 }
    }

    // MARK: Adding

    @Test func anAddedUnitGoesToTheEndOfTheRosterAndIsAudited() throws {
        let database = try TemporaryDatabase()
        let (store, reference, _) = try store(database, units: ["Vĩnh Bảo", "An Lão"])
        let id = try store.addUnit(reference, MemberUnit(id: 999, name: "  Cát Hải ", shortName: "CH", leader: "Nguyễn Văn A",
                                                         eligibility: .ineligible(.inspection, note: "Đang thanh tra")), role: .member)
        let snapshot = try store.snapshot(code: "QA", year: 2025)
        #expect(snapshot.units.map(\.name) == ["Vĩnh Bảo", "An Lão", "Cát Hải"])
        #expect(snapshot.memberships.last == Membership(unitID: id, role: .member, position: 3))
        #expect(id != 999)
        #expect(snapshot.units.last?.shortName == "CH" && snapshot.units.last?.leader == "Nguyễn Văn A")
        #expect(snapshot.units.last?.eligibility == .ineligible(.inspection, note: "Đang thanh tra"))
        let entries = try store.auditEntries(limit: 2)
        #expect(entries[0].action == "membership.set" && entries[0].entity == "QA/2025/Cát Hải" && entries[0].oldValue == nil)
        #expect(entries[0].newValue?.hasPrefix("member #3") == true)
        #expect(entries[1].action == "unit.create" && entries[1].entity == "QA/unit Cát Hải")
        #expect(try store.verify().passed)
    }

    @Test func aNameAlreadyOnThisYearsRosterIsRefused() throws {
        let database = try TemporaryDatabase()
        let (store, reference, _) = try store(database, units: ["Vĩnh Bảo", "An Lão"])
        let before = try store.lastChange()
        #expect(throws: StoreError.unitExists(name: "An Lão")) {
            try store.addUnit(reference, MemberUnit(id: 0, name: " An Lão  "), role: .head)
        }
        #expect(try store.lastChange() == before)
        #expect(try roster(store) == ["Vĩnh Bảo", "An Lão"])
        #expect(try roles(store)["Vĩnh Bảo"] == .head)
        #expect(throws: StoreError.unitNameRequired) { try store.addUnit(reference, MemberUnit(id: 0, name: "   "), role: .member) }
    }

    @Test func aUnitOfAnEarlierYearIsReusedWithItsDetailsUpdated() throws {
        let database = try TemporaryDatabase()
        let (store, _, ids) = try store(database, units: ["Vĩnh Bảo", "An Lão"])
        let next = try store.createYear(clusterCode: "QA", year: 2026)
        let id = try store.addUnit(next, MemberUnit(id: 0, name: "An Lão", leader: "Trần Thị B"), role: .member)
        #expect(id == ids[1])
        #expect(try unitCount(store) == 2)
        #expect(try store.snapshot(code: "QA", year: 2026).units.map(\.leader) == ["Trần Thị B"])
        // The details belong to the unit, so the earlier year shows them too; its roster is unchanged.
        #expect(try roster(store, year: 2025) == ["Vĩnh Bảo", "An Lão"])
        #expect(try store.auditEntries(limit: 2).map(\.action) == ["membership.set", "unit.update"])
    }

    @Test func aNewHeadOrDeputyTakesTheRoleFromWhoeverHeldIt() throws {
        let database = try TemporaryDatabase()
        let (store, reference, ids) = try store(database, units: ["Vĩnh Bảo", "An Lão"])
        _ = try store.addUnit(reference, MemberUnit(id: 0, name: "Cát Hải"), role: .head)
        #expect(try roles(store) == ["Vĩnh Bảo": .member, "An Lão": .member, "Cát Hải": .head])
        let demotion = try store.auditEntries(limit: 10).first { $0.entity == "QA/2025/Vĩnh Bảo" }
        #expect(demotion?.oldValue == "head #1" && demotion?.newValue == "member #1")

        _ = try store.addUnit(reference, MemberUnit(id: 0, name: "Kiến Thụy"), role: .deputy)
        try store.updateUnit(reference, MemberUnit(id: ids[1], name: "An Lão"), role: .deputy)
        try store.updateUnit(reference, MemberUnit(id: ids[0], name: "Vĩnh Bảo"), role: .head)
        #expect(try roles(store) == ["Vĩnh Bảo": .head, "An Lão": .deputy, "Cát Hải": .member, "Kiến Thụy": .member])
        #expect(try store.verify().passed)
    }

    // MARK: Updating

    @Test func updateRenamesAuditsOnlyWhatChangedAndRefusesAClash() throws {
        let database = try TemporaryDatabase()
        let (store, reference, ids) = try store(database, units: ["Vĩnh Bảo", "An Lão"])
        try store.updateUnit(reference, MemberUnit(id: ids[1], name: "Huyện An Lão ", kind: "huyện", womenMajority: true), role: .member)
        let unit = try store.snapshot(code: "QA", year: 2025).units[1]
        #expect(unit.name == "Huyện An Lão" && unit.kind == "huyện" && unit.womenMajority)
        let entries = try store.auditEntries(limit: 2)
        #expect(entries.map(\.action) == ["unit.update", "unit.rename"])
        #expect(entries[1].oldValue == "An Lão" && entries[1].newValue == "Huyện An Lão")

        // Nothing changed: nothing written.
        let before = try store.lastChange()
        try store.updateUnit(reference, unit, role: .member)
        #expect(try store.lastChange() == before)

        // Only the eligibility changed: one membership row, no unit row.
        try store.updateUnit(reference, MemberUnit(id: unit.id, name: unit.name, kind: unit.kind, womenMajority: true,
                                                   eligibility: .ineligible(.discipline, note: "Kỷ luật")), role: .member)
        #expect(try store.auditEntries(limit: 1).map(\.action) == ["membership.set"])
        #expect(try store.lastChange() == before + 1)
        #expect(try store.snapshot(code: "QA", year: 2025).units[1].eligibility == .ineligible(.discipline, note: "Kỷ luật"))

        let after = try store.lastChange()
        #expect(throws: StoreError.unitExists(name: "Vĩnh Bảo")) {
            try store.updateUnit(reference, MemberUnit(id: ids[1], name: "Vĩnh Bảo"), role: .head)
        }
        #expect(throws: StoreError.unitNameRequired) { try store.updateUnit(reference, MemberUnit(id: ids[1], name: ""), role: .member) }
        #expect(try store.lastChange() == after)
        #expect(try roster(store) == ["Vĩnh Bảo", "Huyện An Lão"])
        #expect(try roles(store)["Vĩnh Bảo"] == .head)
    }

    @Test func aUnitsTextsFollowOneRuleWhoeverEntersThem() throws {
        let database = try TemporaryDatabase()
        let (store, reference, ids) = try store(database, units: ["Vĩnh Bảo", "An Lão"])
        let longest = String(repeating: "ễ", count: 200)
        let before = try store.lastChange()
        #expect(throws: StoreError.invalidUnitText(field: .name, value: longest + "a", problem: .tooLong(maximum: 200))) {
            try store.addUnit(reference, MemberUnit(id: 0, name: longest + "a"), role: .member)
        }
        #expect(throws: StoreError.invalidUnitText(field: .leader, value: "Trần\u{0}Văn", problem: .controlCharacter("\u{0}"))) {
            try store.addUnit(reference, MemberUnit(id: 0, name: "Cát Hải", leader: "Trần\u{0}Văn"), role: .member)
        }
        #expect(throws: StoreError.invalidUnitText(field: .name, value: "An\nLão", problem: .lineBreak)) {
            try store.updateUnit(reference, MemberUnit(id: ids[1], name: "An\nLão"), role: .member)
        }
        #expect(throws: StoreError.invalidUnitText(field: .shortName, value: "A\tL", problem: .controlCharacter("\t"))) {
            try store.updateUnit(reference, MemberUnit(id: ids[1], name: "An Lão", shortName: "A\tL"), role: .member)
        }
        #expect(throws: StoreError.invalidUnitText(field: .name, value: longest + "b", problem: .tooLong(maximum: 200))) {
            try store.importRoster(reference, rows: [RosterCSV.Row(unit: MemberUnit(id: 0, name: longest + "b"), role: .member, columns: ["name"])])
        }
        #expect(try store.lastChange() == before)
        try store.addUnit(reference, MemberUnit(id: 0, name: longest, leader: longest), role: .member)
        #expect(try roster(store) == ["Vĩnh Bảo", "An Lão", longest])
    }

    @Test func renamingOntoAUnitOfAnEarlierYearIsRefused() throws {
        let database = try TemporaryDatabase()
        let (store, _, _) = try store(database, units: ["Vĩnh Bảo", "An Lão"])
        let next = try store.createYear(clusterCode: "QA", year: 2026)
        let id = try store.addUnit(next, MemberUnit(id: 0, name: "Cát Hải"), role: .member)
        #expect(throws: StoreError.unitExists(name: "An Lão")) {
            try store.updateUnit(next, MemberUnit(id: id, name: "An Lão"), role: .member)
        }
    }

    // MARK: Removing

    @Test func removingAUnitWithoutRecordsDeletesItAndNumbersTheRest() throws {
        let database = try TemporaryDatabase()
        let (store, reference, ids) = try store(database, units: ["Vĩnh Bảo", "An Lão", "Cát Hải", "Kiến Thụy"])
        try store.removeUnit(reference, unitID: ids[1])
        #expect(try roster(store) == ["Vĩnh Bảo", "Cát Hải", "Kiến Thụy"])
        #expect(try positions(store, reference) == ["Vĩnh Bảo": 1, "Cát Hải": 2, "Kiến Thụy": 3])
        #expect(try unitCount(store) == 3)
        #expect(try store.auditEntries(limit: 2).map(\.action) == ["unit.delete", "membership.remove"])
        // The name can be used again: a new unit at the end.
        let again = try store.addUnit(reference, MemberUnit(id: 0, name: "An Lão"), role: .member)
        #expect(again != ids[1])
        #expect(try positions(store, reference)["An Lão"] == 4)
        #expect(try store.verify().passed)
    }

    @Test func removingAUnitThatIsOnAnotherYearsRosterKeepsTheUnit() throws {
        let database = try TemporaryDatabase()
        let (store, reference, ids) = try store(database, units: ["Vĩnh Bảo", "An Lão"])
        let next = try store.openNextYear(after: reference)
        try store.removeUnit(next, unitID: ids[1])
        #expect(try roster(store, year: 2026) == ["Vĩnh Bảo"])
        #expect(try roster(store, year: 2025) == ["Vĩnh Bảo", "An Lão"])
        #expect(try unitCount(store) == 2)
        #expect(try store.auditEntries(limit: 1).map(\.action) == ["membership.remove"])
    }

    @Test func removingTheHandedOverHeadKeepsItsUnitRow() throws {
        let database = try TemporaryDatabase()
        let (store, reference, ids) = try store(database, units: ["Vĩnh Bảo", "An Lão"])
        try store.recordHandover(clusterCode: "QA", forYear: 2026, head: ids[1], deputy: nil, method: "rotation", date: Self.date)
        try store.removeUnit(reference, unitID: ids[1])
        #expect(try roster(store) == ["Vĩnh Bảo"])
        #expect(try unitCount(store) == 2)
        #expect(try store.snapshot(code: "QA", year: 2025).handovers.map(\.headName) == ["An Lão"])
    }

    enum Record: String, CaseIterable, Sendable { case score, adjustment, note, vote, signature, model, registration }

    @Test(arguments: Record.allCases)
    func aUnitWithARecordThisYearCannotBeRemoved(record: Record) throws {
        let database = try TemporaryDatabase()
        let (store, reference, ids) = try store(database, units: ["Vĩnh Bảo", "An Lão", "Cát Hải"])
        let unit = ids[1]
        let item = try store.snapshot(code: "QA", year: 2025).tree.items[0].code
        switch record {
        case .score: try store.setScore(reference, ScoreEntry(unitID: unit, item: item, round: .selfAssessment, points: Points(1)))
        case .adjustment: try store.setAdjustment(reference, unitID: unit, kind: .bonus, Adjustment(points: Points(1), reason: "Mô hình"))
        case .note: try store.setNote(reference, unitID: unit, item: item, note: "Có minh chứng")
        case .vote:
            // Votes are taken at the review stage, on a unit's proposal: full marks make An Lão
            // the city flag's; the scores are then cleared, so the vote is the only record.
            let items = try store.snapshot(code: "QA", year: 2025).tree.items
            for item in items { try store.setScore(reference, ScoreEntry(unitID: unit, item: item.code, round: .selfAssessment, points: item.maximum)) }
            try store.setStatus(reference, to: .review)
            try store.recordVote(reference, VoteTally(unitID: unit, award: RuleSet.provincialFlag, present: 3, votesFor: 2, votesAgainst: 1))
            try store.setStatus(reference, to: .scoring)
            for item in items { try store.setScore(reference, ScoreEntry(unitID: unit, item: item.code, round: .selfAssessment, points: nil)) }
        case .signature: try store.sign(reference, unitID: unit, signer: "Nguyễn Văn A", position: "Chủ tịch", date: Self.date)
        case .model: try store.setModels(reference, unitID: unit, models: ["Dân vận khéo"])
        case .registration: try store.setRegistrations(reference, unitID: unit, awards: [RuleSet.governmentFlag])
        }
        let before = try store.snapshot(code: "QA", year: 2025)
        let lastChange = try store.lastChange()
        #expect(throws: StoreError.unitHasRecords(name: "An Lão")) { try store.removeUnit(reference, unitID: unit) }
        #expect(try store.snapshot(code: "QA", year: 2025) == before)
        #expect(try store.lastChange() == lastChange)
        #expect(try unitCount(store) == 3)
    }

    @Test func aRecordInAnotherYearDoesNotStopRemovalButKeepsTheUnitRow() throws {
        let database = try TemporaryDatabase()
        let (store, reference, ids) = try store(database, units: ["Vĩnh Bảo", "An Lão"])
        try store.sign(reference, unitID: ids[1], signer: "Nguyễn Văn A", position: "", date: Self.date)
        let next = try store.openNextYear(after: reference)
        try store.removeUnit(next, unitID: ids[1])
        #expect(try roster(store, year: 2026) == ["Vĩnh Bảo"])
        #expect(try unitCount(store) == 2)
    }

    // MARK: Inactive members

    @Test func anInactiveMemberLeavesTheRankingChecklistAndNextYearButKeepsItsRecords() throws {
        let database = try TemporaryDatabase()
        let (store, reference, ids) = try store(database, units: ["Vĩnh Bảo", "An Lão", "Cát Hải", "Kiến Thụy"])
        let item = try store.snapshot(code: "QA", year: 2025).tree.items[0].code
        try store.setScore(reference, ScoreEntry(unitID: ids[0], item: item, round: .cluster, points: Points(1)))
        try store.sign(reference, unitID: ids[0], signer: "Nguyễn Văn A", position: "", date: Self.date)
        try store.sign(reference, unitID: ids[2], signer: "Trần Văn C", position: "", date: Self.date)

        try store.setUnitActive(reference, unitID: ids[0], active: false)
        let snapshot = try store.snapshot(code: "QA", year: 2025)
        #expect(snapshot.units.map(\.name) == ["An Lão", "Cát Hải", "Kiến Thụy"])
        #expect(snapshot.memberships.map(\.unitID) == [ids[1], ids[2], ids[3]])
        #expect(snapshot.inactiveUnits.map(\.name) == ["Vĩnh Bảo"])
        // The head lost its role; its records stay.
        #expect(!snapshot.memberships.contains { $0.role == .head })
        #expect(snapshot.scores[ids[0]] != nil)
        #expect(snapshot.pledge.signatures[ids[0]] != nil)
        #expect(snapshot.review().ranking.entries.map(\.unit.name).sorted() == ["An Lão", "Cát Hải", "Kiến Thụy"].sorted())
        #expect(snapshot.progress(round: .cluster).entered == 0)
        let summary = try #require(try store.yearSummaries().first { $0.clusterCode == "QA" })
        #expect(summary.unitNames == ["An Lão", "Cát Hải", "Kiến Thụy"])
        #expect(summary.signed == 1 && summary.entered == 0)
        let audit = try store.auditEntries(limit: 2)
        #expect(audit.map(\.action) == ["membership.active", "membership.set"])
        #expect(audit[0].oldValue == "active" && audit[0].newValue == "inactive")
        // Once inactive, it cannot be given a role either.
        try store.updateUnit(reference, snapshot.inactiveUnits[0], role: .head)
        #expect(try store.snapshot(code: "QA", year: 2025).memberships.allSatisfy { $0.role == .member })

        let next = try store.openNextYear(after: reference)
        let nextSnapshot = try store.snapshot(code: "QA", year: 2026)
        #expect(nextSnapshot.units.map(\.name) == ["An Lão", "Cát Hải", "Kiến Thụy"])
        #expect(nextSnapshot.memberships.map(\.position) == [1, 2, 3])
        #expect(nextSnapshot.inactiveUnits.isEmpty)
        #expect(next.year == 2026)

        // Active again: back in its place, as a member.
        try store.setUnitActive(reference, unitID: ids[0], active: true)
        let again = try store.snapshot(code: "QA", year: 2025)
        #expect(again.units.map(\.name) == ["Vĩnh Bảo", "An Lão", "Cát Hải", "Kiến Thụy"])
        #expect(again.inactiveUnits.isEmpty)
        let lastChange = try store.lastChange()
        try store.setUnitActive(reference, unitID: ids[0], active: true)
        #expect(try store.lastChange() == lastChange)
        #expect(try store.verify().passed)
    }

    // MARK: Order

    @Test func movingAUnitSwapsItWithItsNeighbour() throws {
        let database = try TemporaryDatabase()
        let (store, reference, ids) = try store(database, units: ["Vĩnh Bảo", "An Lão", "Cát Hải"])
        try store.moveUnit(reference, unitID: ids[2], by: -1)
        #expect(try roster(store) == ["Vĩnh Bảo", "Cát Hải", "An Lão"])
        #expect(try positions(store, reference) == ["Vĩnh Bảo": 1, "Cát Hải": 2, "An Lão": 3])
        #expect(try store.auditEntries(limit: 2).map(\.newValue) == ["member #3", "member #2"])
        try store.moveUnit(reference, unitID: ids[0], by: 1)
        #expect(try roster(store) == ["Cát Hải", "Vĩnh Bảo", "An Lão"])
        #expect(try roles(store)["Vĩnh Bảo"] == .head)

        let before = try store.lastChange()
        try store.moveUnit(reference, unitID: ids[2], by: -1)
        try store.moveUnit(reference, unitID: ids[1], by: 1)
        try store.moveUnit(reference, unitID: ids[1], by: 5)
        #expect(try store.lastChange() == before)
        #expect(try roster(store) == ["Cát Hải", "Vĩnh Bảo", "An Lão"])
    }

    @Test func anActiveMemberMovesPastAnInactiveOneWhichKeepsItsPlace() throws {
        let database = try TemporaryDatabase()
        let (store, reference, ids) = try store(database, units: ["Vĩnh Bảo", "An Lão", "Cát Hải"])
        try store.setUnitActive(reference, unitID: ids[1], active: false)
        try store.moveUnit(reference, unitID: ids[2], by: -1)
        #expect(try roster(store) == ["Cát Hải", "Vĩnh Bảo"])
        #expect(try positions(store, reference) == ["Cát Hải": 1, "An Lão": 2, "Vĩnh Bảo": 3])
    }

    // MARK: Closed years

    @Test(arguments: [false, true])
    func aClosedYearRefusesEveryRosterChange(throughAdvance: Bool) throws {
        let database = try TemporaryDatabase()
        let (store, reference, ids) = try store(database, units: ["Vĩnh Bảo", "An Lão", "Cát Hải"])
        if throughAdvance {
            while try store.advance(reference) != .closed {}
        } else {
            try store.setStatus(reference, to: .closed)
        }
        let before = try store.snapshot(code: "QA", year: 2025)
        let units = try unitCount(store)
        let lastChange = try store.lastChange()
        let closed = StoreError.yearClosed(cluster: "QA", year: 2025)
        #expect(throws: closed) { try store.addUnit(reference, MemberUnit(id: 0, name: "Kiến Thụy"), role: .head) }
        #expect(throws: closed) { try store.addUnit(reference, MemberUnit(id: 0, name: "An Lão"), role: .member) }
        #expect(throws: closed) { try store.updateUnit(reference, MemberUnit(id: ids[1], name: "Đổi tên"), role: .head) }
        #expect(throws: closed) { try store.removeUnit(reference, unitID: ids[2]) }
        #expect(throws: closed) { try store.setUnitActive(reference, unitID: ids[0], active: false) }
        #expect(throws: closed) { try store.moveUnit(reference, unitID: ids[2], by: -1) }
        #expect(try store.snapshot(code: "QA", year: 2025) == before)
        #expect(try unitCount(store) == units)
        #expect(try store.lastChange() == lastChange)
    }

    // MARK: Hand-overs and the cluster

    @Test func handOversAppearInTheSnapshotWithNames() throws {
        let database = try TemporaryDatabase()
        let (store, _, ids) = try store(database, units: ["Vĩnh Bảo", "An Lão", "Cát Hải"])
        #expect(try store.snapshot(code: "QA", year: 2025).handovers.isEmpty)
        try store.recordHandover(clusterCode: "QA", forYear: 2027, head: ids[2], deputy: nil, method: "rotation", date: Self.date)
        try store.recordHandover(clusterCode: "QA", forYear: 2026, head: ids[1], deputy: ids[2], method: "election", date: Self.date)
        let handovers = try store.snapshot(code: "QA", year: 2025).handovers
        #expect(handovers == [
            Handover(forYear: 2026, head: ids[1], deputy: ids[2], headName: "An Lão", deputyName: "Cát Hải", method: .election, date: Self.date),
            Handover(forYear: 2027, head: ids[2], deputy: nil, headName: "Cát Hải", deputyName: nil, method: .rotation, date: Self.date),
        ])
        // Every year of the cluster sees them, including the one they were recorded for.
        let next = try store.openNextYear(after: try store.clusterYear(code: "QA", year: 2025))
        #expect(try store.snapshot(code: "QA", year: next.year).handovers.count == 2)
        #expect(try roles(store, year: 2026) == ["Vĩnh Bảo": .member, "An Lão": .head, "Cát Hải": .deputy])
    }

    @Test func updateClusterChangesNameKindAndAuthorityButNotTheCode() throws {
        let database = try TemporaryDatabase()
        let (store, _, _) = try store(database, units: ["Vĩnh Bảo"])
        try store.updateCluster(Cluster(code: "QA", name: " Khối các sở ", kind: .bloc, authority: "UBND thành phố"))
        let cluster = try store.snapshot(code: "QA", year: 2025).cluster
        #expect(cluster == Cluster(code: "QA", name: "Khối các sở", kind: .bloc, authority: "UBND thành phố"))
        let entry = try store.auditEntries(limit: 1)[0]
        #expect(entry.action == "cluster.update" && entry.entity == "cluster QA")
        #expect(entry.oldValue == "Cụm thử (cum, UBND tỉnh)" && entry.newValue == "Khối các sở (khoi, UBND thành phố)")

        let before = try store.lastChange()
        try store.updateCluster(cluster)
        #expect(throws: StoreError.clusterNameRequired) {
            try store.updateCluster(Cluster(code: "QA", name: "  ", kind: .cluster, authority: ""))
        }
        #expect(throws: StoreError.unknownCluster(code: "XX", existing: ["QA"])) {
            try store.updateCluster(Cluster(code: "XX", name: "Khác", kind: .cluster, authority: ""))
        }
        #expect(try store.lastChange() == before)
        #expect(try store.clusters().map(\.cluster) == [cluster])
        #expect(try store.verify().passed)
    }

    @Test func theDemoChainStillVerifiesAfterRosterEdits() throws {
        let database = try TemporaryDatabase()
        let store = try database.open()
        _ = try store.loadDemo(today: CalendarDate(year: 2026, month: 1, day: 1)!)
        let reference = try store.clusterYear(code: "HN-10", year: 2020)
        let snapshot = try store.snapshot(code: "HN-10", year: 2020)
        let added = try store.addUnit(reference, MemberUnit(id: 0, name: "Ba Vì"), role: .deputy)
        try store.moveUnit(reference, unitID: added, by: -2)
        try store.setUnitActive(reference, unitID: snapshot.units[0].id, active: false)
        try store.removeUnit(reference, unitID: added)
        #expect(throws: StoreError.unitHasRecords(name: snapshot.units[1].name)) { try store.removeUnit(reference, unitID: snapshot.units[1].id) }
        try store.updateCluster(Cluster(code: "HN-10", name: "Cụm thi đua số 10", kind: .cluster, authority: "UBND thành phố Hà Nội"))
        #expect(try store.verify().passed)
    }
}
