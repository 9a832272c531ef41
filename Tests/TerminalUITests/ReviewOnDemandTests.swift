import Emulation
import Testing
@testable import TerminalUI

/// A loaded year's review is worked out when first read (`AppShared.review`), not with the
/// load: the grid's first frame at 80 columns shows none of it, and a province's review is a
/// fifth of that frame's time.
@Suite struct ReviewOnDemandTests {
    @Test func theGridAt80ColumnsIsDrawnWithoutWorkingOutTheReview() {
        let state = DemoFixture.state(screen: .grid)
        let frame = App.render(state)
        let workedOutByTheFrame = state.shared.reviewIsWorkedOut
        #expect(!workedOutByTheFrame)
        // The same frame as with the review worked out before: nothing on it needed it.
        state.shared.workOutReview()
        let workedOut = state.shared.reviewIsWorkedOut
        #expect(workedOut)
        #expect(App.render(state) == frame)
        #expect(state.shared.review == state.year?.review())
    }

    @Test func theGridShowingTotalsAndRanksWorksItOut() throws {
        let state = DemoFixture.state(size: Size(rows: 40, columns: 200), screen: .grid)
        let text = App.render(state).text()
        let workedOut = state.shared.reviewIsWorkedOut
        #expect(workedOut)
        let year = try #require(state.year)
        let first = try #require(year.review().ranking.entries.first)
        // The first-ranked unit's total is on its row.
        let line = try #require(text.split(separator: "\n").first { $0.contains(first.unit.name) })
        #expect(line.contains(DecimalText.format(first.result.total)))
    }

    /// Scores changed before anything read the review (a clerk typing at once after a load)
    /// leave it for later; read then, it is the review of the whole year as it now stands.
    @Test func scoresChangedBeforeTheReviewIsReadGiveTheWholeYearsReview() throws {
        var shared = DemoFixture.state(screen: .grid).shared
        let start = try #require(shared.year)
        let items = start.tree.items
        for step in 0..<40 {
            let unit = start.units[step % start.units.count].id
            let item = items[(step * 7) % items.count]
            shared.changeScores(of: unit) { $0.set(Points(hundredths: (step * 37) % (item.maximum.hundredths + 1)), item: item.code, round: .cluster) }
            let workedOut = shared.reviewIsWorkedOut
            #expect(!workedOut, "step \(step)")
        }
        let year = try #require(shared.year)
        let review = shared.review
        #expect(review == year.review())
        #expect(review != start.review())
        #expect(shared.progress == YearProgress(year))
    }
}
