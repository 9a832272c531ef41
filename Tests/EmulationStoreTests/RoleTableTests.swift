import Emulation
import Foundation
import GRDB
import Testing
@testable import EmulationStore

/// Who may make each named write, at storage level, whatever screen or command asks: the admin
/// ("tester", the file's owner), the secretary of cluster QA (from Vĩnh Bảo), the clerk of
/// Thủy Nguyên, a viewer of QA, and the clerk of a unit of another cluster. Each write runs on a
/// fresh file, once per account; a refused one changes nothing and says which role it needs.
@Suite struct RoleTableTests {
    /// The city flag granted to the unit, by decision `number`.
    static func decision(_ unit: Int64, number: String) -> AwardDecision {
        AwardDecision(unitID: unit, proposed: "co-tinh", outcome: .granted, number: number, date: CalendarDate(year: 2024, month: 4, day: 1)!,
                      authority: "UBND tỉnh")
    }

    static let code = "QA"
    static let year = 2024
    static let everyone = ["tester", "thuky", "canbo", "xem", "khac"]

    /// A fresh file: QA 2024 with three units, Q2 2024 with one, and the five accounts.
    struct Setting {
        let database: TemporaryDatabase
        let admin: EmulationStore
        let reference: ClusterYearReference
        let units: [String: Int64]

        init(stage: ClusterYearStatus) throws {
            database = try TemporaryDatabase()
            admin = try database.open(actor: "tester")
            var reference = try admin.createClusterWithYear(Cluster(code: RoleTableTests.code, name: "Cụm thử", kind: .cluster, authority: ""),
                                                            year: RoleTableTests.year)
            var units: [String: Int64] = [:]
            for name in ["Vĩnh Bảo", "Thủy Nguyên", "An Lão"] {
                units[name] = try admin.addUnit(reference, MemberUnit(id: 0, name: name), role: name == "Vĩnh Bảo" ? .head : .member)
            }
            let other = try admin.createClusterWithYear(Cluster(code: "Q2", name: "Cụm khác", kind: .cluster, authority: ""), year: RoleTableTests.year)
            try admin.addUnit(other, MemberUnit(id: 0, name: "Kiến An"), role: .head)
            try admin.saveTask(reference, id: nil, text: "Nhiệm vụ một")
            try admin.saveTask(reference, id: nil, text: "Nhiệm vụ hai")
            try admin.saveDrive(reference, id: nil, Pledge.Drive(name: "Phong trào một"))
            try admin.saveDrive(reference, id: nil, Pledge.Drive(name: "Phong trào hai"))
            try admin.addAccount("thuky", RoleGrant(role: .secretary, cluster: RoleTableTests.code, unitName: "Vĩnh Bảo"))
            try admin.addAccount("canbo", RoleGrant(role: .clerk, cluster: RoleTableTests.code, unitName: "Thủy Nguyên"))
            try admin.addAccount("xem", RoleGrant(role: .viewer, cluster: RoleTableTests.code))
            try admin.addAccount("khac", RoleGrant(role: .clerk, cluster: "Q2", unitName: "Kiến An"))
            try admin.addKeys([try SSHPublicKey(parsing: RoleTableTests.viewerKey)], to: "xem")
            for status in [ClusterYearStatus.scoring, .review, .closed] where stage >= status {
                if status == .review {
                    // Full marks: Thủy Nguyên is proposed for the city flag, which the meeting votes on.
                    for item in CriteriaTree.standard.items {
                        try admin.setScore(reference, ScoreEntry(unitID: units["Thủy Nguyên"]!, item: item.code, round: .cluster, points: item.maximum))
                    }
                }
                try admin.setStatus(reference, to: status)
                reference.status = status
                if status == .review {
                    // A vote on record, for the write that withdraws one.
                    try admin.recordVote(reference, VoteTally(unitID: units["Thủy Nguyên"]!, award: "co-tinh", present: 3, votesFor: 3, votesAgainst: 0))
                    // And a decision, for the write that removes one.
                    try admin.recordDecision(reference, RoleTableTests.decision(units["Thủy Nguyên"]!, number: "1/QĐ-UBND"))
                }
            }
            self.reference = reference
            self.units = units
        }

        func store(_ login: String) throws -> EmulationStore {
            try EmulationStore(path: database.path, login: login, clock: { Date(timeIntervalSince1970: 1_700_000_000) })
        }

        func auditCount() throws -> Int {
            try DatabaseQueue(path: database.path).read { try Int.fetchOne($0, sql: "SELECT count(*) FROM audit") ?? 0 }
        }
    }

    /// One named write, the stage it needs, and the accounts that may make it.
    struct Write: CustomTestStringConvertible, Sendable {
        let name: String
        var stage: ClusterYearStatus = .pledge
        let allowed: Set<String>
        let run: @Sendable (EmulationStore, Setting) throws -> Void

        var testDescription: String { name }
    }

    static let self11 = "1.1"
    /// The viewer's SSH key, and one nobody has yet (made by ssh-keygen).
    static let viewerKey = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOb+GdL9AFI+b/baTCf4Ru0CzdiXm7DfE63sxSpweCdZ xem@laptop"
    static let newKey = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHSnwtzrSYavCx/amRRQS+deIFju3fwS3SZJdZfTVFB+ an@laptop"

    static let writes: [Write] = [
        Write(name: "createCluster", allowed: ["tester"]) { store, _ in
            try store.createCluster(Cluster(code: "NEW", name: "Mới", kind: .cluster, authority: ""))
        },
        Write(name: "createClusterWithYear", allowed: ["tester"]) { store, _ in
            try store.createClusterWithYear(Cluster(code: "NEW", name: "Mới", kind: .cluster, authority: ""), year: 2024)
        },
        Write(name: "createYear", allowed: ["tester", "thuky"]) { store, _ in try store.createYear(clusterCode: code, year: 2030) },
        Write(name: "setStatus", allowed: ["tester", "thuky"]) { store, s in try store.setStatus(s.reference, to: .scoring) },
        Write(name: "setStatus out of a closed year", stage: .closed, allowed: ["tester"]) { store, s in
            try store.setStatus(s.reference, to: .review)
        },
        Write(name: "setMembership", allowed: ["tester", "thuky"]) { store, s in
            try store.setMembership(s.reference, unitID: s.units["An Lão"]!, role: .deputy, position: 3)
        },
        Write(name: "recordHandover", allowed: ["tester", "thuky"]) { store, s in
            try store.recordHandover(clusterCode: code, forYear: 2025, head: s.units["Thủy Nguyên"]!, deputy: nil, method: "rotation",
                                     date: CalendarDate(year: 2024, month: 12, day: 20)!)
        },
        Write(name: "addUnit", allowed: ["tester", "thuky"]) { store, s in
            try store.addUnit(s.reference, MemberUnit(id: 0, name: "Cát Hải"), role: .member)
        },
        Write(name: "updateUnit", allowed: ["tester", "thuky"]) { store, s in
            try store.updateUnit(s.reference, MemberUnit(id: s.units["An Lão"]!, name: "An Lão", leader: "Lê Văn C"), role: .member)
        },
        Write(name: "removeUnit", allowed: ["tester", "thuky"]) { store, s in try store.removeUnit(s.reference, unitID: s.units["An Lão"]!) },
        Write(name: "setUnitActive", allowed: ["tester", "thuky"]) { store, s in
            try store.setUnitActive(s.reference, unitID: s.units["An Lão"]!, active: false)
        },
        Write(name: "moveUnit", allowed: ["tester", "thuky"]) { store, s in try store.moveUnit(s.reference, unitID: s.units["An Lão"]!, by: -1) },
        Write(name: "updateCluster", allowed: ["tester", "thuky"]) { store, _ in
            try store.updateCluster(Cluster(code: code, name: "Cụm thử đổi tên", kind: .cluster, authority: ""))
        },
        Write(name: "importRoster", allowed: ["tester", "thuky"]) { store, s in
            guard case .success(let rows) = RosterCSV.parse(data: Data("name\nĐồ Sơn\n".utf8), file: "roster.csv") else { throw CancellationError() }
            try store.importRoster(s.reference, rows: rows)
        },
        Write(name: "savePledge", allowed: ["tester", "thuky"]) { store, s in
            try store.savePledge(s.reference, title: "Giao ước", slogan: "", date: nil, place: "", tasks: ["Một"], drives: [])
        },
        Write(name: "savePledgeHeader", allowed: ["tester", "thuky"]) { store, s in
            try store.savePledgeHeader(s.reference, PledgeHeader(title: "Giao ước thi đua năm 2024"))
        },
        Write(name: "saveTask", allowed: ["tester", "thuky"]) { store, s in try store.saveTask(s.reference, id: nil, text: "Nhiệm vụ ba") },
        Write(name: "moveTask", allowed: ["tester", "thuky"]) { store, s in
            try store.moveTask(s.reference, id: try store.snapshot(code: code, year: year).pledge.tasks.isEmpty ? 0 : 2, by: -1)
        },
        Write(name: "saveDrive", allowed: ["tester", "thuky"]) { store, s in try store.saveDrive(s.reference, id: nil, Pledge.Drive(name: "Ba")) },
        Write(name: "moveDrive", allowed: ["tester", "thuky"]) { store, s in try store.moveDrive(s.reference, id: 2, by: -1) },
        Write(name: "setModels of one's own unit", allowed: ["tester", "canbo"]) { store, s in
            try store.setModels(s.reference, unitID: s.units["Thủy Nguyên"]!, models: ["Mô hình dân vận khéo"])
        },
        Write(name: "setModels of another unit", allowed: ["tester"]) { store, s in
            try store.setModels(s.reference, unitID: s.units["Vĩnh Bảo"]!, models: ["Mô hình"])
        },
        Write(name: "setRegistrations", allowed: ["tester", "canbo"]) { store, s in
            try store.setRegistrations(s.reference, unitID: s.units["Thủy Nguyên"]!, awards: ["co-tinh"])
        },
        Write(name: "sign", allowed: ["tester", "canbo"]) { store, s in
            try store.sign(s.reference, unitID: s.units["Thủy Nguyên"]!, signer: "Phạm Văn D", position: "Chủ tịch",
                           date: CalendarDate(year: 2024, month: 1, day: 10)!)
        },
        Write(name: "saveUnitPledge", allowed: ["tester", "canbo"]) { store, s in
            try store.saveUnitPledge(s.reference, unitID: s.units["Thủy Nguyên"]!, models: ["Mô hình"], registrations: [],
                                     signature: (signer: "Phạm Văn D", position: "Chủ tịch", date: CalendarDate(year: 2024, month: 1, day: 10)!))
        },
        Write(name: "recordVote", stage: .review, allowed: ["tester", "thuky"]) { store, s in
            try store.recordVote(s.reference, VoteTally(unitID: s.units["Thủy Nguyên"]!, award: "co-tinh", present: 3, votesFor: 2, votesAgainst: 1))
        },
        Write(name: "withdrawVote", stage: .review, allowed: ["tester", "thuky"]) { store, s in
            try store.withdrawVote(s.reference, unitID: s.units["Thủy Nguyên"]!, award: "co-tinh")
        },
        Write(name: "recordDecision", stage: .review, allowed: ["tester", "thuky"]) { store, s in
            try store.recordDecision(s.reference, RoleTableTests.decision(s.units["Thủy Nguyên"]!, number: "2/QĐ-UBND"))
        },
        Write(name: "removeDecision", stage: .review, allowed: ["tester", "thuky"]) { store, s in
            try store.removeDecision(s.reference, unitID: s.units["Thủy Nguyên"]!)
        },
        Write(name: "replaceRules before scoring", allowed: ["tester", "thuky"]) { store, s in
            var rules = RuleSet.standard
            rules.voteBase = .allMembers
            try store.replaceRules(s.reference, with: rules)
        },
        Write(name: "setScore, self round of one's own unit", stage: .scoring, allowed: ["tester", "canbo"]) { store, s in
            try store.setScore(s.reference, ScoreEntry(unitID: s.units["Thủy Nguyên"]!, item: self11, round: .selfAssessment, points: Points(hundredths: 300)))
        },
        Write(name: "setScore, self round of another unit", stage: .scoring, allowed: ["tester"]) { store, s in
            try store.setScore(s.reference, ScoreEntry(unitID: s.units["Vĩnh Bảo"]!, item: self11, round: .selfAssessment, points: Points(hundredths: 300)))
        },
        Write(name: "setScore, cluster round", stage: .scoring, allowed: ["tester", "thuky"]) { store, s in
            try store.setScore(s.reference, ScoreEntry(unitID: s.units["Thủy Nguyên"]!, item: self11, round: .cluster, points: Points(hundredths: 300)))
        },
        Write(name: "setScore, cluster round of the secretary's own unit", stage: .scoring, allowed: ["tester"]) { store, s in
            try store.setScore(s.reference, ScoreEntry(unitID: s.units["Vĩnh Bảo"]!, item: self11, round: .cluster, points: Points(hundredths: 300)))
        },
        Write(name: "importScores of one's own unit", stage: .scoring, allowed: ["tester", "canbo"]) { store, s in
            try store.importScores(s.reference, entries: [ScoreEntry(unitID: s.units["Thủy Nguyên"]!, item: self11, round: .selfAssessment,
                                                                      points: Points(hundredths: 300))], adjustments: [], reason: "")
        },
        Write(name: "importScores with one row of another unit", stage: .scoring, allowed: ["tester"]) { store, s in
            try store.importScores(s.reference, entries: [
                ScoreEntry(unitID: s.units["Thủy Nguyên"]!, item: self11, round: .selfAssessment, points: Points(hundredths: 300)),
                ScoreEntry(unitID: s.units["An Lão"]!, item: self11, round: .selfAssessment, points: Points(hundredths: 300)),
            ], adjustments: [], reason: "")
        },
        Write(name: "setAdjustment", stage: .scoring, allowed: ["tester", "thuky", "canbo"]) { store, s in
            try store.setAdjustment(s.reference, unitID: s.units["Thủy Nguyên"]!, kind: .bonus, Adjustment(points: Points(hundredths: 100), reason: "Đạt giải"))
        },
        Write(name: "setAdjustment of the secretary's own unit", stage: .scoring, allowed: ["tester"]) { store, s in
            try store.setAdjustment(s.reference, unitID: s.units["Vĩnh Bảo"]!, kind: .bonus, Adjustment(points: Points(hundredths: 100), reason: "Đạt giải"))
        },
        Write(name: "setNote", stage: .scoring, allowed: ["tester", "thuky", "canbo"]) { store, s in
            try store.setNote(s.reference, unitID: s.units["Thủy Nguyên"]!, item: self11, note: "Có minh chứng")
        },
        Write(name: "setNote of another unit", stage: .scoring, allowed: ["tester", "thuky"]) { store, s in
            try store.setNote(s.reference, unitID: s.units["An Lão"]!, item: self11, note: "Có minh chứng")
        },
        Write(name: "unlockCriteria", stage: .scoring, allowed: ["tester"]) { store, s in try store.unlockCriteria(s.reference, reason: "Sửa thang điểm") },
        Write(name: "replaceCriteria", allowed: ["tester", "thuky"]) { store, s in
            var tree = CriteriaTree.standard
            tree.majors[0].title = "Tiêu chí một"
            try store.replaceCriteria(s.reference, with: tree)
        },
        Write(name: "replaceRules", stage: .scoring, allowed: ["tester", "thuky"]) { store, s in
            var rules = RuleSet.standard
            rules.awards[1].quota = .count(2)
            try store.replaceRules(s.reference, with: rules, reason: "Theo quyết định của tỉnh")
        },
        Write(name: "saveMeeting", allowed: ["tester", "thuky"]) { store, s in
            try store.saveMeeting(s.reference, MeetingRecord(place: "Hội trường UBND huyện Vĩnh Bảo", chair: "Nguyễn Văn A"))
        },
        Write(name: "advance", allowed: ["tester", "thuky"]) { store, s in try store.advance(s.reference) },
        Write(name: "reopen", stage: .closed, allowed: ["tester"]) { store, s in try store.reopen(s.reference, reason: "Sai sót điểm") },
        Write(name: "openNextYear", allowed: ["tester", "thuky"]) { store, s in try store.openNextYear(after: s.reference) },
        Write(name: "loadDemo", allowed: ["tester"]) { store, _ in _ = try store.loadDemo(today: CalendarDate(year: 2026, month: 11, day: 23)!) },
        Write(name: "addAccount", allowed: ["tester"]) { store, _ in try store.addAccount(login: "moi", fullName: "Người mới") },
        Write(name: "grant", allowed: ["tester"]) { store, _ in try store.grant(RoleGrant(role: .viewer, cluster: code), to: "khac") },
        Write(name: "revoke", allowed: ["tester"]) { store, _ in try store.revoke(RoleGrant(role: .viewer, cluster: code), from: "xem") },
        Write(name: "removeAccount", allowed: ["tester"]) { store, _ in try store.removeAccount(login: "xem") },
        Write(name: "addKeys", allowed: ["tester"]) { store, _ in try store.addKeys([try SSHPublicKey(parsing: newKey)], to: "khac") },
        Write(name: "revokeKey", allowed: ["tester"]) { store, _ in try store.revokeKey(viewerKey, from: "xem") },
        // Every account writes down its own SSH login, whatever its role.
        Write(name: "recordSession", allowed: Set(everyone)) { store, _ in try store.recordSession("ssh 192.0.2.7 port 50122") },
    ]

    @Test(arguments: writes)
    func eachWriteIsAllowedToItsRolesOnlyAndARefusalChangesNothing(write: Write) throws {
        // The refused accounts first, on one file: none of them may change it.
        let setting = try Setting(stage: write.stage)
        for login in Self.everyone where !write.allowed.contains(login) {
            let store = try setting.store(login)
            let before = try setting.auditCount()
            do {
                try write.run(store, setting)
                Issue.record("\(login) may not: \(write.name)")
            } catch StoreError.notAllowed(let refusal) {
                #expect(refusal.cluster == nil || [Self.code, "NEW"].contains(refusal.cluster!))
            } catch {
                Issue.record("\(login), \(write.name): refused for another reason than the role: \(error)")
            }
            #expect(try setting.auditCount() == before, "\(login)'s refused \(write.name) wrote nothing")
        }
        // Each allowed account on a file of its own: one's write must not turn another's into a no-op.
        for login in write.allowed {
            let fresh = try Setting(stage: write.stage)
            let before = try fresh.auditCount()
            try write.run(try fresh.store(login), fresh)
            #expect(try fresh.auditCount() > before, "\(login): \(write.name) was made and audited")
        }
    }

    /// Every public write of the store is in the table above: a new one cannot slip in unchecked.
    @Test func theTableNamesEveryPublicWrite() throws {
        let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/EmulationStore")
        var names: Set<String> = []
        for case let file as URL in FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)! where file.pathExtension == "swift" {
            let text = try String(contentsOf: file, encoding: .utf8)
            // A public function whose body opens a write transaction.
            let functions = text.components(separatedBy: "public func ").dropFirst()
            for function in functions {
                let name = String(function.prefix { $0.isLetter || $0.isNumber })
                let body = function.components(separatedBy: "\n    }\n").first ?? ""
                if body.contains("try write(") || body.contains("try writeCheckingEach") || body.contains("try load(") { names.insert(name) }
            }
        }
        let tabled = Set(Self.writes.map { String($0.name.prefix { $0.isLetter }) })
        #expect(names.isSuperset(of: ["setScore", "importScores", "recordVote", "grant", "loadDemo"]), "the scan finds the writes: \(names.sorted())")
        #expect(names.subtracting(tabled).isEmpty, "public writes missing from the role table: \(names.subtracting(tabled).sorted())")
    }

    @Test func refusalsNameTheRoleTheActionNeeds() throws {
        let setting = try Setting(stage: .scoring)
        let thuky = try setting.store("thuky")
        let own = ScoreEntry(unitID: setting.units["Vĩnh Bảo"]!, item: Self.self11, round: .cluster, points: Points(hundredths: 100))
        #expect(throws: StoreError.notAllowed(Refusal(action: .clusterScore(unit: own.unitID), reason: .ownUnit, cluster: Self.code))) {
            try thuky.setScore(setting.reference, own)
        }
        let canbo = try setting.store("canbo")
        let cluster = ScoreEntry(unitID: setting.units["An Lão"]!, item: Self.self11, round: .cluster, points: Points(hundredths: 100))
        #expect(throws: StoreError.notAllowed(Refusal(action: .clusterScore(unit: cluster.unitID), reason: .needsRole, cluster: Self.code))) {
            try canbo.setScore(setting.reference, cluster)
        }
        let other = ScoreEntry(unitID: setting.units["An Lão"]!, item: Self.self11, round: .selfAssessment, points: Points(hundredths: 100))
        #expect(throws: StoreError.notAllowed(Refusal(action: .selfScore(unit: other.unitID), reason: .otherUnit, cluster: Self.code))) {
            try canbo.setScore(setting.reference, other)
        }
    }

    @Test func aRoleRevokedWhileAStoreIsOpenNoLongerCounts() throws {
        let setting = try Setting(stage: .scoring)
        let canbo = try setting.store("canbo")
        let entry = ScoreEntry(unitID: setting.units["Thủy Nguyên"]!, item: Self.self11, round: .selfAssessment, points: Points(hundredths: 100))
        try canbo.setScore(setting.reference, entry)
        try setting.admin.revoke(RoleGrant(role: .clerk, cluster: Self.code), from: "canbo")
        #expect(throws: StoreError.notAllowed(Refusal(action: .selfScore(unit: entry.unitID), reason: .needsRole, cluster: Self.code))) {
            try canbo.setScore(setting.reference, ScoreEntry(unitID: entry.unitID, item: Self.self11, round: .selfAssessment, points: Points(hundredths: 200)))
        }
    }

    @Test func readingAClusterNeedsARoleInIt() throws {
        let setting = try Setting(stage: .scoring)
        let khac = try setting.store("khac")
        #expect(throws: StoreError.notAllowed(Refusal(action: .read, reason: .needsRole, cluster: Self.code))) {
            try khac.snapshot(code: Self.code, year: Self.year)
        }
        #expect(try khac.clusters().map(\.cluster.code) == ["Q2"])
        #expect(try khac.yearSummaries().map(\.clusterCode) == ["Q2"])
        #expect(try setting.store("xem").snapshot(code: Self.code, year: Self.year).units.count == 3)
        #expect(try setting.store("tester").clusters().map(\.cluster.code) == ["Q2", "QA"])
    }

    @Test func identityIsAnAccountOfTheFileAndOnlyAnAdminRecordsForAnother() throws {
        let setting = try Setting(stage: .scoring)
        #expect(throws: StoreError.noAccount(login: "nobody", admins: ["tester"])) { try setting.store("nobody") }
        #expect(throws: StoreError.invalidLogin("")) { try setting.store("") }
        #expect(throws: StoreError.invalidLogin("a\u{1B}[31m")) { try setting.store("a\u{1B}[31m") }
        #expect(throws: StoreError.onBehalfNeedsAdmin(login: "thuky")) {
            try EmulationStore(path: setting.database.path, login: "thuky", recordingFor: "canbo")
        }
        let recorded = try EmulationStore(path: setting.database.path, login: "tester", recordingFor: "canbo")
        let other = ScoreEntry(unitID: setting.units["An Lão"]!, item: Self.self11, round: .selfAssessment, points: Points(hundredths: 100))
        // The account recorded for is the one whose roles apply.
        #expect(throws: StoreError.notAllowed(Refusal(action: .selfScore(unit: other.unitID), reason: .otherUnit, cluster: Self.code))) {
            try recorded.setScore(setting.reference, other)
        }
        try recorded.setScore(setting.reference, ScoreEntry(unitID: setting.units["Thủy Nguyên"]!, item: Self.self11, round: .selfAssessment,
                                                            points: Points(hundredths: 100)))
        #expect(try recorded.auditEntries(limit: 1).first?.actor == "canbo (ghi thay: tester)")
    }

    @Test func anAccountIsAddedWithItsRolesOrNotAtAll() throws {
        let setting = try Setting(stage: .pledge)
        #expect(throws: StoreError.unknownUnit(name: "Đồ Sơn")) {
            try setting.admin.addAccount(login: "moi", fullName: "Người mới", grants: [RoleGrant(role: .clerk, cluster: Self.code, unitName: "Đồ Sơn")])
        }
        #expect(throws: StoreError.noAccount(login: "moi", admins: ["tester"])) { try setting.store("moi") }
        try setting.admin.addAccount(login: "moi", fullName: "Người mới", grants: [RoleGrant(role: .clerk, cluster: Self.code, unitName: "An Lão")])
        #expect(try setting.store("moi").currentAccount().grants.map(\.unitName) == ["An Lão"])
    }

    @Test func theLastAdminCannotBeRemovedNorLoseTheRole() throws {
        let setting = try Setting(stage: .pledge)
        #expect(throws: StoreError.lastAdmin(login: "tester")) { try setting.admin.removeAccount(login: "tester") }
        #expect(throws: StoreError.lastAdmin(login: "tester")) { try setting.admin.revoke(RoleGrant(role: .admin), from: "tester") }
        try setting.admin.grant(RoleGrant(role: .admin), to: "thuky")
        try setting.admin.revoke(RoleGrant(role: .admin), from: "tester")
        #expect(throws: StoreError.notAllowed(Refusal(action: .manageAccounts, reason: .needsRole, cluster: nil))) {
            try setting.store("tester").addAccount(login: "x", fullName: "X")
        }
    }

    @Test func theCreatorOfANewFileIsItsAdmin() throws {
        let database = try TemporaryDatabase()
        #expect(try EmulationStore(path: database.path, login: "chu").currentAccount().isAdmin)
        #expect(throws: StoreError.noAccount(login: "khach", admins: ["chu"])) { try EmulationStore(path: database.path, login: "khach") }
    }

    /// Only root can give a file away, so only root can run this one (CI does).
    @Test(.enabled(if: getuid() == 0, "needs root to give the file to nobody"))
    func aFileOwnedBySomeoneElseIsNotClaimed() throws {
        // A file with no account yet, owned by someone else (nobody): opening it makes nobody admin.
        let foreign = try TemporaryDatabase()
        FileManager.default.createFile(atPath: foreign.path, contents: nil)
        #expect(chown(foreign.path, 65534, 65534) == 0)
        #expect(throws: StoreError.noAccount(login: "khach", admins: [])) { try EmulationStore(path: foreign.path, login: "khach") }
        #expect(try DatabaseQueue(path: foreign.path).read { try Int.fetchOne($0, sql: "SELECT count(*) FROM account") } == 0)
    }
}
