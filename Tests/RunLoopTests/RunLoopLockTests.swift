import Dispatch
import TerminalUI
import TestSupport
import Testing

/// Another process holds the file's write lock (a long import) while the clerk confirms cells:
/// the screen says it is waiting, what is typed meanwhile waits too, and all of it is saved,
/// in order, once the lock goes. No test here measures time; the waits are the run loop's own.
@Suite struct RunLoopLockTests {
    static let b = "Trần Thị B"

    @Test func savesUnderAHeldLockWaitAndLandInOrder() throws {
        let year = try SharedYear()
        let lock = try WriteLock(on: year.path)
        var storedWhileWaiting: String?? = .none
        let clerk = try Clerk(Self.b, on: year, script: [.run { try lock.take() }] + typing("7") + [
            .enter, .look("waiting"), .run { storedWhileWaiting = try year.selfScore("Vĩnh Bảo") },
        ] + typing("5") + [.enter, .run { try lock.release() }, .timeout, .look("saved"), .quit])
        clerk.run()
        #expect(storedWhileWaiting == .some(nil), "nothing is written under the lock")
        let waiting = try #require(clerk.terminal.seen["waiting"])
        #expect(waiting.contains("Đang chờ lưu") && waiting.contains("Thôi chờ"), "why, and how to stop:\n\(waiting)")
        #expect(try year.selfScore("Vĩnh Bảo") == "7,00")
        #expect(try year.selfScore("Thủy Nguyên") == "5,00", "the value typed during the wait is saved too")
        let first = try #require(try year.scoreAudit("Vĩnh Bảo").first)
        let second = try #require(try year.scoreAudit("Thủy Nguyên").first)
        #expect(first.id < second.id, "saved in the order typed")
        #expect(clerk.terminal.seen["saved"]?.contains("Đang chờ lưu") == false)
        #expect(!clerk.terminal.ranPastScript)
    }

    /// Ctrl-C stops the wait: the value is given back unsaved, the keys typed after it are
    /// dropped and said to be, and Enter once the lock is gone saves it.
    @Test func stoppingTheWaitGivesTheValueBackAndDropsWhatWasTypedAfter() throws {
        let year = try SharedYear()
        let lock = try WriteLock(on: year.path)
        let clerk = try Clerk(Self.b, on: year, script: [.run { try lock.take() }] + typing("7") + [.enter] + typing("5") + [
            .key(.control("c")), .look("given back"), .run { try lock.release() }, .enter, .quit,
        ])
        clerk.run()
        let givenBack = try #require(clerk.terminal.seen["given back"])
        #expect(givenBack.contains("Chưa lưu: tệp vẫn bận (người khác đang ghi). Đã bỏ phím gõ sau đó."), "\(givenBack)")
        #expect(clerk.terminal.discardTypeAheadCalls >= 1)
        #expect(try year.selfScore("Vĩnh Bảo") == "7,00")
        #expect(try year.selfScore("Thủy Nguyên") == nil, "the dropped keys were applied")
    }

    /// The terminal goes away while a save waits: nobody is left to ask, so the save goes on
    /// waiting and lands when the lock goes; then the loop ends.
    @Test func aHangUpDuringTheWaitStillSavesWhatWasConfirmed() throws {
        let year = try SharedYear()
        let lock = try WriteLock(on: year.path)
        let clerk = try Clerk(Self.b, on: year, script: [.run { try lock.take() }] + typing("7") + [
            .enter,
            // Let go later, from elsewhere: once the terminal is gone the run loop reads no more steps.
            .run { DispatchQueue.global().asyncAfter(deadline: .now() + 0.6) { try? lock.release() } },
            .event(.hangUp),
        ])
        clerk.run()
        #expect(try year.selfScore("Vĩnh Bảo") == "7,00")
        #expect(!clerk.terminal.ranPastScript)
    }
}
