import Foundation

/// Columns a text takes in a terminal or on a fixed-width page: combining marks take none, East
/// Asian wide characters two, everything else one. Control characters are shown as a visible
/// placeholder (width 1), never sent raw. Here, beside the other Vietnamese text helpers, because
/// both the screens (TerminalUI) and the printed documents (Documents) lay text out in columns.
public enum DisplayWidth {
    public static func of(_ text: String) -> Int {
        // Latin and Vietnamese text, precomposed or with combining marks, is measured scalar by
        // scalar (a mark takes no column), without breaking it into grapheme clusters; anything
        // else (controls, other scripts, emoji) by its clusters.
        var columns = 0
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x20..<0x300, 0x1E00...0x1EFF: columns += 1
            case 0x300...0x36F: continue
            default: return text.reduce(0) { $0 + of($1) }
            }
        }
        return columns
    }

    /// The columns of a text that `sanitized` leaves as it is and `of` measures scalar by
    /// scalar (printable Latin and Vietnamese, precomposed or with combining marks), in one
    /// pass; nil for any other text, which is sanitized and measured the long way.
    public static func ofPrintable(_ text: String) -> Int? {
        var columns = 0
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x20...0x7E, 0xA0..<0x300, 0x1E00...0x1EFF: columns += 1
            case 0x300...0x36F: continue
            default: return nil
            }
        }
        return columns
    }

    public static func of(_ character: Character) -> Int {
        guard let first = character.unicodeScalars.first else { return 0 }
        // Below the combining marks (U+0300), and Vietnamese's precomposed letters (U+1E00–U+1EFF),
        // every scalar is one column: no property lookup for the text a frame is mostly made of.
        if first.value < 0x300 || (0x1E00...0x1EFF).contains(first.value) { return 1 }
        if first.properties.generalCategory == .nonspacingMark || first.properties.generalCategory == .enclosingMark { return 0 }
        return isWide(first) ? 2 : 1
    }

    static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
             0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
             0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x2FFFD, 0x30000...0x3FFFD:
            return true
        default:
            return false
        }
    }

    /// Replaces control characters (ESC, BEL, C1 controls…) with a visible "�"-like mark so that
    /// stored text can never drive the terminal.
    public static func sanitized(_ text: String) -> String {
        // Most text has none: it is given back as it is, not copied scalar by scalar.
        guard text.unicodeScalars.contains(where: TextRule.isControl) else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.map { TextRule.isControl($0) ? "\u{FFFD}" : $0 }))
    }

    /// Cuts a text to `width` columns, ending with "…" when something was cut.
    public static func truncate(_ text: String, to width: Int) -> String {
        guard of(text) > width else { return text }
        guard width > 1 else { return width == 1 ? "…" : "" }
        var result = ""
        var used = 0
        for character in text {
            let next = of(character)
            if used + next > width - 1 { break }
            result.append(character)
            used += next
        }
        return result + "…"
    }

    /// Pads with spaces on the right (or left) to `width` columns; never cuts.
    public static func pad(_ text: String, to width: Int, alignRight: Bool = false) -> String {
        let missing = max(0, width - of(text))
        let padding = String(repeating: " ", count: missing)
        return alignRight ? padding + text : text + padding
    }

    /// Breaks a line at spaces so that no line is wider than `width` display columns.
    public static func wrap(_ text: String, indent: String, width: Int = 78) -> [String] {
        // A leading indent stays on the first line.
        let leading = String(text.prefix { $0 == " " })
        var lines: [String] = []
        var current = leading
        for word in text.dropFirst(leading.count).split(separator: " ", omittingEmptySubsequences: false).map(String.init) {
            let candidate = current.trimmingCharacters(in: .whitespaces).isEmpty ? current + word : current + " " + word
            if DisplayWidth.of(candidate) > width && !current.trimmingCharacters(in: .whitespaces).isEmpty {
                lines.append(current)
                current = indent + word
            } else {
                current = candidate
            }
        }
        lines.append(current)
        return lines
    }
}

extension String {
    /// A laid-out line without the spaces that only padded it to its column.
    public func trimmingTrailingSpaces() -> String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
