import Emulation
import Foundation

/// Who owns the database file, by the operating system's word: its owner becomes the first
/// admin of a file that has no account yet.
enum FileOwner {
    /// Whether this process's real user id owns the file (not `$USER`, which anyone can set).
    static func isCurrentUser(ownerOf path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && info.st_uid == getuid()
    }

    /// The full name the system keeps for a login (the first field of its GECOS), if any.
    static func fullName(of login: String) -> String? {
        guard let entry = getpwnam(login), let gecos = entry.pointee.pw_gecos else { return nil }
        let name = String(cString: gecos).split(separator: ",", omittingEmptySubsequences: false).first.map(String.init) ?? ""
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        return trimmed.isEmpty || TextRule.problem(in: trimmed, maximum: TextRule.nameMaximum) != nil ? nil : trimmed
    }
}
