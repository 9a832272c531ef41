/// One line of the ranking.
public struct RankedUnit: Hashable, Sendable {
    public var result: UnitResult
    /// 1-based; units that stay equal after every tie-break share a rank (1, 2, 2, 4).
    public var rank: Int
    /// Other units with the same rank, for the meeting to settle by vote.
    public var isTied: Bool
    /// The tie-break that set this unit apart from the unit just above it with an equal
    /// total, if one did.
    public var decidedBy: TieBreak?

    public var unit: MemberUnit { result.unit }
}

/// The ranking of a cluster-year: descending final total, then the rule set's tie-breaks.
public struct Ranking: Hashable, Sendable {
    public private(set) var entries: [RankedUnit]
    /// Where each unit stands in `entries`, so a lookup costs the same for 8 units or 5,000.
    private var positions: [MemberUnit.ID: Int]
    /// Each unit's place in Vietnamese alphabetical order, the last word between units equal on
    /// everything: kept, so one unit's new score moves it without sorting every name again.
    private var alphabetical: [MemberUnit.ID: Int]

    public init(results: [UnitResult], rules: RuleSet) {
        // Units equal on everything are listed in Vietnamese alphabetical order, so the output is stable.
        // Positions are sorted, not the results themselves (a result is large to move).
        let byName = results.indicesInVietnameseOrder { $0.unit.name }
        var place = [Int](repeating: 0, count: results.count)
        for (order, index) in byName.enumerated() { place[index] = order }
        self.alphabetical = Dictionary(byName.enumerated().map { (results[$1].unit.id, $0) }, uniquingKeysWith: { first, _ in first })
        // The total decides almost every pair (as `compare` does first): read from an array of
        // totals, not from the results, which the comparison would copy.
        let totals = results.map(\.total)
        // So is each tie-break's value (as `compare` weighs it): the sort compares numbers, and
        // never copies a result (two per pair compared, most of a province's ranking).
        let tieValues = rules.tieBreaks.map { tieBreak in results.map { Self.value(of: tieBreak, $0) } }
        let ordered = byName.sorted { lhs, rhs in
            if totals[lhs] != totals[rhs] { return totals[lhs] > totals[rhs] }
            for values in tieValues where values[lhs] != values[rhs] { return values[lhs] > values[rhs] }
            return place[lhs] < place[rhs]
        }
        var entries = ordered.map { RankedUnit(result: results[$0], rank: 0, isTied: false, decidedBy: nil) }
        Self.rank(&entries, rules: rules)
        self.entries = entries
        // By index: enumerating the entries would copy each one (its result, its unit's names).
        var positions: [MemberUnit.ID: Int] = [:]
        positions.reserveCapacity(entries.count)
        for index in entries.indices { positions[entries[index].result.unit.id] = index }
        self.positions = positions
    }

    /// The ranking after one unit's result changed (a confirmed cell): the unit is taken out
    /// and put back where it now belongs, and the ranks are counted again; the same ranking as
    /// one built from every result, without computing or sorting the others. nil when the unit
    /// is not in the ranking.
    public func updating(_ result: UnitResult, rules: RuleSet) -> Ranking? {
        var ranking = self
        return ranking.update(result, rules: rules) ? ranking : nil
    }

    /// `updating` in place (no copy of the entries when this ranking is their only holder);
    /// false, and unchanged, when the unit is not in the ranking.
    public mutating func update(_ result: UnitResult, rules: RuleSet) -> Bool {
        guard let position = positions[result.unit.id], let order = alphabetical[result.unit.id] else { return false }
        entries.remove(at: position)
        // The first unit the changed one ranks above (a binary search: the list is in order).
        var low = 0
        var high = entries.count
        while low < high {
            let middle = (low + high) / 2
            let other = entries[middle].result
            let above = Self.compare(result, other, rules: rules) ?? (order < (alphabetical[other.unit.id] ?? Int.max))
            if above { high = middle } else { low = middle + 1 }
        }
        entries.insert(RankedUnit(result: result, rank: 0, isTied: false, decidedBy: nil), at: low)
        // Ranks counted again in place (the entries are not built anew), only where they can
        // have changed: only the units between the old place and the new one have moved.
        let moved = min(position, low)...max(position, low)
        Self.rank(&entries, from: max(0, moved.lowerBound - 1), movedThrough: moved.upperBound, rules: rules)
        for index in moved { positions[entries[index].result.unit.id] = index }
        return true
    }

    /// Sets the rank, the shared ranks and the deciding tie-break of every entry, down a list
    /// in ranking order: units equal on everything share a rank (1, 2, 2, 4).
    private static func rank(_ entries: inout [RankedUnit], rules: RuleSet) {
        rank(&entries, from: 0, movedThrough: entries.count - 1, rules: rules)
    }

    /// The same from entry `start` on, the entries before it being ranked already and those
    /// after `movedThrough` where they were: it stops at the first entry past the moved ones
    /// that is not tied to the one above it and was ranked index + 1 before (so were the units
    /// tied below it), once that entry's deciding tie-break and tie are counted again. A tie
    /// that runs on past the moved entries, or that a moved unit headed, is followed to its
    /// end, as its shared rank may have changed.
    private static func rank(_ entries: inout [RankedUnit], from start: Int, movedThrough last: Int, rules: RuleSet) {
        // Entries read and set in place: an array's subscript would copy each result compared.
        entries.withUnsafeMutableBufferPointer { entries in rank(entries, from: start, movedThrough: last, rules: rules) }
    }

    private static func rank(_ entries: UnsafeMutableBufferPointer<RankedUnit>, from start: Int, movedThrough last: Int, rules: RuleSet) {
        for index in entries.indices.dropFirst(start) {
            guard index > 0 else {
                (entries[0].rank, entries[0].isTied, entries[0].decidedBy) = (1, false, nil)
                continue
            }
            if Self.compare(entries[index - 1].result, entries[index].result, rules: rules) == nil {
                entries[index - 1].isTied = true
                (entries[index].rank, entries[index].isTied, entries[index].decidedBy) = (entries[index - 1].rank, true, nil)
            } else {
                let decider = entries[index - 1].result.total == entries[index].result.total
                    ? Self.firstDecidingTieBreak(entries[index - 1].result, entries[index].result, rules: rules) : nil
                // Ranked index + 1 already: it headed its tie (or stood alone) before, so the units
                // tied below it keep their rank.
                let headedBefore = entries[index].rank == index + 1
                (entries[index].rank, entries[index].isTied, entries[index].decidedBy) = (index + 1, false, decider)
                if index > last && headedBefore {
                    // Still tied to the one below it, as before: that pair has not moved.
                    entries[index].isTied = index + 1 < entries.count && Self.compare(entries[index].result, entries[index + 1].result, rules: rules) == nil
                    return
                }
            }
        }
    }

    public var count: Int { entries.count }

    public func entry(unitID: MemberUnit.ID) -> RankedUnit? { positions[unitID].map { entries[$0] } }

    /// Where a unit stands in `entries`.
    public func position(of unitID: MemberUnit.ID) -> Int? { positions[unitID] }

    /// true when lhs ranks above rhs, false when below, nil when they stay equal.
    static func compare(_ lhs: UnitResult, _ rhs: UnitResult, rules: RuleSet) -> Bool? {
        if lhs.total != rhs.total { return lhs.total > rhs.total }
        for tieBreak in rules.tieBreaks {
            if let decision = decide(tieBreak, lhs, rhs) { return decision }
        }
        return nil
    }

    static func firstDecidingTieBreak(_ lhs: UnitResult, _ rhs: UnitResult, rules: RuleSet) -> TieBreak? {
        rules.tieBreaks.first { decide($0, lhs, rhs) != nil }
    }

    private static func decide(_ tieBreak: TieBreak, _ lhs: UnitResult, _ rhs: UnitResult) -> Bool? {
        let (left, right) = (value(of: tieBreak, lhs), value(of: tieBreak, rhs))
        return left == right ? nil : left > right
    }

    /// What a tie-break weighs in a result, as a number: the higher ranks above.
    private static func value(of tieBreak: TieBreak, _ result: UnitResult) -> Int {
        switch tieBreak {
        case .majorSubtotal(let code): return result.subtotal(major: code).hundredths
        case .womenMajority: return result.unit.womenMajority ? 1 : 0
        }
    }
}
