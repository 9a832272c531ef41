/// The screens of the application, in the order of their number keys.
public enum ScreenID: String, CaseIterable, Hashable, Sendable {
    case home
    case roster
    case grid
    case sheet
    case pledge
    case ranking
    case meeting

    /// 1–7, as shown in the tab bar.
    public var number: Int { (Self.allCases.firstIndex(of: self) ?? 0) + 1 }

    /// The letter alternative, for when number and F-keys do not reach the program.
    public var letter: Character {
        switch self {
        case .home: return "h"
        case .roster: return "r"
        case .grid: return "g"
        case .sheet: return "s"
        case .pledge: return "p"
        case .ranking: return "x"
        case .meeting: return "m"
        }
    }

    /// F2–F8 (F1 is help, F10 quits).
    public var functionKey: Int { number + 1 }

    /// Screens that need a cluster-year to be chosen first.
    public var needsYear: Bool { self != .home }
}
