import Emulation
import Foundation
import Testing
import TestSupport
@testable import Documents

/// The minutes, the list of award proposals and the HTML report, built from an in-memory
/// cluster-year (DemoYear: 8 units, the 7th under inspection, the 1st registered for the
/// Government flag), in Vietnamese and English.
@Suite struct DocumentTests {
    static let meeting = MeetingRecord(date: CalendarDate(year: 2023, month: 12, day: 20), place: "Hội trường UBND huyện Vĩnh Bảo",
                                       chair: "Nguyễn Văn A", secretary: "Trần Thị B",
                                       attendees: ["Ban Thi đua – Khen thưởng thành phố", "Lãnh đạo 8 huyện"], note: "Họp trực tiếp")

    /// The fixture with a meeting, a vote on each flag and the hand-over for 2024.
    func reviewed() -> YearSnapshot {
        var snapshot = DemoYear.snapshot()
        snapshot.meeting = Self.meeting
        snapshot.votes = [VoteTally(unitID: 1, award: RuleSet.governmentFlag, present: 8, votesFor: 7, votesAgainst: 1),
                          VoteTally(unitID: 2, award: RuleSet.provincialFlag, present: 3, votesFor: 3, votesAgainst: 0)]
        snapshot.handovers = [Handover(forYear: 2024, head: 8, deputy: 4, headName: "Bạch Long Vĩ", deputyName: "Kiến Thụy",
                                       method: .election, date: CalendarDate(year: 2023, month: 12, day: 20)!)]
        return snapshot
    }

    /// Kiến Thụy (id 4) and Tiên Lãng (id 5) with equal scores: tied for the last comprehensive certificate.
    func tied() -> YearSnapshot {
        var snapshot = DemoYear.snapshot()
        snapshot.scores[5] = snapshot.scores[4]
        return snapshot
    }

    func pairs(_ table: TextTable) -> [[String]] { table.rows.map { [$0[1], $0[2]] } }

    @Test func minutesCarryTheMeetingTheRankingTheVotesTheProposalsAndTheNextHead() {
        let text = MinutesDocument(reviewed()).markdown(.vietnamese)
        #expect(text.hasPrefix("# Biên bản họp bình xét thi đua năm 2023\n"))
        #expect(text.contains("**Cụm thi đua Khối huyện (HP-KH)** — UBND thành phố Hải Phòng"))
        for line in ["- Thời gian: 20/12/2023", "- Địa điểm: Hội trường UBND huyện Vĩnh Bảo", "- Chủ trì: Nguyễn Văn A", "- Thư ký: Trần Thị B",
                     "- Thành phần tham dự: Ban Thi đua – Khen thưởng thành phố; Lãnh đạo 8 huyện", "- Ghi chú: Họp trực tiếp"] {
            #expect(text.contains(line + "\n"), "\(line)")
        }
        #expect(text.contains("| Hạng | Đơn vị | TC 1 | TC 2 | TC 3 | Thưởng | Trừ | Tổng | Xếp loại | Đề nghị |"))
        #expect(text.contains("| 1 | Vĩnh Bảo | 49,40 | 29,40 | 19,70 | 0,00 | 0,00 | 98,50 | xuất sắc | Cờ CP |"))
        #expect(text.contains("từ 2/3 số thành viên (tối thiểu 6/8 đơn vị)") && text.contains("trên 1/2 số thành viên có mặt"))
        #expect(text.contains("| Vĩnh Bảo | Cờ CP | 8 | 7 | 1 | thông qua |"))
        #expect(text.contains("| Thủy Nguyên | Cờ tỉnh | 3 | 3 | 0 | không đủ số có mặt |"))
        #expect(text.contains("### Cờ thi đua của Chính phủ (chỉ tiêu 1)\n\n1. Vĩnh Bảo — hạng 1/8, 98,50 điểm, xuất sắc, đã đăng ký Cờ CP\n"))
        #expect(text.contains("### Bằng khen chuyên đề (không giới hạn chỉ tiêu)\n\n1. Tiên Lãng"))
        #expect(text.contains("## IV. Đơn vị không đủ điều kiện khen thưởng\n\n- Cát Hải: đang bị thanh tra, kiểm tra (2023)\n"))
        #expect(text.contains("Trưởng cụm: Bạch Long Vĩ; phó trưởng cụm: Kiến Thụy (bầu chọn, bàn giao ngày 20/12/2023)"))
        #expect(text.contains("| THƯ KÝ | CHỦ TRÌ |") && text.hasSuffix("| Trần Thị B | Nguyễn Văn A |\n"))
        // The sections come in order.
        let positions = ["## I.", "## II.", "## III.", "## IV.", "## V.", "| THƯ KÝ"].map { text.range(of: $0)?.lowerBound }
        #expect(positions.allSatisfy { $0 != nil })
        #expect(positions.compactMap { $0 } == positions.compactMap { $0 }.sorted())
    }

    @Test func minutesWithNothingRecordedNameTheMembersAndSayNoHandover() {
        let text = MinutesDocument(DemoYear.snapshot()).markdown(.vietnamese)
        #expect(text.contains("- Thời gian: chưa ghi\n- Địa điểm: chưa ghi\n- Chủ trì: chưa ghi\n- Thư ký: chưa ghi\n"))
        #expect(text.contains("- Thành phần tham dự: đại diện các đơn vị thành viên: Vĩnh Bảo, Thủy Nguyên, An Lão"))
        #expect(text.contains("_Chưa ghi kết quả biểu quyết nào._"))
        #expect(text.contains("## V. Trưởng cụm, phó trưởng cụm năm 2024\n\nChưa bàn giao.\n"))
        #expect(!text.contains("Ghi chú: "), "no note, no note line")
    }

    @Test func aHandoverForAnotherYearIsNotTheNextHead() {
        var snapshot = reviewed()
        snapshot.handovers = [Handover(forYear: 2023, head: 1, deputy: nil, headName: "Vĩnh Bảo", deputyName: nil, method: .rotation,
                                       date: CalendarDate(year: 2022, month: 12, day: 20)!)]
        #expect(MinutesDocument(snapshot).nextHandover == nil)
        #expect(MinutesDocument(snapshot).markdown(.vietnamese).contains("Chưa bàn giao."))
    }

    @Test func aFailedVoteShowsInTheMinutesAndMovesTheProposals() {
        var snapshot = DemoYear.snapshot()
        snapshot.votes = [VoteTally(unitID: 2, award: RuleSet.provincialFlag, present: 8, votesFor: 2, votesAgainst: 6)]
        let text = MinutesDocument(snapshot).markdown(.vietnamese)
        #expect(text.contains("| Thủy Nguyên | Cờ tỉnh | 8 | 2 | 6 | không thông qua |"))
        // An Lão (91,00, excellent) takes the freed city flag; Thủy Nguyên drops to a comprehensive certificate.
        #expect(text.contains("### Cờ thi đua của UBND tỉnh/thành phố (chỉ tiêu 1)\n\n1. An Lão"))
        #expect(text.contains("1. Thủy Nguyên — hạng 2/8, 94,75 điểm, xuất sắc; Cờ tỉnh: không được biểu quyết thông qua"))
    }

    /// A rule that cites its source is cited where it is applied; a default cites nothing.
    @Test func theMinutesAndTheReasonsCiteTheRulesSources() {
        var snapshot = DemoYear.snapshot()
        snapshot.rules.sources[.votes] = "Quy chế hoạt động của cụm, Điều 7"
        snapshot.rules.sources[.awards] = "QĐ 123/QĐ-UBND ngày 05/01/2024"
        snapshot.rules.awards[1].source = "Luật Thi đua, khen thưởng 2022, Điều 26"
        snapshot.rules.voteBase = .allMembers
        let text = MinutesDocument(snapshot).markdown(.vietnamese)
        #expect(text.contains("trên 1/2 tổng số thành viên của cụm. Căn cứ: Quy chế hoạt động của cụm, Điều 7."))
        #expect(text.contains("## III. Đề nghị khen thưởng\n\nCăn cứ: QĐ 123/QĐ-UBND ngày 05/01/2024."))
        #expect(text.contains("### Cờ thi đua của UBND tỉnh/thành phố (chỉ tiêu 1)\n\n_Căn cứ: Luật Thi đua, khen thưởng 2022, Điều 26._"))
        // The unit under inspection (7th) cites Decree 152 in the reasons' sources.
        let review = snapshot.review()
        let words = DocumentWords.vietnamese
        #expect(words.sources(review.proposal(unitID: 7)!, rules: snapshot.rules, decidedByTieBreak: false) == ["Nghị định 152/2025/NĐ-CP, Điều 4"])
        #expect(words.sources(review.proposal(unitID: 2)!, rules: snapshot.rules, decidedByTieBreak: false)
            == ["Luật Thi đua, khen thưởng 2022, Điều 26", "QĐ 123/QĐ-UBND ngày 05/01/2024"])
        // DOMAIN.md's defaults have no source but eligibility's: the standard minutes cite nothing else.
        let plain = MinutesDocument(DemoYear.snapshot()).markdown(.vietnamese)
        #expect(!plain.contains("Căn cứ: QĐ") && !plain.contains("Quy chế"))
        #expect(plain.contains("Căn cứ: Nghị định 152/2025/NĐ-CP, Điều 4."))
    }

    @Test func deferredUnitsAreSaidToBeNotYetConsideredAndACauseTheRulesDoNotListBarsNothing() {
        var snapshot = DemoYear.snapshot()
        snapshot.rules.eligibility.treatment = .deferred
        let review = snapshot.review()
        #expect(DocumentWords.vietnamese.proposalLabel(review.proposal(unitID: 7)!, rules: snapshot.rules) == "chưa xét")
        let text = MinutesDocument(snapshot).markdown(.vietnamese)
        #expect(text.contains("## IV. Đơn vị chưa xét khen thưởng\n\n- Cát Hải"))
        // Inspections no longer bar a proposal: Cát Hải is proposed, and section IV is empty.
        snapshot.rules.eligibility.causes = [.discipline, .investigation, .complaint]
        #expect(snapshot.review().proposal(unitID: 7)?.award != nil)
        #expect(MinutesDocument(snapshot).markdown(.vietnamese).contains("## IV. Đơn vị chưa xét khen thưởng\n\nKhông có."))
    }

    @Test func minutesInEnglish() {
        let text = MinutesDocument(reviewed()).markdown(.english)
        #expect(text.hasPrefix("# Minutes of the 2023 emulation review meeting\n"))
        #expect(text.contains("- Date: 20/12/2023") && text.contains("- Chair: Nguyễn Văn A") && text.contains("- Attendees: Ban Thi đua"))
        #expect(text.contains("| Rank | Unit | C1 | C2 | C3 | Bonus | Deduct. | Total | Class | Proposal |"))
        #expect(text.contains("at least 2/3 of the members are present (at least 6 of 8 units)"))
        #expect(text.contains("| Vĩnh Bảo | Gov. flag | 8 | 7 | 1 | passed |") && text.contains("| no quorum |"))
        #expect(text.contains("## IV. Units not eligible for awards\n\n- Cát Hải: "))
        #expect(text.contains("Head: Bạch Long Vĩ; deputy head: Kiến Thụy (elected, handed over on 20/12/2023)"))
        #expect(text.contains("| SECRETARY | CHAIR |"))
        #expect(!text.contains("Biên bản") && !text.contains("Trưởng cụm"))
    }

    @Test func proposalsAreGroupedByAwardInTheRuleSetsOrderThenByRank() {
        let document = ProposalsDocument(DemoYear.snapshot())
        #expect(document.groups.map(\.award.code) == RuleSet.standard.awards.map(\.code))
        let table = document.table(.vietnamese)
        #expect(table.header == ["Hình thức khen thưởng", "Mã", "Đơn vị", "Hạng", "Tổng", "Xếp loại", "Lý do"])
        #expect(pairs(table) == [["co-cp", "Vĩnh Bảo"], ["co-tinh", "Thủy Nguyên"], ["bk-toan-dien", "An Lão"], ["bk-toan-dien", "Kiến Thụy"],
                                 ["bk-chuyen-de", "Tiên Lãng"], ["bk-chuyen-de", "An Dương"], ["bk-chuyen-de", "Bạch Long Vĩ"]],
                "Cát Hải, under inspection, is proposed for nothing and is not a row")
        #expect(table.rows[0] == ["Cờ thi đua của Chính phủ", "co-cp", "Vĩnh Bảo", "1", "98,50", "Hoàn thành xuất sắc nhiệm vụ",
                                  "hạng 1/8, 98,50 điểm, xuất sắc, đã đăng ký Cờ CP"])
        let english = document.table(.english)
        #expect(english.header == ["Award", "Code", "Unit", "Rank", "Total", "Class", "Reason"])
        #expect(english.rows[0][0] == "Government emulation flag" && english.rows[0][6].hasPrefix("rank 1/8, 98,50 points"))
    }

    @Test func proposalsAsADocumentListEveryAwardAndWhoIsNotProposed() {
        let text = ProposalsDocument(DemoYear.snapshot()).markdown(.vietnamese)
        #expect(text.hasPrefix("# Danh sách đề nghị khen thưởng — Cụm thi đua Khối huyện (HP-KH), năm 2023\n"))
        #expect(text.contains("UBND thành phố Hải Phòng · 7/8 đơn vị được đề nghị"))
        #expect(text.contains("## 1. Cờ thi đua của Chính phủ (chỉ tiêu 1)"))
        #expect(text.contains("## 4. Bằng khen chuyên đề (không giới hạn chỉ tiêu)"))
        #expect(text.contains("| 1 | Vĩnh Bảo | 1 | 98,50 | Hoàn thành xuất sắc nhiệm vụ | hạng 1/8, 98,50 điểm, xuất sắc, đã đăng ký Cờ CP |"))
        #expect(text.contains("## Không đề nghị\n\n- Cát Hải — hạng 7/8, 76,00 điểm, tốt; không đủ điều kiện khen thưởng: đang bị thanh tra, kiểm tra (2023)"))
        #expect(text.contains("**ĐƠN VỊ TRƯỞNG CỤM**") && text.hasSuffix("**Vĩnh Bảo**\n"))
        let english = ProposalsDocument(DemoYear.snapshot()).markdown(.english)
        #expect(english.hasPrefix("# Award proposals — Cụm thi đua Khối huyện (HP-KH), 2023\n"))
        #expect(english.contains("7 of 8 units proposed") && english.contains("## 3. Certificate of merit (comprehensive) (quota 2)"))
    }

    @Test func unitsTiedForAQuotaAreMarkedForTheVote() {
        let document = ProposalsDocument(tied())
        let comprehensive = document.groups.first { $0.award.code == RuleSet.comprehensiveMerit }!
        #expect(comprehensive.entries.map(\.ranked.unit.name) == ["An Lão", "Kiến Thụy", "Tiên Lãng"])
        #expect(comprehensive.entries.map(\.proposal.tiedForQuota) == [false, true, true])
        let text = document.markdown(.vietnamese)
        #expect(text.contains("Đồng hạng — cần biểu quyết: Kiến Thụy, Tiên Lãng"))
        #expect(text.contains("| 2 | Kiến Thụy | 4= |"))
        #expect(text.contains("đồng hạng — cần biểu quyết (BK toàn diện)"))
        let csv = document.table(.vietnamese)
        #expect(csv.rows.filter { $0[6].contains("đồng hạng — cần biểu quyết") }.map { $0[2] } == ["Kiến Thụy", "Tiên Lãng"])
        #expect(document.markdown(.english).contains("Tied — to be settled by vote: Kiến Thụy, Tiên Lãng"))
        #expect(MinutesDocument(tied()).markdown(.vietnamese).contains("| 4= | Kiến Thụy |"))
    }

    @Test(arguments: ["vi", "en"])
    func printedTextFitsA4(language: String) {
        var snapshot = reviewed()
        // Long names, a long chair and many attendees: the worst the page must take.
        snapshot.units[2].name = "Phường Hồng Bàng thuộc thành phố Hải Phòng (sau sắp xếp đơn vị hành chính năm 2025)"
        snapshot.meeting.chair = "Đồng chí Nguyễn Văn A, Phó Chủ tịch Thường trực Ủy ban nhân dân huyện Vĩnh Bảo, Trưởng cụm thi đua"
        snapshot.meeting.attendees = (1...20).map { "Đại diện lãnh đạo đơn vị số \($0)" }
        snapshot.meeting.note = "Dòng một của ghi chú.\nDòng hai: " + String(repeating: "rất dài ", count: 20) + "Mã-không-có-dấu-cách-" + String(repeating: "x", count: 90)
        let words = language == "vi" ? DocumentWords.vietnamese : .english
        for text in [MinutesDocument(snapshot).text(words), ProposalsDocument(snapshot).text(words), MinutesDocument(tied()).text(words),
                     ProposalsDocument(tied()).text(words)] {
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            let wide = lines.filter { DisplayWidth.of(String($0)) > 78 }
            #expect(wide.isEmpty, "\(wide)")
            #expect(text.hasSuffix("\n") && !text.hasSuffix("\n\n"))
        }
        let minutes = MinutesDocument(snapshot).text(words)
        #expect(minutes.contains("Phường Hồng Bàng"))
        #expect(minutes.contains("Đại diện lãnh đạo đơn vị số 20"))
        #expect(minutes.contains(language == "vi" ? "BIÊN BẢN HỌP BÌNH XÉT THI ĐUA NĂM 2023" : "MINUTES OF THE 2023 EMULATION REVIEW MEETING"))
    }

    @Test func printedMinutesKeepTheTableWhenItFits() {
        let text = MinutesDocument(reviewed()).text(.vietnamese)
        #expect(text.contains("   1  Vĩnh Bảo      49,40  29,40  19,70"))
        #expect(text.contains("Vĩnh Bảo     Cờ CP"))
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.trimmingCharacters(in: .whitespaces) == "THƯ KÝ                                 CHỦ TRÌ" })
    }

    @Test func theHTMLReportIsOneSelfContainedPrintablePage() {
        var snapshot = DemoYear.snapshot()
        snapshot.units[0].name = "Xã <Mới> & \"Cũ\""
        snapshot.cluster.name = "Cụm <b>thử</b>"
        let html = HTMLReport(snapshot).html(.vietnamese)
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"vi\">"))
        #expect(html.contains("<meta charset=\"utf-8\">"))
        #expect(html.contains("@page { size: A4 landscape; margin: 12mm }"))
        #expect(html.contains("Xã &lt;Mới&gt; &amp; &quot;Cũ&quot;") && !html.contains("<Mới>"))
        #expect(html.contains("Cụm &lt;b&gt;thử&lt;/b&gt;") && !html.contains("<b>thử"))
        #expect(!html.contains("http") && !html.contains("src=") && !html.contains("href=") && !html.contains("<script"))
        // One body row per unit in the grid and in the ranking.
        let bodies = html.components(separatedBy: "<tbody>").dropFirst().map { $0.components(separatedBy: "</tbody>")[0] }
        #expect(bodies.count == 2)
        #expect(bodies.map { $0.components(separatedBy: "<tr>").count - 1 } == [8, 8])
        // Major-criterion group headers over their items and subtotal; 15 items, 3 subtotals.
        #expect(html.contains("<th colspan=\"8\" title=\"Thực hiện nhiệm vụ chính trị, phát triển kinh tế – xã hội\">TC 1 (50)</th>"))
        #expect(html.components(separatedBy: "<th class=\"sub\">Cộng</th>").count - 1 == 3)
        #expect(bodies[0].contains("<td class=\"n total\">98,50</td>"))
        #expect(bodies[1].hasPrefix("\n<tr><td class=\"n\">1</td><td>Xã &lt;Mới&gt; &amp; &quot;Cũ&quot;</td><td class=\"n total\">98,50</td>"))
        let english = HTMLReport(snapshot).html(.english)
        #expect(english.contains("<html lang=\"en\">") && english.contains("Scores and ranking") && english.contains("Gov. flag"))
    }

    @Test func everyVoteResultAndEveryFactHasWordsInBothLanguages() {
        let results: [VoteTally.Result] = [.passed, .rejected, .noQuorum]
        for words in [DocumentWords.vietnamese, DocumentWords.english] {
            let said = results.map(words.voteResult)
            #expect(Set(said).count == 3 && said.allSatisfy { !$0.isEmpty })
            #expect(MinutesDocument(reviewed()).facts(words).map(\.value) == ["20/12/2023", "Hội trường UBND huyện Vĩnh Bảo", "Nguyễn Văn A",
                                                                               "Trần Thị B", "Ban Thi đua – Khen thưởng thành phố; Lãnh đạo 8 huyện",
                                                                               "Họp trực tiếp"])
        }
        #expect(DocumentWords.vietnamese.voteResult(.rejected) == "không thông qua")
        #expect(DocumentWords.english.voteResult(.noQuorum) == "no quorum")
        #expect(MinutesDocument(DemoYear.snapshot()).facts(.english).map(\.label) == ["Date", "Place", "Chair", "Secretary", "Attendees"])
    }

    @Test func controlCharactersInStoredTextNeverReachThePage() {
        var snapshot = reviewed()
        snapshot.meeting.place = "Hội trường\u{1B}[2J"
        #expect(!MinutesDocument(snapshot).markdown(.vietnamese).contains("\u{1B}"))
        #expect(!MinutesDocument(snapshot).text(.vietnamese).contains("\u{1B}"))
        snapshot.units[0].name = "A\u{7}"
        #expect(!HTMLReport(snapshot).html(.vietnamese).contains("\u{7}"))
        #expect(!ProposalsDocument(snapshot).text(.vietnamese).contains("\u{7}"))
    }
}
