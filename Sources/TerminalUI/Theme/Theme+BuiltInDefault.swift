extension Theme {
    /// The theme used when no themes/ directory is found (an installed binary) or the chosen
    /// theme cannot be used.
    public static let builtInDefault: Theme = {
        switch ThemeParser.parse(text: builtInDefaultText, file: "default.theme (built in)", name: ThemeLoader.defaultName) {
        case .success(let theme): return theme
        case .failure(let error): preconditionFailure("the built-in theme is broken: \(error)")
        }
    }()
}
