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
