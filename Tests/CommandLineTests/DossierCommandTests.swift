import Foundation
import Testing
import TestSupport

/// `thidua dossier` through the built executable, on the demo: every document in one folder, the
/// checklist, a report its unit completed in Word kept as it is; and the count record's options
/// of `thidua vote`.
@Suite struct DossierCommandTests {
    static let hp = ["--cluster", "HP-KH", "--year", "2023"]

    /// The meeting recorded in full, the Government flag voted with its count record.
    func recordedDemo() throws -> ThiduaProcess {
        let thidua = try withDemo()
        let meeting = try thidua.run(["meeting"] + Self.hp + ["--date", "28/02/2024", "--start", "14:00", "--end", "16h30", "--members-present", "8",
                                                              "--place", "UBND huyện Vĩnh Bảo", "--chair", "Nguyễn Văn A", "--secretary", "Trần Thị B"])
        #expect(meeting.status == 0, "\(meeting.stderr)")
        let vote = try thidua.run(["vote"] + Self.hp + ["--unit", "Vĩnh Bảo", "--award", "co-cp", "--present", "8", "--for", "7", "--against", "0",
                                                        "--ballots", "8", "--invalid", "1"])
        #expect(vote.status == 0, "\(vote.stderr)")
        return thidua
    }

    @Test func theDossierWritesEveryDocumentAndItsChecklist() throws {
        let thidua = try recordedDemo()
        let result = try thidua.run(["dossier"] + Self.hp + ["-o", "ho-so"])
        #expect(result.status == 0, "\(result.stderr)")
        let names = try FileManager.default.contentsOfDirectory(atPath: thidua.path("ho-so")).sorted()
        #expect(names == ["00-danh-muc.txt", "01-bien-ban.docx", "02-bien-ban-kiem-phieu-vinh-bao-co-cp.docx", "03-to-trinh-thu-tuong-chinh-phu.docx",
                          "04-to-trinh-ubnd-thanh-pho-hai-phong.docx", "05-to-trinh-chu-tich-ubnd-thanh-pho-hai-phong.docx",
                          "06-bao-cao-vinh-bao.docx", "07-bao-cao-thuy-nguyen.docx", "08-bao-cao-an-lao.docx", "09-bao-cao-kien-thuy.docx",
                          "10-bao-cao-tien-lang.docx", "11-bao-cao-an-duong.docx", "12-bao-cao-cat-hai.docx", "13-bao-cao-bach-long-vi.docx",
                          "14-giao-uoc-thi-dua-2023.docx"])
        #expect(result.stderr.contains("Đã ghi 14 tệp vào") && result.stderr.contains("còn thiếu"))
        let checklist = try String(contentsOfFile: thidua.path("ho-so/00-danh-muc.txt"), encoding: .utf8)
        #expect(checklist == result.stdout)
        #expect(checklist.hasPrefix("HỒ SƠ ĐỀ NGHỊ KHEN THƯỞNG NĂM 2023 — CỤM THI ĐUA KHỐI HUYỆN\n"))
        // The meeting is recorded in full and the Government flag's ballots are counted: neither is missing.
        #expect(!checklist.contains("Hội nghị: chưa ghi") && !checklist.contains("Vĩnh Bảo — Cờ CP"))
        #expect(checklist.contains("- Thủy Nguyên — Cờ tỉnh: chưa biểu quyết."))
        #expect(checklist.contains("- Vĩnh Bảo: báo cáo thành tích còn phần đơn vị chưa bổ sung (06-bao-cao-vinh-bao)."))
        #expect(checklist.contains("Niêm phong nhật ký: "))
        #expect(try thidua.run(["verify"]).status == 0)
    }

    /// The unit completes its report in Word (python-docx stands in) and the clerk runs the
    /// dossier again: the report is kept byte for byte and is no longer missing.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/python3"), "Debian's python3 is missing"))
    func aReportTheUnitCompletedIsKeptAndNoLongerMissing() throws {
        let thidua = try recordedDemo()
        #expect(try thidua.run(["dossier"] + Self.hp + ["-o", "ho-so", "--format", "docx", "--format", "md"]).status == 0)
        let report = thidua.path("ho-so/06-bao-cao-vinh-bao.docx")
        let script = """
            import sys, docx
            document = docx.Document(sys.argv[1])
            for paragraph in document.paragraphs:
                if "[…]" in paragraph.text:
                    paragraph.text = "Huyện Vĩnh Bảo hoàn thành vượt mức các chỉ tiêu năm 2023."
            document.save(sys.argv[1])
            """
        try thidua.write("complete.py", script)
        _ = try ExternalProgram.output("/usr/bin/python3", [thidua.path("complete.py"), report])
        let completed = try Data(contentsOf: URL(fileURLWithPath: report))
        // The Markdown copy still has its placeholders, but the Word file is done: the unit's report counts as completed.
        let again = try thidua.run(["dossier"] + Self.hp + ["-o", "ho-so", "--format", "docx", "--format", "md"])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: report)) == completed, "never written over")
        #expect(!again.stdout.contains("- Vĩnh Bảo: báo cáo thành tích"))
        #expect(again.stdout.contains("- Thủy Nguyên: báo cáo thành tích"))
        #expect(again.stdout.contains("06-bao-cao-vinh-bao.docx, 06-bao-cao-vinh-bao.md — BÁO CÁO") && again.stdout.contains("(giữ bản đơn vị đã hoàn thiện)"))
    }

    @Test func aWrongFormatOrFolderIsRefusedByName() throws {
        let thidua = try withDemo()
        let csv = try thidua.run(["dossier"] + Self.hp + ["-o", "ho-so", "--format", "csv"])
        #expect(csv.status != 0 && csv.stderr.contains("csv") && csv.stderr.contains("docx, md, txt"), "\(csv.stderr)")
        try thidua.write("a-file", "x")
        let folder = try thidua.run(["dossier"] + Self.hp + ["-o", "a-file"])
        #expect(folder.status != 0 && folder.stderr.contains("a-file"), "\(folder.stderr)")
        let english = try thidua.run(["dossier"] + Self.hp + ["-o", "dossier-en", "--format", "md", "--lang", "en"])
        #expect(english.status == 0 && english.stdout.hasPrefix("AWARD DOSSIER FOR 2023 — CỤM THI ĐUA KHỐI HUYỆN"), "\(english.stderr)")
        let minutes = try String(contentsOfFile: thidua.path("dossier-en/01-minutes.md"), encoding: .utf8)
        #expect(minutes.contains("SOCIALIST REPUBLIC OF VIET NAM") && minutes.contains("<b>MINUTES</b>"))
    }

    @Test func aVotesCountRecordMustAddUp() throws {
        let thidua = try withDemo()
        let vote = ["vote"] + Self.hp + ["--unit", "Vĩnh Bảo", "--award", "co-cp", "--present", "8", "--for", "7", "--against", "0"]
        let more = try thidua.run(vote + ["--ballots", "9", "--invalid", "2"])
        #expect(more.status != 0 && more.stderr.contains("Số phiếu thu vào (9) nhiều hơn số thành viên có mặt (8)"), "\(more.stderr)")
        let sum = try thidua.run(vote + ["--ballots", "8"])
        #expect(sum.status != 0 && sum.stderr.contains("cộng lại là 7, khác số phiếu thu vào (8)"), "\(sum.stderr)")
        let alone = try thidua.run(vote + ["--invalid", "1"])
        #expect(alone.status != 0 && alone.stderr.contains("cần ghi cả số phiếu thu vào"), "\(alone.stderr)")
        #expect(try thidua.run(vote + ["--ballots", "8", "--invalid", "1"]).status == 0)
        let record = try thidua.sqlite("SELECT ballots, invalid FROM vote")
        #expect(record.trimmingCharacters(in: .whitespacesAndNewlines) == "8|1")
        #expect(try thidua.run(["verify"]).status == 0)
    }
}
