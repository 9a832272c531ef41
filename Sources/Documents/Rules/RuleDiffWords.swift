/// The words of a rules diff beside those of the rules themselves (RuleWords).
public struct RuleDiffWords: Sendable {
    public var changed: @Sendable (_ label: String, _ old: String, _ new: String) -> String
    public var awardAdded: @Sendable (_ name: String) -> String
    public var awardRemoved: @Sendable (_ name: String) -> String
    public var noChange: String

    /// " (source)" when there is one.
    public func cited(_ source: String?) -> String {
        guard let source, !source.isEmpty else { return "" }
        return " (\(source))"
    }

    public static let vietnamese = RuleDiffWords(
        changed: { label, old, new in "\(label): \(old) → \(new)" },
        awardAdded: { "Thêm hình thức khen thưởng: \($0)" },
        awardRemoved: { "Bỏ hình thức khen thưởng: \($0)" },
        noChange: "Không có thay đổi."
    )

    public static let english = RuleDiffWords(
        changed: { label, old, new in "\(label): \(old) → \(new)" },
        awardAdded: { "Award added: \($0)" },
        awardRemoved: { "Award removed: \($0)" },
        noChange: "No change."
    )

    /// The diff's words in the language of `words`.
    public static func matching(_ words: RuleWords) -> RuleDiffWords {
        words.document.languageCode == "en" ? .english : .vietnamese
    }
}
