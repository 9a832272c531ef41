import Foundation
import TerminalUI
import TestSupport
import Testing
@testable import thidua

/// One clerk's run loop on a real file, in a terminal in memory: what is confirmed is stored
/// with its audit row, another process's change is shown, Ctrl-Z gives the terminal back, and
/// a terminal that goes away ends the loop.
@Suite struct RunLoopSavingTests {
    @Test func aConfirmedScoreIsStoredWithItsAuditRow() throws {
        let year = try SharedYear()
        let clerk = try Clerk("Trần Thị B", on: year, script: typing("7") + [.enter, .look("saved"), .quit])
        clerk.run()
        #expect(try year.selfScore("Vĩnh Bảo") == "7,00")
        let audit = try year.scoreAudit("Vĩnh Bảo")
        #expect(audit.map(\.actor) == ["tran.thi.b"], "the clerk's own login, once")
        #expect(audit.first?.oldValue == nil && audit.first?.newValue == "7,00")
        #expect(Clerk.firstCell("Vĩnh Bảo", in: clerk.terminal.seen["saved"]) == "7,00")
        #expect(!clerk.terminal.ranPastScript)
    }

    /// Another process writes while the clerk does nothing: the next idle second shows it.
    @Test func anotherProcesssWriteRefreshesAnIdleScreen() throws {
        let year = try SharedYear()
        let clerk = try Clerk("Trần Thị B", on: year, script: [
            .look("before"), year.written(2, to: "Thủy Nguyên", by: "Nguyễn Văn A"), .timeout, .look("after"), .quit,
        ])
        clerk.run()
        #expect(Clerk.firstCell("Thủy Nguyên", in: clerk.terminal.seen["before"]) == "·")
        let after = try #require(clerk.terminal.seen["after"])
        #expect(Clerk.firstCell("Thủy Nguyên", in: after) == "2,00", "the other write is shown:\n\(after)")
        #expect(after.contains("Dữ liệu vừa được người khác cập nhật"), "and said:\n\(after)")
    }

    /// Keys that keep coming still bring another process's change within a tick, but the key
    /// the look fell due with is answered first: its frame is drawn before the look (a read
    /// transaction, 0.1–0.3 ms) and the reload that follows it.
    @Test func aKeyIsAnsweredBeforeTheLookThatFellDueWithIt() throws {
        let year = try SharedYear()
        let clerk = try Clerk("Trần Thị B", on: year, script: [
            .look("before"), year.written(2, to: "Thủy Nguyên", by: "Nguyễn Văn A"),
            // More than a tick passes while the clerk reads the screen; then they press ↓.
            .run { Thread.sleep(forTimeInterval: Double(thidua.RunLoop.idleTickMilliseconds) / 1_000 + 0.1) },
            .key(.down), .look("after"), .quit,
        ])
        clerk.run()
        let before = try #require(clerk.terminal.seen["before"])
        let frames = clerk.terminal.frames.map { $0.text() }
        let start = try #require(frames.lastIndex(of: before))
        // The key's frame: the first after "before" with the selection moved.
        let keyFrame = try #require(frames[(start + 1)...].first { $0 != before }, "no frame after the key")
        #expect(Clerk.firstCell("Thủy Nguyên", in: keyFrame) == "·", "the key's frame waited for the look:\n\(keyFrame)")
        #expect(!keyFrame.contains("Dữ liệu vừa được người khác cập nhật"), "the key's frame waited for the look:\n\(keyFrame)")
        let after = try #require(clerk.terminal.seen["after"])
        #expect(Clerk.firstCell("Thủy Nguyên", in: after) == "2,00", "the other write is shown after the key:\n\(after)")
        #expect(after.contains("Dữ liệu vừa được người khác cập nhật"), "and said:\n\(after)")
        #expect(!clerk.terminal.ranPastScript)
    }

    /// The arrow's answer is worked out while the clerk reads the screen; another process's
    /// change shown meanwhile makes it stale, and the arrow pressed after it moves on from what
    /// the screen shows now, not from what it showed when the answer was worked out.
    @Test func anArrowWorkedOutAheadMovesOnFromTheScreenAsItIsNow() throws {
        let year = try SharedYear()
        let clerk = try Clerk("Trần Thị B", on: year, script: [
            .key(.down), .look("before"), year.written(2, to: "Thủy Nguyên", by: "Nguyễn Văn A"), .timeout,
            .look("reloaded"), .key(.down), .look("after"), .quit,
        ])
        clerk.run()
        #expect(Clerk.firstCell("Thủy Nguyên", in: clerk.terminal.seen["before"]) == "·")
        #expect(Clerk.firstCell("Thủy Nguyên", in: clerk.terminal.seen["reloaded"]) == "2,00")
        let after = try #require(clerk.terminal.seen["after"])
        #expect(Clerk.firstCell("Thủy Nguyên", in: after) == "2,00", "the arrow went back to what the screen showed before:\n\(after)")
        let frames = clerk.terminal.frames
        #expect(frames.count >= 2 && frames[frames.count - 1] != frames[frames.count - 2], "the last ↓ moved nothing")
        #expect(!clerk.terminal.ranPastScript)
    }

    /// Ctrl-Z gives the terminal back once (the shell's job control stops the process), and the
    /// clerk comes back to the screen they left.
    @Test func ctrlZSuspendsOnceAndTheScreenComesBack() throws {
        let year = try SharedYear()
        let clerk = try Clerk("Trần Thị B", on: year, script: [.look("before"), .key(.control("z")), .look("after"), .quit])
        clerk.run()
        #expect(clerk.terminal.suspendCalls == 1)
        #expect(clerk.terminal.seen["after"] == clerk.terminal.seen["before"])
    }

    /// The terminal goes away: the loop ends at once, and what was confirmed before is stored.
    @Test func aHangUpEndsTheLoop() throws {
        let year = try SharedYear()
        let clerk = try Clerk("Trần Thị B", on: year, script: typing("7") + [.enter] + typing("5") + [.event(.hangUp)])
        clerk.run()
        #expect(!clerk.terminal.ranPastScript, "the loop read on after the terminal went away")
        #expect(try year.selfScore("Vĩnh Bảo") == "7,00")
    }
}
