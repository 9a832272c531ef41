/// The keys of every screen: the global ones and movement. Each screen's own keys are in its
/// file (`Screen.bindings`) and come first; the same keys mean the same thing everywhere.
public enum KeyMap {
    /// The global keys as the footer lists them, made once rather than on every frame.
    static let globalDescriptions = global.map { $0.description }

    public static let global: [KeyBinding<GlobalCommand>] = [
        KeyBinding(.help, keys: [.function(1), .character("?")], label: "F1 ?", footerLabel: "F1", inFooter: true,
                   name: { $0.screen.keyHelp }, help: { $0.screen.keyHelpHelp }),
        KeyBinding(.search, keys: [.character("/")], label: "/", inFooter: true,
                   name: { $0.screen.keySearch }, help: { $0.screen.keySearchHelp }),
        KeyBinding(.commandLine, keys: [.character(":")], label: ":", inFooter: true,
                   name: { $0.screen.keyCommand }, help: { $0.screen.keyCommandHelp }),
        KeyBinding(.back, keys: [.escape], label: "Esc",
                   name: { $0.screen.keyBack }, help: { $0.screen.keyBackHelp }),
        KeyBinding(.quit, keys: [.character("q"), .function(10)], label: "q F10", footerLabel: "q", inFooter: true,
                   name: { $0.screen.keyQuit }, help: { $0.screen.keyQuitHelp }),
        KeyBinding(.suspend, keys: [.control("z")], label: "Ctrl-Z",
                   name: { $0.screen.keySuspend }, help: { $0.screen.keySuspendHelp }),
    ] + ScreenRegistry.all.map { screen in
        let id = screen.id
        // Number keys reach the first nine screens and F-keys the first eight (F10 quits).
        let number = id.number <= 9 ? [Key.character(Character(String(id.number)))] : []
        let function = id.functionKey.map { [Key.function($0)] } ?? []
        let label = ((number.isEmpty ? [] : [String(id.number)]) + (id.functionKey.map { ["F\($0)"] } ?? []) + [String(screen.letter)]).joined(separator: " ")
        return KeyBinding(.goTo(id), keys: number + function + [.character(screen.letter)], label: label,
                          name: { ScreenRegistry.screen(id).name($0) }, help: { ScreenRegistry.screen(id).summary($0) })
    }

    public static let movement: [KeyBinding<Movement>] = [
        KeyBinding(.up, keys: [.up, .character("k")], label: "↑ k", name: { $0.screen.keyUp }, help: { $0.screen.keyUpHelp }),
        KeyBinding(.down, keys: [.down, .character("j")], label: "↓ j", name: { $0.screen.keyDown }, help: { $0.screen.keyDownHelp }),
        KeyBinding(.left, keys: [.left, .backTab], label: "← S-Tab", name: { $0.screen.keyLeft }, help: { $0.screen.keyLeftHelp }),
        KeyBinding(.right, keys: [.right, .tab], label: "→ Tab", name: { $0.screen.keyRight }, help: { $0.screen.keyRightHelp }),
        KeyBinding(.pageUp, keys: [.pageUp], label: "PgUp", name: { $0.screen.keyPageUp }, help: { $0.screen.keyPageUpHelp }),
        KeyBinding(.pageDown, keys: [.pageDown, .character(" ")], label: "PgDn Space", name: { $0.screen.keyPageDown }, help: { $0.screen.keyPageDownHelp }),
        KeyBinding(.first, keys: [.home], label: "Home", name: { $0.screen.keyFirst }, help: { $0.screen.keyFirstHelp }),
        KeyBinding(.last, keys: [.end], label: "End", name: { $0.screen.keyLast }, help: { $0.screen.keyLastHelp }),
    ]

    /// The same key on every screen of a year.
    static func yearMenu<Action>(_ action: Action, inFooter: Bool) -> KeyBinding<Action> {
        KeyBinding(action, keys: [.character("y")], label: "y", inFooter: inFooter, name: { $0.edit.keyYear }, help: { $0.edit.keyYearHelp })
    }
}
