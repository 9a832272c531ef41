/// Who a key goes to, decided in one place for every screen.
///
/// Whatever is being typed into (a dialog, a cell, a note, a reason, the roster's filter) owns
/// every key until it is confirmed or cancelled: no global or screen binding fires meanwhile, so
/// "Chậm báo cáo quý III" typed as a reason can never quit at its `q`. When nothing is being
/// typed, a printable key on a focused cell that takes typing starts typing into it (a number
/// cell takes digits, `,`, `.` and `-`; a note or a reason takes any character); only then do the
/// bindings see the key. A new screen states both here, in exhaustive switches.
enum KeyRouting {
    /// What is being typed into.
    enum Entry: Hashable {
        case overlay
        case gridCell
        case sheetCell
        case rosterFilter
    }

    /// What a printable key types into when nothing is being typed yet.
    enum Typing: Hashable {
        case number
        case text

        func begins(with character: Character) -> Bool {
            switch self {
            case .text: return true
            // The minus sign starts the edit too, so "-1" is refused whole rather than saved as 1.
            case .number: return character.isASCII && (character.isNumber || ",.-".contains(character))
            }
        }
    }

    static func entry(_ state: AppState) -> Entry? {
        if state.overlay != nil { return .overlay }
        switch state.screen {
        case .grid: return state.grid.edit != nil ? .gridCell : nil
        case .sheet: return state.sheet.edit != nil ? .sheetCell : nil
        case .roster: return state.roster.filterField != nil ? .rosterFilter : nil
        case .home, .pledge, .ranking, .meeting: return nil
        }
    }

    static func send(_ key: Key, to entry: Entry, _ state: inout AppState) -> [AppEffect] {
        switch entry {
        case .overlay: return OverlayKeys.handle(key, &state)
        case .gridCell: return GridEditing.handle(key, &state)
        case .sheetCell: return SheetEditing.handle(key, &state)
        case .rosterFilter: return RosterEditing.handleFilter(key, &state)
        }
    }

    static func typing(_ state: AppState) -> Typing? {
        guard let year = state.year, !year.units.isEmpty else { return nil }
        switch state.screen {
        case .grid: return .number
        case .sheet: return state.sheet.column == .note ? .text : .number
        case .home, .roster, .pledge, .ranking, .meeting: return nil
        }
    }
}

extension KeyRouting {
    /// The footer while something is being typed into: only the keys that work there.
    static func footer(_ entry: Entry, _ state: AppState) -> [(key: String, name: String)] {
        let words = state.language.entryKeys
        switch entry {
        case .gridCell, .sheetCell:
            let seen = entry == .gridCell ? state.grid.seen : state.sheet.seen
            // A value given back after a conflict or a failed save: Enter and Esc decide its fate.
            if seen?.overwriting != nil { return [("Enter", words.keepMine), ("Esc", words.takeTheirs)] }
            if state.status?.isError == true && seen?.retrying == true { return [("Enter", words.tryAgain), ("Esc", words.giveUp)] }
            return [("Enter", words.saveDown), ("Tab", words.saveRight), ("Esc", words.cancel)]
        case .rosterFilter:
            return [("Enter", words.keepFilter), ("Esc", words.clearFilter)]
        case .overlay:
            switch state.overlay {
            case nil: return []
            case .form: return [("Enter", words.save), ("Tab ↓", words.nextField), ("Esc", words.cancel)]
            case .search: return [("Enter", words.open), ("↑↓", words.choose), ("Esc", words.close)]
            case .command: return [("Enter", words.run), ("Tab", words.complete), ("Esc", words.close)]
            case .help: return [("↑↓ PgUp PgDn", words.scroll), ("Esc", words.close)]
            case .confirm(let confirm):
                return [(confirm.enterMeansYes ? words.yes.key + " Enter" : words.yes.key, words.yes.name), (words.no.key + " Esc", words.no.name)]
            case .menu: return [("Enter", words.choose), ("Esc", words.close)]
            case .criteria(let editor):
                return editor.edit != nil ? [("Enter", words.save), ("Esc", words.cancel)] : [("s", words.save), ("Esc", words.close)]
            }
        }
    }
}
