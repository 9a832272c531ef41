import Emulation
import Testing
import TestSupport
import Documents

/// What `rules diff` and `rules import` print: one line per changed rule, field by field of
/// `rules show`, the new rules' source in parentheses.
@Suite struct RuleDiffTests {
    func document(_ rules: RuleSet, members: Int = 8) -> RulesDocument {
        let snapshot = DemoYear.snapshot()
        return RulesDocument(rules: rules, tree: snapshot.tree, cluster: snapshot.cluster, year: 2023, members: members)
    }

    func lines(_ old: RuleSet, _ new: RuleSet, members: Int = 8, words: RuleWords = .vietnamese) -> [String] {
        RuleDiff(from: old, to: document(new, members: members), words: words).lines(.matching(words))
    }

    @Test func aQuotaRaisedWithItsSourceReadsAsOneLine() {
        var rules = RuleSet.standard
        rules.awards[1].quota = .count(2)
        rules.awards[1].source = "QĐ 123/QĐ-UBND"
        #expect(lines(.standard, rules) == [
            "Cờ tỉnh · chỉ tiêu: 1 → 2 (QĐ 123/QĐ-UBND)",
            "Cờ tỉnh · căn cứ: mặc định của thidua, chưa có căn cứ — cụm thay bằng quyết định của mình → QĐ 123/QĐ-UBND",
        ])
        #expect(lines(.standard, rules, words: .english).first == "Prov. flag · quota: 1 → 2 (QĐ 123/QĐ-UBND)")
    }

    @Test func aRuleOfACitedGroupCarriesTheGroupsSource() {
        var rules = RuleSet.standard
        rules.eligibility.treatment = .deferred
        #expect(lines(.standard, rules) == ["Đơn vị đó: không đề nghị khen thưởng năm nay → chưa xét, chờ có kết luận (Nghị định 152/2025/NĐ-CP, Điều 4)"])
        rules = .standard
        rules.quorum = Fraction(3, 4)
        #expect(lines(.standard, rules) == ["Số có mặt tối thiểu: 2/3 số thành viên (ít nhất 6 của 8) → 3/4 số thành viên (ít nhất 6 của 8)"])
    }

    @Test func addedAndRemovedAwardsAreNamed() {
        var rules = RuleSet.standard
        let specialised = rules.awards.removeLast()
        rules.awards.append(AwardRule(code: "gk", nameVietnamese: "Giấy khen", nameEnglish: "Commendation", shortVietnamese: "GK",
                                      shortEnglish: "Comm.", quota: .unlimited, minimumClassification: .completed, source: "QĐ 9/QĐ-UBND"))
        #expect(lines(.standard, rules) == [
            "Thứ tự xét: Cờ CP, Cờ tỉnh, BK toàn diện, BK chuyên đề → Cờ CP, Cờ tỉnh, BK toàn diện, GK",
            "Thêm hình thức khen thưởng: Giấy khen (QĐ 9/QĐ-UBND)",
            "Bỏ hình thức khen thưởng: \(specialised.nameVietnamese)",
        ])
        #expect(lines(rules, .standard, words: .english).suffix(2) == ["Award added: Certificate of merit (specialised)", "Award removed: Commendation"])
    }

    @Test func aNameChangedInTheOtherLanguageOnlyIsShownInThatLanguage() {
        var rules = RuleSet.standard
        rules.awards[1].nameEnglish = "City emulation flag"
        #expect(lines(.standard, rules) == ["Cờ tỉnh · tên: Provincial emulation flag → City emulation flag"])
        rules = .standard
        rules.awards[1].shortVietnamese = "Cờ TP"
        #expect(lines(.standard, rules, words: .english) == ["Prov. flag · short name: Cờ tỉnh → Cờ TP"])
    }

    @Test func theSameRulesAreNoChange() {
        #expect(lines(.standard, .standard) == ["Không có thay đổi."])
        #expect(lines(.standard, .standard, words: .english) == ["No change."])
    }
}
