import EmulationStore
import Foundation
import TerminalUI

/// `thidua server setup`: one service account owns the database (0600) in its own directory
/// (0700), and an sshd drop-in serves it to the people whose keys the accounts hold. Run once,
/// as root; run again, it puts right what drifted (modes, owners, the drop-in) and changes
/// nothing else.
struct ServerSetup {
    var user: String
    var database: String
    var program: String
    var auditKeyFile: String?
    var dropInDirectory: String = SSHDDropIn.defaultDirectory
    var sshdConfig: String = "/etc/ssh/sshd_config"
    var sshd: String = "/usr/sbin/sshd"
    var words: ServerCommandWords

    enum Trouble: Error, Equatable {
        case needsRoot
        case invalidUser(String)
        case unsafePathCharacters(path: String)
        /// sshd would refuse to run the program: `path` (the program or a directory above it) is
        /// not root's, or others may write it.
        case programNotRootOwned(program: String, path: String)
        case directoryOwnedByOther(path: String, owner: String)
        case commandFailed(command: String, output: String)
        /// sshd's main configuration does not read the drop-in directory.
        case dropInIgnored(directory: String, config: String)
    }

    var dropIn: SSHDDropIn { SSHDDropIn(user: user, program: program, database: database, auditKeyFile: auditKeyFile) }
    var dropInPath: String { dropInDirectory + "/" + SSHDDropIn.fileName }
    var dataDirectory: String { (database as NSString).deletingLastPathComponent }

    /// What is refused before anything is written (also for `--print`).
    func check() throws {
        guard Self.isValidUserName(user) else { throw Trouble.invalidUser(user) }
        for path in [database, program] + (auditKeyFile.map { [$0] } ?? []) where ServedPath.problem(in: path) != nil {
            throw Trouble.unsafePathCharacters(path: path)
        }
        if let unsafe = ServedPath.unsafeForSSHD(program) { throw Trouble.programNotRootOwned(program: program, path: unsafe) }
    }

    /// Lowercase letters, digits, '_' and '-', starting with a letter or '_' (useradd's rule on Debian).
    static func isValidUserName(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, name.count <= 32 else { return false }
        let allowed = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyz0123456789_-")
        return (CharacterSet.lowercaseLetters.contains(first) || first == "_") && name.unicodeScalars.allSatisfy { allowed.contains($0) }
            && first.isASCII
    }

    /// The steps, in words, as `--print` lists them and setup reports them.
    func plan() -> [String] {
        [words.planUser(user, getpwnam(user) != nil),
         words.planDirectory(dataDirectory, user),
         words.planDatabase(database, user, FileManager.default.fileExists(atPath: database)),
         words.planDropIn(dropInPath)]
    }

    func run(report: (String) -> Void) throws {
        try check()
        guard geteuid() == 0 else { throw Trouble.needsRoot }
        let account = try ensureUser(report: report)
        try ensureDirectory(owner: account)
        try ensureDatabase(owner: account, report: report)
        try writeDropIn(report: report)
    }

    /// A system account with a shell (sshd runs the forced command with it) and no password
    /// anyone could type: '*' rather than useradd's '!', which sshd without PAM reads as locked.
    private func ensureUser(report: (String) -> Void) throws -> (uid: uid_t, gid: gid_t) {
        if getpwnam(user) == nil {
            try Self.execute(["/usr/sbin/useradd", "--system", "--user-group", "--shell", "/bin/sh", "--home-dir", dataDirectory,
                              "--no-create-home", "--comment", "thidua", user])
            try Self.execute(["/usr/sbin/usermod", "-p", "*", user])
            report(words.userCreated(user))
        }
        guard let entry = getpwnam(user) else { throw Trouble.invalidUser(user) }
        return (entry.pointee.pw_uid, entry.pointee.pw_gid)
    }

    /// The data directory, the service account's alone. One that exists and belongs to someone
    /// else (a shared /srv) is refused rather than taken over.
    private func ensureDirectory(owner: (uid: uid_t, gid: gid_t)) throws {
        var info = stat()
        if stat(dataDirectory, &info) == 0 {
            let ownedByService = info.st_uid == owner.uid
            let freshFromRoot = info.st_uid == 0 && Self.isEmptyDirectory(dataDirectory)
            if !ownedByService && !freshFromRoot {
                let name = getpwuid(info.st_uid).map { String(cString: $0.pointee.pw_name) } ?? "\(info.st_uid)"
                throw Trouble.directoryOwnedByOther(path: dataDirectory, owner: name)
            }
        } else {
            try FileManager.default.createDirectory(atPath: dataDirectory, withIntermediateDirectories: true)
        }
        chown(dataDirectory, owner.uid, owner.gid)
        chmod(dataDirectory, 0o700)
    }

    private static func isEmptyDirectory(_ path: String) -> Bool {
        ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).isEmpty
    }

    /// The database, made by root (who thereby becomes its first admin: `thidua account add`
    /// run with sudo works at once), then given to the service account, read and written by it alone.
    private func ensureDatabase(owner: (uid: uid_t, gid: gid_t), report: (String) -> Void) throws {
        if !FileManager.default.fileExists(atPath: database) {
            let key = try auditKeyFile.flatMap { try AuditKeyFile.load(environment: [AuditKeyFile.variable: $0]) }
            _ = try EmulationStore(path: database, login: LoginName.operatingSystem(), auditKey: key)
            report(words.databaseCreated(database, LoginName.operatingSystem()))
        }
        for path in [database, database + "-wal", database + "-shm"] where FileManager.default.fileExists(atPath: path) {
            chown(path, owner.uid, owner.gid)
            chmod(path, 0o600)
        }
    }

    /// The drop-in, checked by `sshd -t` before it stays: a configuration sshd refuses is taken
    /// back, the previous one (if any) put back, so a reload can never lock everyone out.
    private func writeDropIn(report: (String) -> Void) throws {
        let previous = FileManager.default.contents(atPath: dropInPath)
        try FileManager.default.createDirectory(atPath: dropInDirectory, withIntermediateDirectories: true)
        try Data(dropIn.text.utf8).write(to: URL(fileURLWithPath: dropInPath), options: .atomic)
        chmod(dropInPath, 0o644)
        do {
            try Self.execute([sshd, "-t", "-f", sshdConfig])
            // Read back what sshd would do for the service account: the drop-in must be in effect.
            let effective = try Self.execute([sshd, "-T", "-f", sshdConfig, "-C", "user=\(user),host=localhost,addr=127.0.0.1"])
            guard effective.lowercased().contains("authorizedkeyscommand " + dropIn.keysCommand.lowercased()) else {
                throw Trouble.dropInIgnored(directory: dropInDirectory, config: sshdConfig)
            }
        } catch {
            if let previous { try? previous.write(to: URL(fileURLWithPath: dropInPath)) } else { try? FileManager.default.removeItem(atPath: dropInPath) }
            throw error
        }
        report(words.dropInWritten(dropInPath))
    }

    /// Runs a program (no shell), returning what it printed; a failure carries its output.
    @discardableResult
    static func execute(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: arguments[0])
        process.arguments = Array(arguments.dropFirst())
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        process.standardInput = FileHandle.nullDevice
        do { try process.run() } catch {
            throw Trouble.commandFailed(command: arguments.joined(separator: " "), output: "\(error)")
        }
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Trouble.commandFailed(command: arguments.joined(separator: " "), output: output.trimmingCharacters(in: .whitespacesAndNewlines))
        }
        return output
    }
}
