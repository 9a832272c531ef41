import Emulation
import Testing
@testable import TerminalUI

@Suite struct CriteriaEditorTests: KeyPressing {
    /// A year at the pledge stage with no scores: its grid may change.
    func openYear() -> AppState {
        var state = DemoFixture.state(screen: .grid)
        var snapshot = DemoFixture.snapshot(status: .pledge)
        snapshot.scores = [:]
        _ = App.update(&state, .yearLoaded(snapshot))
        return state
    }

    @Test func aLockedGridRefusesChanges() {
        var state = DemoFixture.state(screen: .grid)
        _ = press([.character("t")], &state)
        guard case .criteria(let editor) = state.overlay else { Issue.record("no editor"); return }
        #expect(editor.locked)
        #expect(press([.character("a")], &state).isEmpty)
        #expect(state.status?.text.contains("đã khóa") == true)
        // The refusal is on screen, not under the editor's box.
        #expect(App.render(state).text().contains(String((state.status?.text ?? "—").prefix(50))))
        assertSnapshot(App.render(state), named: "criteria-locked-80x24")
    }

    @Test func sumsAreCheckedAsTheClerkTypesAndSavingSendsTheTree() {
        var state = openYear()
        _ = press([.character(":")] + "criteria".map(Key.character) + [.enter], &state)
        // On 1.7: add 1.8 (1 point) — the sum of criterion 1 no longer matches.
        _ = press(Array(repeating: Key.down, count: 7) + [.character("a")], &state)
        guard case .criteria(var editor) = state.overlay else { Issue.record("no editor"); return }
        #expect(editor.tree.node(at: [0, 7])?.code == "1.8")
        #expect(App.render(state).text().contains("≠ 51"))
        #expect(press([.character("s")], &state).isEmpty, "an invalid grid is not saved")
        #expect(state.status?.isError == true)
        // Give 1.1 one point less: valid again.
        _ = press([.home, .down, .character("m"), .control("u"), .character("9"), .enter], &state)
        guard case .criteria(let fixed) = state.overlay else { Issue.record("no editor"); return }
        editor = fixed
        #expect(editor.tree.problems().isEmpty)
        let effects = press([.character("s")], &state)
        #expect(effects == [.saveCriteria(code: "HP-KH", year: 2023, editor.tree, expecting: .value(editor.original))])
        _ = App.update(&state, .criteriaSaved)
        #expect(state.overlay == nil)
    }

    @Test func unsavedChangesNeedASecondEscape() {
        var state = openYear()
        _ = press([.character("t"), .character("x"), .escape], &state)
        #expect(state.overlay != nil)
        _ = press([.escape], &state)
        #expect(state.overlay == nil)
    }

    @Test func renamingAndReorderingWork() {
        var state = openYear()
        _ = press([.character("t"), .down, .enter, .control("u")] + "Kinh tế".map(Key.character) + [.enter, .character("J")], &state)
        guard case .criteria(let editor) = state.overlay else { Issue.record("no editor"); return }
        #expect(editor.tree.node(at: [0, 1])?.title == "Kinh tế")
        #expect(editor.tree.node(at: [0, 0])?.code == "1.2")
    }

    /// F1 in the editor lists its own keys from its bindings, and gives the editor back as it
    /// was: a title half typed is not lost.
    @Test func helpFromTheEditorListsItsKeysAndGivesItBack() {
        var state = openYear()
        _ = press([.character("t"), .down, .enter] + type("Kinh tế") + [.function(1)], &state)
        let help = App.render(state).text()
        #expect(help.contains("Hộp thoại đang mở"))
        for (action, label) in [(CriteriaEditorKeys.Action.editMaximum, "m"), (.addMajor, "A"), (.previousYear, "P")] {
            #expect(help.contains("  " + label.padding(toLength: 12, withPad: " ", startingAt: 0) + " " + state.words.screen.criteriaKey(action).help))
        }
        assertSnapshot(App.render(state), named: "help-criteria-80x24")
        _ = press([.escape], &state)
        guard case .criteria(let editor) = state.overlay else { Issue.record("the editor did not come back"); return }
        #expect(editor.edit?.text.hasSuffix("Kinh tế") == true && editor.field == .title)
    }

    /// A form's help lists the keys its footer shows, and Esc gives the form back as typed.
    @Test func helpFromAFormGivesTheFormBack() {
        var state = DemoFixture.state(screen: .roster)
        _ = press([.character("a")] + type("Đồ Sơn") + [.function(1)], &state)
        #expect(App.render(state).text().contains("Tab ↓"))
        _ = press([.escape], &state)
        guard case .form(let form) = state.overlay else { Issue.record("the form did not come back"); return }
        #expect(form.text(.name) == "Đồ Sơn")
    }
}
