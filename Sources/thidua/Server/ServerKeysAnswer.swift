import EmulationStore
import Foundation

/// What `thidua server keys` answers sshd for one offered key: the `authorized_keys` line of the
/// account that owns it, forcing `thidua server session` as that account, or nothing at all.
enum ServerKeysAnswer {
    /// The line for `key`, owned by `login`: `restrict` takes every forwarding and the user's rc
    /// away, `pty` gives the terminal back; the command carries the file (and the audit key's
    /// file) so the session reaches them whatever its environment.
    static func line(program: String, database: String, auditKeyFile: String?, login: String, key: SSHPublicKey) -> String {
        var command = [ServedPath.shellQuoted(program), "server", "session", "--db", ServedPath.shellQuoted(database),
                       "--account", ServedPath.shellQuoted(login), "--key", ServedPath.shellQuoted(key.fingerprint)]
        if let auditKeyFile { command += ["--audit-key-file", ServedPath.shellQuoted(auditKeyFile)] }
        return "restrict,pty,command=\"\(command.joined(separator: " "))\" \(key.type) \(key.base64)"
    }
}
