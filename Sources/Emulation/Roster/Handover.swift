/// Who takes a cluster's head and deputy roles for a year, and how they were chosen.
public struct Handover: Hashable, Sendable {
    public enum Method: String, Sendable, CaseIterable, Codable {
        /// The next eligible members in roster order (HeadRotation).
        case rotation
        /// Elected by the members.
        case election
    }

    public var forYear: Int
    public var head: MemberUnit.ID
    public var deputy: MemberUnit.ID?
    public var headName: String
    public var deputyName: String?
    public var method: Method
    public var date: CalendarDate

    public init(forYear: Int, head: MemberUnit.ID, deputy: MemberUnit.ID?, headName: String, deputyName: String?, method: Method,
                date: CalendarDate) {
        self.forYear = forYear
        self.head = head
        self.deputy = deputy
        self.headName = headName
        self.deputyName = deputyName
        self.method = method
        self.date = date
    }
}
