/// What decides between units with equal totals, applied in the rule set's order.
public enum TieBreak: Hashable, Sendable, Codable {
    /// The higher subtotal of a major criterion wins.
    case majorSubtotal(code: String)
    /// A collective with at least 70% women wins (Decree 152/2025 Art. 4).
    case womenMajority
}
