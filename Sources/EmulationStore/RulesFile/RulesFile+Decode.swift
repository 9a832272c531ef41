import Emulation
import Foundation
import Yams

extension RulesFile {
    /// The rule set a rules file holds, with the line of each key, so that the rules' own check
    /// (`RuleSet.problems`, which needs the year's grid) can be placed in the file afterwards.
    public struct Decoded: Sendable {
        public var rules: RuleSet
        let lines: [String: Int]
    }

    /// Reads a rules file. Throws `RulesFileErrors`, every problem with its line and key path:
    /// text that is not YAML, a key the format does not have (a typo is never ignored), one
    /// missing, a value of the wrong kind. The rules are not checked against each other here
    /// (that needs the year's grid): see `Decoded.errors(for:)`.
    public static func read(_ text: String) throws -> Decoded {
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: text) else { throw RulesFileErrors([RulesFileError(line: 0, path: "", problem: .empty)]) }
            root = node
        } catch let error as YamlError {
            throw RulesFileErrors([located(error)])
        }
        var reader = RulesFileReader()
        let rules = rules(root, &reader)
        guard reader.errors.isEmpty, let rules else { throw RulesFileErrors(reader.errors) }
        return Decoded(rules: rules, lines: reader.lines)
    }

    /// `read` from a file's bytes, which must be UTF-8.
    public static func read(_ data: Data) throws -> Decoded {
        guard let text = String(data: data, encoding: .utf8) else { throw RulesFileErrors([RulesFileError(line: 0, path: "", problem: .notUTF8)]) }
        return try read(text)
    }

    /// The rule set of a rules file; throws `RulesFileErrors`.
    public static func decode(_ text: String) throws -> RuleSet { try read(text).rules }

    private static func located(_ error: YamlError) -> RulesFileError {
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            let detail = context.map { problem + " (" + $0.text + ")" } ?? problem
            return RulesFileError(line: mark.line, path: "", problem: .syntax(detail))
        case .duplicatedKeysInMapping(let duplicates, let context):
            return RulesFileError(line: context.mark.line, path: "", problem: .duplicateKey(duplicates.first ?? ""))
        case .reader(let problem, let offset, _, let yaml):
            let line = offset.map { yaml.prefix($0).count { $0 == "\n" } + 1 } ?? 0
            return RulesFileError(line: line, path: "", problem: .syntax(problem))
        case .no, .memory, .writer, .emitter, .representer, .dataCouldNotBeDecoded:
            return RulesFileError(line: 0, path: "", problem: .syntax(error.description))
        }
    }

    private static func rules(_ root: Node, _ reader: inout RulesFileReader) -> RuleSet? {
        guard let top = reader.fields(root, path: "", known: RulesFileKey.topLevel, optional: [RulesFileKey.awardsSource]) else { return nil }
        var sources: [RuleGroup: String] = [:]
        func cite(_ group: RuleGroup, _ text: String?) {
            if let text, !text.isEmpty { sources[group] = text }
        }

        var scoring: (final: FinalScoreRule?, bonus: Points?, deduction: Points?, gap: Int?)
        if let node = top[RulesFileKey.scoring] {
            let path = RulesFileKey.scoring
            if let fields = reader.fields(node, path: path, known: RulesFileKey.scoringKeys) {
                scoring.final = reader.choice(fields, RulesFileKey.finalScore, path: path, FinalScoreRule.allCases, word: RulesFileValue.word)
                scoring.bonus = reader.value(fields, RulesFileKey.bonusMaximum, path: path, RulesFileValue.points, otherwise: { .notPoints($0) })
                scoring.deduction = reader.value(fields, RulesFileKey.deductionMaximum, path: path, RulesFileValue.points,
                                                 otherwise: { .notPoints($0) })
                scoring.gap = reader.value(fields, RulesFileKey.gapFlagPercent, path: path, RulesFileValue.wholeNumber,
                                           otherwise: { .notWholeNumber($0) })
                cite(.scoring, reader.text(fields, RulesFileKey.source, path: path))
            }
        }

        var bands: (excellent: Points?, good: Points?, completed: Points?)
        if let node = top[RulesFileKey.classification] {
            let path = RulesFileKey.classification
            if let fields = reader.fields(node, path: path, known: RulesFileKey.classificationKeys) {
                bands.excellent = reader.value(fields, RulesFileKey.excellent, path: path, RulesFileValue.points, otherwise: { .notPoints($0) })
                bands.good = reader.value(fields, RulesFileKey.good, path: path, RulesFileValue.points, otherwise: { .notPoints($0) })
                bands.completed = reader.value(fields, RulesFileKey.completed, path: path, RulesFileValue.points, otherwise: { .notPoints($0) })
                cite(.classification, reader.text(fields, RulesFileKey.source, path: path))
            }
        }

        var tieBreaks: [TieBreak]?
        if let node = top[RulesFileKey.ranking] {
            let path = RulesFileKey.ranking
            if let fields = reader.fields(node, path: path, known: RulesFileKey.rankingKeys) {
                tieBreaks = list(fields[RulesFileKey.tieBreaks], path: RulesFileKey.path(path, RulesFileKey.tieBreaks), &reader) { node, path, reader in
                    reader.value(node, path: path, RulesFileValue.tieBreak, otherwise: { .notTieBreak($0) })
                }
                cite(.ranking, reader.text(fields, RulesFileKey.source, path: path))
            }
        }

        if let node = top[RulesFileKey.awardsSource] {
            cite(.awards, reader.line(node, path: RulesFileKey.awardsSource))
        }
        let awards = list(top[RulesFileKey.awards], path: RulesFileKey.awards, &reader, award)

        var eligibility: (causes: [Eligibility.Cause]?, treatment: EligibilityRule.Treatment?)
        if let node = top[RulesFileKey.eligibility] {
            let path = RulesFileKey.eligibility
            if let fields = reader.fields(node, path: path, known: RulesFileKey.eligibilityKeys) {
                eligibility.causes = list(fields[RulesFileKey.causes], path: RulesFileKey.path(path, RulesFileKey.causes), &reader) { node, path, reader in
                    reader.value(node, path: path, { RulesFileValue.choice($0, Eligibility.Cause.allCases, word: RulesFileValue.word) },
                                 otherwise: { .notOneOf($0, allowed: Eligibility.Cause.allCases.map(RulesFileValue.word)) })
                }
                eligibility.treatment = reader.choice(fields, RulesFileKey.ineligible, path: path, EligibilityRule.Treatment.allCases,
                                                      word: RulesFileValue.word)
                cite(.eligibility, reader.text(fields, RulesFileKey.source, path: path))
            }
        }

        var votes: (base: VoteBase?, quorum: Fraction?, threshold: Fraction?)
        if let node = top[RulesFileKey.votes] {
            let path = RulesFileKey.votes
            if let fields = reader.fields(node, path: path, known: RulesFileKey.votesKeys) {
                votes.base = reader.choice(fields, RulesFileKey.base, path: path, VoteBase.allCases, word: RulesFileValue.word)
                votes.quorum = reader.value(fields, RulesFileKey.quorum, path: path, RulesFileValue.fraction, otherwise: { .notFraction($0) })
                votes.threshold = reader.value(fields, RulesFileKey.passThreshold, path: path, RulesFileValue.fraction,
                                               otherwise: { .notFraction($0) })
                cite(.votes, reader.text(fields, RulesFileKey.source, path: path))
            }
        }

        guard let finalScore = scoring.final, let bonus = scoring.bonus, let deduction = scoring.deduction, let gap = scoring.gap,
              let excellent = bands.excellent, let good = bands.good, let completed = bands.completed, let tieBreaks, let awards,
              let causes = eligibility.causes, let treatment = eligibility.treatment,
              let base = votes.base, let quorum = votes.quorum, let threshold = votes.threshold else { return nil }
        return RuleSet(
            bands: ClassificationBands(excellent: excellent, good: good, completed: completed), awards: awards, tieBreaks: tieBreaks,
            quorum: quorum, passThreshold: threshold, gapFlagPercent: gap, bonusMaximum: bonus, deductionMaximum: deduction,
            finalScore: finalScore, eligibility: EligibilityRule(causes: causes, treatment: treatment), voteBase: base, sources: sources)
    }

    /// A list read item by item; nil when the list or any item could not be read.
    private static func list<Item>(_ node: Node?, path: String, _ reader: inout RulesFileReader,
                                   _ item: (Node, String, inout RulesFileReader) -> Item?) -> [Item]? {
        guard let node, let nodes = reader.items(node, path: path) else { return nil }
        var items: [Item] = []
        var complete = true
        for (index, node) in nodes.enumerated() {
            let itemPath = RulesFileKey.path(path, item: index)
            reader.note(node, itemPath)
            if let value = item(node, itemPath, &reader) { items.append(value) } else { complete = false }
        }
        return complete ? items : nil
    }

    private static func award(_ node: Node, path: String, _ reader: inout RulesFileReader) -> AwardRule? {
        guard let fields = reader.fields(node, path: path, known: RulesFileKey.awardKeys) else { return nil }
        let code = reader.text(fields, RulesFileKey.code, path: path)
        let name = reader.text(fields, RulesFileKey.name, path: path)
        let nameEnglish = reader.text(fields, RulesFileKey.nameEnglish, path: path)
        let short = reader.text(fields, RulesFileKey.shortName, path: path)
        let shortEnglish = reader.text(fields, RulesFileKey.shortNameEnglish, path: path)
        let band = reader.choice(fields, RulesFileKey.band, path: path, Classification.allCases, offered: RulesFileValue.awardBands,
                                 word: RulesFileValue.word)
        let quota = reader.value(fields, RulesFileKey.quota, path: path, RulesFileValue.quota, otherwise: { .notQuota($0) })
        let registration = reader.value(fields, RulesFileKey.requiresRegistration, path: path, RulesFileValue.boolean,
                                        otherwise: { .notBoolean($0) })
        let passesDown = reader.value(fields, RulesFileKey.passesDown, path: path, RulesFileValue.boolean, otherwise: { .notBoolean($0) })
        let authority = reader.text(fields, RulesFileKey.authority, path: path)
        let recipient = reader.text(fields, RulesFileKey.recipient, path: path)
        let source = reader.text(fields, RulesFileKey.source, path: path)
        guard let code, let name, let nameEnglish, let short, let shortEnglish, let band, let quota, let registration, let passesDown,
              let authority, let recipient, let source else { return nil }
        return AwardRule(code: code, nameVietnamese: name, nameEnglish: nameEnglish, shortVietnamese: short, shortEnglish: shortEnglish,
                         quota: quota, minimumClassification: band, requiresRegistration: registration, leaderOnly: !passesDown,
                         authority: authority, recipient: recipient, source: source)
    }
}
