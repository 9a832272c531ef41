import ArgumentParser
import Documents
import Emulation
import EmulationStore
import Foundation

/// `thidua rules show|export|import|diff`: a cluster-year's rules in words, as a YAML file to
/// keep or edit (RulesFile), applied back from such a file as one audited change, and compared.
struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "A year's rules: show them, export them as a YAML file, import an edited file (secretary), or compare.",
        subcommands: [Show.self, Export.self, Import.self, Diff.self])

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "show", abstract: "Print every rule of the year, each group with its source or the note that it is thidua's default.")
        @OptionGroup var options: GlobalOptions
        @Option(help: "Cluster code, e.g. HP-KH.") var cluster: String
        @Option(help: "Year, e.g. 2023.") var year: Int

        func run() throws {
            try runReportingErrors(options) {
                let snapshot = try options.openStore().snapshot(code: cluster, year: year)
                printOut(RulesCommand.document(snapshot.rules, snapshot).text(options.words.rules), terminator: "")
            }
        }
    }

    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "export", abstract: "Write the year's rules as a YAML file to edit and import again (standard output by default).")
        @OptionGroup var options: GlobalOptions
        @Option(help: "Cluster code, e.g. HP-KH.") var cluster: String
        @Option(help: "Year, e.g. 2023.") var year: Int
        @Option(name: .shortAndLong, help: "Write to this file instead of standard output.") var output: String?

        func run() throws {
            try runReportingErrors(options) {
                let store = try options.openStore()
                let text = RulesFile.encode(try store.rules(try store.clusterYear(code: cluster, year: year)))
                guard let output else {
                    printOut(text, terminator: "")
                    return
                }
                do {
                    // Beside the target, then renamed: a crash never leaves half a file.
                    try Data(text.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
                } catch {
                    throw ExportError.cannotWrite(path: output)
                }
                printError(options.words.exported(output))
            }
        }
    }

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import", abstract: "Replace the year's rules with those of a YAML file (secretary), printing what changed. Nothing is saved if the file has any problem.")
        @OptionGroup var options: GlobalOptions
        @Argument(help: "The rules file (YAML, UTF-8), e.g. from `thidua rules export` or RulePacks/.") var file: String
        @Option(help: "Cluster code, e.g. HP-KH.") var cluster: String
        @Option(help: "Year, e.g. 2023.") var year: Int
        @Option(help: "Why the rules change (required once scoring has started; written to the audit trail).") var reason: String = ""

        func run() throws {
            try runReportingErrors(options) {
                let words = options.words
                let decoded = try RulesCommand.read(file, applying: true)
                let store = try options.openStore()
                let snapshot = try store.snapshot(code: cluster, year: year)
                let problems = decoded.rules.problems(tree: snapshot.tree)
                if !problems.isEmpty { throw RulesCommandError.invalidFile(file: file, decoded.errors(for: problems), applying: true) }
                let diff = RuleDiff(from: snapshot.rules, to: RulesCommand.document(decoded.rules, snapshot), words: words.rules)
                let changed: Bool
                do {
                    changed = try store.replaceRules(snapshot.reference, with: decoded.rules, reason: reason, expecting: .value(snapshot.rules))
                } catch StoreError.reasonRequired {
                    throw RulesCommandError.reasonRequired(cluster: cluster, year: year)
                } catch StoreError.invalidRules(let problems) {
                    throw RulesCommandError.invalidFile(file: file, decoded.errors(for: problems), applying: true)
                }
                guard changed else {
                    printOut(words.rulesCommand.unchanged(file, cluster, year))
                    return
                }
                printOut(words.rulesCommand.imported(file, cluster, year, diff.changes.count))
                if !diff.isEmpty { for line in diff.lines(words.rulesCommand.diff) { printOut(line) } }
            }
        }
    }

    struct Diff: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "diff", abstract: "What would change: a file against a year's rules (FILE --year), or one year against another (--from --to); one line per rule.")
        @OptionGroup var options: GlobalOptions
        @Argument(help: "A rules file to compare with the year's rules.") var file: String?
        @Option(help: "Cluster code, e.g. HP-KH.") var cluster: String
        @Option(help: "With FILE: the year whose rules the file is compared with.") var year: Int?
        @Option(help: "Without FILE: the earlier year.") var from: Int?
        @Option(help: "Without FILE: the later year, whose rules are the new ones.") var to: Int?

        func run() throws {
            try runReportingErrors(options) {
                let words = options.words
                let store = try options.openStore()
                let diff: RuleDiff
                switch (file, year, from, to) {
                case (let file?, let year?, nil, nil):
                    let decoded = try RulesCommand.read(file, applying: false)
                    let snapshot = try store.snapshot(code: cluster, year: year)
                    let problems = decoded.rules.problems(tree: snapshot.tree)
                    if !problems.isEmpty { throw RulesCommandError.invalidFile(file: file, decoded.errors(for: problems), applying: false) }
                    diff = RuleDiff(from: snapshot.rules, to: RulesCommand.document(decoded.rules, snapshot), words: words.rules)
                case (nil, nil, let from?, let to?):
                    let old = try store.snapshot(code: cluster, year: from)
                    let new = try store.snapshot(code: cluster, year: to)
                    diff = RuleDiff(from: old.rules, to: RulesCommand.document(new.rules, new), words: words.rules)
                default:
                    throw RulesCommandError.diffNeedsSides
                }
                for line in diff.lines(words.rulesCommand.diff) { printOut(line) }
            }
        }
    }

    /// The rules in words for a year: its cluster, and its active members for shares and the quorum.
    static func document(_ rules: RuleSet, _ snapshot: YearSnapshot) -> RulesDocument {
        RulesDocument(rules: rules, tree: snapshot.tree, cluster: snapshot.cluster, year: snapshot.reference.year, members: snapshot.units.count)
    }

    /// A rules file read; its problems named with the file, each at its line.
    static func read(_ file: String, applying: Bool) throws -> RulesFile.Decoded {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: file))
        } catch {
            throw RulesCommandError.unreadable(file: file)
        }
        do {
            return try RulesFile.read(data)
        } catch let errors as RulesFileErrors {
            throw RulesCommandError.invalidFile(file: file, errors.errors, applying: applying)
        }
    }
}

/// Why a rules command did nothing, worded by ErrorWords+Rules.
enum RulesCommandError: Error {
    case unreadable(file: String)
    /// Every problem of the file, with its line and key; `applying`: an import, which then says nothing was saved.
    case invalidFile(file: String, [RulesFileError], applying: Bool)
    /// Scoring has started: the change needs `--reason`.
    case reasonRequired(cluster: String, year: Int)
    /// `rules diff` was given neither a file and a year, nor two years.
    case diffNeedsSides
}
