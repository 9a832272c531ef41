import Testing
@testable import TerminalUI

/// An effect's error reaches the interface as it happened and is worded when shown, by the
/// wording the run loop hands in, in the language shown.
@Suite struct ErrorWordingTests: KeyPressing {
    @Test func aFailedEffectIsWordedByTheWordingHandedInInTheLanguageShown() {
        var state = DemoFixture.state(screen: .grid, language: .english)
        state.errorWording = ErrorWording { error, words in "\(words.errorPrefix) — \(error)" }
        _ = App.update(&state, .failed(MadeUpError("no such year")))
        #expect(state.status == StatusMessage("Error — no such year", isError: true))
    }

    @Test func aValueTheFileCouldNotTakeGoesBackWithItsErrorWorded() {
        var state = DemoFixture.state(screen: .grid)
        state.errorWording = ErrorWording { _, _ in "Chưa lưu: tệp vẫn bận (người khác đang ghi)." }
        let effects = press(type("8") + [.enter], &state)
        _ = App.update(&state, .saveNotMade(MadeUpError("busy"), effect: effects[0]))
        #expect(state.status == StatusMessage("Chưa lưu: tệp vẫn bận (người khác đang ghi).", isError: true))
        #expect(state.grid.edit?.text == "8")
    }
}
