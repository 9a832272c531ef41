import Foundation

/// Who is at the keyboard, as the operating system knows them: the name of the real user id.
/// Never `$USER` or `$LOGNAME`, which anyone can set to any name. Inside a served session, the
/// account sshd's key lookup vouched for (`ServedSession`).
enum LoginName {
    static func current() -> String {
        if let served = ServedSession.current { return served.login }
        return operatingSystem()
    }

    static func operatingSystem() -> String {
        if let entry = getpwuid(getuid()), let name = entry.pointee.pw_name { return String(cString: name) }
        return "uid-\(getuid())"
    }
}
