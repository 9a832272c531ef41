import Emulation
import Foundation
import Testing
import EmulationStore

/// The rules file: written and read back exactly, and every mistake a secretary can make in a
/// text editor refused with its line and key.
@Suite struct RulesFileTests {
    static let standard = RulesFile.encode(.standard)

    /// Everything the format can say, other than the default's values: shares, no tie-break
    /// left, no cause, deferred, all members, a source on every group and award, and texts that
    /// YAML would read as something else unless quoted.
    static let unusual: RuleSet = {
        var rules = RuleSet.standard
        rules.finalScore = .higherOfTwo
        rules.bonusMaximum = Points(hundredths: 750)
        rules.deductionMaximum = Points(hundredths: 25)
        rules.gapFlagPercent = 15
        rules.bands = ClassificationBands(excellent: Points(hundredths: 9250), good: Points(80), completed: Points(hundredths: 5005))
        rules.tieBreaks = [.womenMajority, .majorSubtotal(code: "2"), .majorSubtotal(code: "A.1")]
        rules.awards[1].quota = .percentOfMembers(60)
        rules.awards[1].source = "Quyết định 123/QĐ-UBND ngày 05/01/2024: khen: thưởng # số 2"
        rules.awards[2].nameEnglish = "true"
        rules.awards[2].shortVietnamese = "null"
        rules.awards[2].shortEnglish = " 2024 "
        rules.awards[3].recipient = "{tên}"
        rules.awards[3].authority = "- Chủ tịch"
        rules.awards.append(AwardRule(code: "gk", nameVietnamese: "Giấy khen \"đặc biệt\"", nameEnglish: "Commendation 'special'",
                                      shortVietnamese: "GK", shortEnglish: "Comm.", quota: .count(0), minimumClassification: .completed))
        rules.eligibility = EligibilityRule(causes: [], treatment: .deferred)
        rules.voteBase = .allMembers
        rules.quorum = Fraction(3, 4)
        rules.passThreshold = Fraction(2, 3)
        for group in RuleGroup.allCases { rules.sources[group] = "Căn cứ của nhóm \(group.rawValue)" }
        return rules
    }()

    @Test func theDefaultReadsBackAsItselfAndWritesTheSameBytes() throws {
        let decoded = try RulesFile.decode(Self.standard)
        #expect(decoded == .standard)
        #expect(Data(RulesFile.encode(decoded).utf8) == Data(Self.standard.utf8))
    }

    @Test func everyKindOfValueReadsBackAsItself() throws {
        let text = RulesFile.encode(Self.unusual)
        let decoded = try RulesFile.decode(text)
        #expect(decoded == Self.unusual)
        #expect(Data(RulesFile.encode(decoded).utf8) == Data(text.utf8))
        #expect(text.contains("  bonus_maximum: 7.5\n") && text.contains("  deduction_maximum: 0.25\n") && text.contains("  excellent: 92.5\n"))
        #expect(text.contains("  quota: 60%\n") && text.contains("  tie_breaks: [women_majority, criterion 2, criterion A.1]\n"))
        #expect(text.contains("  causes: []\n") && text.contains("  ineligible: deferred\n") && text.contains("  base: all_members\n"))
    }

    @Test func vietnameseIsWrittenAsItIsNeverEscaped() {
        #expect(Self.standard.contains("  name: Cờ thi đua của Chính phủ\n"))
        #expect(Self.standard.contains("  recipient: Cán bộ và Nhân dân {loại} {tên}\n"))
        #expect(!Self.standard.contains("\\u") && !Self.standard.contains("\\x"))
        #expect(Self.standard.hasPrefix("# Quy tắc thi đua của một cụm trong một năm"))
        #expect(Self.standard.contains("thidua rules import TỆP"))
    }

    @Test func aDecimalCommaIsReadAsPeopleTypeIt() throws {
        let text = Self.standard.replacing("  bonus_maximum: 5\n", with: "  bonus_maximum: 7,5\n")
        #expect(try RulesFile.decode(text).bonusMaximum == Points(hundredths: 750))
    }

    // MARK: Refused, with the line and the key

    /// The errors of a file: its own, else the rules' check against the default grid, placed.
    func errors(_ text: String) -> [RulesFileError] {
        do {
            let decoded = try RulesFile.read(text)
            return decoded.errors(for: decoded.rules.problems(tree: .standard))
        } catch let errors as RulesFileErrors {
            return errors.errors
        } catch {
            Issue.record("unexpected \(error)")
            return []
        }
    }

    /// The default file with `old` replaced by `new` at its first occurrence after `anchor`,
    /// and the line where `new` (or what follows the removal) now starts.
    func edited(_ old: String, _ new: String, after anchor: String = "") -> (text: String, line: Int) {
        let text = Self.standard
        let start = anchor.isEmpty ? text.startIndex : text.range(of: anchor)!.upperBound
        let range = text.range(of: old, range: start..<text.endIndex)!
        let line = text[..<range.lowerBound].count { $0 == "\n" } + 1
        return (text.replacingCharacters(in: range, with: new), line)
    }

    func line(of needle: String, in text: String) -> Int {
        text[..<text.range(of: needle)!.lowerBound].count { $0 == "\n" } + 1
    }

    @Test func textThatIsNotYAMLIsRefusedAtItsLine() throws {
        let (text, line) = edited("  tie_breaks: [criterion 1, criterion 2, criterion 3]\n", "  tie_breaks: [criterion 1, criterion 2\n")
        let found = errors(text)
        #expect(found.count == 1)
        guard case .syntax = try #require(found.first).problem else { Issue.record("\(found)"); return }
        // libyaml notices the unclosed list where the next key starts.
        #expect(found[0].line == line + 1, "\(found)")
    }

    @Test func anUnknownKeyIsATypoAndIsRefused() {
        let (text, line) = edited("  passes_down: true\n", "  passes_dow: true\n", after: "code: co-tinh")
        #expect(errors(text) == [
            RulesFileError(line: line, path: "awards[2].passes_dow", problem: .unknownKey("passes_dow", known: [
                "code", "name", "name_en", "short_name", "short_name_en", "band", "quota", "requires_registration", "passes_down",
                "authority", "recipient", "source"])),
            RulesFileError(line: line - 8, path: "awards[2]", problem: .missingKey("passes_down")),
        ].sorted { $0.line < $1.line })
    }

    @Test func aKeyGivenTwiceIsRefused() {
        let (text, line) = edited("  good: 75\n", "  good: 75\n  good: 80\n")
        // Yams finds it while composing, before any key has a path: the line of the first mention.
        #expect(errors(text) == [RulesFileError(line: line, path: "", problem: .duplicateKey("good"))])
    }

    @Test func aValueOfTheWrongKindIsRefused() {
        let quota = edited("  quota: 1\n", "  quota: [1]\n", after: "code: co-tinh")
        #expect(errors(quota.text) == [RulesFileError(line: quota.line, path: "awards[2].quota", problem: .expected(.value))])
        let points = edited("  bonus_maximum: 5\n", "  bonus_maximum: năm\n")
        #expect(errors(points.text) == [RulesFileError(line: points.line, path: "scoring.bonus_maximum", problem: .notPoints("năm"))])
        let group = edited("votes:\n  base: present\n  quorum: 2/3\n  pass_threshold: 1/2\n  source: ''\n", "votes: [present, 2/3]\n")
        #expect(errors(group.text) == [RulesFileError(line: group.line, path: "votes", problem: .expected(.mapping))])
        let band = edited("  band: good\n", "  band: tốt\n")
        #expect(errors(band.text) == [RulesFileError(line: band.line, path: "awards[3].band",
                                                      problem: .notOneOf("tốt", allowed: ["excellent", "good", "completed"]))])
        let boolean = edited("  requires_registration: true\n", "  requires_registration: yes\n")
        #expect(errors(boolean.text) == [RulesFileError(line: boolean.line, path: "awards[1].requires_registration", problem: .notBoolean("yes"))])
        let list = edited("  causes: [discipline, investigation, inspection, complaint]\n", "  causes: discipline\n")
        #expect(errors(list.text) == [RulesFileError(line: list.line, path: "eligibility.causes", problem: .expected(.list))])
    }

    @Test func aNegativeQuotaIsPlacedOnThatAwardsQuota() {
        let (text, line) = edited("  quota: 1\n", "  quota: -1\n", after: "code: co-tinh")
        #expect(errors(text) == [RulesFileError(line: line, path: "awards[2].quota", problem: .rule(.negativeQuota(code: "co-tinh")))])
    }

    @Test func aBandAboveWhatAUnitCanReachIsPlacedOnThatBand() {
        let (text, line) = edited("  excellent: 90\n", "  excellent: 120\n")
        #expect(errors(text) == [RulesFileError(line: line, path: "classification.excellent",
                                                 problem: .rule(.bandAboveMaximum(.excellent, threshold: Points(120), maximum: Points(105))))])
    }

    @Test func aQuorumOfNobodyIsRefused() {
        let (text, line) = edited("  quorum: 2/3\n", "  quorum: 0/3\n")
        #expect(errors(text) == [RulesFileError(line: line, path: "votes.quorum", problem: .rule(.quorumOutOfRange(Fraction(0, 3))))])
        let zero = edited("  quorum: 2/3\n", "  quorum: 2/0\n")
        #expect(errors(zero.text) == [RulesFileError(line: zero.line, path: "votes.quorum", problem: .notFraction("2/0"))])
    }

    @Test func aDuplicateAwardCodeIsPlacedOnItsSecondMention() {
        let (text, line) = edited("- code: bk-toan-dien\n", "- code: co-tinh\n")
        #expect(errors(text) == [RulesFileError(line: line, path: "awards[3].code", problem: .rule(.duplicateAwardCode("co-tinh")))])
    }

    @Test func anAwardWithoutItsBandIsRefused() {
        let (text, _) = edited("  band: good\n", "")
        #expect(errors(text) == [RulesFileError(line: line(of: "- code: bk-toan-dien", in: text), path: "awards[3]", problem: .missingKey("band"))])
    }

    @Test func aRepeatedCauseOrTieBreakIsPlacedOnItsSecondMention() {
        let (text, line) = edited("  causes: [discipline, investigation, inspection, complaint]\n", "  causes: [discipline, complaint, complaint]\n")
        #expect(errors(text) == [RulesFileError(line: line, path: "eligibility.causes[3]", problem: .rule(.duplicateCause(.complaint)))])
        let tie = edited("criterion 3]", "criterion 4]")
        #expect(errors(tie.text) == [RulesFileError(line: tie.line, path: "ranking.tie_breaks[3]", problem: .rule(.unknownTieBreakCriterion("4")))])
    }

    @Test func aTextWithALineBreakOrAControlCharacterIsRefused() {
        let escape = edited("  short_name: Cờ tỉnh\n", "  short_name: \"Cờ\\e[2J tỉnh\"\n")
        #expect(errors(escape.text) == [RulesFileError(line: escape.line, path: "awards[2].short_name",
                                                        problem: .text("Cờ\u{1B}[2J tỉnh", .controlCharacter("\u{1B}")))])
        let block = edited("awards_source: ''\n", "awards_source: |\n  dòng một\n  dòng hai\n")
        #expect(errors(block.text) == [RulesFileError(line: block.line, path: "awards_source", problem: .text("dòng một\ndòng hai\n", .lineBreak))])
    }

    @Test func anEmptyFileOrOneOfOtherBytesHoldsNoRules() {
        #expect(errors("# chỉ có ghi chú\n") == [RulesFileError(line: 0, path: "", problem: .empty)])
        #expect(throws: RulesFileErrors([RulesFileError(line: 0, path: "", problem: .notUTF8)])) {
            try RulesFile.read(Data([0x73, 0x63, 0xC3, 0x28]))
        }
        #expect(errors("scoring: 1\n").contains(RulesFileError(line: 1, path: "scoring", problem: .expected(.mapping))))
    }
}
