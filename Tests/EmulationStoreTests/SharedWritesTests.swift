import Emulation
import Foundation
import GRDB
import Testing
@testable import EmulationStore

/// Two clerks, each with their own store (their own connections), on one file. For every kind
/// of write a clerk makes from what they saw: when the other clerk wrote first, the stale write
/// is refused whole, names who wrote and what is stored, leaves no audit row; "keep mine"
/// overwrites exactly the write shown, and nothing newer.
@Suite struct SharedWritesTests {
    static let today = CalendarDate(year: 2026, month: 11, day: 23)!

    /// Clerk A and clerk B on one demo file.
    struct Clerks {
        let database: TemporaryDatabase
        let a: EmulationStore
        let b: EmulationStore

        init() throws {
            database = try TemporaryDatabase()
            a = try database.open(actor: "Nguyễn Văn A")
            _ = try a.loadDemo(today: SharedWritesTests.today)
            b = try database.open(actor: "Trần Thị B")
        }

        func auditCount() throws -> Int {
            try DatabaseQueue(path: database.path).read { try Int.fetchOne($0, sql: "SELECT count(*) FROM audit") ?? 0 }
        }
    }

    /// B's stale write throws a conflict naming A and changes nothing; returns the conflict.
    func refused(_ clerks: Clerks, _ write: () throws -> Void) throws -> WriteConflict {
        let before = try clerks.auditCount()
        var caught: WriteConflict?
        do {
            try write()
        } catch StoreError.conflict(let conflict) {
            caught = conflict
        }
        let conflict = try #require(caught, "the stale write was not refused")
        #expect(conflict.by == "Nguyễn Văn A")
        #expect(conflict.auditID > 0)
        #expect(try clerks.auditCount() == before, "a refused write left an audit row")
        return conflict
    }

    @Test func aScoreSeenBeforeARefreshIsComparedWithWhatWasSeen() throws {
        let clerks = try Clerks()
        let reference = try clerks.b.clusterYear(code: "HN-10", year: 2020)
        let unit = try clerks.b.snapshot(code: "HN-10", year: 2020).units[1]
        let seen = try clerks.b.snapshot(code: "HN-10", year: 2020).scores[unit.id]?.selfAssessment["1.1"]
        try clerks.a.setScore(reference, ScoreEntry(unitID: unit.id, item: "1.1", round: .selfAssessment, points: Points(2)))
        let conflict = try refused(clerks) {
            try clerks.b.setScore(reference, ScoreEntry(unitID: unit.id, item: "1.1", round: .selfAssessment, points: Points(8)), expecting: .value(seen))
        }
        #expect(conflict.theirs == "2,00")
        #expect(conflict.subject == .score(unit: unit.name, item: "1.1", round: .selfAssessment))
        #expect(try clerks.a.snapshot(code: "HN-10", year: 2020).scores[unit.id]?.selfAssessment["1.1"] == Points(2))
        // Keep mine: overwrites exactly A's write.
        try clerks.b.setScore(reference, ScoreEntry(unitID: unit.id, item: "1.1", round: .selfAssessment, points: Points(8)),
                              expecting: .overwriting(auditID: conflict.auditID))
        #expect(try clerks.a.snapshot(code: "HN-10", year: 2020).scores[unit.id]?.selfAssessment["1.1"] == Points(8))
    }

    @Test func keepMineStillRefusesAWriteNewerThanTheOneShown() throws {
        let clerks = try Clerks()
        let reference = try clerks.b.clusterYear(code: "HN-10", year: 2020)
        let unit = try clerks.b.snapshot(code: "HN-10", year: 2020).units[1]
        try clerks.a.setScore(reference, ScoreEntry(unitID: unit.id, item: "1.1", round: .selfAssessment, points: Points(2)))
        let conflict = try refused(clerks) {
            try clerks.b.setScore(reference, ScoreEntry(unitID: unit.id, item: "1.1", round: .selfAssessment, points: Points(8)), expecting: .value(nil))
        }
        try clerks.a.setScore(reference, ScoreEntry(unitID: unit.id, item: "1.1", round: .selfAssessment, points: Points(3)))
        let again = try refused(clerks) {
            try clerks.b.setScore(reference, ScoreEntry(unitID: unit.id, item: "1.1", round: .selfAssessment, points: Points(8)),
                                  expecting: .overwriting(auditID: conflict.auditID))
        }
        #expect(again.theirs == "3,00")
    }

    /// An import writes one audit row per unit's line, not one per cell: a clerk's stale write
    /// of a cell the import changed still names the import's author and its row, and "keep
    /// mine" after it is refused only by a newer import that changed that same cell, not by one
    /// that changed the unit's other cells.
    @Test func aCellAnImportChangedIsComparedWithWhatWasSeen() throws {
        let clerks = try Clerks()
        let reference = try clerks.b.clusterYear(code: "HN-10", year: 2020)
        let unit = try clerks.b.snapshot(code: "HN-10", year: 2020).units[1]
        let seen = try clerks.b.snapshot(code: "HN-10", year: 2020).scores[unit.id]?.selfAssessment["1.1"]
        let line = { (oneOne: Int, oneTwo: Int) in
            [ScoreEntry(unitID: unit.id, item: "1.1", round: .selfAssessment, points: Points(oneOne)),
             ScoreEntry(unitID: unit.id, item: "1.2", round: .selfAssessment, points: Points(oneTwo))]
        }
        try clerks.a.importScores(reference, entries: line(2, 3), adjustments: [], reason: "tệp của cụm")
        let conflict = try refused(clerks) {
            try clerks.b.setScore(reference, ScoreEntry(unitID: unit.id, item: "1.1", round: .selfAssessment, points: Points(8)), expecting: .value(seen))
        }
        #expect(conflict.theirs == "2,00")
        let imported = try clerks.a.auditEntries(limit: 1)[0]
        #expect(conflict.auditID == imported.id && imported.action == "score.import")
        // A later import that changes only 1.2 is not a newer write of 1.1: keep mine overwrites.
        try clerks.a.importScores(reference, entries: [line(2, 4)[1]], adjustments: [], reason: "sửa 1.2")
        try clerks.b.setScore(reference, ScoreEntry(unitID: unit.id, item: "1.1", round: .selfAssessment, points: Points(8)),
                              expecting: .overwriting(auditID: conflict.auditID))
        // One that changes 1.1 again is.
        try clerks.a.importScores(reference, entries: line(5, 4), adjustments: [], reason: "lại")
        let again = try refused(clerks) {
            try clerks.b.setScore(reference, ScoreEntry(unitID: unit.id, item: "1.1", round: .selfAssessment, points: Points(9)),
                                  expecting: .overwriting(auditID: conflict.auditID))
        }
        #expect(again.theirs == "5,00")
        #expect(try clerks.a.verify().passed)
    }

    @Test func notesAndAdjustmentsAreComparedWithWhatWasSeen() throws {
        let clerks = try Clerks()
        let reference = try clerks.b.clusterYear(code: "HN-10", year: 2020)
        let snapshot = try clerks.b.snapshot(code: "HN-10", year: 2020)
        let unit = snapshot.units[2]
        try clerks.a.setNote(reference, unitID: unit.id, item: "1.2", note: "Báo cáo của A")
        let note = try refused(clerks) {
            try clerks.b.setNote(reference, unitID: unit.id, item: "1.2", note: "Báo cáo của B", expecting: .value(snapshot.notes[unit.id]?["1.2"]))
        }
        #expect(note.theirs == "Báo cáo của A")
        #expect(try clerks.a.snapshot(code: "HN-10", year: 2020).notes[unit.id]?["1.2"] == "Báo cáo của A")

        let seen = snapshot.scores[unit.id]?.deduction
        try clerks.a.setAdjustment(reference, unitID: unit.id, kind: .deduction, Adjustment(points: Points(1), reason: "Chậm báo cáo quý II"))
        let deduction = try refused(clerks) {
            try clerks.b.setAdjustment(reference, unitID: unit.id, kind: .deduction, Adjustment(points: Points(3), reason: "Chậm báo cáo quý III"),
                                       expecting: .value(seen))
        }
        #expect(deduction.theirs == "1,00 (Chậm báo cáo quý II)")
        #expect(try clerks.a.snapshot(code: "HN-10", year: 2020).scores[unit.id]?.deduction?.reason == "Chậm báo cáo quý II")
    }

    @Test func twoClerksEditingDifferentTasksBothKeepTheirWork() throws {
        let clerks = try Clerks()
        let reference = try clerks.b.clusterYear(code: "HN-10", year: 2020)
        let pledge = try clerks.b.snapshot(code: "HN-10", year: 2020).pledge
        try #require(pledge.tasks.count >= 2)
        // A changes task 1 and adds one; B, from the older copy, changes task 2: both stay.
        try clerks.a.saveTask(reference, id: pledge.taskIDs[0], text: "Nhiệm vụ một (A sửa)", expecting: .value(pledge.tasks[0]))
        try clerks.a.saveTask(reference, id: nil, text: "Nhiệm vụ mới của A")
        try clerks.b.saveTask(reference, id: pledge.taskIDs[1], text: "Nhiệm vụ hai (B sửa)", expecting: .value(pledge.tasks[1]))
        let tasks = try clerks.a.snapshot(code: "HN-10", year: 2020).pledge.tasks
        #expect(tasks[0] == "Nhiệm vụ một (A sửa)")
        #expect(tasks[1] == "Nhiệm vụ hai (B sửa)")
        #expect(tasks.last == "Nhiệm vụ mới của A")
        #expect(tasks.count == pledge.tasks.count + 1)
        // B's edit of task 1 from the old copy is refused, and so is removing it.
        let edit = try refused(clerks) {
            try clerks.b.saveTask(reference, id: pledge.taskIDs[0], text: "Nhiệm vụ một (B sửa)", expecting: .value(pledge.tasks[0]))
        }
        #expect(edit.theirs == "Nhiệm vụ một (A sửa)")
        #expect(edit.subject == .task(position: 1))
        _ = try refused(clerks) { try clerks.b.saveTask(reference, id: pledge.taskIDs[0], text: nil, expecting: .value(pledge.tasks[0])) }
        #expect(try clerks.a.snapshot(code: "HN-10", year: 2020).pledge.tasks[0] == "Nhiệm vụ một (A sửa)")
    }

    @Test func aTaskRemovedByOneClerkIsNotSilentlyRewrittenByAnother() throws {
        let clerks = try Clerks()
        let reference = try clerks.b.clusterYear(code: "HN-10", year: 2020)
        let pledge = try clerks.b.snapshot(code: "HN-10", year: 2020).pledge
        try clerks.a.saveTask(reference, id: pledge.taskIDs[0], text: nil, expecting: .value(pledge.tasks[0]))
        let conflict = try refused(clerks) {
            try clerks.b.saveTask(reference, id: pledge.taskIDs[0], text: "Sửa", expecting: .value(pledge.tasks[0]))
        }
        #expect(conflict.theirs == nil)
        #expect(try clerks.a.snapshot(code: "HN-10", year: 2020).pledge.tasks == Array(pledge.tasks.dropFirst()))
        // Keep mine: the clerk's text comes back, at the end, rather than vanish with nothing said.
        try clerks.b.saveTask(reference, id: pledge.taskIDs[0], text: "Sửa", expecting: .overwriting(auditID: conflict.auditID))
        #expect(try clerks.a.snapshot(code: "HN-10", year: 2020).pledge.tasks == Array(pledge.tasks.dropFirst()) + ["Sửa"])
    }

    @Test func drivesHeaderUnitPartsAndSignaturesAreComparedWithWhatWasSeen() throws {
        let clerks = try Clerks()
        let reference = try clerks.b.clusterYear(code: "HN-10", year: 2020)
        let snapshot = try clerks.b.snapshot(code: "HN-10", year: 2020)
        let pledge = snapshot.pledge
        let unit = snapshot.units[0]

        var header = pledge.header
        header.slogan = "Khẩu hiệu của A"
        try clerks.a.savePledgeHeader(reference, header, expecting: .value(pledge.header))
        var mine = pledge.header
        mine.place = "Hội trường B"
        _ = try refused(clerks) { try clerks.b.savePledgeHeader(reference, mine, expecting: .value(pledge.header)) }
        #expect(try clerks.a.snapshot(code: "HN-10", year: 2020).pledge.slogan == "Khẩu hiệu của A")

        let driveID = try clerks.a.saveDrive(reference, id: nil, Pledge.Drive(name: "Phong trào của A"))
        let drive = try #require(driveID)
        try clerks.a.saveDrive(reference, id: drive, Pledge.Drive(name: "Phong trào của A (sửa)"), expecting: .value(Pledge.Drive(name: "Phong trào của A")))
        _ = try refused(clerks) {
            try clerks.b.saveDrive(reference, id: drive, Pledge.Drive(name: "Phong trào của B"), expecting: .value(Pledge.Drive(name: "Phong trào của A")))
        }

        try clerks.a.saveUnitPledge(reference, unitID: unit.id, models: ["Mô hình của A"], registrations: [], signature: nil,
                                    expecting: .value(pledge.unitPledge(unit.id)))
        _ = try refused(clerks) {
            try clerks.b.saveUnitPledge(reference, unitID: unit.id, models: ["Mô hình của B"], registrations: [], signature: nil,
                                        expecting: .value(pledge.unitPledge(unit.id)))
        }
        #expect(try clerks.a.snapshot(code: "HN-10", year: 2020).pledge.models[unit.id] == ["Mô hình của A"])

        try clerks.a.sign(reference, unitID: unit.id, signer: "Người ký A", position: "Chủ tịch", date: Self.today, expecting: .value(pledge.signatures[unit.id]))
        _ = try refused(clerks) {
            try clerks.b.sign(reference, unitID: unit.id, signer: "Người ký B", position: "Chủ tịch", date: Self.today, expecting: .value(pledge.signatures[unit.id]))
        }
        #expect(try clerks.a.snapshot(code: "HN-10", year: 2020).pledge.signatures[unit.id]?.signer == "Người ký A")
    }

    @Test func rosterRowsClusterMeetingVotesAndCriteriaAreComparedWithWhatWasSeen() throws {
        let clerks = try Clerks()
        let reference = try clerks.b.clusterYear(code: "HP-KH", year: 2023)
        let snapshot = try clerks.b.snapshot(code: "HP-KH", year: 2023)
        let unit = snapshot.units[3]
        let role = snapshot.memberships.first { $0.unitID == unit.id }!.role
        let seenRow = RosterEntry(unit: unit, role: role)

        var byA = unit
        byA.leader = "Lãnh đạo do A nhập"
        try clerks.a.updateUnit(reference, byA, role: role, expecting: .value(seenRow))
        var byB = unit
        byB.shortName = "B"
        let row = try refused(clerks) { try clerks.b.updateUnit(reference, byB, role: role, expecting: .value(seenRow)) }
        #expect(row.subject == .unit(name: unit.name))
        #expect(try clerks.a.snapshot(code: "HP-KH", year: 2023).units[3].leader == "Lãnh đạo do A nhập")

        var cluster = snapshot.cluster
        cluster.authority = "UBND thành phố (A)"
        try clerks.a.updateCluster(cluster, expecting: .value(snapshot.cluster))
        _ = try refused(clerks) { try clerks.b.updateCluster(snapshot.cluster, expecting: .value(snapshot.cluster)) }

        var meeting = snapshot.meeting
        meeting.place = "Phòng họp A"
        try clerks.a.saveMeeting(reference, meeting, expecting: .value(snapshot.meeting))
        var meetingB = snapshot.meeting
        meetingB.chair = "Chủ trì B"
        _ = try refused(clerks) { try clerks.b.saveMeeting(reference, meetingB, expecting: .value(snapshot.meeting)) }
        #expect(try clerks.a.snapshot(code: "HP-KH", year: 2023).meeting.place == "Phòng họp A")

        let award = try #require(snapshot.review().proposal(unitID: unit.id)?.award)
        let seenVote = snapshot.votes.first { $0.unitID == unit.id && $0.award == award }
        let members = snapshot.units.count
        try clerks.a.recordVote(reference, VoteTally(unitID: unit.id, award: award, present: members, votesFor: members, votesAgainst: 0),
                                expecting: .value(seenVote))
        let vote = try refused(clerks) {
            try clerks.b.recordVote(reference, VoteTally(unitID: unit.id, award: award, present: members, votesFor: 1, votesAgainst: members - 1),
                                    expecting: .value(seenVote))
        }
        #expect(vote.theirs == "\(members)/\(members)/0")

        let scoring = try clerks.a.clusterYear(code: "HN-10", year: 2020)
        try clerks.a.unlockCriteria(scoring, reason: "Sửa tên tiêu chí")
        let tree = try clerks.b.snapshot(code: "HN-10", year: 2020).tree
        var treeA = tree
        treeA.majors[0].title = "Tiêu chí 1 (A)"
        try clerks.a.replaceCriteria(scoring, with: treeA, expecting: .value(tree))
        try clerks.a.unlockCriteria(scoring, reason: "Sửa lần nữa")
        var treeB = tree
        treeB.majors[1].title = "Tiêu chí 2 (B)"
        _ = try refused(clerks) { try clerks.b.replaceCriteria(scoring, with: treeB, expecting: .value(tree)) }
        #expect(try clerks.a.snapshot(code: "HN-10", year: 2020).tree.majors[0].title == "Tiêu chí 1 (A)")
    }

    @Test func aWriteOfWhatWasSeenStillSucceeds() throws {
        let clerks = try Clerks()
        let reference = try clerks.b.clusterYear(code: "HN-10", year: 2020)
        let snapshot = try clerks.b.snapshot(code: "HN-10", year: 2020)
        let unit = snapshot.units[1]
        let before = try clerks.auditCount()
        try clerks.b.setScore(reference, ScoreEntry(unitID: unit.id, item: "1.1", round: .selfAssessment, points: Points(4)),
                              expecting: .value(snapshot.scores[unit.id]?.selfAssessment["1.1"]))
        try clerks.b.setNote(reference, unitID: unit.id, item: "1.1", note: "Minh chứng", expecting: .value(snapshot.notes[unit.id]?["1.1"]))
        #expect(try clerks.auditCount() == before + 2)
    }
}
