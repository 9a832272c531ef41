import Documents
import Emulation

extension Catalogue {
    /// `words.columnUnit`, `words.classification(band)`: a term worded in DocumentWords reads as
    /// the catalogue's own, so a screen and the paper it prints say the same thing.
    public subscript<Value>(dynamicMember keyPath: KeyPath<DocumentWords, Value>) -> Value {
        documents[keyPath: keyPath]
    }

    /// The reasons of a proposal in words (DocumentWords.reasons).
    public func reasons(_ proposal: AwardProposal, rules: RuleSet) -> String {
        documents.reasons(proposal, rules: rules)
    }

    /// The award proposed, or "not proposed" (DocumentWords.proposalLabel).
    public func proposalLabel(_ proposal: AwardProposal, rules: RuleSet) -> String {
        documents.proposalLabel(proposal, rules: rules)
    }
}

extension Catalogue {
    /// The words of the rules, in the catalogue's language.
    public var rules: RuleWords { documents.languageCode == "en" ? .english : .vietnamese }
}
