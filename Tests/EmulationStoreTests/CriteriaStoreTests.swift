import Emulation
import Foundation
import Testing
@testable import EmulationStore

@Suite struct CriteriaStoreTests {
    func newYear() throws -> (TemporaryDatabase, EmulationStore, ClusterYearReference) {
        let database = try TemporaryDatabase()
        let store = try database.open()
        let reference = try store.createClusterWithYear(Cluster(code: "QA", name: "Cụm thử", kind: .cluster, authority: ""), year: 2025)
        return (database, store, reference)
    }

    @Test func beforeScoringTheGridChangesFreely() throws {
        let (database, store, reference) = try newYear()
        defer { withExtendedLifetime(database) {} }
        #expect(try !store.criteriaLocked(reference))
        var tree = CriteriaTree.standard
        tree.update(at: [0, 0]) { $0.title = "Tăng trưởng kinh tế"; $0.maximum = Points(12) }
        tree.update(at: [0, 1]) { $0.maximum = Points(6) }
        try store.replaceCriteria(reference, with: tree)
        let stored = try store.snapshot(code: "QA", year: 2025).tree
        #expect(stored == tree)
        #expect(try store.auditEntries(limit: 1)[0].action == "criteria.replace")
    }

    @Test func anInvalidTreeIsRefused() throws {
        let (database, store, reference) = try newYear()
        defer { withExtendedLifetime(database) {} }
        var tree = CriteriaTree.standard
        tree.update(at: [0, 0]) { $0.maximum = Points(11) }
        #expect(throws: StoreError.invalidCriteria([.childrenDoNotAddUp(code: "1", maximum: Points(50), sumOfChildren: Points(51))])) {
            try store.replaceCriteria(reference, with: tree)
        }
    }

    @Test func onceScoringStartsOnlyAnAdminUnlockWithAReasonAllowsAChange() throws {
        let (database, store, reference) = try newYear()
        defer { withExtendedLifetime(database) {} }
        try store.importRoster(reference, rows: [RosterCSV.Row(unit: MemberUnit(id: 0, name: "Đơn vị A"), role: .member, columns: ["name"])])
        let unit = try store.snapshot(code: "QA", year: 2025).units[0]
        try store.setScore(reference, ScoreEntry(unitID: unit.id, item: "1.1", round: .selfAssessment, points: Points(9)))
        #expect(try store.criteriaLocked(reference))
        var tree = CriteriaTree.standard
        tree.update(at: [0, 1]) { $0.title = "Nông thôn mới" }
        #expect(throws: StoreError.criteriaLocked(cluster: "QA", year: 2025)) { try store.replaceCriteria(reference, with: tree) }
        #expect(throws: StoreError.reasonRequired) { try store.unlockCriteria(reference, reason: "  ") }
        try store.unlockCriteria(reference, reason: "Sai tên tiêu chí 1.2")
        #expect(try store.auditEntries(limit: 1)[0].reason == "Sai tên tiêu chí 1.2")
        // An item with scores keeps them, cannot be removed, nor be given a maximum below them.
        var removing = CriteriaTree.standard
        removing.remove(at: [0, 0])
        removing.update(at: [0]) { $0.maximum = Points(40) }
        removing.update(at: [1]) { $0.maximum = Points(40) }
        removing.update(at: [1, 0]) { $0.maximum = Points(18) }
        #expect(throws: StoreError.criterionHasScores(code: "1.1")) { try store.replaceCriteria(reference, with: removing) }
        var lowering = CriteriaTree.standard
        lowering.update(at: [0, 0]) { $0.maximum = Points(8) }
        lowering.update(at: [0, 1]) { $0.maximum = Points(10) }
        #expect(throws: StoreError.criterionHasScores(code: "1.1")) { try store.replaceCriteria(reference, with: lowering) }
        try store.replaceCriteria(reference, with: tree)
        let snapshot = try store.snapshot(code: "QA", year: 2025)
        #expect(snapshot.tree.item(code: "1.2")?.title == "Nông thôn mới")
        #expect(snapshot.scores[unit.id]?.selfAssessment["1.1"] == Points(9), "scores stay with their item")
        #expect(try store.criteriaLocked(reference), "saving locks the grid again")
        #expect(try store.verify().passed)
    }

    @Test func thePreviousYearsGridIsFound() throws {
        let (database, store, reference) = try newYear()
        defer { withExtendedLifetime(database) {} }
        #expect(try store.previousTree(reference) == nil)
        let next = try store.createYear(clusterCode: "QA", year: 2026)
        #expect(try store.previousTree(next) == CriteriaTree.standard)
    }
}
