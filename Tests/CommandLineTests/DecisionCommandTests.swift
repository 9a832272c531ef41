import Foundation
import Testing

/// `thidua decision` and `thidua export history` through the executable.
@Suite struct DecisionCommandTests {
    static let hp = ["--cluster", "HP-KH", "--year", "2023"]

    @Test func aDecisionIsRecordedListedCorrectedAndRemoved() throws {
        let thidua = try withDemo()
        #expect(try thidua.run(["decision"] + Self.hp).stdout == "Cụm HP-KH năm 2023 chưa có quyết định khen thưởng nào.\n")
        let granted = try thidua.run(["decision"] + Self.hp + ["--unit", "vinh bao", "--number", "123/QĐ-TTg", "--date", "05/05/2024", "--granted"])
        #expect(granted.status == 0, "\(granted.stderr)")
        #expect(granted.stdout == """
            Đã ghi quyết định khen thưởng cho Vĩnh Bảo.
              QĐ 123/QĐ-TTg ngày 05/05/2024 của Thủ tướng Chính phủ: được tặng Cờ thi đua của Chính phủ.

            """, "the authority is the award's, from the rules")
        let other = try thidua.run(["decision"] + Self.hp + ["--unit", "Thủy Nguyên", "--number", "9/QĐ-UBND", "--date", "2024-04-10",
                                                             "--granted-as", "bk-toan-dien", "--authority", "Chủ tịch UBND thành phố Hải Phòng"])
        #expect(other.status == 0, "\(other.stderr)")
        let listed = try thidua.run(["decision"] + Self.hp + ["--lang", "en"]).stdout
        #expect(listed == """
            Vĩnh Bảo: Decision 123/QĐ-TTg of 05/05/2024 by Thủ tướng Chính phủ: granted Government emulation flag.
            Thủy Nguyên: Decision 9/QĐ-UBND of 10/04/2024 by Chủ tịch UBND thành phố Hải Phòng: granted Certificate of merit (comprehensive).

            """)
        let removed = try thidua.run(["decision"] + Self.hp + ["--unit", "Vĩnh Bảo", "--remove"])
        #expect(removed.status == 0 && removed.stdout.contains("Đã xóa quyết định khen thưởng của Vĩnh Bảo"))
        #expect(!(try thidua.run(["decision"] + Self.hp).stdout.contains("Vĩnh Bảo")))
        #expect(try thidua.run(["verify"]).status == 0)
    }

    @Test func aWrongDecisionIsRefusedAndWritesNothing() throws {
        let thidua = try withDemo()
        let before = try thidua.run(["verify"]).stdout
        let base = ["decision"] + Self.hp + ["--unit", "An Lão", "--date", "05/05/2024"]
        let cases: [([String], String)] = [
            (["--number", "1/QĐ"], "Cần đúng một trong --granted, --not-granted hoặc --granted-as"),
            (["--number", "1/QĐ", "--granted", "--not-granted"], "Cần đúng một trong"),
            (["--number", " ", "--granted"], "Cần số quyết định."),
            (["--number", "1/QĐ", "--granted-as", "co-tw"], "Quy tắc của năm không có hình thức \"co-tw\"."),
            (["--number", "1/QĐ", "--granted-as", "bk-toan-dien"], "chọn hình thức khác với hình thức đề nghị"),
        ]
        for (extra, message) in cases {
            let result = try thidua.run(base + extra)
            #expect(result.status != 0 && result.stderr.contains(message), "\(extra): \(result.stderr)")
        }
        let badDate = try thidua.run(["decision"] + Self.hp + ["--unit", "An Lão", "--date", "31/02/2024", "--number", "1", "--granted"])
        #expect(badDate.status != 0 && badDate.stderr.contains("31/02/2024"))
        let scoring = try thidua.run(["decision", "--cluster", "HN-10", "--year", "2020", "--unit", "Sóc Sơn", "--number", "1", "--date", "05/05/2024",
                                      "--granted"])
        #expect(scoring.status != 0 && scoring.stderr.contains("thidua year advance --cluster HN-10 --year 2020"), "\(scoring.stderr)")
        #expect(try thidua.run(["verify"]).stdout == before, "nothing was written")
    }

    @Test func theHistoryIsExportedWithTheDecisions() throws {
        let thidua = try withDemo()
        #expect(try thidua.run(["decision"] + Self.hp + ["--unit", "Vĩnh Bảo", "--number", "123/QĐ-TTg", "--date", "05/05/2024", "--granted"]).status == 0)
        #expect(try thidua.run(["year", "advance"] + Self.hp).status == 0)
        #expect(try thidua.run(["year", "next"] + Self.hp).status == 0)
        let csv = try thidua.run(["export", "history", "--cluster", "HP-KH", "--year", "2024", "--format", "csv"])
        #expect(csv.status == 0, "\(csv.stderr)")
        let rows = CSVText.rows(csv.stdout)
        #expect(rows.first == ["Đơn vị", "Năm", "Cụm", "Hạng", "Tổng", "Xếp loại", "Đề nghị", "Quyết định", "Được tặng"])
        #expect(rows.count == 9, "one row per unit: 2024 has no result yet")
        let vinhBao = try #require(rows.first { $0.first == "Vĩnh Bảo" })
        #expect(vinhBao == ["Vĩnh Bảo", "2023", "HP-KH", "1/8", "96,50", "Hoàn thành xuất sắc nhiệm vụ", "Cờ thi đua của Chính phủ",
                            "123/QĐ-TTg (05/05/2024, Thủ tướng Chính phủ): được tặng", "Cờ thi đua của Chính phủ"])
    }
}
