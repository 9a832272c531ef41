import Emulation
import Foundation
import GRDB
import Testing
@testable import EmulationStore

@Suite struct StoreTests {
    static let today = CalendarDate(year: 2026, month: 11, day: 23)!

    @Test func demoLoadsThreeClustersAndReproducesHaiPhongsPublishedAwards() throws {
        let database = try TemporaryDatabase()
        let store = try database.open()
        let report = try store.loadDemo(today: Self.today)
        #expect(report.loaded == ["HP-KH", "HN-10", "TH-02"])
        let snapshot = try store.snapshot(code: "HP-KH", year: 2023)
        let review = snapshot.review()
        #expect(review.ranking.entries.map(\.unit.name) == ["Vĩnh Bảo", "Thủy Nguyên", "An Lão", "Kiến Thụy", "Tiên Lãng", "An Dương", "Cát Hải", "Bạch Long Vĩ"])
        #expect(review.ranking.entries.map(\.result.total) == [9650, 9340, 8760, 8590, 8270, 8050, 7800, 7380].map { Points(hundredths: $0) })
        #expect(review.proposals.map(\.award) == [RuleSet.governmentFlag, RuleSet.provincialFlag, RuleSet.comprehensiveMerit, RuleSet.comprehensiveMerit,
                                                  RuleSet.specialisedMerit, RuleSet.specialisedMerit, RuleSet.specialisedMerit, RuleSet.specialisedMerit])
        #expect(snapshot.progress(round: .cluster) == (120, 120))
        #expect(snapshot.note.contains("sinh tự động"))
        // Self-scores exist and at least one gap is flagged for the meeting.
        let flagged = snapshot.units.contains { unit in
            snapshot.tree.items.contains { snapshot.scores[unit.id]!.hasGap(item: $0, rules: snapshot.rules) }
        }
        #expect(flagged)
    }

    /// What an import checks its file against: the year without its scores, notes and
    /// adjustments, and everything else as the whole snapshot has it.
    @Test func aSnapshotWithoutScoresIsTheYearLessItsScores() throws {
        let database = try TemporaryDatabase()
        let store = try database.open()
        _ = try store.loadDemo(today: Self.today)
        let reference = try store.clusterYear(code: "HP-KH", year: 2023)
        let unit = try store.snapshot(code: "HP-KH", year: 2023).units[0]
        try store.setNote(reference, unitID: unit.id, item: "1.1", note: "Có minh chứng")
        try store.setAdjustment(reference, unitID: unit.id, kind: .bonus, Adjustment(points: Points(1), reason: "Mô hình hay"))
        let whole = try store.snapshot(code: "HP-KH", year: 2023)
        #expect(!whole.scores.isEmpty && !whole.notes.isEmpty)
        var outline = try store.snapshot(code: "HP-KH", year: 2023, withScores: false)
        #expect(outline.scores.isEmpty && outline.notes.isEmpty)
        (outline.scores, outline.notes) = (whole.scores, whole.notes)
        #expect(outline == whole)
    }

    @Test func demoHaNoiPledgeIsAsPublished() throws {
        let database = try TemporaryDatabase()
        let store = try database.open()
        _ = try store.loadDemo(today: Self.today)
        let snapshot = try store.snapshot(code: "HN-10", year: 2020)
        #expect(snapshot.units.map(\.name) == ["Sóc Sơn", "Thanh Trì", "Mê Linh", "Gia Lâm", "Đông Anh"])
        #expect(snapshot.memberships.first?.role == .head)
        #expect(snapshot.pledge.tasks.count == 6)
        #expect(snapshot.pledge.drives.count == 4)
        #expect(snapshot.pledge.models.values.map(\.count).reduce(0, +) == 8)
        #expect(snapshot.units.allSatisfy { snapshot.pledge.registrations[$0.id] == [RuleSet.governmentFlag] })
        #expect(snapshot.pledge.signedCount(members: snapshot.units.map(\.id)) == 5)
        #expect(snapshot.pledge.date == CalendarDate(year: 2020, month: 2, day: 7))
    }

    @Test func demoTwiceDuplicatesNothing() throws {
        let database = try TemporaryDatabase()
        let store = try database.open()
        _ = try store.loadDemo(today: Self.today)
        let auditRows = try store.verify().auditRows
        let second = try store.loadDemo(today: Self.today)
        #expect(second.loaded.isEmpty)
        #expect(second.skipped == ["HP-KH", "HN-10", "TH-02"])
        #expect(try store.verify().auditRows == auditRows)
        #expect(try store.clusters().count == 3)
    }

    /// Home's counts come from SQL; they must agree with what a full snapshot says.
    @Test func yearSummariesAgreeWithSnapshots() throws {
        let database = try TemporaryDatabase()
        let store = try database.open()
        _ = try store.loadDemo(today: Self.today)
        let reference = try store.clusterYear(code: "HN-10", year: 2020)
        let unit = try store.snapshot(code: "HN-10", year: 2020).units[0]
        try store.setScore(reference, ScoreEntry(unitID: unit.id, item: "1.1", round: .cluster, points: nil))
        try store.setScore(reference, ScoreEntry(unitID: unit.id, item: "1.1", round: .selfAssessment, points: nil))
        for summary in try store.yearSummaries() {
            let snapshot = try store.snapshot(code: summary.clusterCode, year: summary.year)
            let members = snapshot.units.map(\.id)
            #expect(summary.unitNames == snapshot.units.map(\.name))
            #expect(summary.signed == snapshot.pledge.signedCount(members: members))
            #expect(summary.items == snapshot.tree.items.count)
            let entered = snapshot.units.reduce(0) { sum, unit in
                sum + snapshot.tree.items.filter { snapshot.scores[unit.id]?.final(item: $0.code, rule: .clusterElseSelf) != nil }.count
            }
            #expect(summary.entered == entered)
            #expect(summary.votes == snapshot.votes.count)
        }
        #expect(try store.yearSummaries().first { $0.clusterCode == "HN-10" }?.entered == 74)
        // Without counting the cells (what search and `:open` need): the same, entered at 0.
        let counted = try store.yearSummaries()
        let uncounted = try store.yearSummaries(countingCells: false)
        #expect(uncounted == counted.map { summary in
            var summary = summary
            summary.entered = 0
            return summary
        })
        #expect(counted.contains { $0.entered > 0 })
    }

    @Test func unknownClusterAndYearListWhatExists() throws {
        let database = try TemporaryDatabase()
        let store = try database.open()
        _ = try store.loadDemo(today: Self.today)
        #expect(throws: StoreError.unknownCluster(code: "XX", existing: ["HN-10", "HP-KH", "TH-02"])) {
            try store.clusterYear(code: "XX", year: 2023)
        }
        #expect(throws: StoreError.unknownYear(cluster: "HP-KH", year: 2022, existing: [2023])) {
            try store.clusterYear(code: "HP-KH", year: 2022)
        }
    }

    @Test func scoresAreExactAndAuditedWithOldAndNewValues() throws {
        let database = try TemporaryDatabase()
        let store = try database.open(actor: "thu-ky")
        _ = try store.loadDemo(today: Self.today)
        let reference = try store.clusterYear(code: "HN-10", year: 2020)
        let unit = try store.snapshot(code: "HN-10", year: 2020).units[0]
        try store.setScore(reference, ScoreEntry(unitID: unit.id, item: "1.1", round: .cluster, points: Points(hundredths: 933)))
        let after = try store.snapshot(code: "HN-10", year: 2020)
        #expect(after.scores[unit.id]?.cluster["1.1"] == Points(hundredths: 933))
        let last = try store.auditEntries(limit: 1)[0]
        #expect(last.actor == "thu-ky")
        #expect(last.action == "score.set")
        #expect(last.entity == "HN-10/2020/Sóc Sơn/1.1/cluster")
        #expect(last.newValue == "9,33")
        #expect(last.oldValue != nil)
    }

    @Test func outOfRangeScoreIsRefusedAndNothingIsWritten() throws {
        let database = try TemporaryDatabase()
        let store = try database.open()
        _ = try store.loadDemo(today: Self.today)
        let reference = try store.clusterYear(code: "HN-10", year: 2020)
        let unit = try store.snapshot(code: "HN-10", year: 2020).units[0]
        let before = try store.verify().auditRows
        #expect(throws: StoreError.invalidScore(.outOfRange(item: "1.1", value: Points(hundredths: 1001), maximum: Points(10)))) {
            try store.setScore(reference, ScoreEntry(unitID: unit.id, item: "1.1", round: .cluster, points: Points(hundredths: 1001)))
        }
        #expect(try store.verify().auditRows == before)
    }

    @Test func databaseRefusesScoresAboveMaximumEvenFromRawSQL() throws {
        let database = try TemporaryDatabase()
        let store = try database.open()
        _ = try store.loadDemo(today: Self.today)
        #expect(throws: DatabaseError.self) {
            try store.pool.write { db in try db.execute(sql: "UPDATE score SET hundredths = 5000 WHERE rowid = (SELECT min(rowid) FROM score)") }
        }
        #expect(throws: DatabaseError.self) {
            try store.pool.write { db in try db.execute(sql: "UPDATE score SET round = 'other' WHERE rowid = (SELECT min(rowid) FROM score)") }
        }
    }

    @Test func closedYearRefusesEveryChange() throws {
        let database = try TemporaryDatabase()
        let store = try database.open()
        _ = try store.loadDemo(today: Self.today)
        let reference = try store.clusterYear(code: "TH-02", year: 2019)
        let unit = try store.snapshot(code: "TH-02", year: 2019).units[0]
        let closed = StoreError.yearClosed(cluster: "TH-02", year: 2019)
        #expect(throws: closed) { try store.setScore(reference, ScoreEntry(unitID: unit.id, item: "1.1", round: .cluster, points: Points(1))) }
        #expect(throws: closed) { try store.setAdjustment(reference, unitID: unit.id, kind: .bonus, Adjustment(points: Points(1), reason: "x")) }
        #expect(throws: closed) { try store.setMembership(reference, unitID: unit.id, role: .head, position: 1) }
        #expect(throws: closed) { try store.sign(reference, unitID: unit.id, signer: "A", position: "B", date: Self.today) }
        #expect(throws: closed) {
            try store.recordVote(reference, VoteTally(unitID: unit.id, award: RuleSet.governmentFlag, present: 7, votesFor: 7, votesAgainst: 0))
        }
    }

    @Test func changingTasksMakesSignaturesOfAnEarlierVersion() throws {
        let database = try TemporaryDatabase()
        let store = try database.open()
        _ = try store.loadDemo(today: Self.today)
        let reference = try store.clusterYear(code: "HN-10", year: 2020)
        var snapshot = try store.snapshot(code: "HN-10", year: 2020)
        try store.savePledge(reference, title: snapshot.pledge.title, slogan: snapshot.pledge.slogan, date: snapshot.pledge.date,
                             place: snapshot.pledge.place, tasks: snapshot.pledge.tasks + ["Nhiệm vụ bổ sung"], drives: snapshot.pledge.drives)
        snapshot = try store.snapshot(code: "HN-10", year: 2020)
        #expect(snapshot.pledge.signedCount(members: snapshot.units.map(\.id)) == 0)
        try store.sign(reference, unitID: snapshot.units[0].id, signer: "A", position: "Chủ tịch", date: Self.today)
        snapshot = try store.snapshot(code: "HN-10", year: 2020)
        #expect(snapshot.pledge.signedCount(members: snapshot.units.map(\.id)) == 1)
    }

    @Test func votesAreStoredAndCascade() throws {
        let database = try TemporaryDatabase()
        let store = try database.open()
        _ = try store.loadDemo(today: Self.today)
        let reference = try store.clusterYear(code: "HP-KH", year: 2023)
        let snapshot = try store.snapshot(code: "HP-KH", year: 2023)
        let thuyNguyen = snapshot.unit(named: "Thủy Nguyên")!
        #expect(throws: StoreError.invalidVote([.moreVotesThanPresent(present: 6, cast: 7)])) {
            try store.recordVote(reference, VoteTally(unitID: thuyNguyen.id, award: RuleSet.provincialFlag, present: 6, votesFor: 4, votesAgainst: 3))
        }
        try store.recordVote(reference, VoteTally(unitID: thuyNguyen.id, award: RuleSet.provincialFlag, present: 8, votesFor: 3, votesAgainst: 5))
        let review = try store.snapshot(code: "HP-KH", year: 2023).review()
        #expect(review.proposal(unitID: thuyNguyen.id)?.award == RuleSet.comprehensiveMerit)
        #expect(review.votes.map(\.result) == [.rejected])
    }
}
