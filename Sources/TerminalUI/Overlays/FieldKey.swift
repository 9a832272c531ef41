import Emulation

/// What a form's field holds. A form's submission reads its fields by these names, so a field
/// inserted or moved in a form never hands one value to another.
public enum FieldKey: Hashable, Sendable {
    // A cluster
    case code, name, kind, authority, year
    // A unit
    case shortName, leader, leaderPosition, role, womenMajority, eligibility, eligibilityNote
    // The pledge
    case title, slogan, date, place, task, start, end
    /// A unit's model, numbered from 0.
    case model(Int)
    /// A unit registered for an award, by the award's code.
    case registered(String)
    case signer, position, signedOn
    // The year: reopening, the hand-over, the meeting
    case reason, head, deputy, chair, secretary, attendees, note
    // Trial scores and votes
    /// An item's score, by its code.
    case item(String)
    case bonus, deduction
    case present, votesFor, votesAgainst, ballots, invalid
    // The province's decision
    case decisionNumber, outcome, otherAward
    /// The meeting's member units present.
    case membersPresent
    // A rule: its value, or each cause that bars a proposal
    case ruleValue
    case cause(Eligibility.Cause)

    /// A unit's text fields, as the store's text rule names them.
    init(_ field: MemberUnit.TextField) {
        switch field {
        case .name: self = .name
        case .shortName: self = .shortName
        case .kind: self = .kind
        case .leader: self = .leader
        case .leaderPosition: self = .leaderPosition
        }
    }
}
