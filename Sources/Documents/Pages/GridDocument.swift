import Emulation

/// The score grid of one round (or the final scores) as a Markdown page: units down, items across.
public struct GridDocument: Sendable {
    public var cluster: Cluster
    public var year: Int
    public var tree: CriteriaTree
    public var units: [MemberUnit]
    public var scores: [MemberUnit.ID: UnitScores]
    /// nil for the final scores.
    public var round: ScoreRound?
    /// Which score counts, for the final scores.
    public var finalScore: FinalScoreRule

    public init(cluster: Cluster, year: Int, tree: CriteriaTree, units: [MemberUnit], scores: [MemberUnit.ID: UnitScores], round: ScoreRound?,
                finalScore: FinalScoreRule) {
        self.cluster = cluster
        self.year = year
        self.tree = tree
        self.units = units
        self.scores = scores
        self.round = round
        self.finalScore = finalScore
    }

    public func table(_ words: DocumentWords) -> TextTable {
        let items = tree.items
        let header = [words.columnUnit] + items.map { "\($0.code) (\(DecimalText.format($0.maximum, trimWhole: true)))" }
            + [words.columnBonus, words.columnDeduction]
        let rows = units.map { unit -> [String] in
            let unitScores = scores[unit.id] ?? UnitScores()
            let cells = items.map { item -> String in
                let value = round.map { unitScores.score(item.code, in: $0) } ?? unitScores.final(item: item.code, rule: finalScore)
                return value.map { DecimalText.format($0) } ?? ""
            }
            return [unit.name] + cells + [unitScores.bonus.map { DecimalText.format($0.points) } ?? "",
                                          unitScores.deduction.map { DecimalText.format($0.points) } ?? ""]
        }
        return TextTable(header: header, rows: rows, rightAligned: Set(1..<(items.count + 3)))
    }

    public func markdown(_ words: DocumentWords) -> String {
        let roundName = round.map(words.round) ?? words.finalRound
        return "# " + words.gridTitle(cluster.name + " (" + cluster.code + ")", year, roundName) + "\n\n" + table(words).markdown()
    }
}
