import Emulation
import Testing
@testable import TerminalUI

/// The roster screen from the keyboard: order, filter, and the forms and confirmations that
/// add, edit, remove or set aside a unit; every key refused on a closed year.
@Suite struct RosterEditingTests: KeyPressing {
    @Test func unitsAreListedInVietnameseAlphabeticalOrderOrInRosterOrder() {
        var state = DemoFixture.state(screen: .roster)
        #expect(state.roster.rows.map(\.unit.name) == ["An Dương", "An Lão", "Bạch Long Vĩ", "Cát Hải", "Kiến Thụy", "Thủy Nguyên", "Tiên Lãng", "Vĩnh Bảo"])
        _ = press([.character("o")], &state)
        #expect(state.roster.rows.map(\.unit.name) == DemoFixture.names)
    }

    /// A year loaded behind another screen is listed on the roster only when the roster is shown
    /// (sorting a province's names costs the first screen), with the unit selected kept; a
    /// unit searched for meanwhile is found on the list as it now is.
    @Test func theRosterIsListedWhenShownNotWhenAYearLoadsBehindIt() {
        var state = DemoFixture.state(screen: .grid)
        #expect(state.roster.rows.isEmpty && state.roster.needsRefresh)
        _ = press([.function(3)], &state)
        #expect(state.screen == .roster && !state.roster.needsRefresh)
        #expect(state.roster.rows.map(\.unit.name) == ["An Dương", "An Lão", "Bạch Long Vĩ", "Cát Hải", "Kiến Thụy", "Thủy Nguyên", "Tiên Lãng", "Vĩnh Bảo"])
        _ = press([.down, .down], &state)
        #expect(state.roster.selected?.unit.name == "Bạch Long Vĩ")
        // Reloaded behind the grid with a unit added before it: still Bạch Long Vĩ once shown.
        _ = press([.function(4)], &state)
        var snapshot = DemoFixture.snapshot()
        snapshot.units.append(MemberUnit(id: 9, name: "An Biên", kind: "huyện"))
        snapshot.memberships.append(Membership(unitID: 9, role: .member, position: 9))
        _ = App.update(&state, .yearLoaded(snapshot))
        #expect(state.roster.needsRefresh)
        _ = press([.function(3)], &state)
        #expect(state.roster.selected?.unit.name == "Bạch Long Vĩ" && state.roster.rows.first?.unit.name == "An Biên")
        // Searched for from the grid (the search reloads the year, then selects it everywhere):
        // selected on the roster as listed now.
        _ = press([.function(4)], &state)
        _ = press([.character("/")] + type("tien lang") + [.enter], &state)
        _ = App.update(&state, .yearLoaded(snapshot))
        #expect(state.year?.units[state.grid.selection.index].name == "Tiên Lãng")
        _ = press([.function(3)], &state)
        #expect(state.roster.selected?.unit.name == "Tiên Lãng")
    }

    @Test func theFilterIgnoresDiacriticsAndEscClearsIt() {
        var state = DemoFixture.state(screen: .roster)
        _ = press([.character("f")] + type("an"), &state)
        #expect(state.roster.rows.map(\.unit.name) == ["An Dương", "An Lão", "Tiên Lãng"])
        _ = press(type(" l"), &state)
        #expect(state.roster.rows.map(\.unit.name) == ["An Lão"])
        // Enter keeps the filter and gives the keys back to the screen.
        _ = press([.enter, .character("3")], &state)
        #expect(state.roster.filter == "an l" && state.screen == .grid)
        state.screen = .roster
        _ = press([.character("f"), .escape], &state)
        #expect(state.roster.rows.count == 8)
    }

    @Test func theAddFormSavesAUnitWithItsRole() {
        var state = DemoFixture.state(screen: .roster)
        let keys: [Key] = [.character("a")] + type("Đồ Sơn") + [.tab] + type("ĐS") + [.tab, .tab] + type("Trần Thị B") + [.tab] + type("Chủ tịch")
            + [.tab, .right, .tab, .character(" ")]
        #expect(press(keys, &state).isEmpty)
        let effects = press([.enter], &state)
        let unit = MemberUnit(id: 0, name: "Đồ Sơn", shortName: "ĐS", kind: "huyện", leader: "Trần Thị B", leaderPosition: "Chủ tịch", womenMajority: true)
        #expect(effects == [.changeYear(code: "HP-KH", year: 2023, .addUnit(unit, role: .deputy))])
        #expect(state.overlay == nil)
    }

    /// Fields are read by name: a field added to the form (here in front) moves no value into
    /// another field, as reading them by position did.
    @Test func aFieldAddedToTheUnitFormShiftsNoValue() {
        var state = DemoFixture.state(screen: .roster)
        _ = press([.character("a")], &state)
        guard case .form(var form) = state.overlay else { Issue.record("no form"); return }
        form.fields.insert(Form.Field(.note, "Ghi chú", text: "không phải tên"), at: 0)
        form.focus = 1
        state.overlay = .form(form)
        let effects = press(type("Đồ Sơn") + [.tab] + type("ĐS") + [.enter], &state)
        guard case .changeYear(_, _, .addUnit(let unit, let role)) = effects.first else { Issue.record("no save \(effects)"); return }
        #expect(unit.name == "Đồ Sơn" && unit.shortName == "ĐS" && unit.kind == "huyện" && role == .member)
    }

    @Test func aNameAlreadyOnTheRosterIsRefusedOnTheForm() {
        var state = DemoFixture.state(screen: .roster)
        let effects = press([.character("a")] + type("vĩnh bảo") + [.enter], &state)
        #expect(effects.isEmpty)
        guard case .form(let form) = state.overlay else { Issue.record("the form closed"); return }
        #expect(form.error?.contains("Vĩnh Bảo") == true)
        #expect(form.focusedKey == .name)
    }

    @Test func aNameOver200CharactersIsRefusedOnTheForm() {
        var state = DemoFixture.state(screen: .roster)
        let keys: [Key] = [.character("a")] + type("Đồ Sơn") + [.tab, .tab, .tab] + type(String(repeating: "a", count: 201)) + [.enter]
        #expect(press(keys, &state).isEmpty)
        guard case .form(let form) = state.overlay else { Issue.record("the form closed"); return }
        #expect(form.focusedKey == .leader)
        #expect(form.error == "Lãnh đạo: dài 201 ký tự, tối đa 200 ký tự")
    }

    @Test func anIneligibilityReasonNeedsACause() {
        var state = DemoFixture.state(screen: .roster)
        let keys: [Key] = [.character("a")] + type("Đồ Sơn") + Array(repeating: .tab, count: 8) + type("đang thanh tra") + [.enter]
        #expect(press(keys, &state).isEmpty)
        guard case .form(let form) = state.overlay else { Issue.record("the form closed"); return }
        #expect(form.focusedKey == .eligibility && form.error != nil)
        // Choosing the cause (inspection is the third) makes it valid.
        let effects = press([.right, .right, .right, .enter], &state)
        guard case .changeYear(_, _, .addUnit(let unit, _)) = effects.first else { Issue.record("no change: \(effects)"); return }
        #expect(unit.eligibility == .ineligible(.inspection, note: "đang thanh tra"))
    }

    @Test func editingKeepsTheUnitsIdAndShowsItsValues() {
        var state = DemoFixture.state(screen: .roster)
        // "Vĩnh Bảo" is last in A–Z order; it is the head.
        _ = press([.end, .enter], &state)
        guard case .form(let form) = state.overlay else { Issue.record("no form"); return }
        #expect(form.purpose == .editUnit(1))
        #expect(form.text(.name) == "Vĩnh Bảo" && form.choice(.role) == 2)
        let effects = press([.control("u")] + type("Vĩnh Bảo mới") + [.enter], &state)
        guard case .changeYear(_, _, .updateUnit(let unit, let role, _)) = effects.first else { Issue.record("no change"); return }
        #expect(unit.id == 1 && unit.name == "Vĩnh Bảo mới" && role == .head)
    }

    @Test func removingAUnitWithRecordsOffersToSetItInactive() {
        var state = DemoFixture.state(screen: .roster)
        _ = press([.end, .delete], &state)
        guard case .confirm(let confirm) = state.overlay else { Issue.record("no confirmation"); return }
        #expect(confirm.onYes == .changeYear(code: "HP-KH", year: 2023, .setUnitActive(1, name: "Vĩnh Bảo", active: false)))
        // "k" (không) answers no: nothing happens.
        #expect(press([.character("k")], &state).isEmpty)
        #expect(state.overlay == nil)
    }

    @Test func removingAUnitWithoutRecordsAsksFirst() {
        var snapshot = DemoFixture.snapshot()
        snapshot.scores[8] = nil
        var state = DemoFixture.state(screen: .roster)
        _ = App.update(&state, .yearLoaded(snapshot))
        // "Bạch Long Vĩ" is third in A–Z order.
        _ = press([.down, .down, .delete], &state)
        guard case .confirm(let confirm) = state.overlay else { Issue.record("no confirmation"); return }
        #expect(confirm.message.contains("Bạch Long Vĩ"))
        #expect(press([.character("c")], &state) == [.changeYear(code: "HP-KH", year: 2023, .removeUnit(8, name: "Bạch Long Vĩ"))])
    }

    @Test func inactiveUnitsComeLastAndMuted() {
        var snapshot = DemoFixture.snapshot()
        let unit = snapshot.units.removeLast()
        snapshot.memberships.removeLast()
        snapshot.inactiveUnits = [unit]
        var state = DemoFixture.state(screen: .roster)
        _ = App.update(&state, .yearLoaded(snapshot))
        #expect(state.roster.rows.last?.unit.name == "Bạch Long Vĩ" && state.roster.rows.last?.isActive == false)
        let text = App.render(state).text()
        #expect(text.contains("ngừng hoạt động") && text.contains("7 đơn vị · 1 ngừng hoạt động"))
        // It can be made active again, and not edited until then.
        _ = press([.end, .enter], &state)
        #expect(state.overlay == nil && state.status?.isError == true)
        _ = press([.character("i")], &state)
        guard case .confirm(let confirm) = state.overlay else { Issue.record("no confirmation"); return }
        #expect(confirm.onYes == .changeYear(code: "HP-KH", year: 2023, .setUnitActive(8, name: "Bạch Long Vĩ", active: true)))
    }

    @Test func unitsMoveOnlyInRosterOrder() {
        var state = DemoFixture.state(screen: .roster)
        #expect(press([.down, .character("J")], &state).isEmpty)
        #expect(state.status?.isError == true)
        #expect(press([.character("o"), .home, .down, .character("J")], &state) == [.changeYear(code: "HP-KH", year: 2023, .moveUnit(2, by: 1))])
        // Once saved and reloaded in its new place, the moved unit is still the one selected.
        var moved = DemoFixture.snapshot()
        moved.units.swapAt(1, 2)
        moved.memberships.swapAt(1, 2)
        moved.memberships[1].position = 2
        moved.memberships[2].position = 3
        _ = App.update(&state, .yearLoaded(moved))
        #expect(state.roster.selected?.unit.name == "Thủy Nguyên" && state.roster.selection.index == 2)
    }

    @Test(arguments: [ScreenID.roster, .pledge])
    func aClosedYearRefusesEveryEditingKey(screen: ScreenID) {
        var state = DemoFixture.state(screen: screen)
        _ = App.update(&state, .yearLoaded(DemoFixture.snapshot(status: .closed)))
        let keys: [Key] = screen == .roster
            ? [.character("a"), .enter, .delete, .character("i"), .character("J")]
            : [.character("c"), .character("a"), .enter, .character("e"), .delete, .character("J")]
        for key in keys {
            state.status = nil
            #expect(press([key], &state).isEmpty, "\(key)")
            #expect(state.overlay == nil, "\(key)")
            #expect(state.status?.text.contains("đã khóa") == true, "\(key)")
        }
    }

    @Test func anAddedUnitIsSelectedOnTheRosterOnlyNotInTheGridOrPledge() {
        var state = DemoFixture.state(screen: .roster)
        _ = press([.character("a")] + type("Đồ Sơn") + [.enter], &state)
        var snapshot = DemoFixture.snapshot()
        snapshot.units.append(MemberUnit(id: 9, name: "Đồ Sơn", kind: "huyện"))
        snapshot.memberships.append(Membership(unitID: 9, role: .member, position: 9))
        _ = App.update(&state, .yearLoaded(snapshot))
        #expect(state.roster.selected?.unit.name == "Đồ Sơn")
        // Typing into the grid or signing on the pledge must not land on the unit just added.
        #expect(state.grid.selection.index == 0 && state.pledge.units.index == 0 && state.sheet.unit == 0)
    }
}
