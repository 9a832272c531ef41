import Emulation

/// Deterministic demo scores: cluster scores that add up exactly to the target subtotals,
/// and self-scores a little above them (one item per unit far enough above to be flagged).
struct ScoreGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed &+ 0x9E37_79B9_7F4A_7C15 }

    private mutating func next(_ bound: Int) -> Int {
        // xorshift64*: enough spread for demo data, and the same numbers on every machine.
        state ^= state >> 12
        state ^= state << 25
        state ^= state >> 27
        return bound <= 0 ? 0 : Int((state &* 2_685_821_657_736_338_717) % UInt64(bound))
    }

    /// Item values (hundredths) for `target` spread over items with these maxima.
    mutating func spread(_ target: Int, maxima: [Int]) -> [Int] {
        let total = maxima.reduce(0, +)
        precondition(target <= total, "demo subtotal above the maximum")
        var values = maxima.map { target * $0 / total }
        // Move a few points between neighbours so units do not look proportional.
        for index in stride(from: 0, to: values.count - 1, by: 2) {
            let room = min(maxima[index] - values[index], values[index + 1], maxima[index] / 10)
            let shift = next(room + 1) / 5 * 5
            values[index] += shift
            values[index + 1] -= shift
        }
        var residue = target - values.reduce(0, +)
        var index = 0
        while residue != 0 {
            let step = residue > 0 ? 1 : -1
            if values[index] + step >= 0 && values[index] + step <= maxima[index] {
                values[index] += step
                residue -= step
            }
            index = (index + 1) % values.count
        }
        return values
    }

    /// Self-scores: the cluster score plus up to 5% of the maximum; `gapItem` differs by a quarter
    /// of the maximum (above the cluster's score where there is room, else below), so it is flagged.
    mutating func selfScores(cluster: [Int], maxima: [Int], gapItem: Int?) -> [Int] {
        zip(cluster, maxima).enumerated().map { index, pair in
            let (value, maximum) = pair
            if index == gapItem {
                let gap = maximum / 4
                return value + gap <= maximum ? value + gap : max(0, value - gap)
            }
            return min(maximum, value + next(maximum / 20 + 1) / 5 * 5)
        }
    }
}
