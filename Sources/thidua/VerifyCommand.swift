import ArgumentParser
import EmulationStore

struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify", abstract: "Check the SQLite file (integrity_check) and the audit chain; fails naming the first bad row.")

    @OptionGroup var options: GlobalOptions

    func run() throws {
        try runReportingErrors(options) {
            let store = try options.openStore()
            let report = try store.verify()
            let words = options.words
            switch report.failure {
            case nil:
                printOut(words.verifyPassed(report.auditRows, store.path))
            case .integrity(let messages):
                printError(words.verifyIntegrityFailed(messages))
                throw ExitCode.failure
            case .rowEdited(let id):
                printError(words.verifyRowEdited(id))
                throw ExitCode.failure
            case .chainBroken(let id):
                printError(words.verifyChainBroken(id))
                throw ExitCode.failure
            case .rowsMissingAtEnd(let lastID, let expected):
                printError(words.verifyRowsMissing(lastID, expected))
                throw ExitCode.failure
            }
        }
    }
}
