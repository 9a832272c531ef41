import Emulation

extension DocumentWords {
    /// The reasons of a proposal in words: "hạng 1/8, 96,50 điểm, xuất sắc, đã đăng ký Cờ CP".
    /// For a proposed unit only what explains its award is shown; for "not proposed" every
    /// award's obstacle is, so the meeting sees why.
    public func reasons(_ proposal: AwardProposal, rules: RuleSet) -> String {
        let short = { (code: String) in rules.award(code: code).map(self.awardShort) ?? code }
        // The basics joined by ", ", then each detail after "; ", written into two strings as they
        // come (no arrays joined): `thidua rank` of a province writes 10,000 of these.
        var basics = ""
        var details = ""
        var basicCount = 0
        func basic(_ text: String) {
            if basicCount > 0 { basics += ", " }
            basics += text
            basicCount += 1
        }
        func detail(_ text: String) {
            details += "; "
            details += text
        }
        let proposed = proposal.award != nil
        for reason in proposal.reasons {
            switch reason {
            case .rank(let rank, let count): basic(reasonRank(rank, count))
            case .total(let points): basic(reasonPoints(DecimalText.format(points)))
            case .classification(let band): basic(classificationShort(band))
            case .registered(let award): basic(reasonRegistered(short(award)))
            case .tiedNeedsVote(let award): detail(reasonTied(short(award)))
            case .ineligible(let cause, let note): detail(reasonIneligible(ineligibleCause(cause), note))
            case .deferred(let cause, let note): detail(reasonDeferred(ineligibleCause(cause), note))
            case .notRegistered(let award): detail(reasonNotRegistered(short(award)))
            case .voteFailed(let award): detail(reasonVoteFailed(short(award)))
            case .tieLostVote(let award): detail(reasonTieLostVote(short(award)))
            case .notLeader(let award): if !proposed { detail(reasonNotLeader(short(award))) }
            case .belowClassification(let award, let required):
                if !proposed { detail(reasonBelow(short(award), classificationShort(required))) }
            case .quotaUsed(let award): if !proposed { detail(reasonQuotaUsed(short(award))) }
            }
        }
        return basics + details
    }

    /// The sources of the rules behind a proposal, as the rule set cites them (none when they are
    /// this project's defaults): the award's and the award list's, the eligibility rule's for a
    /// barred unit, the ranking's when a tie-break decided.
    public func sources(_ proposal: AwardProposal, rules: RuleSet, decidedByTieBreak: Bool) -> [String] {
        var sources: [String] = []
        func add(_ text: String?) {
            if let text, !text.isEmpty, !sources.contains(text) { sources.append(text) }
        }
        if let code = proposal.award { add(rules.award(code: code)?.source) }
        if proposal.award != nil || proposal.reasons.contains(where: { if case .quotaUsed = $0 { return true } else { return false } }) {
            add(rules.source(of: .awards))
        }
        for reason in proposal.reasons {
            switch reason {
            case .ineligible, .deferred: add(rules.source(of: .eligibility))
            case .voteFailed, .tieLostVote, .tiedNeedsVote: add(rules.source(of: .votes))
            case .classification: add(rules.source(of: .classification))
            default: break
            }
        }
        if decidedByTieBreak { add(rules.source(of: .ranking)) }
        return sources
    }

    /// The award proposed, or "not proposed"; tied places are marked.
    public func proposalLabel(_ proposal: AwardProposal, rules: RuleSet) -> String {
        guard let code = proposal.award else {
            let isDeferred = proposal.reasons.contains { if case .deferred = $0 { return true } else { return false } }
            return isDeferred ? deferred : notProposed
        }
        let name = rules.award(code: code).map(awardShort) ?? code
        return proposal.tiedForQuota ? name + " (" + tiedMark + ")" : name
    }
}
