/// A screen's name: what `--screen` and the `:` command line take, and the key of its state.
/// Each screen declares its own (`extension ScreenID { static let grid = … }` beside it); the
/// order, numbers and keys come from `ScreenRegistry`.
public struct ScreenID: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    public let rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }

    /// Only the registered screens: an unknown name is no screen.
    public init?(registered name: String) {
        guard let screen = ScreenRegistry.screen(named: name) else { return nil }
        self = screen.id
    }

    public var description: String { rawValue }

    /// Every screen, in the order of their number keys.
    public static var allCases: [ScreenID] { ScreenRegistry.ids }

    /// 1, 2, … as shown in the tab bar (the tenth screen and later have no number key).
    public var number: Int { ScreenRegistry.numbers[self] ?? 0 }

    /// The letter alternative, for when number and F-keys do not reach the program.
    public var letter: Character { ScreenRegistry.screen(self).letter }

    /// F2–F9 for the first eight screens: F1 is help and F10 quits, so a later screen has none.
    public var functionKey: Int? { number <= 8 ? number + 1 : nil }

    /// Screens that need a cluster-year to be chosen first.
    public var needsYear: Bool { ScreenRegistry.screen(self).needsYear }
}
