import Emulation

/// A change to a cluster-year's roster, pledge or stage, asked of the run loop as one effect:
/// each is saved in its own transaction with its audit row, then the year is reloaded.
public enum YearChange: Hashable, Sendable {
    case addUnit(MemberUnit, role: Membership.Role)
    case updateUnit(MemberUnit, role: Membership.Role)
    case removeUnit(MemberUnit.ID, name: String)
    case setUnitActive(MemberUnit.ID, name: String, active: Bool)
    case moveUnit(MemberUnit.ID, by: Int)
    case updateCluster(Cluster)
    /// Title, slogan, date, place, tasks and drives, saved together (a change of tasks makes
    /// earlier signatures "an earlier version").
    case savePledge(Pledge)
    case saveUnitPledge(MemberUnit.ID, models: [String], registrations: Set<String>, signature: PledgeSignatureInput?)
    /// Signs with today's date (the run loop has the clock).
    case sign(MemberUnit.ID, signer: String, position: String)
    /// A vote on a proposal (audited); the ranking's cascade follows on reload.
    case recordVote(VoteTally)
    /// The review meeting's date, place, chair, secretary and attendees, for the minutes.
    case saveMeeting(MeetingRecord)
    case advance
    case reopen(reason: String)
    case openNextYear
    case handover(head: MemberUnit.ID, deputy: MemberUnit.ID?, method: Handover.Method, date: CalendarDate?)
}

/// A signature as typed on a unit's pledge form.
public struct PledgeSignatureInput: Hashable, Sendable {
    public var signer: String
    public var position: String
    public var date: CalendarDate

    public init(signer: String, position: String, date: CalendarDate) {
        self.signer = signer
        self.position = position
        self.date = date
    }
}

/// Documents written from the screens, like `thidua export`.
public enum ExportKind: String, CaseIterable, Hashable, Sendable {
    case roster, grid, ranking, pledge, minutes, proposals
}
