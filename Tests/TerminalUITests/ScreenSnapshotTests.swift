import Emulation
import Testing
@testable import TerminalUI

/// Every screen rendered at 80×24 and 132×43, compared with golden files.
@Suite struct ScreenSnapshotTests {
    static let sizes = [Size(rows: 24, columns: 80), Size(rows: 43, columns: 132)]

    @Test(arguments: ScreenID.allCases, sizes)
    func everyScreenAtBothSizes(screen: ScreenID, size: Size) {
        let state = DemoFixture.state(size: size, screen: screen)
        assertSnapshot(App.render(state), named: "\(screen.rawValue)-\(size.columns)x\(size.rows)")
    }

    @Test func emptyDatabaseOffersDemoAndNewCluster() {
        var state = AppState(size: Size(rows: 24, columns: 80), language: .vietnamese, themeName: "default", availableThemes: [])
        _ = App.update(&state, .homeLoaded([]))
        assertSnapshot(App.render(state), named: "home-empty-80x24")
    }

    @Test func helpAndSearchAndCommandLine() {
        var state = DemoFixture.state()
        _ = App.update(&state, .event(.key(.function(1))))
        assertSnapshot(App.render(state), named: "help-80x24")
        state = DemoFixture.state()
        for key in [Key.character("/")] + "vinh bao".map(Key.character) { _ = App.update(&state, .event(.key(key))) }
        assertSnapshot(App.render(state), named: "search-80x24")
        state = DemoFixture.state(screen: .ranking)
        for key in [Key.character(":")] + "the".map(Key.character) + [.tab] { _ = App.update(&state, .event(.key(key))) }
        assertSnapshot(App.render(state), named: "command-80x24")
    }

    @Test func englishOnRequest() {
        assertSnapshot(App.render(DemoFixture.state(screen: .ranking, language: .english)), named: "ranking-en-80x24")
    }

    @Test func gridFollowsTheFocusAcrossGroupsAt80Columns() {
        var state = DemoFixture.state(screen: .grid)
        for _ in 0..<7 { _ = App.update(&state, .event(.key(.right))) }
        assertSnapshot(App.render(state), named: "grid-group2-80x24")
        _ = App.update(&state, .event(.key(.character("v"))))
        #expect(state.grid.round == .cluster)
    }

    @Test func gridShowsEverythingFrom160Columns() {
        let state = DemoFixture.state(size: Size(rows: 48, columns: 160), screen: .grid)
        let text = App.render(state).text()
        for heading in ["1.1", "2.5", "3.3", "Σ3", "Thưởng", "Trừ", "Tổng", "Hạng", "Xếp loại"] { #expect(text.contains(heading)) }
        assertSnapshot(App.render(state), named: "grid-160x48")
    }

    @Test func tooSmallShowsOneLineAndRecovers() {
        var state = DemoFixture.state(screen: .grid)
        _ = App.update(&state, .event(.resize(Size(rows: 10, columns: 40))))
        let small = App.render(state).text()
        #expect(small.split(separator: "\n").filter { !$0.isEmpty }.count == 1)
        #expect(small.contains("40×10"))
        _ = App.update(&state, .event(.resize(Size(rows: 24, columns: 80))))
        #expect(App.render(state) == App.render(DemoFixture.state(screen: .grid)))
    }

    /// A move down in the grid changes the two marks and the two focused cells, nothing else:
    /// over SSH that is what a key costs (the whole line highlighted made it two lines).
    @Test func aMoveDownInTheGridChangesTwoMarksAndTwoCells() {
        var state = DemoFixture.state(screen: .grid)
        let before = App.render(state)
        _ = App.update(&state, .event(.key(.down)))
        let after = App.render(state)
        let changed = before.cells.indices.filter { before.cells[$0] != after.cells[$0] }
        #expect(changed.count == 2 + 2 * GridScreen.itemWidth, "\(changed.map { ($0 / 80, $0 % 80) })")
    }

    @Test func rolesMarkWhatMatters() {
        let state = DemoFixture.state(screen: .grid)
        let buffer = App.render(state)
        // The footer's key labels use their role; the selected row is marked beside its name,
        // and only its focused cell is highlighted, as in a spreadsheet.
        #expect(buffer[23, 1].role == .footerKey)
        let markedRows = (0..<24).filter { row in buffer[row, 0].character == "›" }
        #expect(markedRows.count == 1)
        #expect(markedRows.first.map { buffer[$0, 0].role } == .accent)
        #expect(markedRows.first.map { row in (0..<80).filter { buffer[row, $0].role == .focusedCell }.count } == 5)
        #expect(markedRows.first.map { row in (0..<80).contains { buffer[row, $0].role == .selected } } == false)
        // Unit 8 has a missing self-score, drawn with the scoreMissing role.
        let missing = buffer.cells.contains { $0.role == .scoreMissing && $0.character == "·" }
        #expect(missing)
        let flagged = buffer.cells.contains { $0.role == .flagged }
        #expect(flagged)
    }
}
