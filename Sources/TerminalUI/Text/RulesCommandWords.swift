import Documents

/// What `thidua rules show|export|import|diff` says beyond the rules themselves (RuleWords):
/// what is wrong in a rules file, and what an import did.
public struct RulesCommandWords: Sendable {
    public var notUTF8: String
    public var empty: String
    public var syntax: @Sendable (_ detail: String) -> String
    public var expectedMapping: String
    public var expectedList: String
    public var expectedValue: String
    public var unknownKey: @Sendable (_ key: String, _ known: String) -> String
    public var missingKey: @Sendable (String) -> String
    public var duplicateKey: @Sendable (String) -> String
    public var notOneOf: @Sendable (_ value: String, _ allowed: String) -> String
    public var notPoints: @Sendable (String) -> String
    public var notWholeNumber: @Sendable (String) -> String
    public var notFraction: @Sendable (String) -> String
    public var notQuota: @Sendable (String) -> String
    public var notTieBreak: @Sendable (String) -> String
    public var notBoolean: @Sendable (String) -> String
    /// After the file's errors: nothing was saved.
    public var notApplied: @Sendable (_ count: Int) -> String
    public var reasonRequired: @Sendable (_ cluster: String, _ year: Int) -> String
    public var imported: @Sendable (_ file: String, _ cluster: String, _ year: Int, _ changes: Int) -> String
    public var unchanged: @Sendable (_ file: String, _ cluster: String, _ year: Int) -> String
    public var diffNeedsSides: String
    public var diff: RuleDiffWords

    public static let vietnamese = RulesCommandWords(
        notUTF8: "tệp không phải văn bản UTF-8 (hãy lưu lại với bảng mã UTF-8)",
        empty: "tệp không có quy tắc nào",
        syntax: { "không đúng cú pháp YAML (\($0))" },
        expectedMapping: "cần các dòng «khóa: giá trị» ở đây",
        expectedList: "cần một danh sách ở đây, ví dụ [a, b]",
        expectedValue: "cần một giá trị ở đây, không phải danh sách hay nhóm khóa",
        unknownKey: { "khóa «\($0)» không có trong định dạng (các khóa ở đây: \($1))" },
        missingKey: { "thiếu khóa «\($0)»" },
        duplicateKey: { "khóa «\($0)» bị lặp" },
        notOneOf: { "«\($0)» không hợp lệ (chấp nhận: \($1))" },
        notPoints: { "«\($0)» không phải số điểm (ví dụ 5 hoặc 7.5, tối đa 2 chữ số thập phân)" },
        notWholeNumber: { "«\($0)» không phải số nguyên" },
        notFraction: { "«\($0)» không phải tỷ lệ dạng 2/3 (mẫu số lớn hơn 0)" },
        notQuota: { "«\($0)» không phải chỉ tiêu (viết 1, 20% hoặc unlimited)" },
        notTieBreak: { "«\($0)» không phải điều kiện xét khi bằng điểm (viết criterion 1 hoặc women_majority)" },
        notBoolean: { "«\($0)» phải là true hoặc false" },
        notApplied: { "Chưa áp dụng gì: tệp có \($0) lỗi." },
        reasonRequired: { "\($0) năm \($1) đã bắt đầu chấm điểm: thay đổi quy tắc cần lý do, thêm --reason \"lý do\" (lý do được ghi vào nhật ký)." },
        imported: { file, cluster, year, changes in "Đã áp dụng quy tắc trong \(file) cho \(cluster) năm \(year): \(changes) thay đổi." },
        unchanged: { file, cluster, year in "Quy tắc trong \(file) giống quy tắc hiện hành của \(cluster) năm \(year): không có thay đổi." },
        diffNeedsSides: "So sánh gì với gì? thidua rules diff TỆP --cluster MÃ --year NĂM (tệp với quy tắc của năm), hoặc thidua rules diff --cluster MÃ --from NĂM --to NĂM (hai năm).",
        diff: .vietnamese
    )

    public static let english = RulesCommandWords(
        notUTF8: "the file is not UTF-8 text (save it again as UTF-8)",
        empty: "the file holds no rules",
        syntax: { "not valid YAML (\($0))" },
        expectedMapping: "“key: value” lines are needed here",
        expectedList: "a list is needed here, e.g. [a, b]",
        expectedValue: "a single value is needed here, not a list or keys",
        unknownKey: { "the key “\($0)” is not in the format (the keys here: \($1))" },
        missingKey: { "the key “\($0)” is missing" },
        duplicateKey: { "the key “\($0)” is given twice" },
        notOneOf: { "“\($0)” is not allowed (allowed: \($1))" },
        notPoints: { "“\($0)” is not points (e.g. 5 or 7.5, at most 2 decimals)" },
        notWholeNumber: { "“\($0)” is not a whole number" },
        notFraction: { "“\($0)” is not a ratio such as 2/3 (with a denominator above 0)" },
        notQuota: { "“\($0)” is not a quota (write 1, 20% or unlimited)" },
        notTieBreak: { "“\($0)” is not a tie-break (write criterion 1 or women_majority)" },
        notBoolean: { "“\($0)” must be true or false" },
        notApplied: { "Nothing was applied: the file has \($0) problem(s)." },
        reasonRequired: { "Scoring of \($0) \($1) has started: changing its rules needs a reason; add --reason \"why\" (it goes into the audit trail)." },
        imported: { file, cluster, year, changes in "Applied the rules in \(file) to \(cluster) \(year): \(changes) change(s)." },
        unchanged: { file, cluster, year in "The rules in \(file) are those of \(cluster) \(year) already: no change." },
        diffNeedsSides: "Compare what with what? thidua rules diff FILE --cluster CODE --year YEAR (a file with a year's rules), or thidua rules diff --cluster CODE --from YEAR --to YEAR (two years).",
        diff: .english
    )
}

extension Catalogue {
    /// The rules commands' words, in the catalogue's language.
    public var rulesCommand: RulesCommandWords { documents.languageCode == "en" ? .english : .vietnamese }
}
