import Emulation

/// One thing wrong in a rules file, where it is: the line (1-based) and the key path
/// ("awards[2].quota", counting list items from 1 as a person does), so that a secretary who
/// edited the file in a text editor finds it at once.
public struct RulesFileError: Error, Hashable, Sendable {
    public enum Problem: Hashable, Sendable {
        /// The bytes are not UTF-8 text.
        case notUTF8
        /// The file holds no rules at all.
        case empty
        /// Not YAML: the parser's own description (in English, from libyaml).
        case syntax(String)
        /// A mapping ("key: value" lines), a list, or a single value was expected here.
        case expected(Shape)
        /// A key the format does not have (a typo must not be silently ignored).
        case unknownKey(String, known: [String])
        case missingKey(String)
        case duplicateKey(String)
        /// A word that is not one of those allowed ("band: superb").
        case notOneOf(String, allowed: [String])
        case notPoints(String)
        case notWholeNumber(String)
        /// Not "2/3": a ratio of two whole numbers with a denominator above 0.
        case notFraction(String)
        /// Not "1", "20%" or "unlimited".
        case notQuota(String)
        /// Not "criterion 1" or "women_majority".
        case notTieBreak(String)
        case notBoolean(String)
        /// A free text (a name, a source) with a line break or a control character.
        case text(String, TextRule.Problem)
        /// The rules read, but do not hold together (`RuleSet.problems`); placed on the key at fault.
        case rule(RuleProblem)
    }

    public enum Shape: Hashable, Sendable {
        case mapping
        case list
        case value
    }

    /// 1-based; 0 when the problem is about the file as a whole.
    public var line: Int
    /// Empty when the problem is about the file as a whole.
    public var path: String
    public var problem: Problem

    public init(line: Int, path: String, problem: Problem) {
        self.line = line
        self.path = path
        self.problem = problem
    }
}

/// Everything wrong with a rules file, in the order of its lines: nothing is applied while any remains.
public struct RulesFileErrors: Error, Hashable, Sendable {
    public var errors: [RulesFileError]

    public init(_ errors: [RulesFileError]) {
        self.errors = errors.enumerated().sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }.map(\.element)
    }
}
