/// What a key asks of the application itself, on every screen. A screen's own keys are its
/// `Screen.Action`; moving a selection is a `Movement`.
public enum GlobalCommand: Hashable, Sendable {
    case help
    case quit
    case search
    case commandLine
    case goTo(ScreenID)
    case back
    case suspend
}

/// What the footer and the help page show of a key: its labels, its name, its help text.
public struct KeyDescription: Sendable {
    /// The keys as the help screen shows them ("F1 ?").
    public var keyLabel: String
    /// The shorter form the footer shows ("F1"), where 80 columns are all there is.
    public var footerLabel: String
    public var name: @Sendable (Catalogue) -> String
    public var help: @Sendable (Catalogue) -> String
    /// Shown in the footer (the help screen lists every binding).
    public var inFooter: Bool
}

/// One key binding: the keys, what they ask for, and how the footer and help page show them,
/// so those never disagree with what the keys do.
public struct KeyBinding<Action: Sendable>: Sendable {
    public var action: Action
    public var keys: [Key]
    public var description: KeyDescription

    public init(_ action: Action, keys: [Key], label: String, footerLabel: String? = nil, inFooter: Bool = false,
                name: @escaping @Sendable (Catalogue) -> String, help: @escaping @Sendable (Catalogue) -> String) {
        self.action = action
        self.keys = keys
        self.description = KeyDescription(keyLabel: label, footerLabel: footerLabel ?? label, name: name, help: help, inFooter: inFooter)
    }

    public var keyLabel: String { description.keyLabel }
    public var inFooter: Bool { description.inFooter }
    public func name(_ words: Catalogue) -> String { description.name(words) }
    public func help(_ words: Catalogue) -> String { description.help(words) }
}

extension Array {
    /// The action of the first binding that holds `key`.
    func action<Action>(for key: Key) -> Action? where Element == KeyBinding<Action> {
        first { $0.keys.contains(key) }?.action
    }
}
