import ArgumentParser
import EmulationStore
import Foundation

/// `thidua server …`: serving a province's clusters over OpenSSH. sshd does the cryptography,
/// the terminal, the window size and the hang-up; thidua says which account a key belongs to
/// and runs as that account.
struct ServerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "server", abstract: "Serve the file over OpenSSH (ssh thidua@server): setup (root, once), and what sshd calls.",
        subcommands: [Setup.self, Keys.self, Session.self])

    struct Setup: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "setup", abstract: "Create the service account, its data directory and database, and the sshd drop-in (run as root once).",
            discussion: "Then reload sshd (systemctl reload ssh) and add one account per person: thidua account add LOGIN --name … --role … --key-file KEY.pub --db PATH")

        @Option(help: "The operating-system account clerks log in as (ssh USER@server).") var user = "thidua"
        @Option(help: "The database file the service account owns.") var db = "/var/lib/thidua/thidua.sqlite"
        @Option(help: "The thidua sshd runs: owned by root, in directories only root may write (default: this program).")
        var program: String?
        @Option(help: "A key file for the audit chain, readable by the service account alone (see THIDUA_AUDIT_KEY_FILE).")
        var auditKeyFile: String?
        @Flag(help: "Show what would be created and the drop-in's text; write nothing.") var print = false
        @Option(help: "Language of the output: vi (default) or en.") var lang: LanguageOption = .vi
        @Option(help: .hidden) var dropInDirectory = SSHDDropIn.defaultDirectory
        @Option(help: .hidden) var sshdConfig = "/etc/ssh/sshd_config"

        func run() throws {
            let words = lang.words
            let setup = ServerSetup(user: user, database: db, program: program ?? ServedPath.currentProgram, auditKeyFile: auditKeyFile,
                                    dropInDirectory: dropInDirectory, sshdConfig: sshdConfig, words: words.server)
            try runReportingErrors(try GlobalOptions.parse(["--lang", lang.rawValue])) {
                if print {
                    try setup.check()
                    for step in setup.plan() { printOut("- " + step) }
                    printOut("")
                    printOut("# " + setup.dropInPath)
                    printOut(setup.dropIn.text, terminator: "")
                    return
                }
                try setup.run { printOut($0) }
                printOut(words.server.nextSteps(user, db))
            }
        }
    }

    struct Keys: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "keys", abstract: "Called by sshd (AuthorizedKeysCommand): the authorized_keys line of the account owning a key, or nothing.")

        @Option(help: "The served database.") var db: String
        @Option(help: "The audit key's file, passed on to the session.") var auditKeyFile: String?
        @Argument(help: "The user sshd is logging in (%u).") var user: String
        @Argument(help: "The key's type (%t).") var type: String
        @Argument(help: "The key, base64 (%k).") var key: String

        func run() throws {
            // sshd reads standard output: one line, or nothing. It never writes the file.
            guard user == LoginName.operatingSystem() else {
                SystemLog.notice("server keys: asked for \(user), served account is \(LoginName.operatingSystem())")
                return
            }
            let offered: SSHPublicKey
            do {
                offered = try SSHPublicKey(parsing: type + " " + key)
            } catch {
                SystemLog.notice("server keys: unreadable key of type \(type.prefix(40)) offered for \(user)")
                return
            }
            do {
                guard let login = try EmulationStore.keyOwner(path: db, type: offered.type, base64: offered.base64) else {
                    SystemLog.notice("server keys: no account has the key \(offered.type) \(offered.fingerprint) (offered for \(user))")
                    return
                }
                printOut(ServerKeysAnswer.line(program: ServedPath.currentProgram, database: db, auditKeyFile: auditKeyFile,
                                               login: login, key: offered))
            } catch {
                let message = ErrorWords.describe(error, words: LanguageOption.en.words)
                SystemLog.notice("server keys: \(message)")
                printError(message)
                throw ExitCode.failure
            }
        }
    }

    struct Session: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "session", abstract: "The forced command sshd runs for a key: the interface, or the reading command in SSH_ORIGINAL_COMMAND, as its account.")

        @Option(help: "The served database.") var db: String
        @Option(help: "The account the key belongs to.") var account: String
        @Option(help: "The key's fingerprint, for the audit trail's login row.") var key: String?
        @Option(help: "The audit key's file.") var auditKeyFile: String?

        func run() throws {
            let session = ServerSession(database: db, login: account, keyFingerprint: key, auditKeyFile: auditKeyFile,
                                        environment: ProcessInfo.processInfo.environment)
            try runReportingErrors(try GlobalOptions.parse(["--lang", session.language.rawValue])) {
                try session.run()
            }
        }
    }
}
