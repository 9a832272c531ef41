/// What the minutes of the year-end review meeting (biên bản họp bình xét) say beyond the
/// scores, the ranking and the votes: when and where it met, who chaired it, who took the
/// minutes and who attended.
public struct MeetingRecord: Hashable, Sendable {
    public var date: CalendarDate?
    public var place: String
    public var chair: String
    public var secretary: String
    /// One entry per person or unit present, in the order given.
    public var attendees: [String]
    public var note: String
    /// When the meeting opened and closed, for the minutes' first and last lines.
    public var start: ClockTime?
    public var end: ClockTime?
    /// How many member units were present ("có mặt 8/8 đơn vị"); nil until counted.
    public var membersPresent: Int?

    public init(date: CalendarDate? = nil, place: String = "", chair: String = "", secretary: String = "", attendees: [String] = [],
                note: String = "", start: ClockTime? = nil, end: ClockTime? = nil, membersPresent: Int? = nil) {
        self.start = start
        self.end = end
        self.membersPresent = membersPresent
        self.date = date
        self.place = place
        self.chair = chair
        self.secretary = secretary
        self.attendees = attendees
        self.note = note
    }

    /// Nothing recorded yet.
    public var isEmpty: Bool { self == MeetingRecord() }
}
