/// Chooses next year's cluster head and deputy by rotation: the next eligible members in
/// roster order after the current head, wrapping around. A unit that was ineligible this year
/// cannot become head or deputy next year, and head and deputy are never the same unit.
public enum HeadRotation {
    public struct Choice: Hashable, Sendable {
        public var head: MemberUnit.ID?
        public var deputy: MemberUnit.ID?

        public init(head: MemberUnit.ID?, deputy: MemberUnit.ID?) {
            self.head = head
            self.deputy = deputy
        }
    }

    public static func propose(roster: [Membership], ineligible: Set<MemberUnit.ID>) -> Choice {
        let ordered = roster.sorted { $0.position < $1.position }
        guard !ordered.isEmpty else { return Choice(head: nil, deputy: nil) }
        let start = ordered.firstIndex { $0.role == .head }.map { $0 + 1 } ?? 0
        // Visit every member once, starting after the current head; the current head comes last,
        // so it keeps the role only when no one else may take it.
        let rotation = (0..<ordered.count).map { ordered[(start + $0) % ordered.count].unitID }
        let candidates = rotation.filter { !ineligible.contains($0) }
        return Choice(head: candidates.first, deputy: candidates.dropFirst().first)
    }
}
