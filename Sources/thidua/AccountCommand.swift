import ArgumentParser
import Documents
import Emulation
import EmulationStore

/// `thidua account …`: who may use the file and in which role. Only an admin changes accounts
/// (storage checks it); every change is in the audit trail.
struct AccountCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "account", abstract: "Accounts and roles (admin): add, list, grant, revoke, remove; `me` shows your own.",
        subcommands: [Add.self, List.self, Grant.self, Revoke.self, Remove.self, Me.self])

    /// A role as typed after --role, and where it applies.
    struct RoleOptions: ParsableArguments {
        @Option(help: "admin, secretary, clerk or viewer.") var role: AccountRole
        @Option(help: "The cluster's code, e.g. HP-KH (every role but admin).") var cluster: String?
        @Option(help: "The unit's name in that cluster (a clerk's unit; a secretary's own unit, optional).") var unit: String?

        var grant: RoleGrant { RoleGrant(role: role, cluster: cluster, unitName: unit) }
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add an account, with a first role if --role is given.")
        @OptionGroup var options: GlobalOptions
        @Argument(help: "The person's login (their operating-system or SSH account name).") var login: String
        @Option(help: "Full name, as documents and conflict messages show it.") var name: String
        @Option(help: "admin, secretary, clerk or viewer.") var role: AccountRole?
        @Option(help: "The cluster's code, e.g. HP-KH.") var cluster: String?
        @Option(help: "The unit's name in that cluster.") var unit: String?

        func run() throws {
            try runReportingErrors(options) {
                let store = try options.openStore()
                let words = options.words
                // The account and its role in one transaction: never an account half made.
                let grant = role.map { RoleGrant(role: $0, cluster: cluster, unitName: unit) }
                try store.addAccount(login: login, fullName: name, grants: grant.map { [$0] } ?? [])
                printOut(words.accounts.added(login, name))
                if let grant { printOut(words.accounts.granted(login, words.access.grant(grant))) }
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Every account and its roles.")
        @OptionGroup var options: GlobalOptions

        func run() throws {
            try runReportingErrors(options) {
                let words = options.words
                let rows = try options.openStore().accounts().map { account in
                    [account.login, account.fullName, words.access.roles(of: account)]
                }
                printOut(TextTable(header: words.accounts.listHeadings, rows: rows).plain(), terminator: "")
            }
        }
    }

    struct Grant: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Give an account a role.")
        @OptionGroup var options: GlobalOptions
        @Argument(help: "The account's login.") var login: String
        @OptionGroup var role: RoleOptions

        func run() throws {
            try runReportingErrors(options) {
                try options.openStore().grant(role.grant, to: login)
                printOut(options.words.accounts.granted(login, options.words.access.grant(role.grant)))
            }
        }
    }

    struct Revoke: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Take a role away (every clerk role in the cluster when no --unit is given).")
        @OptionGroup var options: GlobalOptions
        @Argument(help: "The account's login.") var login: String
        @OptionGroup var role: RoleOptions

        func run() throws {
            try runReportingErrors(options) {
                let removed = try options.openStore().revoke(role.grant, from: login)
                let text = options.words.access.grant(role.grant)
                printOut(removed == 0 ? options.words.accounts.nothingToRevoke(login, text) : options.words.accounts.revoked(login, text))
            }
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Remove an account and its roles (the audit trail keeps its history).")
        @OptionGroup var options: GlobalOptions
        @Argument(help: "The account's login.") var login: String

        func run() throws {
            try runReportingErrors(options) {
                try options.openStore().removeAccount(login: login)
                printOut(options.words.accounts.removed(login))
            }
        }
    }

    struct Me: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Who you are in this file, and your roles.")
        @OptionGroup var options: GlobalOptions

        func run() throws {
            try runReportingErrors(options) {
                let account = try options.openStore().currentAccount()
                let access = options.words.access
                var line = access.youAre(account.fullName, account.login, access.roles(of: account))
                if let recorder = account.recordedBy { line += " · " + access.recordedBy(recorder) }
                printOut(line)
            }
        }
    }
}

extension AccountRole: ExpressibleByArgument {}
