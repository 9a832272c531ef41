import ArgumentParser
import EmulationStore

struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify", abstract: "Check the SQLite file (integrity_check) and the audit chain; fails naming the first bad row.")

    @OptionGroup var options: GlobalOptions

    func run() throws {
        try runReportingErrors(options) {
            let words = options.words
            let store: EmulationStore
            let report: VerificationReport
            do {
                store = try options.openStore()
                report = try store.verify()
            } catch StoreError.damaged(let path) {
                // What the other commands send here: the check's own verdict, not "run verify".
                printError(words.verifyDamaged(path))
                throw ExitCode.failure
            }
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
