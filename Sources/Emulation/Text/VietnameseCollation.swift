import Foundation

/// Vietnamese alphabetical order: a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y,
/// letters first, then tones (none, huyền, hỏi, ngã, sắc, nặng), then case — the order of
/// Vietnamese dictionaries, where "ba" < "bà" < "bá" < "bác".
public struct VietnameseCollationKey: Comparable, Hashable, Sendable {
    /// Each character's letter rank + 1, a 0, each tone, a 0, each case: compared as one list,
    /// it orders by letters first (a shorter word before its longer ones, as the 0 is below
    /// every letter), then by tones, then by case, with one array per name instead of three.
    let weights: [Int32]
    let original: String

    public init(_ text: String) {
        var letters = Letters()
        self.init(text, letters: &letters)
    }

    /// The key, with the precomposed letters met so far (by other keys of the same sort).
    init(_ text: String, letters: inout Letters) {
        weights = Self.weightsByScalars(text, letters: &letters) ?? Self.weightsByCharacters(text)
        original = text
    }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        // One pass: the first weight that differs decides, then the length, then the text.
        let (left, right) = (lhs.weights, rhs.weights)
        for index in 0..<min(left.count, right.count) where left[index] != right[index] { return left[index] < right[index] }
        if left.count != right.count { return left.count < right.count }
        return lhs.original.unicodeScalars.lexicographicallyPrecedes(rhs.original.unicodeScalars)
    }

    /// The weights of any text, character (grapheme cluster) by character.
    static func weightsByCharacters(_ text: String) -> [Int32] {
        var weights = Weights()
        for character in text.decomposedStringWithCanonicalMapping {
            let scalars = Array(String(character).unicodeScalars)
            guard let base = scalars.first else { continue }
            var modifier: Unicode.Scalar?
            var tone = 0
            for mark in scalars.dropFirst() {
                if let rank = Self.toneRank(mark.value) { tone = rank } else { modifier = mark }
            }
            let (letter, upper) = Self.letterByStrings(base: base, modifier: modifier)
            weights.append(letter: letter, tone: tone, upper: upper)
        }
        return weights.joined
    }

    /// The same weights read scalar by scalar, without breaking the text into characters:
    /// for names in Latin letters, digits, punctuation and combining marks (every Vietnamese
    /// name), where a character is a base and the marks after it. nil for anything else
    /// (CR, other scripts, emoji), which `weightsByCharacters` reads.
    static func weightsByScalars(_ text: String, letters: inout Letters) -> [Int32]? {
        weightsOfPrecomposed(text, letters: &letters) ?? weightsOfDecomposition(text)
    }

    static func weightsByScalars(_ text: String) -> [Int32]? {
        var letters = Letters()
        return weightsByScalars(text, letters: &letters)
    }

    /// `weightsByScalars` of any text it reads: decomposed, then read scalar by scalar.
    static func weightsOfDecomposition(_ text: String) -> [Int32]? {
        var weights = Weights()
        var base: Unicode.Scalar?
        var modifier: Unicode.Scalar?
        var tone = 0
        func close() {
            guard let base else { return }
            let (letter, upper) = Self.letter(base: base, modifier: modifier)
            weights.append(letter: letter, tone: tone, upper: upper)
        }
        for scalar in text.decomposedStringWithCanonicalMapping.unicodeScalars {
            let value = scalar.value
            if value == 0x0D { return nil } // CR LF is one character
            if (0x300...0x36F).contains(value), let current = base, !Self.isControl(current.value) {
                if let rank = Self.toneRank(value) { tone = rank } else { modifier = scalar }
            } else if value < 0x370 {
                // A new character: a base, or a mark with no base before it (it stands alone).
                close()
                (base, modifier, tone) = (scalar, nil, 0)
            } else {
                return nil
            }
        }
        close()
        return weights.joined
    }

    /// The same weights for text of printable ASCII and precomposed Latin and Vietnamese
    /// letters only (names as typed and imported), each letter read from what its own
    /// decomposition gives (`Letters`), without decomposing the text (two fifths of a ranking's
    /// time at 10,000 units). nil for anything else: a combining mark, a control, other scripts.
    static func weightsOfPrecomposed(_ text: String, letters: inout Letters) -> [Int32]? {
        // Written in place, letters then tones then cases (as `Weights.joined` lays them out):
        // one array per key, not four (a province's ranking makes 10,000 keys).
        let count = text.unicodeScalars.count
        var known = true
        let weights = [Int32](unsafeUninitializedCapacity: 3 * count + 2) { buffer, initialized in
            var index = 0
            for scalar in text.unicodeScalars {
                let value = scalar.value
                let weight: (letter: Int, tone: Int, upper: Bool)
                if value >= 0x20 && value < 0x7F {
                    let ascii = Self.asciiLetters[Int(value)]
                    weight = (ascii.rank, 0, ascii.upper)
                } else if let found = letters.weights(of: scalar) {
                    weight = found
                } else {
                    known = false
                    break
                }
                buffer[index] = Int32(weight.letter + 1)
                buffer[count + 1 + index] = Int32(weight.tone)
                buffer[2 * count + 2 + index] = weight.upper ? 1 : 0
                index += 1
            }
            buffer[count] = 0
            buffer[2 * count + 1] = 0
            initialized = known ? 3 * count + 2 : 0
        }
        return known ? weights : nil
    }

    /// Each printable ASCII character's rank and case, as `letter` finds them, looked up once.
    private static let asciiLetters: [(rank: Int, upper: Bool)] = (0..<0x80).map { value in
        guard value >= 0x20, value < 0x7F, let scalar = Unicode.Scalar(value) else { return (0, false) }
        return letter(base: scalar, modifier: nil)
    }

    static func weightsOfPrecomposed(_ text: String) -> [Int32]? {
        var letters = Letters()
        return weightsOfPrecomposed(text, letters: &letters)
    }

    /// The letter, tone and case of each precomposed letter of Latin-1, Latin Extended-A and -B
    /// and Latin Extended Additional (every Vietnamese letter) that decomposes into one base and
    /// its marks, found by reading its decomposition the first time a sort meets it: a sort of
    /// 10,000 names decomposes each of its hundred-odd letters once, a sort of eight names only
    /// theirs.
    struct Letters {
        private var known: [UInt32: (letter: Int, tone: Int, upper: Bool)?] = [:]

        mutating func weights(of scalar: Unicode.Scalar) -> (letter: Int, tone: Int, upper: Bool)? {
            let value = scalar.value
            guard (0xA0..<0x250).contains(value) || (0x1E00...0x1EFF).contains(value) else { return nil }
            if let found = known[value] { return found }
            var read: (letter: Int, tone: Int, upper: Bool)?
            if let weights = VietnameseCollationKey.weightsOfDecomposition(String(scalar)), weights.count == 5 {
                read = (letter: Int(weights[0]) - 1, tone: Int(weights[2]), upper: weights[4] == 1)
            }
            known[value] = read
            return read
        }
    }

    private struct Weights {
        var letters: [Int32] = []
        var tones: [Int32] = []
        var cases: [Int32] = []

        mutating func append(letter: Int, tone: Int, upper: Bool) {
            letters.append(Int32(letter + 1))
            tones.append(Int32(tone))
            cases.append(upper ? 1 : 0)
        }

        var joined: [Int32] { letters + [0] + tones + [0] + cases }
    }

    /// Marks never join a control character (a character of its own).
    private static func isControl(_ value: UInt32) -> Bool { value < 0x20 || (0x7F...0x9F).contains(value) || value == 0xAD }

    /// Combining marks that carry a tone (the others — breve, circumflex, horn — make a new letter).
    private static func toneRank(_ value: UInt32) -> Int? {
        switch value {
        case 0x300: return 1
        case 0x309: return 2
        case 0x303: return 3
        case 0x301: return 4
        case 0x323: return 5
        default: return nil
        }
    }

    // Latin letters absent from Vietnamese (f j w z) keep their Latin place.
    private static let letters = ["a", "a\u{306}", "a\u{302}", "b", "c", "d", "đ", "e", "e\u{302}", "f", "g", "h", "i",
                                  "j", "k", "l", "m", "n", "o", "o\u{302}", "o\u{31B}", "p", "q", "r", "s", "t",
                                  "u", "u\u{31B}", "v", "w", "x", "y", "z"]
    private static let alphabet: [String: Int] = Dictionary(uniqueKeysWithValues: letters.enumerated().map { ($1, 1_000 + $0) })
    /// The alphabet by scalars: a base's value, shifted, with its modifier's.
    private static let alphabetByScalars: [UInt64: Int] = Dictionary(uniqueKeysWithValues: letters.enumerated().map { index, letter in
        let scalars = Array(letter.unicodeScalars)
        return (UInt64(scalars[0].value) << 32 | UInt64(scalars.count > 1 ? scalars[1].value : 0), 1_000 + index)
    })

    /// A character's rank and case, for a base in ASCII or Đ/đ without building strings;
    /// any other base as `letterByStrings` finds it.
    private static func letter(base: Unicode.Scalar, modifier: Unicode.Scalar?) -> (rank: Int, upper: Bool) {
        let value = base.value
        let upper = (0x41...0x5A).contains(value) || value == 0x110
        guard value < 0x80 || value == 0x110 || value == 0x111 else { return letterByStrings(base: base, modifier: modifier) }
        let lower = upper ? (value == 0x110 ? 0x111 : value + 0x20) : value
        if let rank = alphabetByScalars[UInt64(lower) << 32 | UInt64(modifier?.value ?? 0)] { return (rank, upper) }
        return (otherRank(base), upper)
    }

    private static func letterByStrings(base: Unicode.Scalar, modifier: Unicode.Scalar?) -> (rank: Int, upper: Bool) {
        let lowerBase = String(base).lowercased()
        let letter = lowerBase + (modifier.map { String($0) } ?? "")
        return (alphabet[letter] ?? otherRank(base), String(base) != lowerBase)
    }

    /// Spaces sort first, then punctuation and digits by code point, then the alphabet,
    /// then any other script by code point.
    private static func otherRank(_ base: Unicode.Scalar) -> Int {
        if base.properties.isWhitespace { return 0 }
        if base.value < 0x80 { return 1 + Int(base.value) }
        return 2_000 + Int(base.value)
    }
}

extension Collection {
    /// Sorts in Vietnamese alphabetical order by the given text.
    public func sortedVietnamese(by text: (Element) -> String) -> [Element] {
        indicesInVietnameseOrder(by: text).map { self[$0] }
    }

    /// The indices in Vietnamese alphabetical order of the given text: the elements are not
    /// moved (a ranking's results are large), only one key per element is made.
    public func indicesInVietnameseOrder(by text: (Element) -> String) -> [Index] {
        var letters = VietnameseCollationKey.Letters()
        let keys = map { VietnameseCollationKey(text($0), letters: &letters) }
        // Places sorted, not (index, key) pairs: a key is an array and a string to move.
        let indices = Array(indices)
        return keys.indices.sorted { keys[$0] < keys[$1] }.map { indices[$0] }
    }
}
