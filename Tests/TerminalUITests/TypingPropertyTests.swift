import Foundation
import Testing
import PropertyBased
import Emulation
@testable import TerminalUI

/// Random keys typed wherever a clerk types (cells, notes, reasons, every kind of form, the
/// criteria editor, search, the command line, the roster's filter) are data: they never change
/// the screen, quit, open or close anything, or change anything; and confirming with Enter
/// changes only what was being typed into. On a failure the sequence is shrunk to a minimal one.
@Suite struct TypingPropertyTests: KeyPressing {
    /// Sequences per context: 10,000 by default; `THIDUA_PROPERTY_COUNT` changes it.
    static let count = ProcessInfo.processInfo.environment["THIDUA_PROPERTY_COUNT"].flatMap(Int.init) ?? 10_000

    /// What a clerk may type into a field without confirming or leaving it: every printable
    /// ASCII character (each binding's letter among them), Vietnamese letters, editing keys,
    /// function keys and Ctrl letters. Enter, Esc, Tab and the arrows confirm, cancel or move,
    /// and Ctrl-C always leaves: those are not typing.
    static let pool: [Key] = (32...126).map { Key.character(Character(Unicode.Scalar(UInt8($0)))) }
        + "ăâđêôơưáàảãạấầẩẫậếềểễệớờởỡợứừửữựĐĂÂÊÔƠƯỳýỷỹỵ".map(Key.character)
        + [.backspace, .delete, .home, .end, .insert, .pageUp, .pageDown]
        + (1...12).map(Key.function)
        + "abdefghijklmnopqrstuvwxyz".map(Key.control)

    static let sequences = Gen.int(in: 0...(pool.count - 1)).array(of: 1...40)
    /// Printable characters alone.
    static let printable = pool.filter { if case .character = $0 { return true } else { return false } }
    static let printableSequences = Gen.int(in: 0...(printable.count - 1)).array(of: 1...40)

    /// Where typing happens, and what Enter may then ask for.
    struct Context: CustomTestStringConvertible, Sendable {
        var name: String
        var state: AppState
        /// nil: Enter runs what was typed (the command line), so only typing is checked.
        var allowed: (@Sendable (AppEffect) -> Bool)?
        /// Search opens what it found on the Units screen: that is its Enter.
        var enterOpensScreen = false
        /// A cell that takes typing but is not being typed into yet: its first character starts
        /// the typing, so only printable characters are sent (F-keys are commands there).
        var startsTyping = false
        var testDescription: String { name }
    }

    static func fixture(_ screen: ScreenID, _ keys: [Key], snapshot: YearSnapshot? = nil) -> AppState {
        var state = DemoFixture.state(screen: screen)
        if let snapshot { _ = App.update(&state, .yearLoaded(snapshot)) }
        for key in keys { _ = App.update(&state, .event(.key(key))) }
        return state
    }

    static func saveScore(of unit: MemberUnit.ID, item: String) -> @Sendable (AppEffect) -> Bool {
        { effect in
            if case .saveScore(_, _, let change, _, _) = effect { return change.unitID == unit && change.item == item }
            return false
        }
    }

    static func saveAdjustment(of unit: MemberUnit.ID, kind: Adjustment.Kind) -> @Sendable (AppEffect) -> Bool {
        { effect in
            if case .saveAdjustment(_, _, let id, let saved, _, _) = effect { return id == unit && saved == kind }
            return false
        }
    }

    static func change(_ matches: @escaping @Sendable (YearChange) -> Bool) -> @Sendable (AppEffect) -> Bool {
        { effect in
            if case .changeYear(_, _, let change) = effect { return matches(change) }
            return false
        }
    }

    static let contexts: [Context] = {
        var unscored = DemoFixture.snapshot(status: .pledge)
        unscored.scores = [:]
        var gridCluster = fixture(.grid, [])
        gridCluster.grid.round = .cluster
        gridCluster.grid.column = 15
        var reasonForm = gridCluster
        _ = App.update(&reasonForm, .event(.key(.character("2"))))
        _ = App.update(&reasonForm, .event(.key(.enter)))
        return [
            Context(name: "grid cell", state: fixture(.grid, [.character("5")]), allowed: saveScore(of: 1, item: "1.1")),
            Context(name: "grid bonus cell", state: { var state = gridCluster; _ = App.update(&state, .event(.key(.character("1")))); return state }(),
                    allowed: { _ in false }),
            Context(name: "grid reason dialog", state: reasonForm, allowed: saveAdjustment(of: 1, kind: .bonus)),
            Context(name: "sheet score", state: fixture(.sheet, [.character("5")]), allowed: saveScore(of: 1, item: "1.1")),
            Context(name: "sheet note", state: fixture(.sheet, [.right, .right, .enter]), allowed: { effect in
                if case .saveNote(_, _, 1, "1.1", _, _) = effect { return true }
                return false
            }),
            Context(name: "sheet note, nothing typed yet", state: fixture(.sheet, [.right, .right]), allowed: { effect in
                if case .saveNote(_, _, 1, "1.1", _, _) = effect { return true }
                return false
            }, startsTyping: true),
            Context(name: "sheet reason", state: fixture(.sheet, [.end, .up, .character("2"), .enter]), allowed: saveAdjustment(of: 1, kind: .bonus)),
            Context(name: "new cluster form", state: fixture(.home, [.character("n")]), allowed: { effect in
                if case .createCluster = effect { return true }
                return false
            }),
            Context(name: "unit form", state: fixture(.roster, [.character("a")]), allowed: change { change in
                if case .addUnit = change { return true }
                return false
            }),
            Context(name: "pledge heading form", state: fixture(.pledge, [.character("e")]), allowed: change { change in
                if case .savePledgeHeader = change { return true }
                return false
            }),
            Context(name: "what-if form", state: fixture(.ranking, [.character("w"), .character("e")]), allowed: { _ in false }),
            Context(name: "vote form", state: fixture(.ranking, [.down, .character("b")]), allowed: change { change in
                if case .recordVote(let tally, _) = change { return tally.unitID == 2 }
                return false
            }),
            Context(name: "criteria editor title", state: fixture(.grid, [.character("t"), .enter], snapshot: unscored), allowed: { _ in false }),
            // A search opens a year, and the screen it opens on may read its award history: reads only.
            Context(name: "search", state: fixture(.grid, [.character("/")]), allowed: { effect in
                switch effect {
                case .loadYear, .loadHistory: return true
                default: return false
                }
            }, enterOpensScreen: true),
            Context(name: "command line", state: fixture(.grid, [.character(":")]), allowed: nil),
            Context(name: "roster filter", state: fixture(.roster, [.character("f")]), allowed: { _ in false }),
        ]
    }()

    /// The overlay's kind (and a form's purpose): typing must not replace it by another.
    static func shape(_ overlay: Overlay?) -> String {
        switch overlay {
        case nil: return "none"
        // F1 shows a dialog's keys over it and gives it back as it was: the dialog is still there.
        case .help(_, let over?): return shape(over)
        case .help: return "help"
        case .search: return "search"
        case .command: return "command"
        case .confirm: return "confirm"
        case .criteria(let editor): return "criteria \(editor.field.map { "\($0)" } ?? "-")"
        case .form(let form): return "form \(form.purpose)"
        case .menu: return "menu"
        }
    }

    @Test(arguments: contexts)
    func typingIsDataAndEnterChangesOnlyItsTarget(context: Context) async {
        let start = context.state
        let entry = context.startsTyping ? KeyRouting.Entry.screen : KeyRouting.entry(start)
        // A note takes any character as text, a command letter too.
        #expect(context.startsTyping ? KeyRouting.startsTyping("q", start) : entry != nil, "the context is not typing")
        let pool = context.startsTyping ? Self.printable : Self.pool
        await propertyCheck(count: Self.count, input: context.startsTyping ? Self.printableSequences : Self.sequences) { indices in
            let keys = indices.map { pool[$0] }
            var state = start
            let effects = keys.flatMap { App.update(&state, .event(.key($0))) }
            #expect(effects.isEmpty, "typing asked for \(effects) after \(keys)")
            #expect(state.screen == start.screen && !state.quitRequested, "the screen changed or quit after \(keys)")
            #expect(KeyRouting.entry(state) == entry && Self.shape(state.overlay) == Self.shape(start.overlay),
                    "typing left \(Self.shape(start.overlay)) for \(Self.shape(state.overlay)) after \(keys)")
            #expect(state.year == start.year, "data changed while typing \(keys)")
            guard let allowed = context.allowed else { return }
            let confirmed = App.update(&state, .event(.key(.enter)))
            #expect(confirmed.allSatisfy(allowed), "Enter after \(keys) asked for \(confirmed)")
            #expect((context.enterOpensScreen || state.screen == start.screen) && !state.quitRequested, "Enter after \(keys) changed the screen or quit")
        }
    }
}
