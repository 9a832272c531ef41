/// What a one-line text may hold, whoever enters it (a form, a roster or score file): no line
/// break and no control character (C0 such as NUL and tab, DEL, C1), which a terminal or a
/// printed document would show wrongly or cut; a name also has a maximum length.
public enum TextRule {
    /// The longest unit name (and short name, kind, leader, position), in characters as seen.
    public static let nameMaximum = 200

    public enum Problem: Hashable, Sendable {
        /// CR, LF, NEL, or the Unicode line and paragraph separators.
        case lineBreak
        /// The first control character found (a line break is reported as `lineBreak`).
        case controlCharacter(Unicode.Scalar)
        case tooLong(maximum: Int)
    }

    /// The first thing wrong with `text`, if any; the length is checked only with a `maximum`.
    public static func problem(in text: String, maximum: Int? = nil) -> Problem? {
        let scalars = text.unicodeScalars
        if scalars.contains(where: isLineBreak) { return .lineBreak }
        if let control = scalars.first(where: isControl) { return .controlCharacter(control) }
        if let maximum, text.count > maximum { return .tooLong(maximum: maximum) }
        return nil
    }

    static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A, 0x0D, 0x85, 0x2028, 0x2029: return true
        default: return false
        }
    }

    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: return true
        default: return false
        }
    }
}

extension MemberUnit {
    /// The unit's texts that `TextRule` checks, in the order the roster form shows them.
    public enum TextField: String, CaseIterable, Sendable {
        case name, shortName, kind, leader, leaderPosition
    }

    public subscript(text field: TextField) -> String {
        switch field {
        case .name: name
        case .shortName: shortName
        case .kind: kind
        case .leader: leader
        case .leaderPosition: leaderPosition
        }
    }

    /// Each text that breaks `TextRule` (at most `TextRule.nameMaximum` characters), in field order.
    public var textProblems: [(field: TextField, problem: TextRule.Problem)] {
        TextField.allCases.compactMap { field in
            TextRule.problem(in: self[text: field], maximum: TextRule.nameMaximum).map { (field, $0) }
        }
    }
}
