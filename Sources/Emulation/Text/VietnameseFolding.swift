import Foundation

/// Folding for search: "vinh bao" finds "Vĩnh Bảo", "d" finds "đ", case and spacing ignored.
public enum VietnameseFolding {
    /// Lowercase, diacritics removed, đ → d, runs of whitespace collapsed to one space.
    public static func fold(_ text: String) -> String {
        var folded = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.decomposedStringWithCanonicalMapping.unicodeScalars {
            if scalar.properties.generalCategory == .nonspacingMark { continue }
            if scalar.properties.isWhitespace {
                pendingSpace = !folded.isEmpty
                continue
            }
            if pendingSpace {
                folded.append(" ")
                pendingSpace = false
            }
            switch scalar {
            case "đ", "Đ": folded.append("d")
            default: folded.append(contentsOf: String(scalar).lowercased().unicodeScalars)
            }
        }
        return String(folded)
    }

    /// Whether `query` occurs in `text` once both are folded.
    public static func matches(_ text: String, query: String) -> Bool {
        let needle = fold(query)
        if needle.isEmpty { return true }
        return fold(text).contains(needle)
    }
}
