import Emulation

/// What is drawn over the current screen and takes the keys first.
public indirect enum Overlay: Hashable, Sendable {
    /// The help page, scrolled by `offset`; opened from a dialog (`over`), it lists that dialog's
    /// keys first and gives the dialog back, as it was, when closed.
    case help(offset: Int, over: Overlay? = nil)
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

extension Overlay {
    var isHelp: Bool {
        if case .help = self { return true }
        return false
    }
}
