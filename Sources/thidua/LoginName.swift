import Foundation

/// Who is at the keyboard, as the operating system knows them: the name of the real user id.
/// Never `$USER` or `$LOGNAME`, which anyone can set to any name.
enum LoginName {
    static func current() -> String {
        if let entry = getpwuid(getuid()), let name = entry.pointee.pw_name { return String(cString: name) }
        return "uid-\(getuid())"
    }
}
