import Foundation
import Testing

/// The meeting's documents through the built executable: the minutes, the list of award
/// proposals and the printable HTML page, with `thidua meeting` and `thidua vote` feeding them.
@Suite struct DocumentExportTests {
    static let hp = ["--cluster", "HP-KH", "--year", "2023"]

    /// (award code, unit) of every row of the proposals CSV, in file order.
    func proposals(_ thidua: ThiduaProcess) throws -> [[String]] {
        let result = try thidua.run(["export", "proposals"] + Self.hp + ["--format", "csv"])
        #expect(result.status == 0, "\(result.stderr)")
        let rows = CSVText.rows(result.stdout)
        #expect(rows.first == ["Hình thức khen thưởng", "Mã", "Đơn vị", "Hạng", "Tổng", "Xếp loại", "Lý do"])
        return rows.dropFirst().map { [$0[1], $0[2]] }
    }

    @Test func theDemosProposalsAreExactlyThePublishedAwards() throws {
        let thidua = try withDemo()
        #expect(try proposals(thidua) == [
            ["co-cp", "Vĩnh Bảo"], ["co-tinh", "Thủy Nguyên"],
            ["bk-toan-dien", "An Lão"], ["bk-toan-dien", "Kiến Thụy"],
            ["bk-chuyen-de", "Tiên Lãng"], ["bk-chuyen-de", "An Dương"], ["bk-chuyen-de", "Cát Hải"], ["bk-chuyen-de", "Bạch Long Vĩ"],
        ])
    }

    @Test func theMinutesCarryTheMeetingTheVotesAndTheNextHead() throws {
        let thidua = try withDemo()
        let meeting = try thidua.run(["meeting"] + Self.hp + [
            "--date", "20/12/2023", "--start", "14h00", "--end", "16:30", "--members-present", "8",
            "--place", "Hội trường UBND huyện Vĩnh Bảo", "--chair", "Nguyễn Văn A", "--secretary", "Trần Thị B",
            "--attendee", "Ban Thi đua – Khen thưởng thành phố", "--attendee", "Lãnh đạo 8 huyện",
        ])
        #expect(meeting.status == 0, "\(meeting.stderr)")
        #expect(meeting.stdout.contains("Thời gian: 20/12/2023") && meeting.stdout.contains("Chủ trì: Nguyễn Văn A"))
        #expect(meeting.stdout.contains("Giờ họp: 14:00–16:30") && meeting.stdout.contains("Đơn vị có mặt: 8/8"))

        // The meeting votes the city flag down: Thủy Nguyên drops to a comprehensive certificate,
        // which pushes Kiến Thụy down to a specialised one; nobody else is excellent for the flag.
        let vote = try thidua.run(["vote"] + Self.hp + ["--unit", "Thủy Nguyên", "--award", "co-tinh", "--present", "8", "--for", "3", "--against", "5"])
        #expect(vote.status == 0, "\(vote.stderr)")
        #expect(vote.stdout.contains("có mặt 8, tán thành 3, không tán thành 5: không thông qua"))
        #expect(vote.stdout.contains("Thủy Nguyên: Cờ tỉnh → BK toàn diện") && vote.stdout.contains("Kiến Thụy: BK toàn diện → BK chuyên đề"))
        let passed = try thidua.run(["vote"] + Self.hp + ["--unit", "vinh bao", "--award", "co-cp", "--present", "8", "--for", "8", "--against", "0"])
        #expect(passed.status == 0, "\(passed.stderr)")
        #expect(passed.stdout.contains("Vĩnh Bảo — Cờ thi đua của Chính phủ") && passed.stdout.contains(": thông qua."))
        #expect(passed.stdout.contains("Danh sách đề nghị không thay đổi."))

        #expect(try proposals(thidua) == [
            ["co-cp", "Vĩnh Bảo"],
            ["bk-toan-dien", "Thủy Nguyên"], ["bk-toan-dien", "An Lão"],
            ["bk-chuyen-de", "Kiến Thụy"], ["bk-chuyen-de", "Tiên Lãng"], ["bk-chuyen-de", "An Dương"], ["bk-chuyen-de", "Cát Hải"],
            ["bk-chuyen-de", "Bạch Long Vĩ"],
        ])

        let minutes = try thidua.run(["export", "minutes"] + Self.hp + ["--format", "md"])
        #expect(minutes.status == 0, "\(minutes.stderr)")
        let text = minutes.stdout
        #expect(text.hasPrefix("| UBND THÀNH PHỐ HẢI PHÒNG<br>**CỤM THI ĐUA KHỐI HUYỆN** | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>"))
        #expect(text.contains("_Hải Phòng, ngày 20 tháng 12 năm 2023_") && text.contains("<b>BIÊN BẢN</b>"))
        #expect(text.contains("Hôm nay, vào lúc 14 giờ 00, ngày 20 tháng 12 năm 2023, tại Hội trường UBND huyện Vĩnh Bảo, Cụm thi đua Khối huyện"))
        for fact in ["- Chủ trì: Nguyễn Văn A.", "- Thư ký: Trần Thị B.", "- Đơn vị thành viên có mặt: 8/8.",
                     "- Thành phần dự: Ban Thi đua – Khen thưởng thành phố; Lãnh đạo 8 huyện."] {
            #expect(text.contains(fact), "\(fact)")
        }
        #expect(text.contains("| Vĩnh Bảo | Cờ CP | 8 | 8 | 0 | thông qua |"))
        #expect(text.contains("| Thủy Nguyên | Cờ tỉnh | 8 | 3 | 5 | không thông qua |"))
        #expect(text.contains("từ 2/3 số thành viên (tối thiểu 6/8 đơn vị)"))
        #expect(text.contains("| 2 | Thủy Nguyên | 47,00 | 28,00 | 18,40 | 0,00 | 0,00 | 93,40 | xuất sắc | BK toàn diện |"))
        #expect(text.contains("Trưởng cụm: Cát Hải"), "the demo hands the head role to Cát Hải for 2024")
        #expect(text.contains("### 4. Bàn giao nhiệm vụ trưởng cụm năm 2024"))
        #expect(text.contains("Hội nghị kết thúc vào lúc 16 giờ 30 cùng ngày."))
        #expect(text.contains("**Trần Thị B** |") && text.contains("**Nguyễn Văn A** |"))
        #expect(try thidua.run(["verify"]).status == 0, "the meeting and the votes are in the audit chain")
    }

    @Test func meetingChangesOnlyTheOptionsGivenAndPrintsWhatIsRecorded() throws {
        let thidua = try withDemo()
        #expect(try thidua.run(["meeting"] + Self.hp + ["--place", "Vĩnh Bảo", "--chair", "Nguyễn Văn A"]).status == 0)
        let noted = try thidua.run(["meeting"] + Self.hp + ["--note", "Họp trực tiếp", "--lang", "en"])
        #expect(noted.status == 0, "\(noted.stderr)")
        #expect(noted.stdout.contains("Place: Vĩnh Bảo") && noted.stdout.contains("Chair: Nguyễn Văn A") && noted.stdout.contains("Note: Họp trực tiếp"))
        let shown = try thidua.run(["meeting"] + Self.hp)
        #expect(shown.status == 0)
        #expect(shown.stdout.hasPrefix("Cuộc họp bình xét của cụm HP-KH năm 2023:"))
        #expect(shown.stdout.contains("Thành phần tham dự: đại diện các đơn vị thành viên: Vĩnh Bảo, Thủy Nguyên"))
        let badDate = try thidua.run(["meeting"] + Self.hp + ["--date", "31/02/2023"])
        #expect(badDate.status != 0 && badDate.stderr.contains("31/02/2023"))
        #expect(try thidua.run(["meeting"] + Self.hp).stdout.contains("Thời gian: chưa ghi"), "a bad date writes nothing")
        for bad in [["--start", "25:00"], ["--end", "14h7"], ["--members-present", "9"]] {
            let refused = try thidua.run(["meeting"] + Self.hp + bad)
            #expect(refused.status != 0 && refused.stderr.contains(bad[1]), "\(bad): \(refused.stderr)")
        }
        #expect(try thidua.run(["meeting"] + Self.hp).stdout.contains("Giờ họp: chưa ghi"), "a bad time writes nothing")
    }

    @Test(arguments: ["vi", "en"])
    func printedMinutesAndProposalsFitA4(lang: String) throws {
        let thidua = try withDemo()
        let meeting = try thidua.run(["meeting"] + Self.hp + [
            "--chair", "Đồng chí Nguyễn Văn A, Phó Chủ tịch Thường trực Ủy ban nhân dân huyện Vĩnh Bảo, Trưởng cụm thi đua khối huyện",
            "--note", String(repeating: "Các đơn vị thống nhất kết quả bình xét. ", count: 6),
        ] + (1...12).flatMap { ["--attendee", "Đại diện lãnh đạo Ủy ban nhân dân đơn vị thành viên số \($0)"] })
        #expect(meeting.status == 0, "\(meeting.stderr)")
        let vote = try thidua.run(["vote"] + Self.hp + ["--unit", "Thủy Nguyên", "--award", "co-tinh", "--present", "5", "--for", "5", "--against", "0"])
        #expect(vote.status == 0, "\(vote.stderr)")
        for kind in ["minutes", "proposals"] {
            let result = try thidua.run(["export", kind] + Self.hp + ["--format", "txt", "--lang", lang])
            #expect(result.status == 0, "\(result.stderr)")
            let lines = result.stdout.split(separator: "\n")
            #expect(lines.count > 10)
            if kind == "minutes" { #expect(result.stdout.contains("Đồng chí Nguyễn Văn A")) }
            #expect(lines.allSatisfy { DisplayColumns.count($0) <= 78 }, "\(lines.filter { DisplayColumns.count($0) > 78 })")
        }
    }

    @Test func theRankingPrintsOnA4AndStoredControlCharactersNeverReachTheTerminal() throws {
        let thidua = try ThiduaProcess()
        // A name typed with control characters is refused whole, naming the field.
        let refused = try thidua.run(["create", "--cluster", "QA-02", "--name", "Cụm \u{1B}[31mđỏ\u{07}", "--year", "2025"])
        #expect(refused.status == 1 && refused.stderr.contains("Tên cụm có ký tự điều khiển"), "\(refused.stderr)")
        #expect(!refused.stderr.unicodeScalars.contains { $0.value == 0x1B })
        #expect(try thidua.run(["create", "--cluster", "QA-02", "--name", "Cụm đỏ", "--year", "2025"]).status == 0)
        try thidua.write("roster.csv", "name\nXã Mới\nPhường Hòa Bình\n")
        #expect(try thidua.run(["import", "roster", "roster.csv", "--cluster", "QA-02", "--year", "2025"]).status == 0)
        // Roster files and typed names with control characters are refused now; a database
        // written before, or edited behind thidua's back, may still hold them.
        try thidua.sqlite("UPDATE unit SET name = 'Xã ' || char(27) || ']0;tiêu đề' || char(7) || 'Mới' WHERE name = 'Xã Mới'")
        for arguments in [["export", "ranking", "--format", "txt"], ["export", "ranking", "--format", "md"], ["export", "roster", "--format", "csv"], ["rank"]] {
            let result = try thidua.run(arguments + ["--cluster", "QA-02", "--year", "2025"])
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
            #expect(!result.stdout.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 }, "\(arguments)")
            #expect(result.stdout.contains("\u{FFFD}"), "\(arguments): the character is shown, not dropped")
        }
        let demo = try withDemo()
        let text = try demo.run(["export", "ranking"] + Self.hp + ["--format", "txt"]).stdout
        let lines = text.split(separator: "\n")
        #expect(lines.count > 8 && lines.allSatisfy { DisplayColumns.count($0) <= 78 }, "\(lines.filter { DisplayColumns.count($0) > 78 })")
    }

    @Test func theHTMLPageIsSelfContainedEscapedAndHasOneRowPerUnit() throws {
        let thidua = try ThiduaProcess()
        #expect(try thidua.run(["create", "--cluster", "QA-01", "--name", "Cụm <thử> & kiểm tra", "--year", "2025"]).status == 0)
        try thidua.write("roster.csv", "name\nXã <Mới> & Cũ\nPhường Hòa Bình\nXã An Lạc\n")
        let imported = try thidua.run(["import", "roster", "roster.csv", "--cluster", "QA-01", "--year", "2025"])
        #expect(imported.status == 0, "\(imported.stderr)")
        let result = try thidua.run(["export", "ranking", "--cluster", "QA-01", "--year", "2025", "--format", "html"])
        #expect(result.status == 0, "\(result.stderr)")
        let html = result.stdout
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("size: A4 landscape"))
        #expect(html.contains("<meta charset=\"utf-8\">"))
        #expect(html.contains("Xã &lt;Mới&gt; &amp; Cũ") && !html.contains("<Mới>") && !html.contains("& Cũ"))
        #expect(html.contains("Cụm &lt;thử&gt; &amp; kiểm tra") && !html.contains("<thử>"))
        #expect(!html.contains("http") && !html.contains("src=") && !html.contains("href="), "no external resource")
        let bodies = html.components(separatedBy: "<tbody>").dropFirst().map { $0.components(separatedBy: "</tbody>")[0] }
        #expect(bodies.count == 2, "the score grid and the ranking")
        #expect(bodies.map { $0.components(separatedBy: "<tr").count - 1 } == [3, 3])
        let grid = try thidua.run(["export", "grid", "--cluster", "QA-01", "--year", "2025", "--format", "html", "-o", thidua.path("report.html")])
        #expect(grid.status == 0)
        #expect(try String(contentsOfFile: thidua.path("report.html"), encoding: .utf8) == html, "the same page for grid and ranking")
    }

    @Test func aClosedYearRefusesMeetingAndVoteAndWritesNothing() throws {
        let thidua = try withDemo()
        let th = ["--cluster", "TH-02", "--year", "2019"]
        let before = try thidua.run(["verify"]).stdout
        let minutesBefore = try thidua.run(["export", "minutes"] + th + ["--format", "md"]).stdout
        let meeting = try thidua.run(["meeting"] + th + ["--place", "Thọ Xuân"])
        #expect(meeting.status != 0 && meeting.stderr.contains("đã khóa"), "\(meeting.stderr)")
        let vote = try thidua.run(["vote"] + th + ["--unit", "Vĩnh Lộc", "--award", "co-cp", "--present", "7", "--for", "2", "--against", "5"])
        #expect(vote.status != 0 && vote.stderr.contains("đã khóa"), "\(vote.stderr)")
        #expect(try thidua.run(["verify"]).stdout == before)
        let minutesAfter = try thidua.run(["export", "minutes"] + th + ["--format", "md"])
        #expect(minutesAfter.status == 0 && minutesAfter.stdout == minutesBefore)
        #expect(minutesAfter.stdout.contains("tại ……,") && minutesAfter.stdout.contains("Trưởng cụm: Thọ Xuân"))
    }

    @Test func anUnknownUnitOrAwardListsWhatExistsAndABadCountIsRefused() throws {
        let thidua = try withDemo()
        let before = try thidua.run(["verify"]).stdout
        let unit = try thidua.run(["vote"] + Self.hp + ["--unit", "Hải An", "--award", "co-cp", "--present", "8", "--for", "8", "--against", "0"])
        #expect(unit.status != 0)
        #expect(unit.stderr.contains("\"Hải An\"") && unit.stderr.contains("Vĩnh Bảo, Thủy Nguyên, An Lão"))
        let award = try thidua.run(["vote"] + Self.hp + ["--unit", "An Lão", "--award", "co-tw", "--present", "8", "--for", "8", "--against", "0"])
        #expect(award.status != 0)
        #expect(award.stderr.contains("\"co-tw\"") && award.stderr.contains("co-cp (Cờ thi đua của Chính phủ)") && award.stderr.contains("bk-chuyen-de"))
        let tooMany = try thidua.run(["vote"] + Self.hp + ["--unit", "An Lão", "--award", "bk-toan-dien", "--present", "9", "--for", "8", "--against", "0"])
        #expect(tooMany.status != 0 && tooMany.stderr.contains("(9)"))
        #expect(try thidua.run(["verify"]).stdout == before, "nothing was written")
    }

    @Test func formatsThatDoNotExistSaySo() throws {
        let thidua = try withDemo()
        let cases = [("minutes", "csv", "md, txt, docx"), ("minutes", "html", "md, txt, docx"), ("proposals", "html", "csv, md, txt, xlsx"),
                     ("pledge", "html", "csv, md, txt, docx, xlsx"), ("roster", "txt", "csv, md, xlsx"), ("ranking", "docx", "csv, md, txt, html, xlsx"),
                     ("minutes", "xlsx", "md, txt, docx")]
        for (kind, format, available) in cases {
            let result = try thidua.run(["export", kind] + Self.hp + ["--format", format])
            #expect(result.status != 0, "\(kind) \(format)")
            // The error names the formats that do exist.
            #expect(result.stderr.contains("Không có định dạng \(format) cho \(kind): dùng \(available)."), "\(result.stderr)")
        }
        // The proposals in Markdown and text, in both languages.
        let markdown = try thidua.run(["export", "proposals"] + Self.hp + ["--format", "md"]).stdout
        #expect(markdown.hasPrefix("# Danh sách đề nghị khen thưởng — Cụm thi đua Khối huyện (HP-KH), năm 2023\n"))
        #expect(markdown.contains("## 1. Cờ thi đua của Chính phủ (chỉ tiêu 1)"))
        let english = try thidua.run(["export", "proposals"] + Self.hp + ["--format", "txt", "--lang", "en"]).stdout
        #expect(english.hasPrefix("AWARD PROPOSALS — CỤM THI ĐUA KHỐI HUYỆN (HP-KH), 2023\n"))
    }
}

/// Rows of a CSV text (quoted fields, doubled quotes, CRLF), without a CSV library; the
/// byte-order mark every export starts with is dropped, as Excel drops it.
enum CSVText {
    static func rows(_ text: String) -> [[String]] {
        let text = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var characters = text.makeIterator()
        var pending: Character? = nil
        while let character = pending ?? characters.next() {
            pending = nil
            if quoted {
                if character == "\"" {
                    let next = characters.next()
                    if next == "\"" { field.append("\"") } else { quoted = false; pending = next }
                } else {
                    field.append(character)
                }
                continue
            }
            switch character {
            case "\"": quoted = true
            case ",": row.append(field); field = ""
            case "\r\n", "\n": row.append(field); rows.append(row); row = []; field = ""
            default: field.append(character)
            }
        }
        if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
        return rows.filter { $0 != [""] }
    }
}
