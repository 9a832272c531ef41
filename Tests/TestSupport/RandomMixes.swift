/// Seeded random texts made of the given pieces (0 to 15 each), the same on every run: for the
/// tests that hold a fast path on text to the general one.
public enum RandomMixes {
    public static func texts(of pieces: [String], count: Int = 5_000, seed: UInt64) -> [String] {
        var state = seed
        func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state
        }
        return (0..<count).map { _ in
            (0..<Int(next() >> 60)).map { _ in pieces[Int((next() >> 33) % UInt64(pieces.count))] }.joined()
        }
    }

    /// The text's scalars in hex, for a failure message.
    public static func scalars(_ text: String) -> String { text.unicodeScalars.map { String($0.value, radix: 16) }.joined(separator: " ") }
}
