import Emulation
import Testing
@testable import TerminalUI

/// The answer to the likeliest next key, worked out ahead: exactly what the key would do when
/// pressed, for the arrow pressed last, and never for a key that reads, writes or quits.
@Suite struct FrameAheadTests: KeyPressing {
    @Test func theAnswerIsWhatTheKeyDoesWhenPressed() throws {
        for screen in [ScreenID.grid, .ranking, .roster, .home] {
            var state = DemoFixture.state(screen: screen)
            var ahead = FrameAhead()
            ahead.workOut(from: state)
            let taken = ahead.take(.key(.down))
            let answer = try #require(taken, "no answer to ↓ on \(screen)")
            let before = App.render(state)
            _ = press([.down], &state)
            // Buffers compared cell by cell, with their roles: the selection is a role.
            #expect(answer.frame == App.render(state), "on \(screen)")
            #expect(App.render(answer.state) == App.render(state), "on \(screen)")
            #expect(answer.frame != before, "↓ moved nothing on \(screen): the test shows nothing")
        }
    }

    @Test func theLikeliestKeyIsTheArrowPressedLast() throws {
        let state = DemoFixture.state(screen: .grid)
        var ahead = FrameAhead()
        ahead.workOut(from: state)
        #expect(ahead.take(.key(.right))?.key == nil, "↓ was worked out, not →")
        ahead.workOut(from: state)
        let taken = ahead.take(.key(.right))
        let right = try #require(taken, "→ pressed last is worked out next")
        #expect(right.key == .right)
        ahead.workOut(from: state)
        #expect(ahead.take(.key(.character("5")))?.key == nil)
        ahead.workOut(from: state)
        #expect(ahead.take(.key(.right))?.key == .right, "a digit does not change the likeliest arrow")
        ahead.workOut(from: state)
        #expect(ahead.take(.resize(Size(rows: 30, columns: 100)))?.key == nil)
    }

    @Test func aForgottenAnswerIsNotGiven() {
        let state = DemoFixture.state(screen: .grid)
        var ahead = FrameAhead()
        ahead.workOut(from: state)
        ahead.forget()
        #expect(ahead.take(.key(.down))?.key == nil)
    }

    @Test func aKeyThatReadsWritesOrQuitsIsNotWorkedOut() {
        var state = DemoFixture.state(screen: .grid)
        #expect(FrameAhead.answer(to: .control("c"), from: state)?.key == nil, "Ctrl-C quits")
        _ = press(type("9"), &state)
        #expect(FrameAhead.answer(to: .enter, from: state)?.key == nil, "Enter saves the value typed")
        #expect(FrameAhead.answer(to: .down, from: state)?.key == nil, "↓ saves it too, then moves")
        #expect(FrameAhead.answer(to: .backspace, from: state)?.key != nil, "a key that only edits is worked out")
    }
}
