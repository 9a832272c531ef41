import Emulation
import Testing
@testable import TerminalUI

/// What review found a clerk would trip over: text kept when a digit is typed into a note, the
/// same units kept selected when another clerk moves rows, the presentation following a saved
/// cell, help that scrolls back at once, and Enter that does not close a year.
@Suite struct ReloadAndKeysTests: KeyPressing {
    @Test func aDigitTypedIntoANoteGoesOnItsEnd() {
        var snapshot = DemoFixture.snapshot()
        snapshot.notes[1] = ["1.1": "Biên bản số 1"]
        var state = DemoFixture.state(screen: .sheet)
        _ = App.update(&state, .yearLoaded(snapshot))
        _ = press([.right, .right, .character("2")], &state)
        #expect(state.sheet.edit?.text == "Biên bản số 12")
    }

    @Test func aReloadKeepsTheSameUnitsSelectedAndAnEditOnItsUnitThatMoved() {
        var state = DemoFixture.state(screen: .grid)
        _ = press([.down, .down, .character("5")], &state)
        #expect(state.grid.edit != nil)
        _ = App.update(&state, .event(.key(.escape)))
        _ = press([.character("5")], &state)
        // Another clerk moves An Lão (row 3) to the top.
        var moved = DemoFixture.snapshot()
        let unit = moved.units.remove(at: 2)
        moved.units.insert(unit, at: 0)
        let membership = moved.memberships.remove(at: 2)
        moved.memberships.insert(membership, at: 0)
        _ = App.update(&state, .yearLoaded(moved))
        #expect(state.grid.selection.index == 0 && moved.units[state.grid.selection.index].name == "An Lão")
        // The typed 5 stays, on An Lão's new row: it is saved on An Lão, never on another unit.
        #expect(state.grid.edit?.text == "5")
        guard case .saveScore(_, _, let change, _, _) = press([.enter], &state).first else { Issue.record("not saved"); return }
        #expect(change.unitID == unit.id)
    }

    @Test func thePresentationFollowsACellSavedInTheGrid() {
        var state = DemoFixture.state(screen: .meeting)
        // A key on the presentation lays its pages out.
        _ = press([.pageDown, .pageUp], &state)
        let before = App.render(state).text()
        #expect(Self.firstPlace(before).contains("Vĩnh Bảo"))
        // Back in the grid, Vĩnh Bảo's first cluster scores go to 0: it falls below Thủy Nguyên.
        _ = press([.character("3"), .character("v")], &state)
        #expect(state.grid.round == .cluster)
        for _ in 0..<3 { _ = press([.character("0"), .tab], &state) }
        // In the grid digits edit: the presentation is reached with its F-key.
        _ = press([.function(8)], &state)
        #expect(state.review?.ranking.entries.first?.unit.name == "Thủy Nguyên")
        #expect(Self.firstPlace(App.render(state).text()).contains("Thủy Nguyên"), "the projector shows the ranking as it is now")
    }

    static func firstPlace(_ screen: String) -> String {
        screen.components(separatedBy: "\n").first { $0.hasPrefix("    1 ") } ?? ""
    }

    @Test func helpScrollsBackAtOnceAfterGoingPastTheEnd() {
        var state = DemoFixture.state(screen: .roster)
        _ = press([.function(1)] + Array(repeating: Key.pageDown, count: 10), &state)
        guard case .help(let bottom, _) = state.overlay else { Issue.record("no help"); return }
        _ = press([.up], &state)
        guard case .help(let after, _) = state.overlay else { Issue.record("no help"); return }
        #expect(after == bottom - 1)
    }

    @Test func enterDoesNotCloseAYear() {
        var state = DemoFixture.state(screen: .ranking)
        _ = press([.character("y"), .character("1")], &state)
        guard case .confirm = state.overlay else { Issue.record("no confirmation"); return }
        #expect(press([.enter], &state).isEmpty)
        guard case .confirm = state.overlay else { Issue.record("Enter closed the dialog"); return }
        #expect(press([.character("c")], &state) == [.changeYear(code: "HP-KH", year: 2023, .advance)])
    }
}
