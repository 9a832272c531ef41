/// The answer to the key a clerk is likeliest to press next, worked out while they read the
/// screen: the state the key leads to and its frame. A key that finds its answer ready only
/// has it drawn, which spares it the update and the render at the moment it is pressed, when
/// the program's memory has gone cold (on a province's grid that was most of what a key cost
/// before its first byte). The likeliest key is the arrow pressed last (↓ before any): a clerk
/// moving through a grid or a list presses the same arrow again and again.
///
/// Only a key whose update asks for nothing else (no effect: no file read or written, no
/// quitting) is worked out ahead. `App.update` is pure, so the answer is the one the key would
/// get when pressed, as long as the state has not changed meanwhile: the run loop calls
/// `forget()` whenever it updates the state.
public struct FrameAhead {
    public struct Answer {
        public let key: Key
        public let state: AppState
        public let frame: Buffer
    }

    private static let arrows: [Key] = [.down, .up, .right, .left]
    private var answer: Answer?
    private var workedOut = false
    private var likelyKey = Key.down

    public init() {}

    /// The state changed: the answer worked out no longer holds.
    public mutating func forget() {
        answer = nil
        workedOut = false
    }

    /// Works out the answer to the likeliest key from `state`, once until `forget()`.
    public mutating func workOut(from state: AppState) {
        guard !workedOut else { return }
        workedOut = true
        answer = Self.answer(to: likelyKey, from: state)
    }

    /// The answer worked out for `event`, if it is that key. The state is about to change
    /// either way, so the answer is forgotten.
    public mutating func take(_ event: TerminalEvent) -> Answer? {
        defer {
            forget()
            if case .key(let key) = event, Self.arrows.contains(key) { likelyKey = key }
        }
        guard let answer, event == .key(answer.key) else { return nil }
        return answer
    }

    /// `key`'s answer from `state`; nil when the key has effects.
    static func answer(to key: Key, from state: AppState) -> Answer? {
        var next = state
        let effects = App.update(&next, .event(.key(key)))
        guard effects.isEmpty, !next.quitRequested else { return nil }
        return Answer(key: key, state: next, frame: App.render(next))
    }
}
