/// The one key map: global bindings first, then each screen's own. The same keys mean the same
/// thing everywhere.
public enum KeyMap {
    public static let global: [KeyBinding] = [
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
    ] + ScreenID.allCases.map { screen in
        KeyBinding(.goTo(screen), keys: [.character(Character(String(screen.number))), .function(screen.functionKey), .character(screen.letter)],
                   label: "\(screen.number) F\(screen.functionKey) \(screen.letter)",
                   name: { $0.screen.screenName(screen) }, help: { $0.screen.screenHelp(screen) })
    }

    public static let movement: [KeyBinding] = [
        KeyBinding(.moveUp, keys: [.up, .character("k")], label: "↑ k", name: { $0.screen.keyUp }, help: { $0.screen.keyUpHelp }),
        KeyBinding(.moveDown, keys: [.down, .character("j")], label: "↓ j", name: { $0.screen.keyDown }, help: { $0.screen.keyDownHelp }),
        KeyBinding(.moveLeft, keys: [.left, .backTab], label: "← S-Tab", name: { $0.screen.keyLeft }, help: { $0.screen.keyLeftHelp }),
        KeyBinding(.moveRight, keys: [.right, .tab], label: "→ Tab", name: { $0.screen.keyRight }, help: { $0.screen.keyRightHelp }),
        KeyBinding(.pageUp, keys: [.pageUp], label: "PgUp", name: { $0.screen.keyPageUp }, help: { $0.screen.keyPageUpHelp }),
        KeyBinding(.pageDown, keys: [.pageDown, .character(" ")], label: "PgDn Space", name: { $0.screen.keyPageDown }, help: { $0.screen.keyPageDownHelp }),
        KeyBinding(.first, keys: [.home], label: "Home", name: { $0.screen.keyFirst }, help: { $0.screen.keyFirstHelp }),
        KeyBinding(.last, keys: [.end], label: "End", name: { $0.screen.keyLast }, help: { $0.screen.keyLastHelp }),
    ]

    /// The bindings of a screen beyond the global ones and movement.
    public static func screenBindings(_ screen: ScreenID, emptyDatabase: Bool) -> [KeyBinding] {
        switch screen {
        case .home:
            var bindings = [KeyBinding(.open, keys: [.enter], label: "Enter", inFooter: !emptyDatabase, name: { $0.screen.keyOpen }, help: { $0.screen.keyOpenHelp })]
            bindings.append(KeyBinding(.loadDemo, keys: [.character("d")], label: "d", inFooter: emptyDatabase,
                                       name: { $0.screen.keyDemo }, help: { $0.screen.keyDemoHelp }))
            bindings.append(KeyBinding(.newCluster, keys: [.character("n")], label: "n", inFooter: emptyDatabase,
                                       name: { $0.screen.keyNewCluster }, help: { $0.screen.keyNewClusterHelp }))
            return bindings
        case .grid:
            // Typing a digit or a decimal mark starts editing too; it is listed with Enter for the
            // help and the footer, but which keys start typing is KeyRouting.typing's decision.
            return [
                KeyBinding(.editCell, keys: [.enter] + "0123456789,.".map(Key.character), label: "0-9 , . Enter", footerLabel: "0-9", inFooter: true,
                           name: { $0.screen.keyEdit }, help: { $0.screen.keyEditHelp }),
                KeyBinding(.clearCell, keys: [.delete], label: "Delete", name: { $0.screen.keyClear }, help: { $0.screen.keyClearHelp }),
                KeyBinding(.nextEmpty, keys: [.character("e")], label: "e", inFooter: true, name: { $0.screen.keyNextEmpty }, help: { $0.screen.keyNextEmptyHelp }),
                KeyBinding(.undo, keys: [.character("u")], label: "u", inFooter: true, name: { $0.screen.keyUndo }, help: { $0.screen.keyUndoHelp }),
                KeyBinding(.redo, keys: [.control("r")], label: "Ctrl-R", name: { $0.screen.keyRedo }, help: { $0.screen.keyRedoHelp }),
                KeyBinding(.nextRound, keys: [.character("v")], label: "v", inFooter: true, name: { $0.screen.keyRound }, help: { $0.screen.keyRoundHelp }),
                KeyBinding(.editCriteria, keys: [.character("t")], label: "t", name: { $0.screen.keyCriteria }, help: { $0.screen.keyCriteriaHelp }),
                yearMenu(inFooter: false),
            ]
        case .sheet:
            return [
                KeyBinding(.editCell, keys: [.enter] + "0123456789,.".map(Key.character), label: "0-9 , . Enter", footerLabel: "Enter", inFooter: true,
                           name: { $0.screen.keyEdit }, help: { $0.screen.keySheetEditHelp }),
                KeyBinding(.clearCell, keys: [.delete], label: "Delete", name: { $0.screen.keyClear }, help: { $0.screen.keyClearHelp }),
                KeyBinding(.previousUnit, keys: [.character("[")], label: "[", inFooter: true, name: { $0.screen.keyPreviousUnit }, help: { $0.screen.keyPreviousUnitHelp }),
                KeyBinding(.nextUnit, keys: [.character("]")], label: "]", inFooter: true, name: { $0.screen.keyNextUnit }, help: { $0.screen.keyNextUnitHelp }),
                KeyBinding(.undo, keys: [.character("u")], label: "u", name: { $0.screen.keyUndo }, help: { $0.screen.keyUndoHelp }),
                KeyBinding(.redo, keys: [.control("r")], label: "Ctrl-R", name: { $0.screen.keyRedo }, help: { $0.screen.keyRedoHelp }),
                yearMenu(inFooter: false),
            ]
        case .roster:
            return [
                KeyBinding(.add, keys: [.character("a")], label: "a", inFooter: true, name: { $0.edit.keyAdd }, help: { $0.edit.keyAddUnitHelp }),
                KeyBinding(.edit, keys: [.enter], label: "Enter", inFooter: true, name: { $0.edit.keyEdit }, help: { $0.edit.keyEditUnitHelp }),
                KeyBinding(.remove, keys: [.delete], label: "Delete", footerLabel: "Del", inFooter: true, name: { $0.edit.keyRemove }, help: { $0.edit.keyRemoveUnitHelp }),
                KeyBinding(.filter, keys: [.character("f")], label: "f", inFooter: true, name: { $0.edit.keyFilter }, help: { $0.edit.keyFilterHelp }),
                KeyBinding(.toggleOrder, keys: [.character("o")], label: "o", name: { $0.edit.keyOrder }, help: { $0.edit.keyOrderHelp }),
                KeyBinding(.toggleActive, keys: [.character("i")], label: "i", name: { $0.edit.keyToggleActive }, help: { $0.edit.keyToggleActiveHelp }),
                KeyBinding(.moveItemUp, keys: [.character("K")], label: "K", name: { $0.edit.keyMoveUp }, help: { $0.edit.keyMoveUnitHelp }),
                KeyBinding(.moveItemDown, keys: [.character("J")], label: "J", name: { $0.edit.keyMoveDown }, help: { $0.edit.keyMoveUnitHelp }),
                yearMenu(inFooter: true),
            ]
        case .pledge:
            return [
                KeyBinding(.sign, keys: [.character("c")], label: "c", inFooter: true, name: { $0.edit.keySign }, help: { $0.edit.keySignHelp }),
                KeyBinding(.add, keys: [.character("a")], label: "a", inFooter: true, name: { $0.edit.keyAdd }, help: { $0.edit.keyAddLineHelp }),
                KeyBinding(.edit, keys: [.enter], label: "Enter", inFooter: true, name: { $0.edit.keyEdit }, help: { $0.edit.keyEditLineHelp }),
                KeyBinding(.editHeader, keys: [.character("e")], label: "e", inFooter: true, name: { $0.edit.keyHeader }, help: { $0.edit.keyHeaderHelp }),
                KeyBinding(.remove, keys: [.delete], label: "Delete", name: { $0.edit.keyRemove }, help: { $0.edit.keyRemoveLineHelp }),
                KeyBinding(.moveItemUp, keys: [.character("K")], label: "K", name: { $0.edit.keyMoveUp }, help: { $0.edit.keyMoveLineHelp }),
                KeyBinding(.moveItemDown, keys: [.character("J")], label: "J", name: { $0.edit.keyMoveDown }, help: { $0.edit.keyMoveLineHelp }),
                yearMenu(inFooter: true),
            ]
        case .ranking:
            return [
                KeyBinding(.toggleWhy, keys: [.enter], label: "Enter", inFooter: true, name: { $0.edit.keyWhy }, help: { $0.edit.keyWhyHelp }),
                KeyBinding(.vote, keys: [.character("b")], label: "b", inFooter: true, name: { $0.edit.keyVote }, help: { $0.edit.keyVoteHelp }),
                KeyBinding(.toggleWhatIf, keys: [.character("w")], label: "w", inFooter: true, name: { $0.edit.keyWhatIf }, help: { $0.edit.keyWhatIfHelp }),
                KeyBinding(.whatIfEdit, keys: [.character("e")], label: "e", name: { $0.edit.keyWhatIfEdit }, help: { $0.edit.keyWhatIfEditHelp }),
                yearMenu(inFooter: true),
            ]
        case .meeting:
            // A presentation: paging only, no editing keys.
            return [
                KeyBinding(.nextPage, keys: [.character(" "), .pageDown, .right, .down, .enter], label: "Space PgDn", footerLabel: "Space",
                           inFooter: true, name: { $0.edit.keyNextPage }, help: { $0.edit.keyNextPageHelp }),
                KeyBinding(.previousPage, keys: [.pageUp, .left, .up, .backspace], label: "PgUp", inFooter: true,
                           name: { $0.edit.keyPreviousPage }, help: { $0.edit.keyPreviousPageHelp }),
            ]
        }
    }

    /// The same key on every screen of a year.
    static func yearMenu(inFooter: Bool) -> KeyBinding {
        KeyBinding(.yearMenu, keys: [.character("y")], label: "y", inFooter: inFooter, name: { $0.edit.keyYear }, help: { $0.edit.keyYearHelp })
    }

    /// The bindings in force on a screen, most specific first.
    public static func bindings(for screen: ScreenID, emptyDatabase: Bool) -> [KeyBinding] {
        screenBindings(screen, emptyDatabase: emptyDatabase) + global + movement
    }

    public static func command(for key: Key, on screen: ScreenID, emptyDatabase: Bool) -> Command? {
        bindings(for: screen, emptyDatabase: emptyDatabase).first { $0.keys.contains(key) }?.command
    }
}
