import Emulation
import Foundation
import Testing
import TestSupport
@testable import Documents

/// The minutes in the state's format (Decree 30), from the in-memory year of DocumentTests.
@Suite struct OfficialMinutesTests {
    let fixtures = DocumentTests()

    func markdown(_ snapshot: YearSnapshot, _ words: DocumentWords = .vietnamese) -> String {
        OfficialContext(snapshot: snapshot, words: words).minutes().markdown()
    }

    @Test func theMinutesOpenWithTheNationalHeadingAndSayWhenWhereWhoAndHowMany() {
        let text = markdown(fixtures.reviewed())
        #expect(text.hasPrefix("| UBND THÀNH PHỐ HẢI PHÒNG<br>**CỤM THI ĐUA KHỐI HUYỆN** | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>**Độc lập - Tự do - Hạnh phúc** |\n"))
        #expect(text.contains("| Số:        /BB-CTĐ | _Hải Phòng, ngày 20 tháng 12 năm 2023_ |"))
        #expect(text.contains("<b>BIÊN BẢN</b><br>\n<b>Hội nghị tổng kết công tác thi đua, khen thưởng năm 2023</b>"))
        #expect(text.contains("Hôm nay, vào lúc 14 giờ 00, ngày 20 tháng 12 năm 2023, tại Hội trường UBND huyện Vĩnh Bảo, Cụm thi đua Khối huyện tổ chức"))
        for line in ["- Chủ trì: Nguyễn Văn A.", "- Thư ký: Trần Thị B.", "- Đơn vị thành viên có mặt: 8/8.",
                     "- Thành phần dự: Ban Thi đua – Khen thưởng thành phố; Lãnh đạo 8 huyện.", "Họp trực tiếp"] {
            #expect(text.contains(line + "\n"), "\(line)")
        }
        #expect(text.contains("| Hạng | Đơn vị | TC 1 | TC 2 | TC 3 | Thưởng | Trừ | Tổng | Xếp loại | Đề nghị |"))
        #expect(text.contains("| 1 | Vĩnh Bảo | 49,40 | 29,40 | 19,70 | 0,00 | 0,00 | 98,50 | xuất sắc | Cờ CP |"))
        #expect(text.contains("từ 2/3 số thành viên (tối thiểu 6/8 đơn vị)") && text.contains("trên 1/2 số thành viên có mặt"))
        #expect(text.contains("| Vĩnh Bảo | Cờ CP | 8 | 7 | 1 | thông qua |"))
        #expect(text.contains("| Thủy Nguyên | Cờ tỉnh | 3 | 3 | 0 | không đủ số có mặt |"))
        // The recipients as the province words them; the city's flag under the city's name.
        #expect(text.contains("Cờ thi đua của Chính phủ (chỉ tiêu 1):\n\n1. Cán bộ và Nhân dân huyện Vĩnh Bảo — hạng 1/8, 98,50 điểm, xuất sắc, đã đăng ký Cờ CP\n"))
        #expect(text.contains("Cờ thi đua của UBND thành phố Hải Phòng (chỉ tiêu 1):"))
        #expect(text.contains("- Cát Hải — hạng 7/8, 76,00 điểm, tốt; không đủ điều kiện khen thưởng: đang bị thanh tra, kiểm tra (2023)"))
        #expect(text.contains("Trưởng cụm: Bạch Long Vĩ; phó trưởng cụm: Kiến Thụy (bầu chọn, bàn giao ngày 20/12/2023)"))
        #expect(text.contains("Hội nghị kết thúc vào lúc 17 giờ 00 cùng ngày."))
        #expect(text.contains("| **THƯ KÝ**<br>_(Ký, ghi rõ họ tên)_<br><br>**Trần Thị B** | **CHỦ TRÌ HỘI NGHỊ**<br>_(Ký, ghi rõ họ tên)_<br><br>**Nguyễn Văn A** |"))
        let positions = ["I. THÀNH PHẦN", "II. NỘI DUNG", "### 1. Kết quả", "### 2. Biểu quyết", "### 3. Đề nghị", "### 4. Bàn giao", "kết thúc vào lúc",
                         "**THƯ KÝ**"].map { text.range(of: $0)?.lowerBound }
        #expect(positions.allSatisfy { $0 != nil })
        #expect(positions.compactMap { $0 } == positions.compactMap { $0 }.sorted())
    }

    @Test func nothingRecordedLeavesBlanksToFillInAndSaysNoHandover() {
        let text = markdown(DemoYear.snapshot())
        #expect(text.contains("| Số:        /BB-CTĐ | _Hải Phòng, ngày    tháng    năm 2024_ |"))
        #expect(text.contains("Hôm nay, vào lúc … giờ …, ngày … tháng … năm …, tại ……,"))
        #expect(text.contains("- Chủ trì: ……\n- Thư ký: ……\n- Đơn vị thành viên có mặt: …/8.\n"))
        #expect(text.contains("Chưa ghi kết quả biểu quyết nào."))
        #expect(text.contains("### 4. Bàn giao nhiệm vụ trưởng cụm năm 2024\n\nChưa bàn giao.\n"))
        #expect(!text.contains("Thành phần dự"), "no attendee, no line")
    }

    @Test func aHandoverForAnotherYearIsNotTheNextHead() {
        var snapshot = fixtures.reviewed()
        snapshot.handovers = [Handover(forYear: 2023, head: 1, deputy: nil, headName: "Vĩnh Bảo", deputyName: nil, method: .rotation,
                                       date: CalendarDate(year: 2022, month: 12, day: 20)!)]
        #expect(markdown(snapshot).contains("Chưa bàn giao."))
    }

    @Test func theNextYearsPledgeSignedAtTheMeetingHasItsPart() {
        var next = DemoYear.snapshot()
        next.reference = ClusterYearReference(id: 2, clusterID: 1, clusterCode: "HP-KH", year: 2024, status: .pledge)
        next.pledge.signatures[1] = Pledge.Signature(signer: "Nguyễn Văn A", position: "Chủ tịch", date: CalendarDate(year: 2024, month: 2, day: 28)!,
                                                     tasksVersion: next.pledge.tasksVersion)
        let minutes = OfficialContext(snapshot: fixtures.reviewed(), next: next, words: .vietnamese).minutes()
        #expect(minutes.summary == ["Hội nghị tổng kết công tác thi đua, khen thưởng năm 2023", "và ký kết giao ước thi đua năm 2024"])
        let text = minutes.markdown()
        #expect(text.contains("### 4. Ký kết giao ước thi đua năm 2024\n\nĐã ký giao ước: 1/8 đơn vị thành viên.\n"))
        #expect(text.contains("### 5. Bàn giao nhiệm vụ trưởng cụm năm 2024"))
    }

    @Test func aFailedVoteShowsAndMovesTheProposals() {
        var snapshot = DemoYear.snapshot()
        snapshot.votes = [VoteTally(unitID: 2, award: RuleSet.provincialFlag, present: 8, votesFor: 2, votesAgainst: 6)]
        let text = markdown(snapshot)
        #expect(text.contains("| Thủy Nguyên | Cờ tỉnh | 8 | 2 | 6 | không thông qua |"))
        // An Lão (91,00, excellent) takes the freed city flag; Thủy Nguyên drops to a comprehensive certificate.
        #expect(text.contains("Cờ thi đua của UBND thành phố Hải Phòng (chỉ tiêu 1):\n\n1. Cán bộ và Nhân dân huyện An Lão"))
        #expect(text.contains("1. Cán bộ và Nhân dân huyện Thủy Nguyên — hạng 2/8, 94,75 điểm, xuất sắc; Cờ tỉnh: không được biểu quyết thông qua"))
    }

    /// A rule that cites its source is cited where it is applied; a default cites nothing.
    @Test func theMinutesCiteTheRulesSources() {
        var snapshot = DemoYear.snapshot()
        snapshot.rules.sources[.votes] = "Quy chế hoạt động của cụm, Điều 7"
        snapshot.rules.sources[.awards] = "QĐ 123/QĐ-UBND ngày 05/01/2024"
        snapshot.rules.awards[1].source = "Luật Thi đua, khen thưởng 2022, Điều 26"
        snapshot.rules.voteBase = .allMembers
        let text = markdown(snapshot)
        #expect(text.contains("trên 1/2 tổng số thành viên của cụm. Căn cứ: Quy chế hoạt động của cụm, Điều 7."))
        #expect(text.contains("### 3. Đề nghị khen thưởng\n\nCăn cứ: QĐ 123/QĐ-UBND ngày 05/01/2024."))
        #expect(text.contains("Cờ thi đua của UBND thành phố Hải Phòng (chỉ tiêu 1):\n\nCăn cứ: Luật Thi đua, khen thưởng 2022, Điều 26.\n"))
        let review = snapshot.review()
        let words = DocumentWords.vietnamese
        #expect(words.sources(review.proposal(unitID: 7)!, rules: snapshot.rules, decidedByTieBreak: false) == ["Nghị định 152/2025/NĐ-CP, Điều 4"])
        // DOMAIN.md's defaults have no source but eligibility's: the standard minutes cite nothing else.
        let plain = markdown(DemoYear.snapshot())
        #expect(!plain.contains("Căn cứ: QĐ") && !plain.contains("Quy chế"))
        #expect(plain.contains("Căn cứ: Nghị định 152/2025/NĐ-CP, Điều 4."))
    }

    @Test func deferredUnitsAreListedAsNotYetConsidered() {
        var snapshot = DemoYear.snapshot()
        snapshot.rules.eligibility.treatment = .deferred
        #expect(markdown(snapshot).contains("Đơn vị chưa xét khen thưởng:\n\n- Cát Hải — "))
        snapshot.rules.eligibility.causes = [.discipline, .investigation, .complaint]
        #expect(!markdown(snapshot).contains("- Cát Hải — "), "inspections no longer bar: Cát Hải is proposed")
    }

    @Test func minutesInEnglish() {
        let text = markdown(fixtures.reviewed(), .english)
        #expect(text.hasPrefix("| UBND THÀNH PHỐ HẢI PHÒNG<br>**CỤM THI ĐUA KHỐI HUYỆN** | SOCIALIST REPUBLIC OF VIET NAM<br>**Independence - Freedom - Happiness** |"))
        #expect(text.contains("_Hải Phòng, 20 December 2023_") && text.contains("<b>MINUTES</b>"))
        #expect(text.contains("Today, at 14:00 on 20 December 2023, at Hội trường UBND huyện Vĩnh Bảo, Cụm thi đua Khối huyện held"))
        #expect(text.contains("- Member units present: 8/8.") && text.contains("| Rank | Unit | C1 | C2 | C3 | Bonus | Deduct. | Total | Class | Proposal |"))
        #expect(text.contains("| Vĩnh Bảo | Gov. flag | 8 | 7 | 1 | passed |") && text.contains("| no quorum |"))
        #expect(text.contains("Head: Bạch Long Vĩ; deputy head: Kiến Thụy (elected, handed over on 20/12/2023)"))
        #expect(text.contains("**SECRETARY**") && text.contains("**CHAIR OF THE CONFERENCE**"))
        #expect(!text.contains("Biên bản") && !text.contains("Trưởng cụm") && !text.contains("Hôm nay"))
    }

    @Test func printedMinutesPutTheHeadingsSideBySideAndKeepTheTableWhenItFits() {
        let text = OfficialContext(snapshot: fixtures.reviewed(), words: .vietnamese).minutes().text()
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[0].contains("UBND THÀNH PHỐ HẢI PHÒNG") && lines[0].contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"))
        #expect(lines[1].contains("CỤM THI ĐUA KHỐI HUYỆN") && lines[1].contains("Độc lập - Tự do - Hạnh phúc"))
        #expect(lines.contains { $0.contains("Số:        /BB-CTĐ") && $0.contains("Hải Phòng, ngày 20 tháng 12 năm 2023") })
        #expect(lines.contains { $0.trimmingCharacters(in: .whitespaces) == "BIÊN BẢN" })
        #expect(text.contains("Vĩnh Bảo     Cờ CP"))
        #expect(lines.contains { $0.trimmingCharacters(in: .whitespaces) == "THƯ KÝ                            CHỦ TRÌ HỘI NGHỊ" })
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 78 })
    }
}
