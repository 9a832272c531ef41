import Foundation

/// Vietnamese alphabetical order: a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y,
/// letters first, then tones (none, huyền, hỏi, ngã, sắc, nặng), then case — the order of
/// Vietnamese dictionaries, where "ba" < "bà" < "bá" < "bác".
public struct VietnameseCollationKey: Comparable, Hashable, Sendable {
    let letters: [Int]
    let tones: [Int]
    let cases: [Int]
    let original: String

    public init(_ text: String) {
        var letters: [Int] = []
        var tones: [Int] = []
        var cases: [Int] = []
        for character in text.decomposedStringWithCanonicalMapping {
            let scalars = Array(String(character).unicodeScalars)
            guard let base = scalars.first else { continue }
            var modifier: Unicode.Scalar?
            var tone = 0
            for mark in scalars.dropFirst() {
                if let rank = Self.toneRank[mark.value] { tone = rank } else { modifier = mark }
            }
            let lowerBase = String(base).lowercased()
            let letter = lowerBase + (modifier.map { String($0) } ?? "")
            letters.append(Self.rank(of: letter, base: base))
            tones.append(tone)
            cases.append(String(base) == lowerBase ? 0 : 1)
        }
        self.letters = letters
        self.tones = tones
        self.cases = cases
        self.original = text
    }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        if lhs.letters != rhs.letters { return lhs.letters.lexicographicallyPrecedes(rhs.letters) }
        if lhs.tones != rhs.tones { return lhs.tones.lexicographicallyPrecedes(rhs.tones) }
        if lhs.cases != rhs.cases { return lhs.cases.lexicographicallyPrecedes(rhs.cases) }
        return lhs.original.unicodeScalars.lexicographicallyPrecedes(rhs.original.unicodeScalars)
    }

    // Combining marks that carry a tone (the others — breve, circumflex, horn — make a new letter).
    private static let toneRank: [UInt32: Int] = [0x300: 1, 0x309: 2, 0x303: 3, 0x301: 4, 0x323: 5]

    private static let alphabet: [String: Int] = {
        // Latin letters absent from Vietnamese (f j w z) keep their Latin place.
        let letters = ["a", "a\u{306}", "a\u{302}", "b", "c", "d", "đ", "e", "e\u{302}", "f", "g", "h", "i",
                       "j", "k", "l", "m", "n", "o", "o\u{302}", "o\u{31B}", "p", "q", "r", "s", "t",
                       "u", "u\u{31B}", "v", "w", "x", "y", "z"]
        var ranks: [String: Int] = [:]
        for (index, letter) in letters.enumerated() { ranks[letter] = 1_000 + index }
        return ranks
    }()

    /// Spaces sort first, then punctuation and digits by code point, then the alphabet,
    /// then any other script by code point.
    private static func rank(of letter: String, base: Unicode.Scalar) -> Int {
        if let rank = alphabet[letter] { return rank }
        if base.properties.isWhitespace { return 0 }
        if base.value < 0x80 { return 1 + Int(base.value) }
        return 2_000 + Int(base.value)
    }
}

extension Sequence {
    /// Sorts in Vietnamese alphabetical order by the given text.
    public func sortedVietnamese(by text: (Element) -> String) -> [Element] {
        map { (VietnameseCollationKey(text($0)), $0) }
            .sorted { $0.0 < $1.0 }
            .map(\.1)
    }
}
