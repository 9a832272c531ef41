import Emulation

/// The ranking table of a cluster-year (rank, unit, subtotals, bonus, deduction, total,
/// classification, proposal, reason), for `thidua rank` and the exports.
public struct RankingDocument: Sendable {
    public var cluster: Cluster
    public var year: Int
    public var tree: CriteriaTree
    public var rules: RuleSet
    public var review: Review
    public var note: String

    public init(cluster: Cluster, year: Int, tree: CriteriaTree, rules: RuleSet, review: Review, note: String) {
        self.cluster = cluster
        self.year = year
        self.tree = tree
        self.rules = rules
        self.review = review
        self.note = note
    }

    public init(_ snapshot: YearSnapshot) {
        self.init(cluster: snapshot.cluster, year: snapshot.reference.year, tree: snapshot.tree, rules: snapshot.rules,
                  review: snapshot.review(), note: snapshot.note)
    }

    public func table(_ words: DocumentWords) -> TextTable {
        let header = [words.columnRank, words.columnUnit] + tree.majors.map { words.columnCriterion($0.code) }
            + [words.columnBonus, words.columnDeduction, words.columnTotal, words.columnClassification, words.columnProposal, words.columnReason]
        let rows = review.ranking.entries.map { entry -> [String] in
            let proposal = review.proposal(unitID: entry.unit.id)
            let rank = String(entry.rank) + (entry.isTied ? words.tiedMark : "")
            return [rank, entry.unit.name]
                + tree.majors.map { DecimalText.format(entry.result.subtotal(major: $0.code)) }
                + [DecimalText.format(entry.result.bonus), DecimalText.format(entry.result.deduction), DecimalText.format(entry.result.total),
                   words.classificationShort(entry.result.classification),
                   proposal.map { words.proposalLabel($0, rules: rules) } ?? words.notProposed,
                   proposal.map { words.reasons($0, rules: rules) } ?? ""]
        }
        let numeric = Set(2..<(2 + tree.majors.count + 3))
        return TextTable(header: header, rows: rows, rightAligned: numeric.union([0]))
    }

    public func title(_ words: DocumentWords) -> String { words.rankingTitle(cluster.name + " (" + cluster.code + ")", year) }

    public func plain(_ words: DocumentWords) -> String {
        var text = title(words) + "\n\n" + table(words).plain()
        if !note.isEmpty { text += "\n" + words.generatedNote(note) + "\n" }
        return text
    }

    /// For A4: at most 78 columns; the table becomes one block per unit when it is wider.
    public func text(_ words: DocumentWords) -> String {
        var lines = PrintedText.wrap(title(words), indent: "") + [""] + PrintedText.table(table(words))
        if !note.isEmpty { lines += [""] + PrintedText.wrap(words.generatedNote(note), indent: "") }
        return PrintedText.join(lines)
    }

    public func markdown(_ words: DocumentWords) -> String {
        var text = "# " + title(words) + "\n\n" + table(words).markdown()
        if !note.isEmpty { text += "\n_" + words.generatedNote(note) + "_\n" }
        return text
    }
}
