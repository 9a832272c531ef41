import ArgumentParser
import EmulationStore
import Foundation
import TerminalUI

/// Options every subcommand takes: which database, on whose behalf an admin records, which language.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: "The SQLite database file (default: $THIDUA_DB, else $XDG_DATA_HOME/thidua/thidua.sqlite).")
    var db: String?

    @Option(name: .customLong("as"), help: "Record on behalf of this account (admins only: its roles apply, and the audit trail names you both).")
    var recordingFor: String?

    @Option(name: .long, help: "Language of the output: vi (default) or en.")
    var lang: LanguageOption = .vi

    var words: Catalogue { lang.language.catalogue }

    /// The served file inside a session, whatever `--db` or `$THIDUA_DB` say.
    var databasePath: String {
        if let served = ServedSession.current { return served.databasePath }
        return DatabaseLocation.resolve(option: db, environment: ProcessInfo.processInfo.environment)
    }

    /// How long a command waits while another clerk writes: $THIDUA_BUSY_TIMEOUT seconds (0 to an
    /// hour; SQLite counts it in milliseconds of a C int), else 30.
    var busyTimeout: TimeInterval {
        ProcessInfo.processInfo.environment["THIDUA_BUSY_TIMEOUT"].flatMap(TimeInterval.init).flatMap { (0...3_600).contains($0) ? $0 : nil }
            ?? EmulationStore.defaultBusyTimeout
    }

    /// The key of a keyed audit chain, from $THIDUA_AUDIT_KEY_FILE (AuditKeyFile); nil when unset.
    var auditKey: AuditKey? {
        get throws { try AuditKeyFile.load(environment: ProcessInfo.processInfo.environment) }
    }

    func openStore() throws -> EmulationStore {
        try EmulationStore(path: databasePath, login: LoginName.current(), recordingFor: recordingFor, busyTimeout: busyTimeout, auditKey: auditKey)
    }

    /// The screens' store: a statement waits only a moment for another clerk's write, so the run
    /// loop can say it is waiting, keep the typed keys and try again, instead of freezing. The
    /// file is opened as patiently as a command's (opening never needs the write lock).
    func openScreenStore() throws -> EmulationStore {
        let deadline = Date().addingTimeInterval(busyTimeout)
        let auditKey = try auditKey
        while true {
            do {
                return try EmulationStore(path: databasePath, login: LoginName.current(), recordingFor: recordingFor,
                                          busyTimeout: Self.screenBusyTimeout, auditKey: auditKey)
            } catch StoreError.locked where Date() < deadline {
                Thread.sleep(forTimeInterval: Self.screenBusyTimeout)
            }
        }
    }

    /// A quarter of a second: under it a key still feels answered.
    static let screenBusyTimeout: TimeInterval = 0.25
}

enum LanguageOption: String, ExpressibleByArgument, CaseIterable {
    case vi
    case en

    var words: Catalogue { language.catalogue }

    var language: Language {
        switch self {
        case .vi: return .vietnamese
        case .en: return .english
        }
    }
}
