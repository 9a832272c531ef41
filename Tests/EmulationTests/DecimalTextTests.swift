import Testing
@testable import Emulation

@Suite struct DecimalTextTests {
    @Test(arguments: [
        ("9,5", 950), ("9.5", 950), ("10", 1000), ("0", 0), ("0,25", 25), (" 7,75 ", 775),
        ("92,58", 9258), (",5", 50), ("100.00", 10000), ("007", 700),
        // A trailing separator is the whole number, as a spreadsheet reads it.
        ("9,", 900), ("9.", 900), ("10,", 1000),
    ])
    func acceptsCommaAndPoint(input: String, hundredths: Int) {
        #expect(DecimalText.parse(input) == .success(Points(hundredths: hundredths)))
    }

    @Test(arguments: ["9,5,1", "abc", "1e3", "NaN", "nan", "inf", ".", ",", "+3", "1 000", "٣", "9,5a", "0x10", "12345678901"])
    func refusesMalformed(input: String) {
        #expect(DecimalText.parse(input) == .failure(.malformed(input)))
    }

    @Test func refusesNegativeEmptyAndThirdDecimal() {
        #expect(DecimalText.parse("-1") == .failure(.negative("-1")))
        #expect(DecimalText.parse("") == .failure(.empty))
        #expect(DecimalText.parse("   ") == .failure(.empty))
        #expect(DecimalText.parse("9,555") == .failure(.tooManyDecimals("9,555")))
    }

    /// Digits are summed as they come (an import parses 150,000 of them): every text of digits,
    /// separators, signs, spaces and letters reads as the rule says, written plainly here.
    @Test func parsesAsTheRuleSays() {
        func expected(_ raw: String) -> Result<Points, DecimalText.ParseError> {
            let text = raw.trimmingSpaces()
            if text.isEmpty { return .failure(.empty) }
            let unsigned = text.hasPrefix("-") ? String(text.dropFirst()) : text
            let parts = unsigned.split(separator: /[,.]/, omittingEmptySubsequences: false)
            let isNumber = parts.count <= 2 && parts.allSatisfy { $0.allSatisfy { ("0"..."9").contains($0) } }
                && parts.contains { !$0.isEmpty }
            let (whole, fraction) = (parts.first.map(String.init) ?? "", parts.count == 2 ? String(parts[1]) : "")
            let significant = whole.drop { $0 == "0" }
            let valid = isNumber && fraction.count <= 2 && significant.count <= 7
            if text.hasPrefix("-") { return .failure(valid ? .negative(raw) : .malformed(raw)) }
            if isNumber && fraction.count > 2 { return .failure(.tooManyDecimals(raw)) }
            guard valid else { return .failure(.malformed(raw)) }
            let padded = fraction + String(repeating: "0", count: 2 - fraction.count)
            return .success(Points(hundredths: (Int(significant) ?? 0) * 100 + Int(padded)!))
        }
        var generator = SystemRandomNumberGenerator()
        let pieces = ["0", "0", "1", "5", "9", "7", ",", ".", "-", " ", "a", "٣", "00000000", "1234567", "\u{A0}"]
        let texts = (0..<20_000).map { _ in
            (0..<Int.random(in: 0...9, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
        }
        // A minus with a mark on it ("-\u{301}") is a letter, not a minus.
        for text in texts + ["12345678", "01234567", "00000001234567,89", "9999999,99", "1234567,", ",05", "0,0", "-\u{301}5", "-\u{301}"] {
            #expect(DecimalText.parse(text) == expected(text), "\(text)")
        }
    }

    @Test(arguments: [(9258, "92,58"), (950, "9,50"), (5, "0,05"), (10000, "100,00"), (-150, "-1,50")])
    func formatsWithDecimalComma(hundredths: Int, text: String) {
        #expect(DecimalText.format(Points(hundredths: hundredths)) == text)
    }

    @Test func trimsWholeNumbersOnRequest() {
        #expect(DecimalText.format(Points(8), trimWhole: true) == "8")
        #expect(DecimalText.format(Points(hundredths: 850), trimWhole: true) == "8,50")
    }

    @Test func formatAndParseRoundTrip() {
        for hundredths in stride(from: 0, through: 10_000, by: 37) {
            let points = Points(hundredths: hundredths)
            #expect(DecimalText.parse(DecimalText.format(points)) == .success(points))
        }
    }

    /// The digits are written by hand (every frame formats a screenful of scores): they must
    /// read as Swift prints the number, at every size and sign, with and without trimming.
    @Test func formatsAsTheNumberPrints() {
        var generator = SystemRandomNumberGenerator()
        let edges = [0, 1, 9, 10, 99, 100, 101, 999, 1000, -1, -99, -100, -101, Int.max, Int.min, Int.min + 1]
        let randoms = (0..<5_000).map { index in Int.random(in: index % 2 == 0 ? -100_000...100_000 : Int.min...Int.max, using: &generator) }
        for hundredths in edges + randoms {
            let magnitude = hundredths.magnitude
            let (whole, fraction) = (magnitude / 100, magnitude % 100)
            let sign = hundredths < 0 ? "-" : ""
            let full = "\(sign)\(whole),\(fraction < 10 ? "0" : "")\(fraction)"
            #expect(DecimalText.format(Points(hundredths: hundredths)) == full)
            #expect(DecimalText.format(Points(hundredths: hundredths), trimWhole: true) == (fraction == 0 ? "\(sign)\(whole)" : full))
        }
    }
}
