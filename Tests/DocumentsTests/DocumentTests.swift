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
                                       attendees: ["Ban Thi đua – Khen thưởng thành phố", "Lãnh đạo 8 huyện"], note: "Họp trực tiếp",
                                       start: ClockTime(hour: 14, minute: 0), end: ClockTime(hour: 17, minute: 0), membersPresent: 8)

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
        #expect(OfficialContext(snapshot: tied(), words: .vietnamese).minutes().markdown().contains("| 4= | Kiến Thụy |"))
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
        let minutes = OfficialContext(snapshot: snapshot, words: words).minutes().text()
        for text in [minutes, ProposalsDocument(snapshot).text(words), OfficialContext(snapshot: tied(), words: words).minutes().text(),
                     ProposalsDocument(tied()).text(words)] {
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            let wide = lines.filter { DisplayWidth.of(String($0)) > 78 }
            #expect(wide.isEmpty, "\(wide)")
            #expect(text.hasSuffix("\n") && !text.hasSuffix("\n\n"))
        }
        #expect(minutes.contains("Phường Hồng Bàng"))
        #expect(minutes.contains("Đại diện lãnh đạo đơn vị số 20"))
        #expect(minutes.contains(language == "vi" ? "BIÊN BẢN" : "MINUTES"))
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
            #expect(MinutesDocument(reviewed()).facts(words).map(\.value) == ["20/12/2023", "14:00–17:00", "8/8", "Hội trường UBND huyện Vĩnh Bảo",
                                                                               "Nguyễn Văn A", "Trần Thị B",
                                                                               "Ban Thi đua – Khen thưởng thành phố; Lãnh đạo 8 huyện", "Họp trực tiếp"])
        }
        #expect(DocumentWords.vietnamese.voteResult(.rejected) == "không thông qua")
        #expect(DocumentWords.english.voteResult(.noQuorum) == "no quorum")
        #expect(MinutesDocument(DemoYear.snapshot()).facts(.english).map(\.label) == ["Date", "Hours", "Units present", "Place", "Chair", "Secretary",
                                                                                  "Attendees"])
    }

    @Test func controlCharactersInStoredTextNeverReachThePage() {
        var snapshot = reviewed()
        snapshot.meeting.place = "Hội trường\u{1B}[2J"
        let minutes = OfficialContext(snapshot: snapshot, words: .vietnamese).minutes()
        #expect(!minutes.markdown().contains("\u{1B}") && !minutes.text().contains("\u{1B}"))
        snapshot.units[0].name = "A\u{7}"
        #expect(!HTMLReport(snapshot).html(.vietnamese).contains("\u{7}"))
        #expect(!ProposalsDocument(snapshot).text(.vietnamese).contains("\u{7}"))
    }
}
