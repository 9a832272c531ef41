import Emulation

extension DocumentWords {
    /// A decision in one line, the award named as that year's rules name it (with the cluster's
    /// authority in it): the award granted, or, when none was, the one proposed.
    public func decision(_ decision: AwardDecision, rules: RuleSet, cluster: Cluster) -> String {
        let code = decision.grantedAward ?? decision.proposed
        let award = rules.award(code: code).map { AwardWording.officialName(awardName($0), cluster: cluster) } ?? code
        return decisionLine(decision.number, decision.date.vietnamese, decision.authority, decisionOutcome(decision.outcome), award)
    }

    /// One year of a unit's history in one line, with its decision when there is one.
    public func history(_ entry: AwardHistoryEntry) -> String {
        historyResult(entry) + (historyDecision(entry).map { " · " + $0 } ?? "")
    }

    /// The year's result: "2023 · HP-KH · hạng 2/8 · 93,40 · xuất sắc · đề nghị Cờ tỉnh".
    public func historyResult(_ entry: AwardHistoryEntry) -> String {
        historyLine(entry.year, entry.clusterCode, entry.rank, entry.members, DecimalText.format(entry.total), classificationShort(entry.classification),
                    entry.proposed.map(awardShort))
    }

    /// The year's decision, when one was recorded.
    public func historyDecision(_ entry: AwardHistoryEntry) -> String? {
        guard let decision = entry.decision else { return nil }
        let award = entry.granted.map(awardShort) ?? entry.proposed.map(awardShort) ?? decision.proposed
        return decisionLine(decision.number, decision.date.vietnamese, decision.authority, decisionOutcome(decision.outcome), award)
    }
}
