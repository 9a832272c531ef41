import Documents
import Emulation
import Testing
@testable import TerminalUI

/// The progress screen: a read-only checklist of what each unit still has to enter or sign.
@Suite struct ProgressScreenTests: KeyPressing {
    @Test func theChecklistNamesWhatEachUnitStillLacks() {
        var snapshot = DemoFixture.snapshot()
        snapshot.scores[2]?.cluster["2.1"] = nil
        var state = DemoFixture.state(screen: .progress)
        _ = App.update(&state, .yearLoaded(snapshot))
        let lines = App.render(state).text().split(separator: "\n").map(String.init)
        // Of eight units: Bạch Long Vĩ lacks a self-score, Thủy Nguyên a cluster score; only Vĩnh Bảo signed.
        #expect(lines.contains { $0.contains("Đủ điểm tự chấm 7/8 · đủ điểm cụm chấm 7/8 · đã ký giao ước 1/8") })
        let row = { (unit: String) in lines.first { $0.contains(unit) } ?? "" }
        #expect(row("Bạch Long Vĩ").contains("14/15") && row("Bạch Long Vĩ").contains("tự chấm 1.3"))
        #expect(row("Thủy Nguyên").contains("cụm chấm 2.1") && row("Thủy Nguyên").contains("chưa ký"))
        #expect(row("Vĩnh Bảo").contains("đã ký") && row("Vĩnh Bảo").contains("đủ"))
    }

    @Test func inEnglishOnRequest() {
        let text = App.render(DemoFixture.state(screen: .progress, language: .english)).text()
        #expect(text.contains("Self-assessed 7/8 · cluster-scored 8/8 · pledge signed 1/8"))
        #expect(text.contains("self 1.3") && text.contains("not signed"))
    }

    @Test func enterOpensTheSheetOfTheSelectedUnit() {
        var state = DemoFixture.state(screen: .progress)
        _ = press([.end, .enter], &state)
        #expect(state.screen == .sheet)
        #expect(state.sheet.unit == DemoFixture.names.count - 1)
        #expect(App.render(state).text().contains("Phiếu điểm: Bạch Long Vĩ"))
    }

    @Test func itsKeysAreInTheFooterAndTheHelpPage() {
        var state = DemoFixture.state(screen: .progress)
        #expect(App.render(state).text().split(separator: "\n").last?.contains("Enter Phiếu điểm") == true)
        _ = press([.function(1)], &state)
        let help = App.render(state).text()
        #expect(help.contains("Màn hình Tiến độ") && help.contains("Mở phiếu điểm của đơn vị đang chọn"))
        assertSnapshot(App.render(state), named: "help-progress-80x24")
    }

    @Test func aReloadKeepsTheUnitSelectedWhereItMoved() {
        var state = DemoFixture.state(screen: .progress)
        _ = press([.down, .down], &state)
        var reordered = DemoFixture.snapshot()
        reordered.units.reverse()
        _ = App.update(&state, .yearLoaded(reordered))
        #expect(state.screens[ProgressScreen.self].index == DemoFixture.names.count - 3)
    }

    /// The year menu offers only what the documents table writes: a screen's document that the
    /// table does not write would vanish from its menu without a word.
    @Test func everyScreensDocumentsAreWrittenByTheTable() {
        for screen in ScreenRegistry.all {
            for export in screen.exports { #expect(export.kind.offers(export.format), "\(screen.id): \(export.kind) \(export.format)") }
        }
    }
}
