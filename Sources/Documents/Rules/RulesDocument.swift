import Emulation

/// Every rule of a cluster-year in words, grouped as DOMAIN.md lists them, each group with the
/// source it cites or the note that it is this project's default: what `thidua rules show`
/// prints and the rules screen lists.
public struct RulesDocument: Sendable {
    public var rules: RuleSet
    public var tree: CriteriaTree
    public var cluster: Cluster
    public var year: Int
    /// The year's member count, for quotas given as a share and for the quorum.
    public var members: Int

    public init(rules: RuleSet, tree: CriteriaTree, cluster: Cluster, year: Int, members: Int) {
        self.rules = rules
        self.tree = tree
        self.cluster = cluster
        self.year = year
        self.members = members
    }

    /// One shown rule.
    public struct Line: Hashable, Sendable {
        public var field: RuleField
        public var label: String
        public var value: String
    }

    public func lines(_ words: RuleWords) -> [Line] {
        RuleField.all(in: rules).map { Line(field: $0, label: words.label($0, rules), value: words.value($0, rules, cluster, members: members)) }
    }

    /// The plain text of `rules show`: a title, then each group's title and its lines.
    public func text(_ words: RuleWords) -> String {
        let lines = self.lines(words)
        var output = [words.title(cluster.code, cluster.name, year), ""]
        for group in RuleGroup.allCases {
            output.append(words.groupTitle(group))
            let members = lines.filter { $0.field.group == group }
            let width = members.map { DisplayWidth.of($0.label) }.max() ?? 0
            for line in members {
                let label = line.label + String(repeating: " ", count: max(0, width - DisplayWidth.of(line.label)))
                output.append("  " + label + "  " + line.value)
            }
            output.append("")
        }
        return output.joined(separator: "\n")
    }
}
