import EmulationStore
import TerminalUI

extension ErrorWords {
    static func describe(_ error: RulesCommandError, words: Catalogue) -> String {
        let rules = words.rulesCommand
        switch error {
        case .unreadable(let file): return words.fileUnreadable(file)
        case .invalidFile(let file, let errors, let applying):
            let lines = errors.map { describe($0, file: file, words: words) }
            return (lines + (applying ? [rules.notApplied(errors.count)] : [])).joined(separator: "\n")
        case .reasonRequired(let cluster, let year): return rules.reasonRequired(cluster, year)
        case .diffNeedsSides: return rules.diffNeedsSides
        }
    }

    /// "rules.yaml:14: awards[2].quota: Chỉ tiêu của «co-tinh» không được âm.", as a compiler
    /// names a line: the file as typed, the line, the key path, what is wrong.
    static func describe(_ error: RulesFileError, file: String, words: Catalogue) -> String {
        var location = file + (error.line > 0 ? ":\(error.line)" : "") + ":"
        if !error.path.isEmpty { location += " " + error.path + ":" }
        return location + " " + problem(error.problem, words: words)
    }

    static func problem(_ problem: RulesFileError.Problem, words: Catalogue) -> String {
        let rules = words.rulesCommand
        switch problem {
        case .notUTF8: return rules.notUTF8
        case .empty: return rules.empty
        case .syntax(let detail): return rules.syntax(detail)
        case .expected(.mapping): return rules.expectedMapping
        case .expected(.list): return rules.expectedList
        case .expected(.value): return rules.expectedValue
        case .unknownKey(let key, let known): return rules.unknownKey(shown(key), known.joined(separator: ", "))
        case .missingKey(let key): return rules.missingKey(key)
        case .duplicateKey(let key): return rules.duplicateKey(shown(key))
        case .notOneOf(let value, let allowed): return rules.notOneOf(shown(value), allowed.joined(separator: ", "))
        case .notPoints(let value): return rules.notPoints(shown(value))
        case .notWholeNumber(let value): return rules.notWholeNumber(shown(value))
        case .notFraction(let value): return rules.notFraction(shown(value))
        case .notQuota(let value): return rules.notQuota(shown(value))
        case .notTieBreak(let value): return rules.notTieBreak(shown(value))
        case .notBoolean(let value): return rules.notBoolean(shown(value))
        case .text(let value, let problem): return words.issueValue(shown(value)) + ": " + words.importProblem(ImportProblemWords(problem, text: value))
        case .rule(let problem): return words.rules.problem(problem)
        }
    }
}
