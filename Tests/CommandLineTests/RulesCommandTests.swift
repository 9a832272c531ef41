import Foundation
import Testing
import TestSupport

/// `thidua rules show|export|import|diff` on the demo file: the rules in words and as a file,
/// an edited file applied (or refused with its line and key), and what changed.
@Suite struct RulesCommandTests {
    static let hp = ["--cluster", "HP-KH", "--year", "2023"]

    /// `text` with `old` replaced by `new` at its first occurrence after `anchor`, and the line it is on.
    static func edited(_ text: String, _ old: String, _ new: String, after anchor: String = "") -> (text: String, line: Int) {
        let start = anchor.isEmpty ? text.startIndex : text.range(of: anchor)!.upperBound
        let range = text.range(of: old, range: start..<text.endIndex)!
        let line = text[..<range.lowerBound].count { $0 == "\n" } + 1
        return (text.replacingCharacters(in: range, with: new), line)
    }

    /// The provincial flag's quota 1 → 2, citing the province's decision.
    static func twoProvincialFlags(_ exported: String) -> String {
        let quota = edited(exported, "  quota: 1\n", "  quota: 2\n", after: "code: co-tinh").text
        return edited(quota, "  source: ''\n", "  source: QĐ 123/QĐ-UBND\n", after: "code: co-tinh").text
    }

    func export(_ thidua: ThiduaProcess, _ arguments: [String] = hp) throws -> String {
        let exported = try thidua.run(["rules", "export"] + arguments)
        #expect(exported.status == 0, "\(exported.stderr)")
        return exported.stdout
    }

    func auditRows(_ thidua: ThiduaProcess) throws -> String {
        try thidua.sqlite("SELECT count(*) FROM audit").trimmingCharacters(in: .whitespacesAndNewlines)
    }

    @Test func theRulesInWordsAndAsAFileForTheDemoYear() throws {
        let thidua = try withDemo()
        let golden = CommandLineGoldenTests()
        assertGolden(try golden.transcript(thidua, ["rules", "show"] + Self.hp), named: "rules-show.vi.txt")
        assertGolden(try golden.transcript(thidua, ["rules", "show"] + Self.hp + ["--lang", "en"]), named: "rules-show.en.txt")
        assertGolden(try golden.transcript(thidua, ["rules", "export"] + Self.hp), named: "rules-export.txt")
    }

    @Test func exportImportExportGivesTheSameBytesAndChangesNothing() throws {
        let thidua = try withDemo()
        let first = try export(thidua)
        try thidua.write("rules.yaml", first)
        let before = try auditRows(thidua)
        // The same rules: nothing to write, so no reason is asked for although scoring has started.
        let imported = try thidua.run(["rules", "import", "rules.yaml"] + Self.hp)
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout == "Quy tắc trong rules.yaml giống quy tắc hiện hành của HP-KH năm 2023: không có thay đổi.\n")
        #expect(try auditRows(thidua) == before)
        #expect(Data(try export(thidua).utf8) == Data(first.utf8))

        // Written to a file with -o, applied to next year, read back: the same bytes again.
        #expect(try thidua.run(["year", "next"] + Self.hp).status == 0)
        let toFile = try thidua.run(["rules", "export", "--cluster", "HP-KH", "--year", "2024", "-o", "2024.yaml"])
        #expect(toFile.status == 0 && toFile.stderr == "Đã ghi 2024.yaml.\n", "\(toFile.stderr)")
        let written = try String(contentsOfFile: thidua.path("2024.yaml"), encoding: .utf8)
        #expect(Data(written.utf8) == Data(first.utf8))
        try thidua.write("2024.yaml", Self.twoProvincialFlags(written))
        #expect(try thidua.run(["rules", "import", "2024.yaml", "--cluster", "HP-KH", "--year", "2024"]).status == 0)
        #expect(Data(try export(thidua, ["--cluster", "HP-KH", "--year", "2024"]).utf8) == Data(Self.twoProvincialFlags(written).utf8))
    }

    struct Mistake: CustomTestStringConvertible, Sendable {
        let name: String
        let old: String
        let new: String
        var anchor = ""
        /// "awards[2].quota": the key path the error must name.
        let path: String
        /// How far below the edit libyaml notices a syntax error.
        var lineOffset = 0
        /// The line is that of the mapping the key is missing from, not of the edit.
        var lineOf: String?
        let says: String

        var testDescription: String { name }
    }

    static let mistakes: [Mistake] = [
        Mistake(name: "bad YAML syntax", old: "criterion 3]\n", new: "criterion 3\n", path: "", lineOffset: 1, says: "không đúng cú pháp YAML"),
        Mistake(name: "unknown key", old: "  gap_flag_percent: 20\n", new: "  gap_flag_percent: 20\n  gap_flag: 20\n", path: "scoring.gap_flag",
                lineOffset: 1, says: "khóa «gap_flag» không có trong định dạng"),
        Mistake(name: "wrong type", old: "  good: 75\n", new: "  good: [75]\n", path: "classification.good", says: "cần một giá trị ở đây"),
        Mistake(name: "quota -1", old: "  quota: 1\n", new: "  quota: -1\n", anchor: "code: co-tinh", path: "awards[2].quota",
                says: "Chỉ tiêu của «co-tinh» không được âm."),
        Mistake(name: "band above maximum", old: "  excellent: 90\n", new: "  excellent: 105.5\n", path: "classification.excellent",
                says: "Mức «Hoàn thành xuất sắc nhiệm vụ» là 105,50 điểm, cao hơn điểm tối đa đạt được (105)."),
        Mistake(name: "quorum 0/3", old: "  quorum: 2/3\n", new: "  quorum: 0/3\n", path: "votes.quorum",
                says: "Số có mặt tối thiểu phải lớn hơn 0"),
        Mistake(name: "duplicate award code", old: "- code: bk-chuyen-de\n", new: "- code: co-cp\n", path: "awards[4].code",
                says: "Mã hình thức khen thưởng «co-cp» bị trùng."),
        Mistake(name: "missing band on an award", old: "  band: good\n", new: "", path: "awards[3]", lineOf: "- code: bk-toan-dien",
                says: "thiếu khóa «band»"),
    ]

    @Test func eachMistakeIsRefusedWithItsLineAndKeyAndNothingIsSaved() throws {
        let thidua = try withDemo()
        let exported = try export(thidua)
        let before = try auditRows(thidua)
        for mistake in Self.mistakes {
            let (text, editLine) = Self.edited(exported, mistake.old, mistake.new, after: mistake.anchor)
            try thidua.write("bad.yaml", text)
            let line = mistake.lineOf.map { needle in text[..<text.range(of: needle)!.lowerBound].count { $0 == "\n" } + 1 }
                ?? editLine + mistake.lineOffset
            let output = try thidua.run(["rules", "import", "bad.yaml"] + Self.hp + ["--reason", "thử"])
            #expect(output.status == 1, "\(mistake.name)")
            let location = "bad.yaml:\(line):" + (mistake.path.isEmpty ? "" : " \(mistake.path):") + " "
            #expect(output.stderr.hasPrefix(location), "\(mistake.name): \(output.stderr)")
            #expect(output.stderr.contains(mistake.says), "\(mistake.name): \(output.stderr)")
            #expect(output.stderr.hasSuffix("Chưa áp dụng gì: tệp có 1 lỗi.\n"), "\(mistake.name): \(output.stderr)")
        }
        #expect(try auditRows(thidua) == before, "nothing of a refused file was saved")
        #expect(try export(thidua) == exported)
        let english = try thidua.run(["rules", "import", "bad.yaml"] + Self.hp + ["--lang", "en"])
        #expect(english.stderr.hasSuffix(": awards[3]: the key “band” is missing\nNothing was applied: the file has 1 problem(s).\n"), "\(english.stderr)")
    }

    @Test func afterScoringStartedTheChangeNeedsAReasonWhichTheAuditKeeps() throws {
        let thidua = try withDemo()
        try thidua.write("rules.yaml", Self.twoProvincialFlags(try export(thidua)))
        let refused = try thidua.run(["rules", "import", "rules.yaml"] + Self.hp)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("--reason"), "\(refused.stderr)")
        #expect(refused.stderr == "HP-KH năm 2023 đã bắt đầu chấm điểm: thay đổi quy tắc cần lý do, thêm --reason \"lý do\" (lý do được ghi vào nhật ký).\n")
        let english = try thidua.run(["rules", "import", "rules.yaml"] + Self.hp + ["--lang", "en"])
        #expect(english.status == 1 && english.stderr.contains("add --reason"), "\(english.stderr)")
        #expect(try thidua.sqlite("SELECT count(*) FROM audit WHERE action = 'rules.replace'") == "0\n")

        let saved = try thidua.run(["rules", "import", "rules.yaml"] + Self.hp + ["--reason", "Theo Quyết định 123/QĐ-UBND"])
        #expect(saved.status == 0, "\(saved.stderr)")
        #expect(saved.stdout == """
            Đã áp dụng quy tắc trong rules.yaml cho HP-KH năm 2023: 2 thay đổi.
            Cờ tỉnh · chỉ tiêu: 1 → 2 (QĐ 123/QĐ-UBND)
            Cờ tỉnh · căn cứ: mặc định của thidua, chưa có căn cứ — cụm thay bằng quyết định của mình → QĐ 123/QĐ-UBND

            """)
        #expect(try thidua.sqlite("SELECT reason FROM audit WHERE action = 'rules.replace'") == "Theo Quyết định 123/QĐ-UBND\n")
        #expect(try thidua.run(["verify"]).status == 0)
    }

    @Test func theDiffSaysWhatChangedWithTheNewSource() throws {
        let thidua = try withDemo()
        let edited = Self.twoProvincialFlags(try export(thidua))
        try thidua.write("rules.yaml", edited)
        let fromFile = try thidua.run(["rules", "diff", "rules.yaml"] + Self.hp)
        #expect(fromFile.status == 0, "\(fromFile.stderr)")
        #expect(fromFile.stdout == """
            Cờ tỉnh · chỉ tiêu: 1 → 2 (QĐ 123/QĐ-UBND)
            Cờ tỉnh · căn cứ: mặc định của thidua, chưa có căn cứ — cụm thay bằng quyết định của mình → QĐ 123/QĐ-UBND

            """)
        let english = try thidua.run(["rules", "diff", "rules.yaml"] + Self.hp + ["--lang", "en"])
        #expect(english.stdout.hasPrefix("Prov. flag · quota: 1 → 2 (QĐ 123/QĐ-UBND)\n"), "\(english.stdout)")

        // Between two years: 2024 opened with 2023's rules, then given the new ones.
        #expect(try thidua.run(["year", "next"] + Self.hp).status == 0)
        let years = ["rules", "diff", "--cluster", "HP-KH", "--from", "2023", "--to", "2024"]
        #expect(try thidua.run(years).stdout == "Không có thay đổi.\n")
        #expect(try thidua.run(["rules", "import", "rules.yaml", "--cluster", "HP-KH", "--year", "2024"]).status == 0)
        #expect(try thidua.run(years).stdout == fromFile.stdout)
        #expect(try thidua.run(["rules", "diff", "rules.yaml"] + Self.hp + ["--from", "2023"]).status == 1)
    }
}
