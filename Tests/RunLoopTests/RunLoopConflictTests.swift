import TerminalUI
import TestSupport
import Testing

/// Two clerks on one file, each with a run loop: clerk B types 8 into Vĩnh Bảo's 1.1 while
/// clerk A saves 2 there. Nothing B typed is lost, and nothing A saved is overwritten unseen.
@Suite struct RunLoopConflictTests {
    static let a = "Nguyễn Văn A"
    static let b = "Trần Thị B"

    /// B's stale Enter writes nothing: A's value stays, B's 8 is back in its cell, and the
    /// status line says whose value is stored.
    @Test func aStaleSaveIsRefusedAndTheTypedValueGivenBack() throws {
        let year = try SharedYear()
        let clerkB = try Clerk(Self.b, on: year, script: typing("8") + [year.written(2, to: "Vĩnh Bảo", by: Self.a), .enter, .look("refused"), .quit])
        clerkB.run()
        #expect(try year.selfScore("Vĩnh Bảo") == "2,00", "A's value was overwritten")
        #expect(try year.scoreAudit("Vĩnh Bảo").map(\.actor) == ["nguyen.van.a"])
        let refused = try #require(clerkB.terminal.seen["refused"])
        #expect(refused.contains("Chưa ghi của bạn — Ô 1.1 của Vĩnh Bảo: \(Self.a) đã lưu «2,00»"), "the conflict:\n\(refused)")
        #expect(Clerk.firstCell("Vĩnh Bảo", in: refused) == "8", "B's value is back in its cell:\n\(refused)")
    }

    /// Enter after the conflict keeps B's value, over A's write.
    @Test func enterKeepsTheClerksValueOverTheWriteShown() throws {
        let year = try SharedYear()
        let clerkB = try Clerk(Self.b, on: year, script: typing("8") + [year.written(2, to: "Vĩnh Bảo", by: Self.a), .enter, .enter, .quit])
        clerkB.run()
        #expect(try year.selfScore("Vĩnh Bảo") == "8,00")
        let audit = try year.scoreAudit("Vĩnh Bảo")
        #expect(audit.map(\.actor) == ["nguyen.van.a", "tran.thi.b"], "the logins of the accounts, not names typed in")
        #expect(audit.last?.oldValue == "2,00" && audit.last?.newValue == "8,00")
    }

    /// "Keep mine" overwrites exactly the write B was shown: a third write since is refused again.
    @Test func keepingTheClerksValueOverwritesOnlyTheWriteShown() throws {
        let year = try SharedYear()
        let clerkB = try Clerk(Self.b, on: year, script: typing("8") + [
            year.written(2, to: "Vĩnh Bảo", by: Self.a), .enter, year.written(3, to: "Vĩnh Bảo", by: Self.a), .enter, .look("again"), .quit,
        ])
        clerkB.run()
        #expect(try year.selfScore("Vĩnh Bảo") == "3,00", "the write B never saw was overwritten")
        #expect(try year.scoreAudit("Vĩnh Bảo").map(\.actor) == ["nguyen.van.a", "nguyen.van.a"])
        let again = try #require(clerkB.terminal.seen["again"])
        #expect(again.contains("\(Self.a) đã lưu «3,00»"), "B is shown the newer write:\n\(again)")
    }

    /// Esc after the conflict takes A's value: nothing of B's is written.
    @Test func escapeTakesTheOtherClerksValue() throws {
        let year = try SharedYear()
        let clerkB = try Clerk(Self.b, on: year, script: typing("8") + [year.written(2, to: "Vĩnh Bảo", by: Self.a), .enter, .escape, .look("theirs"), .quit])
        clerkB.run()
        #expect(try year.selfScore("Vĩnh Bảo") == "2,00")
        #expect(try year.scoreAudit("Vĩnh Bảo").map(\.actor) == ["nguyen.van.a"])
        let theirs = try #require(clerkB.terminal.seen["theirs"])
        #expect(Clerk.firstCell("Vĩnh Bảo", in: theirs) == "2,00", "A's value is in the cell:\n\(theirs)")
    }

    /// A's write lands while B is typing, and B's idle second shows it: the screen says at once
    /// that the very cell changed, and B's Enter still asks rather than overwriting.
    @Test func aRefreshWhileTypingNeverTurnsTheSaveIntoASilentOverwrite() throws {
        let year = try SharedYear()
        let clerkB = try Clerk(Self.b, on: year, script: typing("8") + [
            year.written(2, to: "Vĩnh Bảo", by: Self.a), .timeout, .look("warned"), .enter, .look("asked"), .quit,
        ])
        clerkB.run()
        #expect(try year.selfScore("Vĩnh Bảo") == "2,00", "A's value was overwritten")
        #expect(clerkB.terminal.seen["warned"]?.contains("đổi thành «2,00»") == true, "\(clerkB.terminal.seen["warned"] ?? "")")
        #expect(clerkB.terminal.seen["asked"]?.contains("Chưa ghi của bạn") == true, "\(clerkB.terminal.seen["asked"] ?? "")")
    }

    /// An Enter B typed ahead, before the refusal was on screen, never answers it as "keep mine".
    @Test func aKeyTypedAheadOfTheRefusalIsDroppedNotTakenAsAnAnswer() throws {
        let year = try SharedYear()
        let clerkB = try Clerk(Self.b, on: year, script: typing("8") + [
            year.written(2, to: "Vĩnh Bảo", by: Self.a), .enter, .typedAhead(.key(.enter)), .look("refused"), .quit,
        ])
        clerkB.run()
        #expect(try year.selfScore("Vĩnh Bảo") == "2,00", "the typed-ahead Enter kept B's value unseen")
        #expect(clerkB.terminal.discardTypeAheadCalls >= 1)
        #expect(clerkB.terminal.seen["refused"]?.contains("Đã bỏ phím gõ sau đó.") == true, "\(clerkB.terminal.seen["refused"] ?? "")")
    }
}
