/// Why a theme could not be used, and where: the file, the line (0 when the problem belongs to
/// the file as a whole) and the role being defined, when it is known. The words a user reads are
/// made elsewhere from `problem`; `description` is a plain English fallback for logs and tests.
public struct ThemeError: Error, Hashable, Sendable {
    public enum Problem: Hashable, Sendable {
        /// A line that is neither a comment, a `[section]` nor `role = value`.
        case notKeyValue(String)
        /// A role defined before the first section header.
        case outsideSection
        case unknownSection(String)
        case duplicateSection(ColorDepth)
        /// The line is 0: the file as a whole lacks it.
        case missingSection(ColorDepth)
        /// A role name that `StyleRole` does not have (as a key or after `same-as`).
        case unknownRole(String)
        case duplicateRole
        /// The line is that of the section's header.
        case missingRole(section: ColorDepth)
        case emptyValue
        /// A word that is not fg:, bg:, bold, underline, reverse, plain or same-as.
        case unknownWord(String)
        case repeatedWord(String)
        case unknownColor(String)
        case colorOutOfRange(String, section: ColorDepth)
        /// Colours in [mono], which only takes attributes.
        case attributeNotAllowed(String, section: ColorDepth)
        /// Roles defined as `same-as` one another in a ring.
        case sameAsCycle
        case unreadable
        /// No NAME.theme anywhere; `file` is "NAME.theme".
        case unknownTheme(available: [String])
    }

    public var file: String
    public var line: Int
    public var role: String?
    public var problem: Problem

    public init(file: String, line: Int, role: String? = nil, problem: Problem) {
        self.file = file
        self.line = line
        self.role = role
        self.problem = problem
    }
}

extension ThemeError: CustomStringConvertible {
    /// `themes/light.theme:12: role "flagged": unknown colour "purpel"`
    public var description: String {
        let place = line > 0 ? "\(file):\(line)" : file
        let subject = role.map { "role \"\($0)\": " } ?? ""
        return "\(place): \(subject)\(problem)"
    }
}

extension ThemeError.Problem: CustomStringConvertible {
    public var description: String {
        switch self {
        case .notKeyValue(let text): "expected \"role = value\" or \"[section]\", found \"\(text)\""
        case .outsideSection: "defined before any section; start with [256], [8] or [mono]"
        case .unknownSection(let name): "unknown section \"[\(name)]\"; sections are [256], [8] and [mono]"
        case .duplicateSection(let depth): "section \(depth.sectionName) appears twice"
        case .missingSection(let depth): "section \(depth.sectionName) is missing"
        case .unknownRole(let name): "unknown role \"\(name)\""
        case .duplicateRole: "defined twice in this section"
        case .missingRole(let depth): "missing in section \(depth.sectionName)"
        case .emptyValue: "no value after \"=\""
        case .unknownWord(let word): "unknown word \"\(word)\"; use fg:, bg:, bold, underline, reverse, plain or same-as"
        case .repeatedWord(let word): "\"\(word)\" given twice"
        case .unknownColor(let text): "unknown colour \"\(text)\""
        case .colorOutOfRange(let text, let depth):
            "colour \"\(text)\" is out of range for \(depth.sectionName) (\(depth.paletteRange.map { "\($0.lowerBound)–\($0.upperBound)" } ?? "none"))"
        case .attributeNotAllowed(let word, let depth): "\"\(word)\" is not allowed in \(depth.sectionName): only bold, underline and reverse"
        case .sameAsCycle: "same-as goes round in a circle"
        case .unreadable: "cannot be read as UTF-8 text"
        case .unknownTheme(let available): "no such theme; available: \(available.joined(separator: ", "))"
        }
    }
}
