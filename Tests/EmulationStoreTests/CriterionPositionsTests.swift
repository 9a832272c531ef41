import Testing
@testable import EmulationStore

/// A year's criterion ids to their places in the item layout: the table by offset and the
/// dictionary it falls back to answer as the plain dictionary does, for ids close together
/// (as a year's are), spread wide, at the ends of Int64, and for ids that are not there.
@Suite struct CriterionPositionsTests {
    @Test func answersAsTheDictionaryDoes() {
        var generator = SystemRandomNumberGenerator()
        for trial in 0..<500 {
            let base = Int64.random(in: -1_000...1_000_000, using: &generator)
            let spread: Int64 = trial % 3 == 0 ? 100_000 : 40
            var positions: [Int64: Int] = [:]
            for position in 0..<Int.random(in: 0...30, using: &generator) {
                positions[base + Int64.random(in: 0...spread, using: &generator)] = position
            }
            if trial % 50 == 0 { positions[Int64.max] = 31; positions[Int64.min] = 32 }
            let table = CriterionPositions(positions)
            let probes = Array(positions.keys) + (0..<40).map { _ in base + Int64.random(in: -50...(spread + 50), using: &generator) }
                + [Int64.min, Int64.max, base - 1, 0]
            for id in probes {
                #expect(table[id] == positions[id], "id \(id) of \(positions)")
            }
        }
    }
}
