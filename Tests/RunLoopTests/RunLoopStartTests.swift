import TerminalUI
import TestSupport
import Testing

/// What the clerk is told when the run loop starts on something it cannot use: the screen
/// opens all the same and says why on its status line.
@Suite struct RunLoopStartTests {
    /// A year that is not in the file: the screen says which, and which there are.
    @Test func aLoadThatFailsIsSaidOnTheStatusLine() throws {
        let year = try SharedYear()
        let clerk = try Clerk("Trần Thị B", on: year, script: [.look("failed"), .quit])
        clerk.run(cluster: "NOPE")
        let screen = try #require(clerk.terminal.seen["failed"])
        let status = screen.components(separatedBy: "\n").filter { $0.contains("NOPE") }
        #expect(status.count == 1 && status[0].contains("QA"), "the unknown cluster and the known ones:\n\(screen)")
    }

    /// A theme that is not there: the default is put on, and the status line says so.
    @Test func aThemeThatCannotBeUsedIsSaidAndTheDefaultPutOn() throws {
        let year = try SharedYear()
        let clerk = try Clerk("Trần Thị B", on: year, script: [.look("started"), .quit])
        clerk.run(theme: "nosuch")
        #expect(clerk.terminal.themesApplied == [ThemeLoader.defaultName])
        let screen = try #require(clerk.terminal.seen["started"])
        #expect(screen.contains("Giao diện màu nosuch.theme: không có giao diện này"), "\(screen)")
    }

    /// Opened on the grid, only Home's names are read after the first frame (what search and
    /// `:open` need); its counts of cells entered, which read every score of the file, are
    /// read when Home is shown, and are right there.
    @Test func homeCountsItsCellsWhenShownAfterAnotherScreen() throws {
        let year = try SharedYear()
        try year.write(7, to: "Vĩnh Bảo", as: "setup")
        let clerk = try Clerk("Trần Thị B", on: year, script: [.look("grid"), .key(.function(2)), .look("home"), .quit])
        clerk.run()
        let home = try #require(clerk.terminal.seen["home"])
        let row = Clerk.row("Cụm thử", in: home)
        #expect(row.contains("1/45"), "one cell of 3 units × 15 items:\n\(home)")
    }
}

