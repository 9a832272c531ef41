import Foundation

/// The OS login of the person at the keyboard, for the audit trail.
enum LoginName {
    static func current() -> String {
        let environment = ProcessInfo.processInfo.environment
        if let user = environment["USER"] ?? environment["LOGNAME"], !user.isEmpty { return user }
        if let entry = getpwuid(getuid()), let name = entry.pointee.pw_name { return String(cString: name) }
        if let name = getlogin() { return String(cString: name) }
        return "uid-\(getuid())"
    }
}
