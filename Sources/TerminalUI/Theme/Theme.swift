/// A colour as a theme names it.
public enum ThemeColor: Hashable, Sendable {
    /// The terminal's own foreground or background.
    case terminalDefault
    /// 0–7 in 8-colour mode (black, red, green, yellow, blue, magenta, cyan, white);
    /// 0–255 in 256-colour mode.
    case index(Int)
}

/// How one role looks at one colour depth.
public struct RoleStyle: Hashable, Sendable {
    public var foreground: ThemeColor
    public var background: ThemeColor
    public var bold: Bool
    public var underline: Bool
    public var reverse: Bool

    public init(foreground: ThemeColor = .terminalDefault, background: ThemeColor = .terminalDefault,
                bold: Bool = false, underline: Bool = false, reverse: Bool = false) {
        self.foreground = foreground
        self.background = background
        self.bold = bold
        self.underline = underline
        self.reverse = reverse
    }

    public static let plain = RoleStyle()
}

/// How many colours the terminal shows (or none, for NO_COLOR and monochrome terminals).
public enum ColorDepth: String, CaseIterable, Hashable, Sendable {
    case monochrome = "mono"
    case eight = "8"
    case full = "256"
}

/// A theme: every style role at each colour depth. Loaded from a file in themes/ (or the
/// user's ~/.config/thidua/themes/); screens never name a colour.
public struct Theme: Hashable, Sendable {
    public var name: String
    public var styles: [ColorDepth: [StyleRole: RoleStyle]]

    public init(name: String, styles: [ColorDepth: [StyleRole: RoleStyle]]) {
        self.name = name
        self.styles = styles
    }

    /// The style of a role at a depth; monochrome ignores colours and keeps only attributes.
    public func style(_ role: StyleRole, depth: ColorDepth) -> RoleStyle {
        var style = styles[depth]?[role] ?? styles[.eight]?[role] ?? .plain
        if depth == .monochrome {
            style.foreground = .terminalDefault
            style.background = .terminalDefault
        }
        return style
    }
}
