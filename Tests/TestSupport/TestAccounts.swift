import Emulation
import EmulationStore
import Foundation

extension EmulationStore {
    /// Opens a test's file as `login`; an account new to the file is added first, as an admin,
    /// by the file's first admin (the tests that are about roles grant them themselves). The
    /// first login to open a new file becomes its admin, as on a laptop.
    /// A person's name ("Nguyễn Văn A") stands for the login made of it ("nguyen.van.a"), with
    /// that full name.
    public static func opening(_ path: String, as person: String, clock: @escaping @Sendable () -> Date = { Date() },
                               busyTimeout: TimeInterval = EmulationStore.defaultBusyTimeout, auditKey: AuditKey? = nil) throws -> EmulationStore {
        let login = testLogin(person)
        // A new file's first account is its owner's, named by login: a person's name would be lost.
        if login != person { _ = try? EmulationStore(path: path, login: "test-owner", clock: clock, busyTimeout: busyTimeout, auditKey: auditKey) }
        do {
            return try EmulationStore(path: path, login: login, clock: clock, busyTimeout: busyTimeout, auditKey: auditKey)
        } catch StoreError.noAccount(_, let admins) where !admins.isEmpty {
            let admin = try EmulationStore(path: path, login: admins[0], clock: clock, busyTimeout: busyTimeout, auditKey: auditKey)
            try admin.addAccount(login: login, fullName: person)
            try admin.grant(RoleGrant(role: .admin), to: login)
            return try EmulationStore(path: path, login: login, clock: clock, busyTimeout: busyTimeout, auditKey: auditKey)
        }
    }

    /// The login a test's person name stands for: without diacritics, in lower case, with dots.
    public static func testLogin(_ person: String) -> String {
        LoginRule.isValid(person) ? person : VietnameseFolding.fold(person).split(separator: " ").joined(separator: ".")
    }

    /// Adds `login` with the one role `grant`, as this store's (admin) account.
    public func addAccount(_ login: String, _ grant: RoleGrant) throws {
        try addAccount(login: login, fullName: login)
        try self.grant(grant, to: login)
    }
}
