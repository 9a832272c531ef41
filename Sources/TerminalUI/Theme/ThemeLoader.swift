import Foundation

/// Finds NAME.theme in the user's theme directory, then in the project's (the caller passes
/// candidates, e.g. next to the executable and ./themes), then falls back to the built-in
/// default. A theme that cannot be used never stops the program: the default takes its place
/// and the reason comes back as a warning for the status line.
public enum ThemeLoader {
    public static let defaultName = "default"

    public static func load(name: String, searchPaths: [String],
                            environment: [String: String]) -> (theme: Theme, warnings: [ThemeError]) {
        guard let path = path(of: name, searchPaths: searchPaths, environment: environment) else {
            if name == defaultName { return (.builtInDefault, []) }
            let available = availableThemes(searchPaths: searchPaths, environment: environment)
            let warning = ThemeError(file: "\(name).theme", line: 0, problem: .unknownTheme(available: available))
            return fallBack(from: name, warning, searchPaths, environment)
        }
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            return fallBack(from: name, ThemeError(file: path, line: 0, problem: .unreadable), searchPaths, environment)
        }
        switch ThemeParser.parse(text: text, file: path, name: name) {
        case .success(let theme): return (theme, [])
        case .failure(let error): return fallBack(from: name, error, searchPaths, environment)
        }
    }

    /// The first NAME.theme in the directories, if the name is a usable one.
    public static func path(of name: String, searchPaths: [String], environment: [String: String]) -> String? {
        guard isValidName(name) else { return nil }
        return directories(searchPaths: searchPaths, environment: environment)
            .map { "\($0)/\(name).theme" }
            .first(where: isFile)
    }

    /// Every theme name found in the directories, plus the built-in default, sorted.
    public static func availableThemes(searchPaths: [String], environment: [String: String]) -> [String] {
        var names: Set<String> = [defaultName]
        for directory in directories(searchPaths: searchPaths, environment: environment) {
            let files = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
            for file in files where file.hasSuffix(".theme") {
                let name = String(file.dropLast(".theme".count))
                if isValidName(name) { names.insert(name) }
            }
        }
        return names.sorted()
    }

    /// The directories searched, first match wins: the user's own, then the caller's.
    public static func directories(searchPaths: [String], environment: [String: String]) -> [String] {
        [userDirectory(environment: environment)].compactMap { $0 } + searchPaths
    }

    /// `$XDG_CONFIG_HOME/thidua/themes`, or `~/.config/thidua/themes`; the XDG base directory
    /// specification says a relative XDG_CONFIG_HOME is to be ignored.
    public static func userDirectory(environment: [String: String]) -> String? {
        if let config = environment["XDG_CONFIG_HOME"], config.hasPrefix("/") {
            return "\(config)/thidua/themes"
        }
        if let home = environment["HOME"], !home.isEmpty {
            return "\(home)/.config/thidua/themes"
        }
        return nil
    }

    /// A name is a file name, never a path: `--theme ../x` must not read outside the directories.
    static func isValidName(_ name: String) -> Bool {
        !name.isEmpty && !name.hasPrefix(".") && !name.contains("/")
    }

    static func isFile(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && !isDirectory.boolValue
    }

    /// The user's (or shipped) default.theme stands in, unless it is the default itself that failed.
    static func fallBack(from name: String, _ warning: ThemeError, _ searchPaths: [String],
                         _ environment: [String: String]) -> (theme: Theme, warnings: [ThemeError]) {
        guard name != defaultName else { return (.builtInDefault, [warning]) }
        let fallback = load(name: defaultName, searchPaths: searchPaths, environment: environment)
        return (fallback.theme, [warning] + fallback.warnings)
    }
}
