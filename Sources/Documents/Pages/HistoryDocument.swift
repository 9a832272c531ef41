import Emulation

/// Each unit's award history (danh hiệu, hình thức khen thưởng qua các năm): one row per unit and
/// year it was ranked, with its rank, total, classification, the award proposed, and the
/// province's decision. Built from the years' reviews (storage reads them: `awardHistory`).
public struct HistoryDocument: Sendable {
    public var snapshot: YearSnapshot
    public var history: [MemberUnit.ID: [AwardHistoryEntry]]

    public init(_ snapshot: YearSnapshot, history: [MemberUnit.ID: [AwardHistoryEntry]]) {
        self.snapshot = snapshot
        self.history = history
    }

    /// Units in roster order, each one's years oldest first.
    public func table(_ words: DocumentWords) -> TextTable {
        let rows = snapshot.units.flatMap { unit in
            (history[unit.id] ?? []).map { entry -> [String] in
                let decision = entry.decision.map { "\($0.number) (\($0.date.vietnamese), \($0.authority)): \(words.decisionOutcome($0.outcome))" } ?? ""
                return [unit.name, String(entry.year), entry.clusterCode, "\(entry.rank)/\(entry.members)", DecimalText.format(entry.total),
                        words.classification(entry.classification), entry.proposed.map(words.awardName) ?? "", decision,
                        entry.granted.map(words.awardName) ?? ""]
            }
        }
        return TextTable(header: [words.columnUnit, words.columnYear, words.columnCluster, words.columnRank, words.columnTotal,
                                  words.columnClassification, words.columnProposal, words.columnDecision, words.columnGranted],
                         rows: rows, rightAligned: [1, 4])
    }

    public func markdown(_ words: DocumentWords) -> String {
        var lines: [String] = []
        for unit in snapshot.units {
            lines += ["## " + words.historyTitle(unit.name), ""]
            let entries = history[unit.id] ?? []
            lines += entries.isEmpty ? [words.none] : entries.map { "- " + words.history($0) }
            lines.append("")
        }
        return PrintedText.join(["# " + snapshot.cluster.name + " (" + snapshot.cluster.code + ")", ""] + lines)
    }
}
