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
        RulesScreen.self,
    ]

    private static let byID: [ScreenID: any Screen.Type] = Dictionary(uniqueKeysWithValues: all.map { ($0.id, $0) })
    /// The screens' ids in order, and each one's number key, worked out once (the tab bar reads them every frame).
    static let ids: [ScreenID] = all.map { $0.id }
    static let numbers: [ScreenID: Int] = Dictionary(uniqueKeysWithValues: ids.enumerated().map { ($0.element, $0.offset + 1) })

    static func screen(_ id: ScreenID) -> any Screen.Type {
        guard let screen = byID[id] else { preconditionFailure("screen \(id) is not in ScreenRegistry.all") }
        return screen
    }

    static func screen(named name: String) -> (any Screen.Type)? { byID[ScreenID(rawValue: name)] }
}
