/// Who a key goes to, decided in one place for every screen.
///
/// Whatever is being typed into (a dialog, a cell, a note, a reason, the roster's filter) owns
/// every key until it is confirmed or cancelled: no global or screen binding fires meanwhile, so
/// "Chậm báo cáo quý III" typed as a reason can never quit at its `q`. When nothing is being
/// typed, a printable key on a focused cell that takes typing starts typing into it (a number
/// cell takes digits, `,`, `.` and `-`; a note or a reason takes any character); only then do the
/// bindings see the key. Each screen states both (`Screen.isTyping`, `Screen.typingStart`).
enum KeyRouting {
    /// What is being typed into.
    enum Entry: Hashable {
        case overlay
        /// A cell, a note or a filter of the screen shown.
        case screen
    }

    /// What a printable key types into when nothing is being typed yet.
    enum Typing: Hashable {
        case number
        case text

        /// Enter and what starts a number on a score cell, as the grid and the sheet bind them.
        static let numberKeys: [Key] = [.enter] + "0123456789,.".map(Key.character)

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
        return isTyping(ScreenRegistry.screen(state.screen), state) ? .screen : nil
    }

    private static func isTyping<S: Screen>(_ screen: S.Type, _ state: AppState) -> Bool {
        S.isTyping(state.screens[S.self], state.shared)
    }

    /// Whether a printable key would start typing on the screen shown.
    static func startsTyping(_ character: Character, _ state: AppState) -> Bool {
        startsTyping(character, ScreenRegistry.screen(state.screen), state)
    }

    private static func startsTyping<S: Screen>(_ character: Character, _ screen: S.Type, _ state: AppState) -> Bool {
        S.typingStart(character, state.screens[S.self], state.shared) != nil
    }
}

extension KeyRouting {
    /// The footer while something is being typed into: only the keys that work there.
    static func footer(_ entry: Entry, _ state: AppState) -> [(key: String, name: String)] {
        let words = state.language.entryKeys
        switch entry {
        case .screen:
            return typingFooter(ScreenRegistry.screen(state.screen), state)
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

    private static func typingFooter<S: Screen>(_ screen: S.Type, _ state: AppState) -> [(key: String, name: String)] {
        S.typingFooter(state.screens[S.self], state.shared)
    }

    /// The footer of a cell being typed into (grid or sheet): a value given back after a
    /// conflict or a failed save shows what Enter and Esc decide.
    static func cellFooter(seen: CellSeen?, _ app: AppShared) -> [(key: String, name: String)] {
        let words = app.language.entryKeys
        if seen?.overwriting != nil { return [("Enter", words.keepMine), ("Esc", words.takeTheirs)] }
        if app.status?.isError == true && seen?.retrying == true { return [("Enter", words.tryAgain), ("Esc", words.giveUp)] }
        return [("Enter", words.saveDown), ("Tab", words.saveRight), ("Esc", words.cancel)]
    }
}
