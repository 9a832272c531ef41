import Foundation

/// Where the database lives: `--db`, else `THIDUA_DB`, else the user's data directory
/// (XDG_DATA_HOME, or ~/.local/share) under thidua/.
enum DatabaseLocation {
    static func resolve(option: String?, environment: [String: String]) -> String {
        if let option, !option.isEmpty { return option }
        if let fromEnvironment = environment["THIDUA_DB"], !fromEnvironment.isEmpty { return fromEnvironment }
        let dataHome: String
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
            dataHome = xdg
        } else {
            let home = environment["HOME"] ?? NSHomeDirectory()
            dataHome = home + "/.local/share"
        }
        return dataHome + "/thidua/thidua.sqlite"
    }
}

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

/// Today's date on this machine's calendar (the domain has no clock).
enum Today {
    static func date() -> CalendarDateValue {
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        return (parts.year ?? 2000, parts.month ?? 1, parts.day ?? 1)
    }

    typealias CalendarDateValue = (year: Int, month: Int, day: Int)
}
