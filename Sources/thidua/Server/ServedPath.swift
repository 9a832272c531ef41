import Foundation

/// The paths a served set-up writes into sshd's configuration and its forced commands.
enum ServedPath {
    /// Characters that would change how sshd splits `AuthorizedKeysCommand` (spaces, quotes,
    /// backslashes), expand as its tokens (%), or how the account's shell reads the forced
    /// command: such a path is refused rather than quoted.
    static func problem(in path: String) -> String? {
        guard path.hasPrefix("/") else { return "relative" }
        for scalar in path.unicodeScalars {
            switch scalar {
            case " ", "\t", "\"", "'", "\\", "%", "$", "`", "!", "*", "?", "[", "]", "&", ";", "|", "<", ">", "(", ")", "{", "}", "#", "~":
                return "character"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F { return "character" }
            }
        }
        return nil
    }

    /// sshd runs an `AuthorizedKeysCommand` only if the program and every directory above it
    /// are owned by root and writable by no one else: the first path that is not, if any.
    static func unsafeForSSHD(_ program: String) -> String? {
        var path = program
        while true {
            var info = stat()
            guard stat(path, &info) == 0 else { return path }
            if info.st_uid != 0 || info.st_mode & 0o022 != 0 { return path }
            if path == "/" { return nil }
            path = (path as NSString).deletingLastPathComponent
            if path.isEmpty { path = "/" }
        }
    }

    /// This very program, symbolic links resolved: the forced command names it.
    static var currentProgram: String {
        if let target = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") { return target }
        return URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().path
    }

    /// Quoted for the POSIX shell sshd runs a forced command with.
    static func shellQuoted(_ word: String) -> String {
        "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
