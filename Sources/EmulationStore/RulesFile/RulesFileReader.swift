import Emulation
import Yams

/// Reads composed YAML nodes, value by value, into what a rule set is made of. It goes on after a
/// problem, so that a file is refused once with all it has wrong; each problem and each key read
/// is noted with its line, the latter for the rules' own check to be placed later.
struct RulesFileReader {
    private(set) var errors: [RulesFileError] = []
    /// The line of every key path read ("awards[2].quota" → 31).
    private(set) var lines: [String: Int] = [:]

    /// A mapping's values by key, its keys checked: each must be `known`, none twice (Yams
    /// refuses that while composing), and all present but `optional` ones. nil when `node` is
    /// no mapping.
    mutating func fields(_ node: Node, path: String, known: [String], optional: Set<String> = [RulesFileKey.source]) -> [String: Node]? {
        guard let mapping = node.mapping else {
            fail(node, path, .expected(.mapping))
            return nil
        }
        var fields: [String: Node] = [:]
        for (key, value) in mapping {
            let name = key.scalar?.string ?? ""
            let keyPath = RulesFileKey.path(path, name)
            guard key.scalar != nil, known.contains(name) else {
                fail(key, key.scalar == nil ? path : keyPath, .unknownKey(name, known: known))
                continue
            }
            note(key, keyPath)
            fields[name] = value
        }
        for name in known where fields[name] == nil && !optional.contains(name) {
            fail(node, path, .missingKey(name))
        }
        return fields
    }

    /// A list's items; nil when `node` is not a list.
    mutating func items(_ node: Node, path: String) -> [Node]? {
        guard let sequence = node.sequence else {
            fail(node, path, .expected(.list))
            return nil
        }
        return Array(sequence)
    }

    /// A single value as written; nil when it is a mapping or a list.
    mutating func text(_ node: Node, path: String) -> String? {
        guard let scalar = node.scalar else {
            fail(node, path, .expected(.value))
            return nil
        }
        return scalar.string
    }

    /// The free text of `key` (a name, a wording, a source), or "" when it may be left out and
    /// is. One line without control characters (`TextRule`), as every screen and document shows it.
    mutating func text(_ fields: [String: Node], _ key: String, path: String) -> String? {
        guard let node = fields[key] else { return key == RulesFileKey.source ? "" : nil }
        return line(node, path: RulesFileKey.path(path, key))
    }

    mutating func line(_ node: Node, path: String) -> String? {
        guard let text = text(node, path: path) else { return nil }
        if let problem = TextRule.problem(in: text) {
            fail(node, path, .text(text, problem))
            return nil
        }
        return text
    }

    /// The value of `key` read by `read`; `problem` says what it is not.
    mutating func value<Value>(_ fields: [String: Node], _ key: String, path: String, _ read: (String) -> Value?,
                               otherwise problem: (String) -> RulesFileError.Problem) -> Value? {
        guard let node = fields[key] else { return nil }
        return value(node, path: RulesFileKey.path(path, key), read, otherwise: problem)
    }

    mutating func value<Value>(_ node: Node, path: String, _ read: (String) -> Value?,
                               otherwise problem: (String) -> RulesFileError.Problem) -> Value? {
        guard let text = text(node, path: path) else { return nil }
        guard let value = read(text) else {
            fail(node, path, problem(text))
            return nil
        }
        return value
    }

    /// One of a closed set of words (an enum's cases as the file writes them).
    mutating func choice<Value>(_ fields: [String: Node], _ key: String, path: String, _ cases: [Value], offered: [Value]? = nil,
                                word: (Value) -> String) -> Value? {
        value(fields, key, path: path, { RulesFileValue.choice($0, cases, word: word) },
              otherwise: { .notOneOf($0, allowed: (offered ?? cases).map(word)) })
    }

    /// Notes where a list item is, for the rules' check (a repeated cause, an unknown criterion).
    mutating func note(_ node: Node, _ path: String) {
        lines[path] = node.mark?.line ?? 0
    }

    mutating func fail(_ node: Node, _ path: String, _ problem: RulesFileError.Problem) {
        errors.append(RulesFileError(line: node.mark?.line ?? 0, path: path, problem: problem))
    }
}
