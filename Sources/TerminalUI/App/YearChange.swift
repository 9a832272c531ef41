import Emulation

/// A change to a cluster-year's roster, pledge or stage, asked of the run loop as one effect:
/// each is saved in its own transaction with its audit row, then the year is reloaded.
public enum YearChange: Hashable, Sendable {
    case addUnit(MemberUnit, role: Membership.Role)
    case updateUnit(MemberUnit, role: Membership.Role, expecting: Expected<RosterEntry>)
    case removeUnit(MemberUnit.ID, name: String)
    case setUnitActive(MemberUnit.ID, name: String, active: Bool)
    case moveUnit(MemberUnit.ID, by: Int)
    case updateCluster(Cluster, expecting: Expected<Cluster>)
    /// The pledge's title, slogan, date and place.
    case savePledgeHeader(PledgeHeader, expecting: Expected<PledgeHeader>)
    /// Adds (id nil), changes or removes (text nil) one task, by its id; any change of the tasks
    /// makes earlier signatures "an earlier version".
    case saveTask(id: Int64?, text: String?, expecting: Expected<String?>)
    case moveTask(id: Int64, by: Int)
    case saveDrive(id: Int64?, Pledge.Drive?, expecting: Expected<Pledge.Drive?>)
    case moveDrive(id: Int64, by: Int)
    case saveUnitPledge(MemberUnit.ID, models: [String], registrations: Set<String>, signature: PledgeSignatureInput?,
                        expecting: Expected<UnitPledge>)
    /// Signs with today's date (the run loop has the clock).
    case sign(MemberUnit.ID, signer: String, position: String, expecting: Expected<Pledge.Signature?>)
    /// A vote on a proposal (audited); the ranking's cascade follows on reload.
    case recordVote(VoteTally, expecting: Expected<VoteTally?>)
    case recordDecision(AwardDecision, expecting: Expected<AwardDecision?>)
    /// The review meeting's date, place, chair, secretary and attendees, for the minutes.
    case saveMeeting(MeetingRecord, expecting: Expected<MeetingRecord>)
    /// The year's whole rule set, from the rules screen.
    case replaceRules(RuleSet, reason: String, expecting: Expected<RuleSet>)
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
