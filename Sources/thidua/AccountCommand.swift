import ArgumentParser
import Documents
import Emulation
import EmulationStore
import Foundation

/// `thidua account …`: who may use the file and in which role. Only an admin changes accounts
/// (storage checks it); every change is in the audit trail.
struct AccountCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "account",
        abstract: "Accounts, roles and SSH keys (admin): add, list, grant, revoke, remove, add-key, revoke-key; `me` and `keys` show your own.",
        subcommands: [Add.self, List.self, Grant.self, Revoke.self, Remove.self, AddKey.self, RevokeKey.self, Keys.self, Me.self])

    /// A role as typed after --role, and where it applies.
    struct RoleOptions: ParsableArguments {
        @Option(help: "admin, secretary, clerk or viewer.") var role: AccountRole
        @Option(help: "The cluster's code, e.g. HP-KH (every role but admin).") var cluster: String?
        @Option(help: "The unit's name in that cluster (a clerk's unit; a secretary's own unit, optional).") var unit: String?

        var grant: RoleGrant { RoleGrant(role: role, cluster: cluster, unitName: unit) }
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "add", abstract: "Add an account, with a first role if --role is given, and its SSH keys.")
        @OptionGroup var options: GlobalOptions
        @Argument(help: "The person's login (their operating-system or SSH account name).") var login: String
        @Option(help: "Full name, as documents and conflict messages show it.") var name: String
        @Option(help: "admin, secretary, clerk or viewer.") var role: AccountRole?
        @Option(help: "The cluster's code, e.g. HP-KH.") var cluster: String?
        @Option(help: "The unit's name in that cluster.") var unit: String?
        @OptionGroup var keyOptions: KeyOptions

        func run() throws {
            try runReportingErrors(options) {
                let keys = try keyOptions.load(options)
                let store = try options.openStore()
                let words = options.words
                // The account, its role and its keys in one transaction: never an account half made.
                let grant = role.map { RoleGrant(role: $0, cluster: cluster, unitName: unit) }
                try store.addAccount(login: login, fullName: name, grants: grant.map { [$0] } ?? [], keys: keys)
                printOut(words.accounts.added(login, name))
                if let grant { printOut(words.accounts.granted(login, words.access.grant(grant))) }
                for key in keys { printOut(words.accounts.keyAdded(login, words.accounts.key(key.fingerprint, key.type, key.comment))) }
                if keys.isEmpty { printOut(words.accounts.noKeyYet(login)) }
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "Every account, its roles and how many SSH keys it has.")
        @OptionGroup var options: GlobalOptions

        func run() throws {
            try runReportingErrors(options) {
                let words = options.words
                let store = try options.openStore()
                let keys = try store.keyCounts()
                let rows = try store.accounts().map { account in
                    [account.login, account.fullName, words.access.roles(of: account), String(keys[account.login] ?? 0)]
                }
                printOut(TextTable(header: words.accounts.listHeadings, rows: rows).plain(), terminator: "")
            }
        }
    }

    struct AddKey: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "add-key", abstract: "Give an account SSH public keys to log in with.")
        @OptionGroup var options: GlobalOptions
        @Argument(help: "The account's login.") var login: String
        @OptionGroup var keyOptions: KeyOptions

        func validate() throws {
            if keyOptions.isEmpty { throw ValidationError("Give a key with --key or --key-file.") }
        }

        func run() throws {
            try runReportingErrors(options) {
                let keys = try keyOptions.load(options)
                let added = Set(try options.openStore().addKeys(keys, to: login))
                let words = options.words.accounts
                for key in keys {
                    let text = words.key(key.fingerprint, key.type, key.comment)
                    printOut(added.contains(key) ? words.keyAdded(login, text) : words.keyAlreadyThere(login, text))
                }
            }
        }
    }

    struct RevokeKey: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "revoke-key", abstract: "Take an SSH key away from an account.")
        @OptionGroup var options: GlobalOptions
        @Argument(help: "The account's login.") var login: String
        @Argument(help: ArgumentHelp("The key's fingerprint (SHA256:…, as `account keys` shows it) or the key itself.", valueName: "key-or-fingerprint"))
        var key: String

        func run() throws {
            try runReportingErrors(options) {
                let fingerprint = try SSHPublicKey.fingerprint(of: key)
                let removed = try options.openStore().revokeKey(key, from: login)
                let words = options.words.accounts
                printOut(removed == 0 ? words.nothingToRevokeKey(login, fingerprint) : words.keyRevoked(login, fingerprint))
            }
        }
    }

    struct Keys: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "keys", abstract: "An account's SSH keys (yours without a login; anyone's for an admin).")
        @OptionGroup var options: GlobalOptions
        @Argument(help: "The account's login (default: your own).") var login: String?

        func run() throws {
            try runReportingErrors(options) {
                let store = try options.openStore()
                let login = try login ?? store.currentAccount().login
                let words = options.words.accounts
                let keys = try store.keys(of: login)
                guard !keys.isEmpty else { return printOut(words.noKeyYet(login)) }
                let rows = keys.map { key in [key.fingerprint, key.type, key.comment ?? "", words.date(Today.calendarDate(of: key.addedAt))] }
                printOut(TextTable(header: words.keyHeadings, rows: rows).plain(), terminator: "")
            }
        }
    }

    struct Grant: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "grant", abstract: "Give an account a role.")
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
        static let configuration = CommandConfiguration(commandName: "revoke", abstract: "Take a role away (every clerk role in the cluster when no --unit is given).")
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
        static let configuration = CommandConfiguration(commandName: "remove", abstract: "Remove an account, its roles and its SSH keys (the audit trail keeps its history).")
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
        static let configuration = CommandConfiguration(commandName: "me", abstract: "Who you are in this file, and your roles.")
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
