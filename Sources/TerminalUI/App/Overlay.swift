import Emulation

/// What is drawn over the current screen and takes the keys first.
public enum Overlay: Hashable, Sendable {
    case help(offset: Int)
    case search(SearchState)
    case command(CommandLineState)
    case confirm(ConfirmState)
    case criteria(CriteriaEditor)
    case form(Form)
    case menu(Menu)
}

/// A yes/no question, with the effect to run on yes.
public struct ConfirmState: Hashable, Sendable {
    public var title: String
    public var message: String
    public var onYes: AppEffect
    /// Whether Enter answers yes. Not for what cannot be taken back by the same key (closing a
    /// year, removing): there only the shown letter answers yes.
    public var enterMeansYes = true
}
