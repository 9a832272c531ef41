import Emulation
import Yams

/// A cluster-year's rules as a readable YAML file, for a secretary to keep, edit and apply
/// (`thidua rules export`, `thidua rules import`), and for rule packs to ship. English keys,
/// values in words and plain numbers, Vietnamese text as it is; a comment in Vietnamese above
/// each group says what its values may be. Written from YAML nodes and read back as nodes, so
/// that every problem names its line and key. Export, import and export again give the same bytes.
public enum RulesFile {
    public static func encode(_ rules: RuleSet) -> String {
        var parts = [header]
        for group in RuleGroup.allCases {
            parts.append(comment(group))
            switch group {
            case .scoring:
                parts.append(emit(mapping([(RulesFileKey.scoring, mapping([
                    (RulesFileKey.finalScore, plain(RulesFileValue.word(rules.finalScore))),
                    (RulesFileKey.bonusMaximum, plain(RulesFileValue.word(rules.bonusMaximum))),
                    (RulesFileKey.deductionMaximum, plain(RulesFileValue.word(rules.deductionMaximum))),
                    (RulesFileKey.gapFlagPercent, plain(String(rules.gapFlagPercent))),
                    (RulesFileKey.source, text(rules.sources[.scoring] ?? "")),
                ]))])))
            case .classification:
                parts.append(emit(mapping([(RulesFileKey.classification, mapping([
                    (RulesFileKey.excellent, plain(RulesFileValue.word(rules.bands.excellent))),
                    (RulesFileKey.good, plain(RulesFileValue.word(rules.bands.good))),
                    (RulesFileKey.completed, plain(RulesFileValue.word(rules.bands.completed))),
                    (RulesFileKey.source, text(rules.sources[.classification] ?? "")),
                ]))])))
            case .ranking:
                parts.append(emit(mapping([(RulesFileKey.ranking, mapping([
                    (RulesFileKey.tieBreaks, flow(rules.tieBreaks.map(RulesFileValue.word))),
                    (RulesFileKey.source, text(rules.sources[.ranking] ?? "")),
                ]))])))
            case .awards:
                let source = emit(mapping([(RulesFileKey.awardsSource, text(rules.sources[.awards] ?? ""))]))
                if rules.awards.isEmpty {
                    parts.append(source + emit(mapping([(RulesFileKey.awards, flow([]))])))
                } else {
                    // One award a paragraph: each list item written on its own, under the key.
                    parts.append(source + RulesFileKey.awards + ":\n" + rules.awards.map { emit(Node([award($0)])) }.joined(separator: "\n"))
                }
            case .eligibility:
                parts.append(emit(mapping([(RulesFileKey.eligibility, mapping([
                    (RulesFileKey.causes, flow(rules.eligibility.causes.map(RulesFileValue.word))),
                    (RulesFileKey.ineligible, plain(RulesFileValue.word(rules.eligibility.treatment))),
                    (RulesFileKey.source, text(rules.sources[.eligibility] ?? "")),
                ]))])))
            case .votes:
                parts.append(emit(mapping([(RulesFileKey.votes, mapping([
                    (RulesFileKey.base, plain(RulesFileValue.word(rules.voteBase))),
                    (RulesFileKey.quorum, plain(RulesFileValue.word(rules.quorum))),
                    (RulesFileKey.passThreshold, plain(RulesFileValue.word(rules.passThreshold))),
                    (RulesFileKey.source, text(rules.sources[.votes] ?? "")),
                ]))])))
            }
        }
        return parts.joined(separator: "\n")
    }

    private static func award(_ award: AwardRule) -> Node {
        mapping([
            (RulesFileKey.code, text(award.code)),
            (RulesFileKey.name, text(award.nameVietnamese)),
            (RulesFileKey.nameEnglish, text(award.nameEnglish)),
            (RulesFileKey.shortName, text(award.shortVietnamese)),
            (RulesFileKey.shortNameEnglish, text(award.shortEnglish)),
            (RulesFileKey.band, plain(RulesFileValue.word(award.minimumClassification))),
            (RulesFileKey.quota, plain(RulesFileValue.word(award.quota))),
            (RulesFileKey.requiresRegistration, plain(RulesFileValue.word(award.requiresRegistration))),
            (RulesFileKey.passesDown, plain(RulesFileValue.word(award.passesDown))),
            (RulesFileKey.authority, text(award.authority)),
            (RulesFileKey.recipient, text(award.recipient)),
            (RulesFileKey.source, text(award.source)),
        ])
    }

    private static func mapping(_ pairs: [(String, Node)]) -> Node {
        Node(pairs.map { (Node($0.0), $0.1) })
    }

    /// A word or a number, written as it is.
    private static func plain(_ value: String) -> Node { Node(value) }

    /// Free text (a name, a source): as it is where YAML allows, else quoted; empty as ''.
    private static func text(_ value: String) -> Node {
        Node(value, Tag(.str), value.isEmpty ? .singleQuoted : .any)
    }

    /// A short list on one line: [criterion 1, criterion 2].
    private static func flow(_ words: [String]) -> Node {
        Node(words.map { Node($0, Tag(.str)) }, Tag(.seq), .flow)
    }

    /// The YAML text of a node: Unicode written as is, no line folded, indented by two.
    private static func emit(_ node: Node) -> String {
        do {
            return try Yams.serialize(node: node, indent: 2, width: -1, allowUnicode: true)
        } catch {
            // The nodes above are plain mappings, lists and strings, which libyaml always writes.
            preconditionFailure("a rules file could not be written: \(error)")
        }
    }
}
