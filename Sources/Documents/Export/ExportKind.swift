/// The documents thidua writes, from the command line (`thidua export`) and from the screens'
/// year menu alike.
public enum ExportKind: String, CaseIterable, Hashable, Sendable {
    case roster, grid, ranking, pledge, minutes, proposals
    /// Each unit's award history across years (DocumentSource.history, which storage reads).
    case history
}
