import Emulation

/// What still stops a dossier from being sent, as its checklist names it.
public enum DossierGap: Hashable, Sendable {
    /// The year is not at the review stage: its ranking is not the meeting's yet.
    case notReviewed(ClusterYearStatus)
    case noAuthority
    case meetingDate
    case meetingTimes
    case meetingPlace
    case meetingChair
    case meetingSecretary
    case membersPresent
    /// A proposal the meeting has not voted on.
    case notVoted(unit: String, award: String)
    /// A vote whose counting board's record (ballots, invalid) is not entered.
    case noCountRecord(unit: String, award: String)
    /// A proposed unit's report: thidua's skeleton, still to be completed by the unit.
    case reportToComplete(unit: String, file: String)
    /// Members that have not signed the pledge (its current tasks) of that year.
    case pledgeUnsigned(year: Int, units: [String])
    /// No head unit, or its leader's name and position, to sign the submissions.
    case noHeadSigner
    case noHandover(year: Int)
}

/// A proposed unit's report as the dossier folder holds it.
public enum ReportState: Hashable, Sendable {
    /// No file yet, or the skeleton thidua wrote: some placeholder is still there.
    case skeleton
    /// A file the unit completed: no placeholder left.
    case completed
}
