import EmulationStore
import Foundation

/// Where the served set-up keeps the secret that keys the audit chain: a file named by
/// $THIDUA_AUDIT_KEY_FILE, readable by the service account alone. Refused, naming the file, when
/// it cannot be read, is shorter than `AuditKey.minimumLength`, or its group or others may read
/// it (a key its users can read proves nothing). Unset or empty: no key, a plain chain.
enum AuditKeyFile {
    static let variable = "THIDUA_AUDIT_KEY_FILE"

    enum Trouble: Error, Equatable {
        case unreadable(path: String, message: String)
        case tooShort(path: String, bytes: Int)
        /// `mode`: the permission bits in octal, e.g. "644".
        case exposed(path: String, mode: String)
    }

    static func load(environment: [String: String]) throws -> AuditKey? {
        guard let path = environment[variable], !path.isEmpty else { return nil }
        var status = stat()
        guard stat(path, &status) == 0 else { throw Trouble.unreadable(path: path, message: String(cString: strerror(errno))) }
        let permissions = status.st_mode & 0o777
        if permissions & 0o044 != 0 { throw Trouble.exposed(path: path, mode: String(permissions, radix: 8)) }
        guard let bytes = FileManager.default.contents(atPath: path) else {
            throw Trouble.unreadable(path: path, message: String(cString: strerror(access(path, R_OK) == 0 ? EIO : errno)))
        }
        guard let key = AuditKey(bytes: bytes) else { throw Trouble.tooShort(path: path, bytes: bytes.count) }
        return key
    }
}
