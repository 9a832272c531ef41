import Emulation

/// What a document is written from: the year, the words of its language, the data files' writers, and
/// for the grid which round and whether its scores are left empty (a template to fill in).
public struct DocumentSource: Sendable {
    public var snapshot: YearSnapshot
    public var words: DocumentWords
    public var files: DataFiles
    /// The grid's round; nil for the final scores.
    public var round: ScoreRound?
    /// The grid with every score empty.
    public var blank: Bool
    /// The audit chain's seal (`COUNT:HASH`) taken after the year was read, printed as the last
    /// line of every document but CSV files, which are data; nil prints none.
    public var seal: String?
    /// The next year, when it is open: the minutes say whether its pledge was signed at the meeting.
    public var next: YearSnapshot?
    /// Each unit's record across years, for the history and the achievement reports.
    public var history: [MemberUnit.ID: [AwardHistoryEntry]]

    public init(snapshot: YearSnapshot, words: DocumentWords, files: DataFiles, round: ScoreRound? = nil, blank: Bool = false,
                seal: String? = nil, next: YearSnapshot? = nil, history: [MemberUnit.ID: [AwardHistoryEntry]] = [:]) {
        self.history = history
        self.next = next
        self.snapshot = snapshot
        self.words = words
        self.files = files
        self.round = round
        self.blank = blank
        self.seal = seal
    }
}
