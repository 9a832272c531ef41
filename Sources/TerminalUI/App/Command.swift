/// Everything a key can ask for. Bindings map keys to commands; the footer and the help
/// screen are built from the bindings, so they never disagree with what the keys do.
public enum Command: Hashable, Sendable {
    case help
    case quit
    case search
    case commandLine
    case goTo(ScreenID)
    case back
    case moveUp
    case moveDown
    case moveLeft
    case moveRight
    case pageUp
    case pageDown
    case first
    case last
    case open
    case loadDemo
    case newCluster
    case nextRound
    case editCell
    case undo
    case redo
    case nextEmpty
    case previousUnit
    case editCriteria
    case clearCell
    case nextUnit
    case suspend
    /// Roster and pledge: add a line, edit the selected one, remove it (with a confirmation).
    case add
    case edit
    case remove
    case toggleActive
    case toggleOrder
    case filter
    /// Moves the selected unit, task or drive up or down in its order.
    case moveItemUp
    case moveItemDown
    case editHeader
    case sign
    /// The year's menu: stages, hand-over, next year, cluster details, documents.
    case yearMenu
    /// Ranking: the "why" panel, the what-if mode and its trial scores, a vote.
    case toggleWhy
    case toggleWhatIf
    case whatIfEdit
    case vote
    /// Meeting mode: the next or previous page.
    case nextPage
    case previousPage
}

/// One key binding with its name (for the footer) and help text (for the help screen).
public struct KeyBinding: Sendable {
    public var command: Command
    public var keys: [Key]
    /// The keys as the help screen shows them ("F1 ?").
    public var keyLabel: String
    /// The shorter form the footer shows ("F1"), where 80 columns are all there is.
    public var footerLabel: String
    public var name: @Sendable (Catalogue) -> String
    public var help: @Sendable (Catalogue) -> String
    /// Shown in the footer (the help screen lists every binding).
    public var inFooter: Bool

    public init(_ command: Command, keys: [Key], label: String, footerLabel: String? = nil, inFooter: Bool = false,
                name: @escaping @Sendable (Catalogue) -> String, help: @escaping @Sendable (Catalogue) -> String) {
        self.command = command
        self.keys = keys
        self.keyLabel = label
        self.footerLabel = footerLabel ?? label
        self.inFooter = inFooter
        self.name = name
        self.help = help
    }
}
