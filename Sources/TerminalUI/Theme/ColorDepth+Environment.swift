extension ColorDepth {
    /// The depth to draw with: none when the user set NO_COLOR (https://no-color.org: any
    /// non-empty value), otherwise what the terminal supports. Every theme, mono included, has
    /// a section for each depth, so any theme works at any depth.
    public static func effective(terminal: ColorDepth, environment: [String: String]) -> ColorDepth {
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return .monochrome }
        return terminal
    }
}
