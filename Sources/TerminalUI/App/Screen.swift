import Documents
import Emulation

/// One screen: its own state, its keys (which also make its footer and its help page), what
/// each of them does, and how it is drawn. A screen reads and asks for what the whole
/// application shares (`AppShared`: the year, its review, the overlay, the status line) but
/// never sees another screen's state; the root routes keys to it and calls its hooks.
///
/// Every hook but the first group has a default: a read-only list screen needs only the
/// first group.
protocol Screen: Sendable {
    associatedtype State: Sendable
    /// The screen's own key commands, handled in one exhaustive switch.
    associatedtype Action: Hashable, Sendable

    static var id: ScreenID { get }
    /// The letter that opens it everywhere (`h`, `r`, …).
    static var letter: Character { get }
    static func name(_ words: Catalogue) -> String
    /// One line for the help page beside its keys.
    static func summary(_ words: Catalogue) -> String
    static var initialState: State { get }
    /// The screen's keys, most specific first; they may depend on what is shown.
    static func bindings(_ state: State, _ app: AppShared) -> [KeyBinding<Action>]
    static func perform(_ action: Action, key: Key, _ state: inout State, _ app: inout AppShared) -> [AppEffect]
    /// Arrows, pages, Home and End, when no key of the screen's own took the key.
    static func move(_ movement: Movement, key: Key, _ state: inout State, _ app: inout AppShared)
    static func render(_ state: State, _ app: AppShared, into buffer: inout Buffer, area: Rect)

    /// Whether it needs a cluster-year chosen first (all but Home).
    static var needsYear: Bool { get }
    /// Whether the tab bar lists it while another screen is shown (a screen reached from a
    /// menu, as the rules are, keeps the bar's room for the daily screens).
    static var inTabBar: Bool { get }
    /// Drawn on the whole terminal, without tabs and footer (the projector's presentation).
    static var isFullScreen: Bool { get }
    /// A theme it puts on while shown; the clerk's own comes back when it is left.
    static var theme: String? { get }
    /// Where Esc goes from here; nil stays.
    static var back: ScreenID? { get }
    /// The documents its year menu offers, the first one first.
    static var exports: [MenuExport] { get }

    /// Something being typed into on this screen (a cell, a filter) that owns every key.
    static func isTyping(_ state: State, _ app: AppShared) -> Bool
    static func typed(_ key: Key, _ state: inout State, _ app: inout AppShared) -> [AppEffect]
    /// The footer while typing: only the keys that work there.
    static func typingFooter(_ state: State, _ app: AppShared) -> [(key: String, name: String)]
    /// The action a printable key runs when it starts typing into the focused cell (a digit on
    /// a number cell, any letter on a note), before any binding sees it.
    static func typingStart(_ character: Character, _ state: State, _ app: AppShared) -> Action?

    /// The year was loaded (`previous` is what was shown before: the same year reloaded after
    /// another clerk's change, another year, or none). Selections follow their units.
    static func yearLoaded(previous: YearSnapshot?, previousReview: Review?, _ state: inout State, _ app: inout AppShared)
    /// The window changed size, or the lists behind it did: keep the selection in view.
    static func keepVisible(_ state: inout State, _ app: AppShared)
    /// Select this unit (found by a search, or chosen on the screen the clerk comes from).
    static func focus(unit: MemberUnit.ID, _ state: inout State, _ app: inout AppShared)
    /// The unit selected here, which a screen shown next may follow.
    static func selectedUnit(_ state: State, _ app: AppShared) -> MemberUnit.ID?
    /// Whether, when shown, it selects the unit the clerk had selected on the screen left.
    static var followsSelectedUnit: Bool { get }
    /// Whether it shows the units' award history (read when it is shown).
    static var showsHistory: Bool { get }
    static func willShow(_ state: inout State, _ app: inout AppShared) -> [AppEffect]
    static func willHide(_ state: inout State, _ app: inout AppShared)
    /// After every update while shown: what is laid out from the review and the size.
    static func prepare(_ state: inout State, _ app: AppShared)
    /// A save refused under the clerk (`SaveConflicts`): put their value back into its cell on
    /// this screen. Returns whether the screen took it.
    static func reopen(_ effect: AppEffect, seen: CellSeen?, _ state: inout State, _ app: inout AppShared) -> Bool
    /// The same year reloaded while typing: the cell being typed into, if it is a score.
    static func scoreBeingTyped(_ state: State, _ app: AppShared) -> (seen: CellSeen, item: String, round: ScoreRound)?
    /// A reloaded year under a cell given back after a conflict: it now compares with this.
    static func refreshSeen(from snapshot: YearSnapshot, _ state: inout State)
}

extension Screen {
    static var needsYear: Bool { true }
    static var inTabBar: Bool { true }
    static var isFullScreen: Bool { false }
    static var showsHistory: Bool { false }
    static var theme: String? { nil }
    static var back: ScreenID? { .home }
    static var exports: [MenuExport] { [MenuExport(.roster, .xlsx), MenuExport(.roster, .md), MenuExport(.pledge, .md)] }
    static func isTyping(_ state: State, _ app: AppShared) -> Bool { false }
    static func typed(_ key: Key, _ state: inout State, _ app: inout AppShared) -> [AppEffect] { [] }
    static func typingFooter(_ state: State, _ app: AppShared) -> [(key: String, name: String)] { [] }
    static func typingStart(_ character: Character, _ state: State, _ app: AppShared) -> Action? { nil }
    static func yearLoaded(previous: YearSnapshot?, previousReview: Review?, _ state: inout State, _ app: inout AppShared) {}
    static func keepVisible(_ state: inout State, _ app: AppShared) {}
    static func focus(unit: MemberUnit.ID, _ state: inout State, _ app: inout AppShared) {}
    static func selectedUnit(_ state: State, _ app: AppShared) -> MemberUnit.ID? { nil }
    static var followsSelectedUnit: Bool { false }
    static func willShow(_ state: inout State, _ app: inout AppShared) -> [AppEffect] { [] }
    static func willHide(_ state: inout State, _ app: inout AppShared) {}
    static func prepare(_ state: inout State, _ app: AppShared) {}
    static func reopen(_ effect: AppEffect, seen: CellSeen?, _ state: inout State, _ app: inout AppShared) -> Bool { false }
    static func scoreBeingTyped(_ state: State, _ app: AppShared) -> (seen: CellSeen, item: String, round: ScoreRound)? { nil }
    static func refreshSeen(from snapshot: YearSnapshot, _ state: inout State) {}
}

/// The keys that move a selection, the same on every screen.
public enum Movement: Hashable, Sendable, CaseIterable {
    case up
    case down
    case left
    case right
    case pageUp
    case pageDown
    case first
    case last
}
