extension ColorDepth {
    /// How a theme file names the section for this depth: `[256]`, `[8]`, `[mono]`.
    public var sectionName: String { "[\(rawValue)]" }

    /// The colour numbers a section may use; nil for monochrome, which takes no colours.
    public var paletteRange: ClosedRange<Int>? {
        switch self {
        case .monochrome: nil
        case .eight: 0...7
        case .full: 0...255
        }
    }
}
