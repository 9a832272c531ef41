import Emulation

/// The whole state of the interface: a value, changed only by `App.update`.
public struct AppState: Sendable {
    public var size: Size
    public var language: Language
    public var themeName: String
    public var availableThemes: [String]
    public var screen: ScreenID = .home
    public var overlay: Overlay?
    /// The form whose Enter asked for the save being made: it comes back, as typed, when the
    /// save meets another clerk's newer write.
    public var submittedForm: Form?
    /// A save is waiting for another process's write to end (set by the run loop on the frame it
    /// draws meanwhile): the footer offers only Ctrl-C.
    public var waitingForFile = false
    public var status: StatusMessage?
    public var quitRequested = false

    /// Clusters and years; nil until the first load answers.
    public var overviews: [ClusterOverview]?
    public var homeSelection = Selection()
    /// Another clerk changed data while Home was not shown: reload it when it is.
    public var homeStale = false

    /// The cluster-year being worked on, and its review (computed once per load).
    public var year: YearSnapshot?
    public var review: Review? {
        // Whatever replaced it (a load, a saved cell, an undo), layouts built from it are stale.
        didSet { reviewGeneration += 1 }
    }
    /// Entered cells per round, counted once per load rather than on every frame.
    public var progress = YearProgress()
    /// The roster as shown (order, filter, selection).
    public var roster = RosterListing()
    public var pledge = PledgeState()
    public var grid = GridState()
    public var sheet = SheetState()
    /// The clerk's own edits in the grid and on sheets, for undo and redo.
    public var history = EditHistory()
    public var rankingSelection = Selection()
    /// The "why" panel under the ranking: the selected unit's reasons and where it lost points.
    public var rankingWhy = false
    /// The what-if mode: scores changed on a scratch copy, and the review they give. Never saved.
    public var whatIf: WhatIf?
    public var whatIfReview: Review?
    /// The page shown in meeting mode, and the theme to restore when leaving it.
    public var meetingPage = 0
    public var themeBeforeMeeting: String?
    /// Raised each time the review is recomputed from a load, so layouts built from it know when to redo.
    public var reviewGeneration = 0
    /// The presentation's pages, laid out for the review, size and language they were made for.
    public var meetingPages = MeetingPages()
    /// A unit to select once its year has loaded (after a search).
    public var pendingUnit: String?
    /// A unit to select on the Units screen only once the year reloads (after adding, editing or
    /// moving it there): the grid and the pledge keep their own selection.
    public var pendingRosterUnit: String?
    /// The year to open once loaded (from `--cluster/--year` or Enter on home).
    public var pendingYear: (code: String, year: Int)?
    /// The clerk's own unit (`--as-unit`): it may not enter its own cluster score.
    public var clerkUnit: String?
    /// This year on the machine's calendar (the screens have no clock): a new cluster's first year.
    public var currentYear = 2026
    /// Today on the machine's calendar, to fill in signature and hand-over dates.
    public var today: CalendarDate?

    public init(size: Size, language: Language, themeName: String, availableThemes: [String]) {
        self.size = size
        self.language = language
        self.themeName = themeName
        self.availableThemes = availableThemes
    }

    public var words: Catalogue { language.catalogue }
    /// The words of the roster, pledge and year screens and their forms.
    public var edit: EditWords { words.edit }

    /// The home screen's lines: every cluster-year, by code then newest year first.
    public var homeRows: [(cluster: Cluster, year: YearOverview)] {
        (overviews ?? []).flatMap { overview in
            overview.years.sorted { $0.year > $1.year }.map { (overview.cluster, $0) }
        }
    }

    /// The review on screen: the what-if one while that mode is on.
    public var shownReview: Review? { whatIfReview ?? review }

    public var isEmptyDatabase: Bool { overviews?.isEmpty ?? false }

    /// The smallest window the screens are laid out for.
    public static let minimumSize = Size(rows: 16, columns: 60)

    public var isTooSmall: Bool { size.rows < Self.minimumSize.rows || size.columns < Self.minimumSize.columns }

    /// Lines available to a screen between the tab bar and the status line.
    public var contentArea: Rect { Rect(row: 2, column: 0, rows: size.rows - 4, columns: size.columns) }
}

/// The grid screen's position: the focused cell (unit row, item column), the round shown, and
/// the cell being edited.
public struct GridState: Hashable, Sendable {
    public var selection = Selection()
    /// Index into the tree's items of the focused column.
    public var column = 0
    /// nil shows the final scores (read-only).
    public var round: ScoreRound? = .selfAssessment
    /// The text being typed into the focused cell, while editing.
    public var edit: TextField?
    /// What the unit's cells held when typing began: the save compares with it.
    public var seen: CellSeen?

    public init() {}

    public mutating func nextRound() {
        switch round {
        case .selfAssessment: round = .cluster
        case .cluster: round = nil
        case nil: round = .selfAssessment
        }
    }
}

/// One confirmed cell: what it held before and after, so it can be undone and redone.
public struct ScoreChange: Hashable, Sendable {
    public var unitID: MemberUnit.ID
    public var item: String
    public var round: ScoreRound
    public var old: Points?
    public var new: Points?

    public var reversed: ScoreChange { ScoreChange(unitID: unitID, item: item, round: round, old: new, new: old) }
}

/// Entered cells of the year's grid, per round and for the final scores.
public struct YearProgress: Hashable, Sendable {
    public var selfAssessment = 0
    public var cluster = 0
    public var final = 0
    public var total = 0

    public init() {}

    public init(_ snapshot: YearSnapshot) {
        selfAssessment = snapshot.progress(round: .selfAssessment).entered
        cluster = snapshot.progress(round: .cluster).entered
        final = YearOverview(snapshot).entered
        total = snapshot.progress(round: .cluster).total
    }

    public func entered(round: ScoreRound?) -> Int {
        switch round {
        case .selfAssessment: return selfAssessment
        case .cluster: return cluster
        case nil: return final
        }
    }
}
