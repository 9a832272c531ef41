/// A write refused because what it would replace changed since the clerk saw it: nothing was
/// written. Says what, the other value (as the audit shows it), who wrote it and when, so
/// the clerk can keep theirs or take the other.
public struct WriteConflict: Hashable, Sendable, Error {
    /// What the write was about.
    public enum Subject: Hashable, Sendable {
        case score(unit: String, item: String, round: ScoreRound)
        case note(unit: String, item: String)
        case adjustment(unit: String, kind: Adjustment.Kind)
        case unit(name: String)
        case cluster(code: String)
        case meeting
        case pledgeHeader
        case task(position: Int)
        case drive(position: Int)
        case unitPledge(unit: String)
        case vote(unit: String, award: String)
        case decision(unit: String)
        case criteria
        case rules
    }

    public var subject: Subject
    /// The value now stored, as the audit writes it; nil when there is none (it was cleared or removed).
    public var theirs: String?
    /// Who wrote it and when (the audit's actor and ISO time); nil when no audit row says.
    public var by: String?
    public var at: String?
    /// The audit row of the write that is now stored: "keep mine" overwrites exactly that one.
    public var auditID: Int64

    public init(subject: Subject, theirs: String?, by: String?, at: String?, auditID: Int64) {
        self.subject = subject
        self.theirs = theirs
        self.by = by
        self.at = at
        self.auditID = auditID
    }
}
