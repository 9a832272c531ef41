import Foundation
import Testing
import EmulationStore
import TerminalUI
@testable import thidua

/// A year set up and reviewed from the command line: titles registered with `pledge register`,
/// votes only on what the review proposes, a recorded vote withdrawn.
@Suite struct PledgeAndVoteCommandTests {
    static let hp = ["--cluster", "HP-KH", "--year", "2023"]

    func proposal(_ thidua: ThiduaProcess, _ unit: String) throws -> String {
        let rank = try thidua.run(["rank"] + Self.hp)
        let line = rank.stdout.split(separator: "\n").first { $0.contains(unit) } ?? ""
        return String(line)
    }

    @Test func registeringAndDroppingTheGovernmentFlagChangesTheProposal() throws {
        let thidua = try withDemo()
        let drop = try thidua.run(["pledge", "register"] + Self.hp + ["--unit", "vinh bao", "--award", "co-cp", "--drop"])
        #expect(drop.status == 0, "\(drop.stderr)")
        #expect(drop.stdout == "Vĩnh Bảo đăng ký: không đăng ký danh hiệu nào.\n")
        // Not registered, the leader gets no Government flag, and it does not pass down.
        #expect(try proposal(thidua, "Vĩnh Bảo").contains("Cờ tỉnh"))
        let again = try thidua.run(["pledge", "register"] + Self.hp + ["--unit", "Vĩnh Bảo", "--award", "CO-CP"])
        #expect(again.stdout == "Vĩnh Bảo đăng ký: Cờ CP.\n", "\(again.stderr)")
        #expect(try proposal(thidua, "Vĩnh Bảo").contains("Cờ CP"))
        let same = try thidua.run(["pledge", "register"] + Self.hp + ["--unit", "Vĩnh Bảo", "--award", "co-cp", "--lang", "en"])
        #expect(same.stdout == "Vĩnh Bảo was already registered for: Gov. flag; nothing changed.\n")
        let unknown = try thidua.run(["pledge", "register"] + Self.hp + ["--unit", "Vĩnh Bảo", "--award", "co-tw"])
        #expect(unknown.status != 0 && unknown.stderr.contains("co-tinh"), "\(unknown.stderr)")
    }

    @Test func aVoteOnAnAwardNotProposedIsRefusedWithTheReasonAndNothingIsWritten() throws {
        let thidua = try withDemo()
        let before = try thidua.run(["verify"]).stdout
        let vote = try thidua.run(["vote"] + Self.hp + ["--unit", "An Lão", "--award", "co-cp", "--present", "8", "--for", "8", "--against", "0"])
        #expect(vote.status != 0)
        #expect(vote.stderr.contains("Không biểu quyết Cờ CP cho An Lão: đơn vị đang được đề nghị BK toàn diện"), "\(vote.stderr)")
        #expect(vote.stderr.contains("thidua rank --cluster HP-KH --year 2023"))
        #expect(try thidua.run(["verify"]).stdout == before)
    }

    @Test func aRecordedVoteIsWithdrawnAndTheProposalComesBack() throws {
        let thidua = try withDemo()
        let down = try thidua.run(["vote"] + Self.hp + ["--unit", "Thủy Nguyên", "--award", "co-tinh", "--present", "8", "--for", "3", "--against", "5"])
        #expect(down.status == 0, "\(down.stderr)")
        #expect(try proposal(thidua, "Thủy Nguyên").contains("BK toàn diện"))
        let mixed = try thidua.run(["vote"] + Self.hp + ["--unit", "Thủy Nguyên", "--award", "co-tinh", "--withdraw", "--present", "8"])
        #expect(mixed.status != 0 && mixed.stderr.contains("--withdraw không đi cùng"), "\(mixed.stderr)")
        let withdraw = try thidua.run(["vote"] + Self.hp + ["--unit", "Thủy Nguyên", "--award", "co-tinh", "--withdraw"])
        #expect(withdraw.status == 0, "\(withdraw.stderr)")
        #expect(withdraw.stdout.hasPrefix("Đã rút biểu quyết Cờ tỉnh cho Thủy Nguyên"))
        #expect(withdraw.stdout.contains("Thủy Nguyên: BK toàn diện → Cờ tỉnh"))
        #expect(try proposal(thidua, "Thủy Nguyên").contains("Cờ tỉnh"))
        let twice = try thidua.run(["vote"] + Self.hp + ["--unit", "Thủy Nguyên", "--award", "co-tinh", "--withdraw"])
        #expect(twice.status != 0 && twice.stderr.contains("Chưa có biểu quyết Cờ tỉnh cho Thủy Nguyên"), "\(twice.stderr)")
        #expect(try thidua.run(["verify"]).status == 0)
    }
}

/// The same refusal worded for where it is read: a screen names keys or says what happened, the
/// command line names the command or the option to add.
@Suite struct SurfaceWordingTests {
    @Test func aMissingReasonOrAnEarlyVoteIsWordedForTheScreenOrTheCommandLine() {
        let words = Catalogue.vietnamese
        let reasonOnScreen = ErrorWords.describe(StoreError.reasonRequired, words: words, onScreen: true)
        #expect(reasonOnScreen == words.screen.changeNeedsReason)
        #expect(!reasonOnScreen.contains("mở khóa"), "a rules change is no unlock")
        #expect(ErrorWords.describe(StoreError.reasonRequired, words: words).contains("--reason"))
        let early = StoreError.voteNeedsReview(cluster: "HN-10", year: 2020)
        #expect(ErrorWords.describe(early, words: words, onScreen: true) == words.edit.voteNeedsReview)
        #expect(ErrorWords.describe(early, words: words).contains("thidua year advance --cluster HN-10 --year 2020"))
    }
}
