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
