/// Each screen's own state, kept by the root but read and changed only through the screen's
/// type: the root passes it to the screen's functions and never looks inside.
public struct ScreenStates: Sendable {
    private var states: [ScreenID: any Sendable] = [:]

    public init() {}

    subscript<S: Screen>(_ screen: S.Type) -> S.State {
        get { states[S.id] as? S.State ?? S.initialState }
        set { states[S.id] = newValue }
    }

    /// Takes a screen's state out, so changing it does not copy what it holds (a roster of
    /// thousands of rows); `put` gives it back.
    mutating func take<S: Screen>(_ screen: S.Type) -> S.State {
        states.removeValue(forKey: S.id) as? S.State ?? S.initialState
    }

    mutating func put<S: Screen>(_ state: S.State, for screen: S.Type) {
        states[S.id] = state
    }
}
