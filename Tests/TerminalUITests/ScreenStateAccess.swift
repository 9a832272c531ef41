@testable import TerminalUI

/// The tests read and set each screen's own state through the screen's type, as the root does
/// (`ScreenStates`); these names keep the tests short.
extension AppState {

    var roster: RosterListing {
        get { screens[RosterScreen.self] }
        set { screens[RosterScreen.self] = newValue }
    }

    var grid: GridState {
        get { screens[GridScreen.self] }
        set { screens[GridScreen.self] = newValue }
    }

    var sheet: SheetState {
        get { screens[SheetScreen.self] }
        set { screens[SheetScreen.self] = newValue }
    }

    var pledge: PledgeState {
        get { screens[PledgeScreen.self] }
        set { screens[PledgeScreen.self] = newValue }
    }

    var ranking: RankingState {
        get { screens[RankingScreen.self] }
        set { screens[RankingScreen.self] = newValue }
    }


    var meetingPage: Int { screens[MeetingScreen.self].page }
}
