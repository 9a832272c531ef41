import Emulation

/// The whole state of the interface: a value, changed only by `App.update`. What every screen
/// shares is `shared` (read through this value as `state.year`, `state.overlay`, …); each
/// screen's own state is in `screens`, reached only through that screen's type.
@dynamicMemberLookup
public struct AppState: Sendable {
    public var shared: AppShared
    public var screen: ScreenID = .home
    public var screens = ScreenStates()
    /// The theme to put back when a screen that wears its own (the meeting) is left.
    public var themeBeforeScreen: String?

    public init(size: Size, language: Language, themeName: String, availableThemes: [String]) {
        shared = AppShared(size: size, language: language, themeName: themeName, availableThemes: availableThemes)
    }

    public subscript<Value>(dynamicMember keyPath: WritableKeyPath<AppShared, Value>) -> Value {
        get { shared[keyPath: keyPath] }
        set { shared[keyPath: keyPath] = newValue }
    }

    public subscript<Value>(dynamicMember keyPath: KeyPath<AppShared, Value>) -> Value { shared[keyPath: keyPath] }

    /// Runs `body` on one screen's state and the shared state, the only way the root changes a
    /// screen's state.
    mutating func with<S: Screen, Result>(_ screen: S.Type, _ body: (inout S.State, inout AppShared) -> Result) -> Result {
        var own = screens.take(S.self)
        defer { screens.put(own, for: S.self) }
        return body(&own, &shared)
    }

    /// Every registered screen in turn, for what concerns all of them (a load, a resize).
    mutating func forEachScreen(_ body: (any Screen.Type, inout AppState) -> Void) {
        for screen in ScreenRegistry.all { body(screen, &self) }
    }
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
    /// Per unit, the items it still lacks in each round (none listed when complete), for the
    /// Progress screen: counted here once per change, not on every frame.
    public var missingSelf: [MemberUnit.ID: [String]] = [:]
    public var missingCluster: [MemberUnit.ID: [String]] = [:]

    public init() {}

    /// Counted in one pass over the members (the rounds' and the final counts, and what each lacks).
    public init(_ snapshot: YearSnapshot) {
        let layout = snapshot.tree.layout
        let items = layout.itemCodes
        let rule = snapshot.rules.finalScore
        total = snapshot.units.count * layout.itemCount
        for unit in snapshot.units {
            guard let scores = snapshot.scores[unit.id] else {
                if !items.isEmpty { (missingSelf[unit.id], missingCluster[unit.id]) = (items, items) }
                continue
            }
            let own = scores.enteredCount(in: .selfAssessment, of: layout)
            let theirs = scores.enteredCount(in: .cluster, of: layout)
            selfAssessment += own
            cluster += theirs
            final += scores.finalCount(of: layout, rule: rule)
            if own < layout.itemCount { missingSelf[unit.id] = scores.missing(in: .selfAssessment, of: layout) }
            if theirs < layout.itemCount { missingCluster[unit.id] = scores.missing(in: .cluster, of: layout) }
        }
    }

    /// One member's scores replaced: its cells taken out of the counts and the new ones put in,
    /// as counting the whole year again would.
    mutating func replace(unit: MemberUnit.ID, before: UnitScores?, after: UnitScores?, in snapshot: YearSnapshot) {
        let layout = snapshot.tree.layout
        let items = layout.itemCodes
        let rule = snapshot.rules.finalScore
        func counts(_ scores: UnitScores?) -> (own: Int, theirs: Int, final: Int) {
            guard let scores else { return (0, 0, 0) }
            return (scores.enteredCount(in: .selfAssessment, of: layout), scores.enteredCount(in: .cluster, of: layout),
                    scores.finalCount(of: layout, rule: rule))
        }
        let (old, new) = (counts(before), counts(after))
        selfAssessment += new.own - old.own
        cluster += new.theirs - old.theirs
        final += new.final - old.final
        let own = after?.missing(in: .selfAssessment, of: layout) ?? items
        let theirs = after?.missing(in: .cluster, of: layout) ?? items
        missingSelf[unit] = own.isEmpty ? nil : own
        missingCluster[unit] = theirs.isEmpty ? nil : theirs
    }

    /// Units with every item entered in a round.
    public func complete(_ round: ScoreRound, of units: Int) -> Int {
        units - (round == .selfAssessment ? missingSelf : missingCluster).count
    }

    public func entered(round: ScoreRound?) -> Int {
        switch round {
        case .selfAssessment: return selfAssessment
        case .cluster: return cluster
        case nil: return final
        }
    }
}
