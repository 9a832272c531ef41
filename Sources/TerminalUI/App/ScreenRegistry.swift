/// Every screen of the application, in the order of its number key: a new screen is its own
/// file (its state, keys, update and drawing, `Screen`) and one line here.
enum ScreenRegistry {
    static let all: [any Screen.Type] = [
        HomeScreen.self,
        RosterScreen.self,
        GridScreen.self,
        SheetScreen.self,
        PledgeScreen.self,
        RankingScreen.self,
        MeetingScreen.self,
        ProgressScreen.self,
    ]

    private static let byID: [ScreenID: any Screen.Type] = Dictionary(uniqueKeysWithValues: all.map { ($0.id, $0) })

    static func screen(_ id: ScreenID) -> any Screen.Type {
        guard let screen = byID[id] else { preconditionFailure("screen \(id) is not in ScreenRegistry.all") }
        return screen
    }

    static func screen(named name: String) -> (any Screen.Type)? { all.first { $0.id.rawValue == name } }
}
