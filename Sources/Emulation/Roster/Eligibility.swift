/// Whether a unit may be proposed for an award this year (Decree 152/2025 Art. 4):
/// a unit under discipline, investigation, inspection or a complaint being verified is ranked
/// but proposed for nothing.
public enum Eligibility: Hashable, Sendable {
    public enum Cause: String, CaseIterable, Sendable, Codable {
        case discipline
        case investigation
        case inspection
        case complaint
    }

    case eligible
    case ineligible(Cause, note: String)

    public var isEligible: Bool {
        if case .eligible = self { return true }
        return false
    }
}
