import Emulation
import EmulationStore
import TerminalUI
import TestSupport
import Testing

/// A unit's clerk at their run loop on a real file, with the roles the file gives them (issue
/// 11): the screens offer them only their own unit's self-assessment, and storage refuses
/// whatever a role revoked meanwhile no longer allows, without losing what was typed.
@Suite struct RunLoopRoleTests {
    static let clerk = "tran.thi.b"
    static let ownRole = RoleGrant(role: .clerk, cluster: SharedYear.code, unitName: "Thủy Nguyên")

    /// The shared year with Thủy Nguyên's clerk added by the file's admin.
    func yearWithClerk() throws -> SharedYear {
        let year = try SharedYear()
        try year.open(as: "setup").addAccount(Self.clerk, Self.ownRole)
        return year
    }

    func clusterScore(_ unit: String, _ year: SharedYear) throws -> Points? {
        let snapshot = try year.open(as: "reader").snapshot(code: SharedYear.code, year: SharedYear.year)
        let id = try #require(snapshot.units.first { $0.name == unit }?.id)
        return snapshot.scores[id]?.cluster["1.1"]
    }

    /// Vĩnh Bảo's row (up from their own, where the grid opens), then the cluster round of their own unit: the
    /// keys change nothing in the file and the status line says why; their own self-score saves.
    @Test func aClerksKeysOnAnotherUnitsRowChangeNothing() throws {
        let year = try yearWithClerk()
        let audited = try year.open(as: "reader").auditEntries(limit: 1_000).count
        let clerk = try Clerk(Self.clerk, on: year, script: [.key(.up)] + typing("7") + [.look("other row"), .enter, .key(.delete)]
            + [.key(.down), .key(.character("v"))] + typing("5") + [.look("own cluster"), .enter, .key(.delete), .quit])
        clerk.run()
        #expect(try year.selfScore("Vĩnh Bảo") == nil)
        #expect(try clusterScore("Thủy Nguyên", year) == nil)
        #expect(try year.open(as: "reader").auditEntries(limit: 1_000).count == audited, "nothing was written")
        let other = try #require(clerk.terminal.seen["other row"])
        #expect(other.contains("Cán bộ đơn vị chỉ được nhập điểm tự chấm của đơn vị mình."), "why:\n\(other)")
        #expect(Clerk.firstCell("Vĩnh Bảo", in: other) == "·", "nothing is typed into the cell:\n\(other)")
        #expect(!other.contains("0-9 Nhập"), "nor offered:\n\(other)")
        let own = try #require(clerk.terminal.seen["own cluster"])
        #expect(own.contains("Không ai được nhập điểm cụm chấm của chính đơn vị mình."), "why:\n\(own)")
        #expect(!clerk.terminal.ranPastScript)
    }

    /// Their own unit's self-score is theirs: the grid opens on it, and it is saved, under their login.
    @Test func aClerksOwnSelfScoreIsSaved() throws {
        let year = try yearWithClerk()
        let clerk = try Clerk(Self.clerk, on: year, script: typing("6") + [.enter, .quit])
        clerk.run()
        #expect(try year.selfScore("Thủy Nguyên") == "6,00")
        #expect(try year.scoreAudit("Thủy Nguyên").map(\.actor) == [Self.clerk])
    }

    /// The admin makes the clerk a viewer between their typing and their Enter: storage refuses
    /// the save, the status line says why in the refusal's words, the typed 7 is back in its
    /// cell, and the screen now follows the new role.
    @Test func aRoleRevokedWhileTypingIsRefusedByStorageAndTheValueGivenBack() throws {
        let year = try yearWithClerk()
        let revoke = MemoryTerminal.Step.run {
            let admin = try year.open(as: "setup")
            try admin.revoke(Self.ownRole, from: Self.clerk)
            try admin.grant(RoleGrant(role: .viewer, cluster: SharedYear.code), to: Self.clerk)
        }
        let clerk = try Clerk(Self.clerk, on: year, script: typing("7") + [revoke, .enter, .look("refused"), .escape, .look("given up"), .quit])
        clerk.run()
        #expect(try year.selfScore("Thủy Nguyên") == nil)
        let refused = try #require(clerk.terminal.seen["refused"])
        #expect(refused.contains("Chỉ cán bộ đơn vị được nhập điểm tự chấm."), "why:\n\(refused)")
        #expect(Clerk.firstCell("Thủy Nguyên", in: refused) == "7", "the typed value is back in its cell:\n\(refused)")
        #expect(refused.components(separatedBy: "\n")[1].hasSuffix("chỉ xem"), "the screen follows the new role:\n\(refused)")
        let givenUp = try #require(clerk.terminal.seen["given up"])
        #expect(Clerk.firstCell("Thủy Nguyên", in: givenUp) == "·")
        #expect(!givenUp.contains("0-9 Nhập"), "a viewer is offered no editing key:\n\(givenUp)")
    }
}
