/// Which causes keep a unit from being proposed, and what the review says of it (Decree
/// 152/2025 Art. 4 says such units are not *yet* considered: "chưa xét").
public struct EligibilityRule: Hashable, Sendable, Codable {
    public enum Treatment: String, CaseIterable, Hashable, Sendable, Codable {
        /// Ranked, proposed for nothing this year ("không đề nghị").
        case notProposed
        /// Ranked, its proposal held until the cause is cleared ("chưa xét").
        case deferred
    }

    /// The causes that bar a proposal, in the order they are listed; a unit marked with another
    /// cause is proposed as if eligible (the mark stays on the roster).
    public var causes: [Eligibility.Cause]
    public var treatment: Treatment

    public init(causes: [Eligibility.Cause] = Eligibility.Cause.allCases, treatment: Treatment = .notProposed) {
        self.causes = causes
        self.treatment = treatment
    }

    /// The cause that bars this unit under the rule, or nil when it may be proposed.
    public func barringCause(_ eligibility: Eligibility) -> (cause: Eligibility.Cause, note: String)? {
        guard case .ineligible(let cause, let note) = eligibility, causes.contains(cause) else { return nil }
        return (cause, note)
    }

    public func bars(_ eligibility: Eligibility) -> Bool { barringCause(eligibility) != nil }
}
