import Foundation

/// Folding for search: "vinh bao" finds "Vĩnh Bảo", "d" finds "đ", case and spacing ignored.
public enum VietnameseFolding {
    /// Lowercase, diacritics removed, đ → d, runs of whitespace collapsed to one space.
    public static func fold(_ text: String) -> String {
        // Latin and Vietnamese, precomposed or not, scalar by scalar from a table: a grid's
        // import folds every unit's name, and Foundation's decomposition of each was a sixth
        // of the parsing. Any other text goes the general way.
        var folded: [UInt8] = []
        folded.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            guard let fold = Table.shared.fold(of: scalar) else { return foldedByDecomposing(text) }
            switch fold {
            case .dropped:
                continue
            case .space:
                pendingSpace = !folded.isEmpty
            case .text(let bytes):
                if pendingSpace {
                    folded.append(UInt8(ascii: " "))
                    pendingSpace = false
                }
                folded.append(contentsOf: bytes)
            }
        }
        return String(decoding: folded, as: UTF8.self)
    }

    /// `fold` of any text: decomposed (NFD), marks dropped, each scalar lowercased.
    static func foldedByDecomposing(_ text: String) -> String {
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

    /// What one scalar folds to.
    enum ScalarFold: Equatable {
        case dropped
        case space
        case text([UInt8])
    }

    /// Each scalar of Latin up to Latin Extended-B, the combining diacritics and Latin Extended
    /// Additional (Vietnamese's precomposed letters), folded once by `foldedByDecomposing`.
    /// Scalar by scalar is the same as the whole text decomposed: these scalars decompose into
    /// letters and combining marks, and only the marks' order could differ, which are dropped.
    struct Table: Sendable {
        static let shared = Table()

        static let ranges: [Range<UInt32>] = [0x0000..<0x0250, 0x0300..<0x0370, 0x1E00..<0x1F00]
        private let folds: [[ScalarFold]]

        private init() {
            folds = Self.ranges.map { range in
                range.map { value in
                    let scalar = Unicode.Scalar(value)!
                    let text = String(scalar)
                    if text.decomposedStringWithCanonicalMapping.unicodeScalars.allSatisfy({ $0.properties.generalCategory == .nonspacingMark }) {
                        return .dropped
                    }
                    if scalar.properties.isWhitespace { return .space }
                    return .text(Array(foldedByDecomposing(text).utf8))
                }
            }
        }

        /// nil for a scalar outside the table.
        func fold(of scalar: Unicode.Scalar) -> ScalarFold? {
            for (index, range) in Self.ranges.enumerated() where range.contains(scalar.value) {
                return folds[index][Int(scalar.value - range.lowerBound)]
            }
            return nil
        }
    }
}
