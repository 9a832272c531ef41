import ArgumentParser
import EmulationStore
import Foundation
import TerminalUI

/// What a served session does once sshd has started it for an account: records the login, then
/// runs the interface or the one reading command the client asked for, as that account, on the
/// served file. Never a shell: the client's words are parsed by thidua, not run.
struct ServerSession {
    var database: String
    var login: String
    var keyFingerprint: String?
    var auditKeyFile: String?
    var environment: [String: String]

    enum Trouble: Error, Equatable {
        /// Only the account that owns the served file (the service account sshd runs the
        /// session as) may say whom a session is for.
        case notServiceAccount(path: String)
        case noFile(path: String)
    }

    /// The client's command, as sshd handed it over; nil when the client asked for a shell.
    var requested: String? { environment["SSH_ORIGINAL_COMMAND"] }

    /// The language the client asked for with `--lang en`, for what is said before parsing.
    var language: LanguageOption {
        let typed = (try? RemoteCommand.split(requested ?? "")) ?? []
        let english = zip(typed, typed.dropFirst()).contains { $0 == "--lang" && $1 == "en" } || typed.contains("--lang=en")
        return english ? .en : .vi
    }

    func run() throws {
        let words = language.language.catalogue
        try requireServiceAccount()
        if let auditKeyFile { setenv(AuditKeyFile.variable, auditKeyFile, 1) } else { unsetenv(AuditKeyFile.variable) }
        ServedSession.vouch(.init(login: login, databasePath: database))
        // Recorded before the command is looked at: a refused one is in the trail too.
        try recordLogin()
        var command: ParsableCommand
        do {
            command = try RemoteCommand.parse(requested ?? "")
        } catch let refusal as RemoteCommand.Refusal {
            printError(Self.describe(refusal, words: words))
            throw ExitCode.failure
        } catch {
            // --help, a mistyped option: worded as thidua words them on the command line.
            Thidua.exit(withError: error)
        }
        try command.run()
    }

    private func requireServiceAccount() throws {
        guard FileManager.default.fileExists(atPath: database) else { throw Trouble.noFile(path: database) }
        var info = stat()
        guard stat(database, &info) == 0, info.st_uid == getuid() else { throw Trouble.notServiceAccount(path: database) }
    }

    /// One audit row per login: who (the key's account), from where, with which key, asking what.
    private func recordLogin() throws {
        // Written in the audit trail's language (Vietnamese), as its other rows are.
        var parts = ["ssh"]
        if let connection = environment["SSH_CONNECTION"]?.split(separator: " "), connection.count >= 2 {
            parts[0] += " \(connection[0]) port \(connection[1])"
        }
        if let keyFingerprint { parts.append("khóa " + keyFingerprint) }
        if let requested, !requested.isEmpty {
            // What the client typed, kept to one line of printable text (the trail refuses control characters).
            let printable = String(String.UnicodeScalarView(requested.unicodeScalars.prefix(200).map { scalar in
                scalar.properties.generalCategory == .control ? "?" : scalar
            }))
            parts.append("lệnh: " + printable)
        }
        let options = try GlobalOptions.parse(["--lang", language.rawValue])
        try runReportingErrors(options) {
            try options.openStore().recordSession(parts.joined(separator: ", "))
        }
    }

    static func describe(_ refusal: RemoteCommand.Refusal, words: Catalogue) -> String {
        switch refusal {
        case .notServed(let command): return words.server.notServed(command, RemoteCommand.served)
        case .option(let option): return words.server.optionNotServed(option)
        case .unbalancedQuote: return words.server.unbalancedQuote
        }
    }
}
