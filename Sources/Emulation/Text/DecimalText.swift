/// Decimal text as Vietnamese users write it: a decimal comma when shown ("92,58"),
/// and either a comma or a point accepted when typed ("9,5" and "9.5").
public enum DecimalText {
    public enum ParseError: Error, Hashable, Sendable {
        case empty
        case malformed(String)
        case tooManyDecimals(String)
        case negative(String)
    }

    /// Formats points with a decimal comma and two decimals, dropping ",00" when `trimWhole` is set.
    public static func format(_ points: Points, trimWhole: Bool = false) -> String {
        let negative = points.hundredths < 0
        let magnitude = points.hundredths.magnitude
        let fraction = magnitude % 100
        // Written backwards into a small stack buffer: every frame formats a screenful of
        // scores, and building the text from pieces made a string per piece.
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 24) { bytes in
            var at = bytes.count
            func put(_ byte: UInt8) {
                at -= 1
                bytes[at] = byte
            }
            if !(trimWhole && fraction == 0) {
                put(UInt8(ascii: "0") + UInt8(fraction % 10))
                put(UInt8(ascii: "0") + UInt8(fraction / 10))
                put(UInt8(ascii: ","))
            }
            var whole = magnitude / 100
            repeat {
                put(UInt8(ascii: "0") + UInt8(whole % 10))
                whole /= 10
            } while whole > 0
            if negative { put(UInt8(ascii: "-")) }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[at...]), as: UTF8.self)
        }
    }

    /// Parses a non-negative amount with at most two decimals; a trailing separator ("9,") is 9.
    /// Only ASCII digits and one separator (`,` or `.`) are accepted, so "1e3", "NaN",
    /// "9,5,1", "+3" and "٣" are all refused rather than guessed at.
    public static func parse(_ raw: String) -> Result<Points, ParseError> {
        let text = raw.trimmingSpaces()
        if text.isEmpty { return .failure(.empty) }
        // The byte first (most values start with a digit), then the character: "-\u{301}" is no minus.
        if text.utf8.first == UInt8(ascii: "-"), text.hasPrefix("-") {
            let rest = String(text.dropFirst())
            if case .success = parseUnsigned(rest) { return .failure(.negative(raw)) }
            return .failure(.malformed(raw))
        }
        return parseUnsigned(text).mapError { error in
            switch error {
            case .tooManyDecimals: return .tooManyDecimals(raw)
            case .empty, .malformed, .negative: return .malformed(raw)
            }
        }
    }

    /// Digits counted and added up as they come (no array of them): an import parses every
    /// score of its file, 150,000 for a province's grid.
    private static func parseUnsigned(_ text: String) -> Result<Points, ParseError> {
        var whole = 0
        var wholeDigits = 0
        var significantWhole = 0
        var fraction = 0
        var fractionDigits = 0
        var seenSeparator = false
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                let digit = Int(byte - UInt8(ascii: "0"))
                if seenSeparator {
                    fractionDigits += 1
                    if fractionDigits <= 2 { fraction = fraction * 10 + digit }
                } else {
                    wholeDigits += 1
                    if significantWhole > 0 || digit > 0 { significantWhole += 1 }
                    // Beyond 7 significant digits the text is refused below: never summed into an overflow.
                    if significantWhole <= 7 { whole = whole * 10 + digit }
                }
            case UInt8(ascii: ","), UInt8(ascii: "."):
                if seenSeparator { return .failure(.malformed(text)) }
                seenSeparator = true
            default:
                return .failure(.malformed(text))
            }
        }
        if wholeDigits == 0 && fractionDigits == 0 { return .failure(.malformed(text)) }
        // "9," and "9." are 9, as a spreadsheet reads them.
        if fractionDigits > 2 { return .failure(.tooManyDecimals(text)) }
        // Scores are small; more than 7 whole digits is a typo, and it keeps Int far from overflow.
        if significantWhole > 7 { return .failure(.malformed(text)) }
        return .success(Points(hundredths: whole * 100 + (fractionDigits == 1 ? fraction * 10 : fraction)))
    }
}

extension String {
    /// Trims spaces and tabs (including no-break spaces pasted from office documents), and the
    /// other whitespace of Unicode (line breaks too).
    public func trimmingSpaces() -> String {
        trimming({ $0.properties.isWhitespace }, asciiIsTrimmed: { $0 == 0x20 || (0x09...0x0D).contains($0) })
    }

    /// Trims what Foundation's `trimmingCharacters(in: .whitespaces)` trims (space separators,
    /// tabs and the zero-width space, not line breaks), without bridging to NSString.
    public func trimmingWhitespaces() -> String {
        // Foundation's set: the space separators, the tab, and the zero-width space.
        trimming({ $0 == "\t" || $0 == " " || $0.value == 0x200B || ($0.value >= 0x80 && $0.properties.generalCategory == .spaceSeparator) },
                 asciiIsTrimmed: { $0 == 0x20 || $0 == 0x09 })
    }

    /// The text without the scalars `isTrimmed` names at either end. Most fields have nothing to
    /// trim and are returned as they are: one whose first and last bytes are ASCII that
    /// `asciiIsTrimmed` (the same set, within ASCII) does not name, with no scalar decoded (an
    /// import trims each of its 350,000 fields), and any other not rebuilt unless an end is trimmed.
    private func trimming(_ isTrimmed: (Unicode.Scalar) -> Bool, asciiIsTrimmed: (UInt8) -> Bool) -> String {
        guard let head = utf8.first, let tail = utf8.last else { return self }
        if head < 0x80, tail < 0x80, !asciiIsTrimmed(head), !asciiIsTrimmed(tail) { return self }
        guard let first = unicodeScalars.first, let last = unicodeScalars.last, isTrimmed(first) || isTrimmed(last) else { return self }
        var scalars = Substring(self).unicodeScalars[...]
        while let first = scalars.first, isTrimmed(first) { scalars = scalars.dropFirst() }
        while let last = scalars.last, isTrimmed(last) { scalars = scalars.dropLast() }
        return String(String.UnicodeScalarView(scalars))
    }
}
