import Emulation
import Testing
import Documents
@testable import TerminalUI

@Suite struct CatalogueTests {
    static let unitsRanked: [MemberUnit] = (1...8).map { MemberUnit(id: Int64($0), name: "Đơn vị \($0)") }

    func review(registered: Set<MemberUnit.ID>, ineligible: MemberUnit.ID? = nil) -> Review {
        var units = Self.unitsRanked
        if let ineligible { units[Int(ineligible) - 1].eligibility = .ineligible(.complaint, note: "đơn thư 2023") }
        var scores: [MemberUnit.ID: UnitScores] = [:]
        for (index, unit) in units.enumerated() {
            var unitScores = UnitScores()
            for item in CriteriaTree.standard.items { unitScores.cluster[item.code] = item.maximum }
            unitScores.deduction = Adjustment(points: Points(index * 3), reason: "trừ")
            scores[unit.id] = unitScores
        }
        return Review(units: units, scores: scores, tree: .standard, rules: .standard,
                      registrations: Dictionary(uniqueKeysWithValues: registered.map { ($0, [RuleSet.governmentFlag]) }))
    }

    @Test func reasonsReadAsTheMeetingExpects() {
        let words = Catalogue.vietnamese
        let review = review(registered: [1])
        #expect(words.reasons(review.proposal(unitID: 1)!, rules: .standard) == "hạng 1/8, 100,00 điểm, xuất sắc, đã đăng ký Cờ CP")
        #expect(words.proposalLabel(review.proposal(unitID: 1)!, rules: .standard) == "Cờ CP")
        #expect(words.reasons(review.proposal(unitID: 3)!, rules: .standard) == "hạng 3/8, 94,00 điểm, xuất sắc")
    }

    @Test func leaderWithoutRegistrationIsExplained() {
        let words = Catalogue.vietnamese
        let proposal = review(registered: []).proposal(unitID: 1)!
        #expect(words.reasons(proposal, rules: .standard) == "hạng 1/8, 100,00 điểm, xuất sắc; không đề nghị Cờ CP: chưa đăng ký")
        #expect(words.proposalLabel(proposal, rules: .standard) == "Cờ tỉnh")
    }

    @Test func ineligibleAndNotProposedUnitsCarryTheirReasons() {
        let words = Catalogue.vietnamese
        let review = review(registered: [1], ineligible: 2)
        let ineligible = review.proposal(unitID: 2)!
        #expect(words.proposalLabel(ineligible, rules: .standard) == "không đề nghị")
        #expect(words.reasons(ineligible, rules: .standard).hasSuffix("không đủ điều kiện khen thưởng: có đơn khiếu nại, tố cáo đang được xác minh (đơn thư 2023)"))
        let last = review.proposal(unitID: 8)!
        #expect(last.award == RuleSet.specialisedMerit)
        #expect(Catalogue.english.reasons(last, rules: .standard) == "rank 8/8, 79,00 points, good")
    }

    @Test func everyDomainValueHasWordsInBothLanguages() {
        for words in [Catalogue.vietnamese, Catalogue.english] {
            for band in Classification.allCases { #expect(!words.classification(band).isEmpty && !words.classificationShort(band).isEmpty) }
            for status in ClusterYearStatus.allCases { #expect(!words.status(status).isEmpty) }
            for cause in Eligibility.Cause.allCases { #expect(!words.ineligibleCause(cause).isEmpty) }
            for role in Membership.Role.allCases { #expect(!words.role(role).isEmpty) }
        }
        #expect(Catalogue.vietnamese.classificationShort(.excellent) != Catalogue.english.classificationShort(.excellent))
    }

    /// A shared file's troubles each say what happened to which file and what to do, in both
    /// languages (Vietnamese with its diacritics), never in SQLite's English.
    @Test func eachTroubleWithTheSharedFileHasItsOwnWords() {
        let path = "/srv/thidua/cụm.sqlite"
        for (words, expected) in [(Catalogue.vietnamese, ["đang bận", "đầy", "chỉ có quyền đọc", "thư mục /srv/thidua", "-wal", "bị hỏng"]),
                                  (Catalogue.english, ["busy", "full", "may only read", "folder /srv/thidua", "-wal", "damaged"])] {
            let messages = [words.databaseLocked(path), words.databaseDiskFull(path), words.databaseReadOnly(path, .file),
                            words.databaseReadOnly(path, .folder("/srv/thidua")), words.databaseReadOnly(path, .sideFiles), words.databaseDamaged(path)]
            for (message, phrase) in zip(messages, expected) {
                #expect(message.contains(path) && message.contains(phrase), "\(message)")
            }
            #expect(Set(messages).count == messages.count)
            #expect(words.databaseDamaged(path).contains("thidua verify"))
            #expect(words.verifyDamaged(path).contains(path))
        }
        #expect(Catalogue.vietnamese.databaseLocked(path).contains("một cán bộ khác hoặc một lần nhập dữ liệu đang ghi"))
        #expect(Catalogue.english.databaseLocked(path).contains("another clerk or an import is writing"))
    }

    @Test func rankingDocumentListsEveryUnitInOrder() {
        let document = RankingDocument(cluster: Cluster(code: "T", name: "Cụm thử", kind: .cluster, authority: ""), year: 2024,
                                       tree: .standard, rules: .standard, review: review(registered: [1]), note: "điểm sinh tự động")
        let markdown = document.markdown(.vietnamese)
        #expect(markdown.hasPrefix("# Bảng xếp hạng — Cụm thử (T), năm 2024\n"))
        let names = (1...8).map { "Đơn vị \($0) |" }
        let positions = names.map { markdown.range(of: $0)?.lowerBound }
        #expect(positions.allSatisfy { $0 != nil })
        #expect(positions.map { $0! } == positions.map { $0! }.sorted())
        #expect(markdown.contains("_Ghi chú: điểm sinh tự động_"))
    }
}
