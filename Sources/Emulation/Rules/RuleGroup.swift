/// The groups the rules are shown, exported and cited in; each may carry its source.
public enum RuleGroup: String, CaseIterable, Hashable, Sendable, Codable, CodingKeyRepresentable {
    /// Which score counts, bonus and deduction caps, the gap flag.
    case scoring
    /// The cluster's own classification bands ("xếp loại trong cụm").
    case classification
    /// Tie-breaks.
    case ranking
    /// The award list as a whole (each award may also cite its own source).
    case awards
    /// Causes that bar a proposal and what is said of the unit.
    case eligibility
    /// Quorum, pass threshold, and what the threshold is measured against.
    case votes
}
