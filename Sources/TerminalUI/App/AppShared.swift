import Emulation

/// What the whole interface shares and every screen may read: the window, the words, the
/// loaded cluster-year and what is derived from it, the overlay, the status line. A screen may
/// open an overlay, say something, or ask for a year to load; it cannot reach another
/// screen's state, which the root keeps apart (`ScreenStates`).
public struct AppShared: Sendable {
    public var size: Size
    public var language: Language
    public var themeName: String
    public var availableThemes: [String]
    public var overlay: Overlay?
    /// The form whose Enter asked for the save being made: it comes back, as typed, when the
    /// save meets another clerk's newer write.
    public var submittedForm: Form?
    /// A save is waiting for another process's write to end (`AppAction.waitingForFile`, on the
    /// copy of the state the run loop draws meanwhile): the footer offers only Ctrl-C.
    public var waitingForFile = false
    public var status: StatusMessage?
    /// How an effect's error is put into words on the status line (the run loop hands its own).
    public var errorWording = ErrorWording.plain
    public var quitRequested = false
    /// A screen asks to be left for another (Enter on a cluster-year opens its roster); the root
    /// switches after the key, with each screen's show and hide hooks.
    public var requestedScreen: ScreenID?

    /// Clusters and years; nil until the first load answers.
    public var overviews: [ClusterOverview]?
    /// Another clerk changed data while Home was not shown: reload it when it is.
    public var homeStale = false
    /// Each unit's award history across years, for the why panel and the Units screen: read
    /// when a screen that shows it is shown (it reads the unit's other years), not with every load.
    public var awardHistory: AwardHistoryLoad?

    /// The cluster-year being worked on. Whatever changes it (a load, a confirmed cell, an
    /// undo), what is derived from it is computed again here, and only here.
    public var year: YearSnapshot? {
        get { storedYear }
        set {
            storedYear = newValue
            derive()
        }
    }
    private var storedYear: YearSnapshot?
    /// The what-if mode: scores changed on a scratch copy, and the review they give. Never saved.
    public var whatIf: WhatIf? {
        didSet { deriveWhatIf() }
    }
    /// The year's review (ranking, classification, proposals, votes), worked out when first read.
    public var review: Review? { reviewOnDemand.review }
    private var reviewOnDemand = ReviewOnDemand(year: nil)
    /// The review the what-if changes give.
    public private(set) var whatIfReview: Review?
    /// Entered cells per round, counted once per change rather than on every frame.
    public private(set) var progress = YearProgress()
    /// Raised each time the review is recomputed, so layouts built from it know when to redo.
    public private(set) var reviewGeneration = 0
    /// The clerk's own edits in the grid and on sheets, for undo and redo.
    public var history = EditHistory()

    /// A unit to select once its year has loaded (after a search).
    public var pendingUnit: String?
    /// The year to open once loaded (from `--cluster/--year` or Enter on home).
    public var pendingYear: (code: String, year: Int)?
    /// The acting account with its roles, as stored when the run loop last looked: at start,
    /// and again after every write it sees (an admin may grant or revoke a role meanwhile). The
    /// screens offer only what it may do; storage checks every write again, and has the last
    /// word. Nil until loaded (the interface's own tests): nothing is held back then.
    public var account: Account?
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

    /// One unit's scores changed (a confirmed cell, a bonus, an undo): only what depends on that
    /// unit is computed again (its result, its place in the ranking, its progress) before the
    /// award walk on the new ranking. The same as deriving everything from the year again, at a
    /// fraction of the cost on thousands of units.
    public mutating func changeScores(of unitID: MemberUnit.ID, _ change: (inout UnitScores) -> Void) {
        guard storedYear != nil else { return }
        let before = storedYear?.scores[unitID]
        // Let go of the box first: a review not yet worked out holds the year, whose scores would
        // be copied; one worked out is then held here alone, and updated in place.
        let workedOut = reviewOnDemand.workedOut
        reviewOnDemand = ReviewOnDemand(year: nil)
        change(&storedYear![unitID: unitID])
        guard let year = storedYear, let unit = year.units.first(where: { $0.id == unitID }) else {
            derive()
            return
        }
        if var review = workedOut {
            guard review.update(unit: unit, scores: year[unitID: unitID], tree: year.tree, rules: year.rules,
                                registrations: year.pledge.registrations, votes: year.votes) else {
                derive()
                return
            }
            reviewOnDemand = ReviewOnDemand(review: review)
        } else {
            reviewOnDemand = ReviewOnDemand(year: year)
        }
        progress.replace(unit: unitID, before: before, after: year.scores[unitID], in: year)
        reviewGeneration += 1
        deriveWhatIf()
    }

    /// An item's note: the review does not read notes, so it is not computed again.
    public mutating func setNote(_ note: String?, unit: MemberUnit.ID, item: String) {
        storedYear?.notes[unit, default: [:]][item] = note
    }

    /// Whether the review was worked out (read) since the year last changed.
    var reviewIsWorkedOut: Bool { reviewOnDemand.workedOut != nil }

    /// Works out the year's review if it was not yet: for the run loop, after a frame.
    public func workOutReview() {
        _ = reviewOnDemand.review
    }

    private mutating func derive() {
        reviewOnDemand = ReviewOnDemand(year: year)
        progress = year.map(YearProgress.init) ?? YearProgress()
        reviewGeneration += 1
        deriveWhatIf()
    }

    private mutating func deriveWhatIf() {
        whatIfReview = year.flatMap { year in whatIf?.review(year) }
    }

    /// Why the account may not take `action` in the loaded year's cluster (nil: it may).
    public func refusal(_ action: GuardedAction) -> Refusal? {
        account?.refusal(action, in: year?.reference.clusterCode)
    }

    /// Whether the account may take `action` here: the one check behind every key that changes
    /// something, and behind which keys the footer and the help offer.
    public func may(_ action: GuardedAction) -> Bool { refusal(action) == nil }

    /// False after saying on the status line, in the refusal's words, why the account may not
    /// take `action` here.
    mutating func allows(_ action: GuardedAction) -> Bool {
        guard let refusal = refusal(action) else { return true }
        status = StatusMessage(words.access.describe(refusal), isError: true)
        return false
    }

    /// Whether the account changes nothing here (a viewer's, or no role): the screens have no
    /// editing key and say "read only". In a cluster its roles there count; elsewhere (Home), all.
    public func onlyReads(in cluster: String?) -> Bool {
        guard let account else { return false }
        guard let cluster else { return !account.grants.contains { $0.role != .viewer } }
        return account.onlyReads(cluster)
    }

    /// The same, in the loaded year's cluster.
    public var onlyReadsYear: Bool { year.map { onlyReads(in: $0.reference.clusterCode) } ?? false }

    /// The unit this account is the clerk of in the loaded year (on its roster): where the grid
    /// and the sheet open, since it is the only row the clerk may type into.
    public var clerksOwnUnit: MemberUnit.ID? {
        guard let year, let account else { return nil }
        let onRoster = Set(year.units.map(\.id))
        return account.grants(in: year.reference.clusterCode)
            .first { $0.role == .clerk && $0.unitID.map(onRoster.contains) == true }?.unitID
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

private extension YearSnapshot {
    /// A unit's scores, changed in place (an empty set where it had none).
    subscript(unitID unitID: MemberUnit.ID) -> UnitScores {
        get { scores[unitID] ?? UnitScores(layout: tree.layout) }
        set { scores[unitID] = newValue }
    }
}
