import Foundation

/// Reads the theme file format documented at the top of themes/default.theme:
///
///     [256]
///     selected = fg:231 bg:24 bold      # any of fg:, bg:, bold, underline, reverse
///     muted    = plain                  # the terminal's own colours, no attributes
///     border   = same-as muted          # looks like another role of the same section
///     [8]
///     ...
///     [mono]
///     selected = reverse                # attributes only
///
/// Every section must define every role, so a screen never meets a role its theme forgot.
/// The first problem met, in file order, is the one reported.
public enum ThemeParser {
    public static func parse(text: String, file: String, name: String? = nil) -> Result<Theme, ThemeError> {
        let themeName = name ?? URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
        do {
            let sections = try readSections(text: text, file: file)
            return .success(Theme(name: themeName, styles: try resolve(sections, file: file)))
        } catch {
            return .failure(error)
        }
    }

    /// What a line said a role is, before `same-as` is followed.
    enum Definition {
        case style(RoleStyle)
        case sameAs(StyleRole)
    }

    struct Section {
        var line: Int
        var definitions: [StyleRole: (line: Int, definition: Definition)] = [:]
    }

    static func readSections(text: String, file: String) throws(ThemeError) -> [ColorDepth: Section] {
        var sections: [ColorDepth: Section] = [:]
        var current: ColorDepth?
        // `isNewline` also takes "\r\n" as one separator, so Windows line ends keep line numbers right.
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        for (index, rawLine) in lines.enumerated() {
            let number = index + 1
            let content = rawLine.prefix { $0 != "#" }.trimmingCharacters(in: .whitespaces)
            if content.isEmpty { continue }

            if content.hasPrefix("[") && content.hasSuffix("]") {
                let name = content.dropFirst().dropLast().trimmingCharacters(in: .whitespaces)
                guard let depth = ColorDepth(rawValue: name) else {
                    throw ThemeError(file: file, line: number, problem: .unknownSection(name))
                }
                guard sections[depth] == nil else {
                    throw ThemeError(file: file, line: number, problem: .duplicateSection(depth))
                }
                sections[depth] = Section(line: number)
                current = depth
                continue
            }

            guard let equals = content.firstIndex(of: "=") else {
                throw ThemeError(file: file, line: number, problem: .notKeyValue(content))
            }
            let key = content[..<equals].trimmingCharacters(in: .whitespaces)
            let value = content[content.index(after: equals)...].trimmingCharacters(in: .whitespaces)
            guard !key.isEmpty else {
                throw ThemeError(file: file, line: number, problem: .notKeyValue(content))
            }
            guard let role = StyleRole(rawValue: key) else {
                throw ThemeError(file: file, line: number, problem: .unknownRole(key))
            }
            let fail = { (problem: ThemeError.Problem) in
                ThemeError(file: file, line: number, role: key, problem: problem)
            }
            guard let depth = current else { throw fail(.outsideSection) }
            guard sections[depth]?.definitions[role] == nil else { throw fail(.duplicateRole) }
            do {
                sections[depth]?.definitions[role] = (number, try definition(value, depth: depth))
            } catch {
                throw fail(error.problem)
            }
        }
        return sections
    }

    /// A problem in a value; the caller knows the file, line and role to add.
    struct Failure: Error {
        var problem: ThemeError.Problem
        init(_ problem: ThemeError.Problem) { self.problem = problem }
    }

    static func definition(_ value: String, depth: ColorDepth) throws(Failure) -> Definition {
        let words = value.split(whereSeparator: \.isWhitespace).map(String.init)
        guard let first = words.first else { throw Failure(.emptyValue) }
        if first == "same-as" {
            let target = words.dropFirst().joined(separator: " ")
            guard let role = StyleRole(rawValue: target) else { throw Failure(.unknownRole(target)) }
            return .sameAs(role)
        }

        var style = RoleStyle.plain
        var seen: Set<Substring> = []
        for word in words {
            // `fg:1 fg:2` repeats "fg", whatever the colours.
            let kind = word.prefix { $0 != ":" }
            guard seen.insert(kind).inserted else { throw Failure(.repeatedWord(String(kind))) }
            switch word {
            case "plain": break
            case "bold": style.bold = true
            case "underline": style.underline = true
            case "reverse": style.reverse = true
            default:
                guard kind == "fg" || kind == "bg", word.count > kind.count else {
                    throw Failure(.unknownWord(word))
                }
                guard let range = depth.paletteRange else {
                    throw Failure(.attributeNotAllowed(word, section: depth))
                }
                let text = String(word.dropFirst(kind.count + 1))
                guard let color = ThemeColor(themeText: text) else {
                    throw Failure(.unknownColor(text))
                }
                if case .index(let number) = color, !range.contains(number) {
                    throw Failure(.colorOutOfRange(text, section: depth))
                }
                if kind == "fg" { style.foreground = color } else { style.background = color }
            }
        }
        return .style(style)
    }

    /// Checks every section and role is there, in the order the files are written, then follows `same-as`.
    static func resolve(_ sections: [ColorDepth: Section], file: String) throws(ThemeError) -> [ColorDepth: [StyleRole: RoleStyle]] {
        var styles: [ColorDepth: [StyleRole: RoleStyle]] = [:]
        for depth in [ColorDepth.full, .eight, .monochrome] {
            guard let section = sections[depth] else {
                throw ThemeError(file: file, line: 0, problem: .missingSection(depth))
            }
            for role in StyleRole.allCases where section.definitions[role] == nil {
                throw ThemeError(file: file, line: section.line, role: role.rawValue, problem: .missingRole(section: depth))
            }
        }
        // In file order, so that of a ring of same-as the first line written is the one reported.
        for (depth, section) in sections.sorted(by: { $0.value.line < $1.value.line }) {
            for (role, entry) in section.definitions.sorted(by: { $0.value.line < $1.value.line }) {
                var target = entry.definition
                // A chain longer than the number of roles must come back to a role already seen.
                for _ in StyleRole.allCases {
                    guard case .sameAs(let next) = target else { break }
                    target = section.definitions[next]!.definition  // every role is there: checked above
                }
                guard case .style(let style) = target else {
                    throw ThemeError(file: file, line: entry.line, role: role.rawValue, problem: .sameAsCycle)
                }
                styles[depth, default: [:]][role] = style
            }
        }
        return styles
    }
}
