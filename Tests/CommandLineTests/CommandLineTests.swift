import Foundation
import Testing

/// The command line through the built executable: the "done when" and every bad input.
@Suite struct CommandLineTests {
    static let header = "unit,1.1,1.2,1.3,1.4,1.5,1.6,1.7,2.1,2.2,2.3,2.4,2.5,3.1,3.2,3.3,bonus,bonus_reason,deduction,deduction_reason"

    @Test func rankPrintsThePublishedOrderWithClassificationProposalAndReason() throws {
        let thidua = try withDemo()
        let result = try thidua.run(["rank", "--cluster", "HP-KH", "--year", "2023"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        let order = ["Vĩnh Bảo", "Thủy Nguyên", "An Lão", "Kiến Thụy", "Tiên Lãng", "An Dương", "Cát Hải", "Bạch Long Vĩ"]
        let positions = order.map { name in lines.firstIndex { $0.contains(name) } ?? -1 }
        #expect(positions.allSatisfy { $0 >= 0 })
        #expect(positions == positions.sorted())
        let first = lines[positions[0]]
        #expect(first.contains("Cờ CP") && first.contains("xuất sắc") && first.contains("hạng 1/8, 96,50 điểm"))
        #expect(lines[positions[1]].contains("Cờ tỉnh"))
        #expect(lines[positions[2]].contains("BK toàn diện") && lines[positions[3]].contains("BK toàn diện"))
        #expect(positions[4...].allSatisfy { lines[$0].contains("BK chuyên đề") })
        #expect(result.stdout.contains("sinh tự động"), "generated scores are labelled as such")
    }

    @Test func englishOnRequest() throws {
        let thidua = try withDemo()
        let result = try thidua.run(["rank", "--cluster", "HP-KH", "--year", "2023", "--lang", "en"])
        #expect(result.stdout.contains("Gov. flag") && result.stdout.contains("rank 1/8"))
        #expect(!result.stdout.contains("xuất sắc,"))
    }

    @Test func demoTwiceDuplicatesNothing() throws {
        let thidua = try withDemo()
        let before = try thidua.run(["export", "ranking", "--cluster", "HP-KH", "--year", "2023"]).stdout
        let again = try thidua.run(["demo"])
        #expect(again.status == 0)
        #expect(again.stdout.contains("HP-KH") && !again.stdout.contains("Đã nạp"))
        #expect(try thidua.run(["export", "ranking", "--cluster", "HP-KH", "--year", "2023"]).stdout == before)
    }

    @Test func verifyPassesThenFailsAfterAnAuditRowIsChangedWithSqlite3() throws {
        let thidua = try withDemo()
        let passed = try thidua.run(["verify"])
        #expect(passed.status == 0)
        try thidua.sqlite("UPDATE audit SET newValue = '10,00' WHERE id = 42")
        let failed = try thidua.run(["verify"])
        #expect(failed.status != 0)
        #expect(failed.stderr.contains("42"))
    }

    @Test func exportImportRoundTripCarriesAnEditedValue() throws {
        let thidua = try withDemo()
        let exported = try thidua.run(["export", "grid", "--cluster", "HN-10", "--year", "2020", "--round", "self", "-o", thidua.path("grid.csv")])
        #expect(exported.status == 0)
        var lines = try String(contentsOfFile: thidua.path("grid.csv"), encoding: .utf8).components(separatedBy: "\r\n")
        #expect(lines[0] == Self.header)
        // Change Gia Lâm's 1.1 to 9,25 and give Đông Anh a bonus.
        let giaLam = lines.firstIndex { $0.hasPrefix("Gia Lâm,") }!
        var fields = lines[giaLam].components(separatedBy: "\",\"")
        fields[0] = "Gia Lâm,\"9,25"
        lines[giaLam] = fields.joined(separator: "\",\"")
        let dongAnh = lines.firstIndex { $0.hasPrefix("Đông Anh,") }!
        lines[dongAnh] = String(lines[dongAnh].dropLast(4)) + ",1.5,Mô hình điểm,,"
        try thidua.write("edited.csv", lines.joined(separator: "\r\n"))
        let imported = try thidua.run(["import", "scores", "edited.csv", "--cluster", "HN-10", "--year", "2020", "--round", "self"])
        #expect(imported.status == 0, "\(imported.stderr)")
        let after = try thidua.run(["export", "grid", "--cluster", "HN-10", "--year", "2020", "--round", "self"]).stdout
        #expect(after.contains("Gia Lâm,\"9,25\""))
        #expect(after.contains("\"1,50\",Mô hình điểm,,"))
        #expect(try thidua.run(["verify"]).status == 0)
    }

    @Test func rosterExportsInBothFormats() throws {
        let thidua = try withDemo()
        let csv = try thidua.run(["export", "roster", "--cluster", "HN-10", "--year", "2020"])
        #expect(csv.stdout.hasPrefix("\u{FEFF}name,short_name,kind,leader,leader_position,women_70,role,ineligible,ineligible_note,registered\r\nSóc Sơn,,huyện,,,0,head,,"))
        let markdown = try thidua.run(["export", "roster", "--cluster", "HN-10", "--year", "2020", "--format", "md"])
        #expect(markdown.stdout.contains("| 1 | Sóc Sơn |"))
        #expect(markdown.stdout.contains("trưởng cụm"))
    }

    struct BadFile: Sendable, CustomTestStringConvertible {
        var name: String
        var content: [UInt8]
        var expected: String
        var testDescription: String { name }

        init(_ name: String, _ text: String, expected: String) {
            self.name = name
            self.content = Array(text.utf8)
            self.expected = expected
        }

        init(_ name: String, bytes: [UInt8], expected: String) {
            self.name = name
            self.content = bytes
            self.expected = expected
        }
    }

    static let empty18 = String(repeating: ",", count: 18)
    static let badFiles: [BadFile] = [
        BadFile("wrong headers", "don_vi,1.1\nAn Lão,9\n", expected: "thiếu cột"),
        BadFile("unknown unit", header + "\nHà Nội,9" + empty18 + "\n", expected: "bad.csv:3:1 [unit] giá trị \"Hà Nội\""),
        BadFile("9,5,1", header + "\nAn Lão,\"9,5,1\"" + empty18 + "\n", expected: "bad.csv:3:2 [1.1] giá trị \"9,5,1\""),
        BadFile("abc", header + "\nAn Lão,abc" + empty18 + "\n", expected: "bad.csv:3:2 [1.1] giá trị \"abc\""),
        BadFile("-1", header + "\nAn Lão,-1" + empty18 + "\n", expected: "điểm không được âm"),
        BadFile("1e3", header + "\nAn Lão,1e3" + empty18 + "\n", expected: "giá trị \"1e3\""),
        BadFile("NaN", header + "\nAn Lão,NaN" + empty18 + "\n", expected: "giá trị \"NaN\""),
        BadFile("out of range", header + "\nAn Lão,11" + empty18 + "\n", expected: "vượt điểm tối đa 10"),
        BadFile("empty unit", header + "\n,9" + empty18 + "\n", expected: "bad.csv:3:1 [unit]: ô này không được để trống"),
        BadFile("duplicate rows", header + "\nAn Lão,9" + empty18 + "\nAn Lão,8" + empty18 + "\n", expected: "bad.csv:4:1 [unit] giá trị \"An Lão\": đơn vị đã có ở dòng 3"),
        BadFile("unquoted 9,5 on a short line", header + "\nAn Lão,9,5\n",
                expected: "bad.csv:3 giá trị \"An Lão,9,5\": dòng này có 3 ô nhưng dòng tiêu đề có 20 ô (điểm có dấu phẩy thập phân, như 9,5, phải đặt trong ngoặc kép: \"9,5\"; hoặc lưu tệp với dấu chấm phẩy (;) làm dấu phân cách)"),
        BadFile("NUL in a reason", header + "\nAn Lão,9" + String(repeating: ",", count: 14) + ",1,Mô\u{0}hình,,\n",
                expected: "bad.csv:3:18 [bonus_reason] giá trị \"Mô\u{FFFD}hình\": có ký tự điều khiển U+0000"),
        BadFile("tab in a unit", header + "\nAn\tLão,9" + empty18 + "\n", expected: "bad.csv:3:1 [unit] giá trị \"An\u{FFFD}Lão\": có ký tự tab (U+0009"),
        BadFile("invalid UTF-8", bytes: Array((header + "\nAn L").utf8) + [0xC3, 0x28] + Array(("o,9" + empty18 + "\n").utf8), expected: "bad.csv:3:5: tệp không phải UTF-8"),
    ]

    @Test(arguments: badFiles)
    func badScoreFilesWriteNothingAndNameLineColumnAndValue(_ bad: BadFile) throws {
        let thidua = try withDemo()
        // A valid change on the first line (so the bad line is line 3) proves that nothing at all is written when a later line is bad.
        var content = Array((Self.header + "\nVĩnh Bảo,1" + Self.empty18 + "\n").utf8)
        let rest = bad.content.split(separator: UInt8(ascii: "\n"), maxSplits: 1, omittingEmptySubsequences: false)
        content += rest.count > 1 ? Array(rest[1]) : bad.content
        if bad.name == "wrong headers" { content = bad.content }
        try Data(content).write(to: URL(fileURLWithPath: thidua.path("bad.csv")))
        let before = try thidua.run(["export", "grid", "--cluster", "HP-KH", "--year", "2023", "--round", "self"]).stdout
        let result = try thidua.run(["import", "scores", "bad.csv", "--cluster", "HP-KH", "--year", "2023", "--round", "self"])
        #expect(result.status != 0)
        #expect(result.stderr.contains(bad.expected), "\(result.stderr)")
        #expect(try thidua.run(["export", "grid", "--cluster", "HP-KH", "--year", "2023", "--round", "self"]).stdout == before)
    }

    @Test func everyErrorOfAFileIsListed() throws {
        let thidua = try withDemo()
        try thidua.write("bad.csv", Self.header + "\nAn Lão,abc" + Self.empty18 + "\nCát Hải,-1" + Self.empty18 + "\nAn Lão,1" + Self.empty18 + "\n")
        let result = try thidua.run(["import", "scores", "bad.csv", "--cluster", "HP-KH", "--year", "2023", "--round", "self"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("bad.csv:2:2"))
        #expect(result.stderr.contains("bad.csv:3:2"))
        #expect(result.stderr.contains("bad.csv:4:1"))
    }

    @Test func anImportSaysWhatChangedAndWhatNot() throws {
        let thidua = try withDemo()
        _ = try thidua.run(["export", "grid", "--cluster", "HP-KH", "--year", "2023", "--round", "self", "-o", thidua.path("scores.csv")])
        let importScores = ["import", "scores", "scores.csv", "--cluster", "HP-KH", "--year", "2023", "--round", "self"]
        let same = try thidua.run(importScores)
        #expect(same.status == 0, "\(same.stderr)")
        #expect(same.stdout == "scores.csv: 0 giá trị đã đổi, 120 không đổi, 0 đã xóa.\n")
        // Vĩnh Bảo's 1.1 from 7,20 to 7,25, and a bonus.
        var lines = try String(contentsOfFile: thidua.path("scores.csv"), encoding: .utf8).components(separatedBy: "\r\n")
        let vinhBao = lines.firstIndex { $0.hasPrefix("Vĩnh Bảo,\"7,20\",") }!
        lines[vinhBao] = String(lines[vinhBao].replacingOccurrences(of: "Vĩnh Bảo,\"7,20\",", with: "Vĩnh Bảo,\"7,25\",").dropLast(4)) + ",1,Mô hình hay,,"
        try thidua.write("scores.csv", lines.joined(separator: "\r\n"))
        let changed = try thidua.run(importScores)
        #expect(changed.stdout == "scores.csv: 1 giá trị đã đổi, 119 không đổi, 0 đã xóa.\nĐiểm thưởng, điểm trừ: 1 đã đổi, 0 không đổi, 0 đã xóa.\n")
        let english = try thidua.run(importScores + ["--lang", "en"])
        #expect(english.stdout == "scores.csv: 0 values changed, 120 unchanged, 0 cleared.\nBonuses and deductions: 0 changed, 1 unchanged, 0 cleared.\n")

        _ = try thidua.run(["export", "roster", "--cluster", "HP-KH", "--year", "2023", "-o", thidua.path("roster.csv")])
        let roster = try thidua.run(["import", "roster", "roster.csv", "--cluster", "HP-KH", "--year", "2023"])
        #expect(roster.stdout == "roster.csv: 0 đơn vị được thêm vào danh sách, 0 đơn vị đã đổi, 8 không đổi.\n")
    }

    @Test func aShortLineIsRefusedInEnglishToo() throws {
        let thidua = try withDemo()
        try thidua.write("scores.csv", Self.header + "\nAn Lão,9,5\n")
        let result = try thidua.run(["import", "scores", "scores.csv", "--cluster", "HP-KH", "--year", "2023", "--round", "self", "--lang", "en"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("scores.csv:2 value \"An Lão,9,5\": this line has 3 fields but the header has 20 (a score with a decimal comma, such as 9,5, must be in double quotes: \"9,5\"; or save the file with semicolons (;) as separators)"), "\(result.stderr)")
    }

    @Test func aFileThatIsNotADatabaseIsRefusedAndLeftUntouched() throws {
        let thidua = try ThiduaProcess()
        try thidua.write("notes.txt", "không phải cơ sở dữ liệu\n")
        let result = try thidua.run(["verify", "--db", thidua.path("notes.txt")])
        #expect(result.status != 0)
        #expect(result.stderr.contains("không phải là cơ sở dữ liệu của thidua"))
        #expect(try String(contentsOfFile: thidua.path("notes.txt"), encoding: .utf8) == "không phải cơ sở dữ liệu\n")
    }

    @Test func aDatabaseFromANewerSchemaIsRefusedAndLeftUntouched() throws {
        let thidua = try withDemo()
        try thidua.sqlite("INSERT INTO grdb_migrations VALUES ('v2-future'); PRAGMA wal_checkpoint(TRUNCATE);")
        let before = try Data(contentsOf: URL(fileURLWithPath: thidua.database))
        let result = try thidua.run(["rank", "--cluster", "HP-KH", "--year", "2023"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("phiên bản thidua mới hơn") && result.stderr.contains("v2-future"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: thidua.database)) == before)
    }

    /// A value written behind thidua's back that this build cannot read is named, in both
    /// languages, and nothing is ranked from a guess.
    @Test func aStoredValueThisBuildCannotReadIsNamed() throws {
        let thidua = try withDemo()
        try thidua.sqlite("PRAGMA ignore_check_constraints = ON; UPDATE membership SET role = 'chairman' WHERE rowid = 1;")
        let vietnamese = try thidua.run(["rank", "--cluster", "HP-KH", "--year", "2023"])
        #expect(vietnamese.status != 0 && vietnamese.stdout.isEmpty)
        #expect(vietnamese.stderr.contains("bảng membership, dòng 1, cột role, giá trị \"chairman\""), "\(vietnamese.stderr)")
        #expect(vietnamese.stderr.contains("phiên bản thidua này không đọc được"))
        let english = try thidua.run(["rank", "--cluster", "HP-KH", "--year", "2023", "--lang", "en"])
        #expect(english.stderr.contains("table membership, row 1, column role, value \"chairman\""), "\(english.stderr)")
    }

    @Test func unknownClusterOrYearListsWhatExists() throws {
        let thidua = try withDemo()
        let cluster = try thidua.run(["rank", "--cluster", "HP-XX", "--year", "2023"])
        #expect(cluster.status != 0)
        #expect(cluster.stderr.contains("HN-10, HP-KH, TH-02"))
        let year = try thidua.run(["export", "grid", "--cluster", "HP-KH", "--year", "2019"])
        #expect(year.status != 0)
        #expect(year.stderr.contains("2023"))
    }

    @Test func aClosedYearRefusesEveryChangeFromTheCommandLine() throws {
        let thidua = try withDemo()
        let before = try thidua.run(["verify"]).stdout
        try thidua.write("roster.csv", "name\nThiệu Hóa\n")
        _ = try thidua.run(["export", "grid", "--cluster", "TH-02", "--year", "2019", "-o", thidua.path("grid.csv")])
        let changes = [
            ["import", "roster", "roster.csv"], ["import", "scores", "grid.csv", "--round", "cluster"], ["handover", "--rotation"],
            ["year", "advance"], ["unlock-criteria", "--reason", "sửa"],
        ]
        for change in changes {
            let result = try thidua.run(change + ["--cluster", "TH-02", "--year", "2019"])
            #expect(result.status != 0, "\(change)")
            #expect(result.stderr.contains("đã khóa"), "\(change): \(result.stderr)")
        }
        // Nothing was written: the audit trail has the same rows.
        #expect(try thidua.run(["verify"]).stdout == before)
    }

    @Test func everyCommandFindsAUnitWithoutDiacritics() throws {
        let thidua = try withDemo()
        let handover = try thidua.run(["handover", "--cluster", "HP-KH", "--year", "2023", "--head", "kien thuy", "--deputy", "an lao"])
        #expect(handover.status == 0, "\(handover.stderr)")
        #expect(handover.stdout.contains("Kiến Thụy") && handover.stdout.contains("An Lão"))
        let vote = try thidua.run(["vote", "--cluster", "HP-KH", "--year", "2023", "--unit", "thuy nguyen", "--award", "co-tinh",
                                   "--present", "8", "--for", "8", "--against", "0"])
        #expect(vote.status == 0, "\(vote.stderr)")
    }

    @Test func aClusterCodeInAnyCaseAndAnUnwritableFileAreHandled() throws {
        let thidua = try withDemo()
        let rank = try thidua.run(["rank", "--cluster", "hp-kh", "--year", "2023"])
        #expect(rank.status == 0, "\(rank.stderr)")
        #expect(rank.stdout.contains("Vĩnh Bảo"))
        let export = try thidua.run(["export", "ranking", "--cluster", "HP-KH", "--year", "2023", "-o", "/nonexistent/folder/r.csv"])
        #expect(export.status != 0)
        #expect(export.stderr.contains("Không ghi được tệp /nonexistent/folder/r.csv"), "\(export.stderr)")
        let reopen = try thidua.run(["year", "reopen", "--cluster", "HP-KH", "--year", "2023", "--reason", "thử"])
        #expect(reopen.status != 0 && reopen.stderr.contains("chưa khóa"), "\(reopen.stderr)")
    }

    @Test func votesAreTakenAtTheReviewStageOnly() throws {
        let thidua = try withDemo()
        let before = try thidua.run(["verify"]).stdout
        // HN-10 2020 is still at the scoring stage.
        let result = try thidua.run(["vote", "--cluster", "HN-10", "--year", "2020", "--unit", "Đông Anh", "--award", "co-cp",
                                     "--present", "5", "--for", "5", "--against", "0"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("giai đoạn bình xét"), "\(result.stderr)")
        // On the command line the way on is a command, not a screen's key.
        #expect(result.stderr.contains("thidua year advance --cluster HN-10 --year 2020"), "\(result.stderr)")
        #expect(!result.stderr.contains("phím"), "\(result.stderr)")
        #expect(try thidua.run(["verify"]).stdout == before)
    }

    @Test func importingScoresNeedsTheRound() throws {
        let thidua = try withDemo()
        _ = try thidua.run(["export", "grid", "--cluster", "HP-KH", "--year", "2023", "-o", thidua.path("grid.csv")])
        let before = try thidua.run(["export", "grid", "--cluster", "HP-KH", "--year", "2023", "--round", "self"]).stdout
        let result = try thidua.run(["import", "scores", "grid.csv", "--cluster", "HP-KH", "--year", "2023"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("--round self"))
        #expect(try thidua.run(["export", "grid", "--cluster", "HP-KH", "--year", "2023", "--round", "self"]).stdout == before)
    }

    @Test func aPartialRosterFileChangesOnlyItsColumns() throws {
        let thidua = try withDemo()
        try thidua.write("full.csv", "name,role,women_70,ineligible,ineligible_note\nGia Lâm,member,1,discipline,Kỷ luật 2020\n")
        #expect(try thidua.run(["import", "roster", "full.csv", "--cluster", "HN-10", "--year", "2020"]).status == 0)
        // Only the leader: the eligibility, the women flag and Sóc Sơn's head role stay as they were;
        // "Gia Lam" without diacritics is the same unit.
        try thidua.write("leader.csv", "name,leader\nGia Lam,Nguyễn Văn A\n")
        let result = try thidua.run(["import", "roster", "leader.csv", "--cluster", "HN-10", "--year", "2020"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "leader.csv: 0 đơn vị được thêm vào danh sách, 1 đơn vị đã đổi, 0 không đổi.\n")
        let roster = try thidua.run(["export", "roster", "--cluster", "HN-10", "--year", "2020"]).stdout
        #expect(roster.contains("Gia Lâm,,huyện,Nguyễn Văn A,,1,member,discipline,Kỷ luật 2020"))
        #expect(roster.contains("Sóc Sơn,,huyện,,,0,head,,"))
        #expect(!roster.contains("Gia Lam,"))
    }

    @Test func aNewHeadTakesTheRoleAndTwoHeadsInOneFileAreRefused() throws {
        let thidua = try withDemo()
        try thidua.write("two.csv", "name,role\nThanh Trì,head\nMê Linh,head\n")
        let refused = try thidua.run(["import", "roster", "two.csv", "--cluster", "HN-10", "--year", "2020"])
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("two.csv:3:2 [role]"))
        try thidua.write("one.csv", "name,role\nThanh Trì,head\n")
        #expect(try thidua.run(["import", "roster", "one.csv", "--cluster", "HN-10", "--year", "2020"]).status == 0)
        let roster = try thidua.run(["export", "roster", "--cluster", "HN-10", "--year", "2020"]).stdout
        #expect(roster.contains("Thanh Trì,,huyện,,,0,head,,"))
        #expect(roster.contains("Sóc Sơn,,huyện,,,0,member,,"))
    }

    @Test func theYearlyCycleFromTheCommandLine() throws {
        let thidua = try withDemo()
        let next = try thidua.run(["year", "next", "--cluster", "HP-KH", "--year", "2023"])
        #expect(next.status == 0, "\(next.stderr)")
        #expect(try thidua.run(["export", "roster", "--cluster", "HP-KH", "--year", "2024"]).stdout.contains("Cát Hải,,huyện,,,0,head,,"))
        for stage in ["chấm điểm", "bình xét", "đã khóa"] {
            let advanced = try thidua.run(["year", "advance", "--cluster", "HP-KH", "--year", "2024"])
            #expect(advanced.stdout.contains(stage))
        }
        try thidua.write("roster.csv", "name\nCát Hải\n")
        let refused = try thidua.run(["import", "roster", "roster.csv", "--cluster", "HP-KH", "--year", "2024"])
        #expect(refused.status != 0 && refused.stderr.contains("đã khóa"))
        #expect(try thidua.run(["year", "reopen", "--cluster", "HP-KH", "--year", "2024"]).status != 0, "a reason is required")
        #expect(try thidua.run(["year", "reopen", "--cluster", "HP-KH", "--year", "2024", "--reason", "Sai sót"]).status == 0)
        #expect(try thidua.run(["import", "roster", "roster.csv", "--cluster", "HP-KH", "--year", "2024"]).status == 0)
    }

    @Test func thePledgeExportsAsADocumentAndAChecklist() throws {
        let thidua = try withDemo()
        let markdown = try thidua.run(["export", "pledge", "--cluster", "HN-10", "--year", "2020", "--format", "md"]).stdout
        #expect(markdown.hasPrefix("| UBND THÀNH PHỐ HÀ NỘI<br>**CỤM THI ĐUA SỐ 10** | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>"))
        #expect(markdown.contains("_Hà Nội, ngày 07 tháng 02 năm 2020_") && markdown.contains("<b>GIAO ƯỚC THI ĐUA</b>"))
        #expect(markdown.contains("Ký ngày 07/02/2020 tại Sóc Sơn") && markdown.contains("5/5 đã ký"))
        #expect((1...6).allSatisfy { markdown.contains("\n\($0). ") })
        let docx = try thidua.run(["export", "pledge", "--cluster", "HN-10", "--year", "2020", "--format", "docx"])
        #expect(docx.status != 0 && docx.stderr.contains("-o"), "a Word file never goes to a terminal")
        let written = try thidua.run(["export", "pledge", "--cluster", "HN-10", "--year", "2020", "--format", "docx", "-o", "giao-uoc.docx"])
        #expect(written.status == 0, "\(written.stderr)")
        let bytes = try Data(contentsOf: URL(fileURLWithPath: thidua.path("giao-uoc.docx")))
        #expect(bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]), "a ZIP, as every .docx")
        #expect(markdown.contains("4. Đợt 4: Về đích kế hoạch năm 2020 (11/10/2020 – 31/12/2020)"))
        let text = try thidua.run(["export", "pledge", "--cluster", "HN-10", "--year", "2020", "--format", "txt"]).stdout
        #expect(text.split(separator: "\n").allSatisfy { DisplayColumns.count($0) <= 78 }, "fits A4 in a fixed-width font")
        let csv = try thidua.run(["export", "pledge", "--cluster", "HN-10", "--year", "2020", "--format", "csv"]).stdout
        let rows = csv.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(rows.count == 6)
        let models = rows.dropFirst().map { $0.components(separatedBy: "; ").count }
        #expect(models == [1, 2, 1, 2, 2], "8 registered models")
        #expect(rows.dropFirst().allSatisfy { $0.contains("Cờ thi đua của Chính phủ") && $0.contains("đã ký") })
    }

    @Test func headAndDeputyByRotationSkipTheIneligibleAndPassToTheNextYear() throws {
        let thidua = try withDemo()
        // Thanh Trì, next after the head Sóc Sơn, is under inspection this year.
        try thidua.write("inspection.csv", "name,ineligible,ineligible_note\nThanh Trì,inspection,Thanh tra 2020\n")
        #expect(try thidua.run(["import", "roster", "inspection.csv", "--cluster", "HN-10", "--year", "2020"]).status == 0)
        let rotation = try thidua.run(["handover", "--cluster", "HN-10", "--year", "2020", "--rotation", "--date", "2020-12-20"])
        #expect(rotation.status == 0, "\(rotation.stderr)")
        #expect(rotation.stdout.contains("trưởng cụm Mê Linh, phó cụm Gia Lâm"))
        #expect(try thidua.run(["year", "next", "--cluster", "HN-10", "--year", "2020"]).status == 0)
        let roster = try thidua.run(["export", "roster", "--cluster", "HN-10", "--year", "2021"]).stdout
        #expect(roster.contains("Mê Linh,,huyện,,,0,head,,") && roster.contains("Gia Lâm,,huyện,,,0,deputy,,"))
        #expect(roster.contains("Sóc Sơn,,huyện,,,0,member,,") && roster.contains("Thanh Trì,,huyện,,,0,member,,"))
        let elected = try thidua.run(["handover", "--cluster", "HN-10", "--year", "2020", "--head", "Đông Anh", "--deputy", "Đông Anh"])
        #expect(elected.status != 0, "head and deputy are never the same unit")
    }

    @Test func databaseDefaultsToTheUsersDataDirectory() throws {
        let thidua = try ThiduaProcess()
        let dataHome = thidua.path("data")
        let result = try thidua.run(["demo"], environment: ["THIDUA_DB": "", "XDG_DATA_HOME": dataHome])
        #expect(result.status == 0)
        #expect(FileManager.default.fileExists(atPath: dataHome + "/thidua/thidua.sqlite"))
    }

    @Test func importedRosterAppearsInTheExport() throws {
        let thidua = try withDemo()
        try thidua.write("roster.csv", "name;short_name;women_70;role;ineligible;ineligible_note\nPhù Cừ;PC;1;member;inspection;Thanh tra 2020\n")
        let result = try thidua.run(["import", "roster", "roster.csv", "--cluster", "HN-10", "--year", "2020"])
        #expect(result.status == 0, "\(result.stderr)")
        let roster = try thidua.run(["export", "roster", "--cluster", "HN-10", "--year", "2020"]).stdout
        #expect(roster.contains("Phù Cừ,PC,,,,1,member,inspection,Thanh tra 2020"))
        let rank = try thidua.run(["rank", "--cluster", "HN-10", "--year", "2020"]).stdout
        #expect(rank.contains("đang bị thanh tra"))
    }
}

/// Display columns of a line (Vietnamese letters take one each), for checking printed width.
enum DisplayColumns {
    static func count(_ line: Substring) -> Int { line.count }
}
