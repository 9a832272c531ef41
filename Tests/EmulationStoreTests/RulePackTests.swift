import Emulation
import Foundation
import Testing
import EmulationStore

/// The rule packs shipped in RulePacks/: each a file the store takes as it is, written in the
/// file's own canonical form, and each doing what its README says.
@Suite struct RulePackTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("RulePacks")

    static let packs: [String] = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
        .filter { $0.hasSuffix(".yaml") }.sorted()

    static func text(_ name: String) throws -> String {
        try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
    }

    func demo(_ database: TemporaryDatabase) throws -> EmulationStore {
        let store = try database.open()
        _ = try store.loadDemo(today: CalendarDate(year: 2026, month: 1, day: 1)!)
        return store
    }

    @Test func theDefaultPackIsExactlyTheDefaultRules() throws {
        #expect(Data(try Self.text("mac-dinh.yaml").utf8) == Data(RulesFile.encode(.standard).utf8))
    }

    @Test func thePacksAreTheOnesTheREADMEDescribes() {
        #expect(Self.packs == ["ha-noi-nhieu-co.yaml", "mac-dinh.yaml"])
    }

    @Test(arguments: packs)
    func eachPackIsCanonicalAndImportsCleanlyIntoEveryDemoYear(pack: String) throws {
        let text = try Self.text(pack)
        let rules = try RulesFile.decode(text)
        #expect(RulesFile.encode(rules) == text, "\(pack) is written as thidua writes it, so export → edit → diff shows only the edit")
        let database = try TemporaryDatabase()
        let store = try demo(database)
        for (code, year) in [("HP-KH", 2023), ("HN-10", 2020)] {
            let reference = try store.clusterYear(code: code, year: year)
            #expect(rules.problems(tree: try store.snapshot(code: code, year: year).tree).isEmpty)
            try store.replaceRules(reference, with: rules, reason: "Áp dụng bộ quy tắc \(pack)")
            #expect(try store.rules(reference) == rules)
        }
    }

    /// Hà Nội's Cụm 10, 5 districts: with four of them excellent, the Government flag goes to the
    /// leader and the city flag to the next three: 4 of 5, as in 2019. Under the default, 2 of 5.
    @Test func theHaNoiPackProposesAFlagToFourOfFiveUnits() throws {
        let database = try TemporaryDatabase()
        let store = try demo(database)
        let reference = try store.clusterYear(code: "HN-10", year: 2020)
        let thanhTri = try #require(try store.snapshot(code: "HN-10", year: 2020).unit(named: "Thanh Trì"))
        // 89,70 in the demo: one point of bonus makes it excellent.
        try store.setAdjustment(reference, unitID: thanhTri.id, kind: .bonus, Adjustment(points: Points(1), reason: "Mô hình tiêu biểu"))
        let flags: Set<String> = [RuleSet.governmentFlag, RuleSet.provincialFlag]
        func flagged() throws -> [String] {
            let snapshot = try store.snapshot(code: "HN-10", year: 2020)
            #expect(snapshot.units.count == 5)
            return snapshot.review().proposals.filter { $0.award.map(flags.contains) == true }
                .compactMap { proposal in snapshot.units.first { $0.id == proposal.unitID }?.name }
        }
        #expect(try flagged() == ["Đông Anh", "Sóc Sơn"])

        try store.replaceRules(reference, with: try RulesFile.decode(try Self.text("ha-noi-nhieu-co.yaml")), reason: "Chỉ tiêu cờ của thành phố")
        #expect(try flagged() == ["Đông Anh", "Sóc Sơn", "Gia Lâm", "Thanh Trì"])
        let review = try store.snapshot(code: "HN-10", year: 2020).review()
        #expect(review.proposals.filter { $0.award == RuleSet.governmentFlag }.count == 1)
        #expect(review.proposals.filter { $0.award == RuleSet.provincialFlag }.count == 3)
    }
}
