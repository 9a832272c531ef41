import Emulation

extension RulesFile.Decoded {
    /// The rules' own problems (`RuleSet.problems`, found by the store against the year's grid)
    /// placed on the key at fault: a negative quota on that award's `quota` line, a repeated
    /// cause on its second mention. A problem of several keys (bands out of order) is placed on
    /// its group.
    public func errors(for problems: [RuleProblem]) -> [RulesFileError] {
        // The n-th "twice" problem of a value is about its (n+1)-th mention, as the check finds them.
        var repeats: [String: Int] = [:]
        return problems.map { problem in
            let path = path(of: problem, repeats: &repeats)
            return RulesFileError(line: lines[path] ?? lines[groupPath(of: path)] ?? 0, path: path, problem: .rule(problem))
        }
    }

    private func path(of problem: RuleProblem, repeats: inout [String: Int]) -> String {
        typealias Key = RulesFileKey
        func award(_ index: Int?, _ key: String) -> String {
            guard let index else { return Key.awards }
            return Key.path(Key.path(Key.awards, item: index), key)
        }
        /// The mention a problem is about: for a value said twice, the second and later mentions
        /// (`skipFirst`); for a value that is wrong each time, every mention in turn.
        func mention<Element>(_ list: [Element], _ id: String, skipFirst: Bool, where matches: (Element) -> Bool) -> Int? {
            let mentions = list.indices.filter { matches(list[$0]) }
            let seen = repeats[id, default: 0]
            repeats[id] = seen + 1
            let wanted = seen + (skipFirst ? 1 : 0)
            return mentions.indices.contains(wanted) ? mentions[wanted] : mentions.last
        }
        func isNegative(_ quota: Quota) -> Bool {
            switch quota {
            case .unlimited: return false
            case .count(let count): return count < 0
            case .percentOfMembers(let percent): return percent < 0
            }
        }
        let scoring = { (key: String) in Key.path(Key.scoring, key) }
        switch problem {
        case .bandsOutOfOrder: return Key.classification
        case .bandAboveMaximum(let band, _, _): return Key.path(Key.classification, RulesFileValue.word(band))
        case .negativeCap(.bonus): return scoring(Key.bonusMaximum)
        case .negativeCap(.deduction): return scoring(Key.deductionMaximum)
        case .gapPercentOutOfRange: return scoring(Key.gapFlagPercent)
        case .duplicateAwardCode(let code):
            return award(mention(rules.awards, "award " + code, skipFirst: true) { $0.code == code }, Key.code)
        case .emptyAwardCode:
            return award(mention(rules.awards, "empty code", skipFirst: false) { $0.code.isEmpty }, Key.code)
        case .emptyAwardName(let code):
            return award(rules.awards.firstIndex { $0.code == code && $0.nameVietnamese.isEmpty }, Key.name)
        case .negativeQuota(let code):
            return award(rules.awards.firstIndex { $0.code == code && isNegative($0.quota) }, Key.quota)
        case .shareAboveAllMembers(let code, _):
            return award(rules.awards.firstIndex { award in
                if case .percentOfMembers(let percent) = award.quota, award.code == code { return percent > 100 }
                return false
            }, Key.quota)
        case .awardWithoutBand(let code):
            return award(rules.awards.firstIndex { $0.code == code && $0.minimumClassification == .notCompleted }, Key.band)
        case .unknownTieBreakCriterion(let code):
            let index = rules.tieBreaks.firstIndex(of: .majorSubtotal(code: code))
            return index.map { Key.path(Key.path(Key.ranking, Key.tieBreaks), item: $0) } ?? Key.path(Key.ranking, Key.tieBreaks)
        case .duplicateTieBreak(let tieBreak):
            let index = mention(rules.tieBreaks, "tie " + RulesFileValue.word(tieBreak), skipFirst: true) { $0 == tieBreak }
            return index.map { Key.path(Key.path(Key.ranking, Key.tieBreaks), item: $0) } ?? Key.path(Key.ranking, Key.tieBreaks)
        case .duplicateCause(let cause):
            let index = mention(rules.eligibility.causes, "cause " + RulesFileValue.word(cause), skipFirst: true) { $0 == cause }
            return index.map { Key.path(Key.path(Key.eligibility, Key.causes), item: $0) } ?? Key.path(Key.eligibility, Key.causes)
        case .quorumOutOfRange: return Key.path(Key.votes, Key.quorum)
        case .thresholdOutOfRange: return Key.path(Key.votes, Key.passThreshold)
        }
    }

    /// "awards[2]" for "awards[2].quota", "scoring" for "scoring.bonus_maximum": where to point
    /// when the key itself was not read.
    private func groupPath(of path: String) -> String {
        guard let dot = path.lastIndex(of: ".") else { return path }
        return String(path[..<dot])
    }
}
