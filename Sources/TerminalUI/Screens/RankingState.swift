/// The ranking screen's position: the selected unit's line, and whether the "why" panel is open.
public struct RankingState: Hashable, Sendable {
    public var selection = Selection()
    /// The "why" panel under the ranking: the selected unit's reasons and where it lost points.
    public var why = false

    public init() {}
}
