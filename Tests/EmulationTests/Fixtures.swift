@testable import Emulation

/// Builds units and scores for rule tests without typing 15 items each time.
enum Fixture {
    static let tree = CriteriaTree.standard
    static let rules = RuleSet.standard

    static func unit(_ id: MemberUnit.ID, _ name: String, women: Bool = false, eligibility: Eligibility = .eligible) -> MemberUnit {
        MemberUnit(id: id, name: name, womenMajority: women, eligibility: eligibility)
    }

    /// Cluster scores whose major subtotals are exactly the given points (hundredths spread
    /// over the items, each within its maximum).
    static func scores(subtotals: [Int], bonus: Int = 0, deduction: Int = 0) -> UnitScores {
        var scores = UnitScores()
        for (major, hundredths) in zip(tree.majors, subtotals) {
            var remaining = hundredths
            for item in major.leaves {
                let share = min(item.maximum.hundredths, remaining)
                scores.cluster[item.code] = Points(hundredths: share)
                remaining -= share
            }
            precondition(remaining == 0, "subtotal above the major's maximum")
        }
        if bonus > 0 { scores.bonus = Adjustment(points: Points(hundredths: bonus), reason: "thưởng") }
        if deduction > 0 { scores.deduction = Adjustment(points: Points(hundredths: deduction), reason: "trừ") }
        return scores
    }

    /// A review where unit i gets the i-th subtotals (in hundredths).
    static func review(
        _ rows: [(unit: MemberUnit, subtotals: [Int])], rules: RuleSet = rules,
        registered: Set<MemberUnit.ID> = [], votes: [VoteTally] = []
    ) -> Review {
        var scores: [MemberUnit.ID: UnitScores] = [:]
        for row in rows { scores[row.unit.id] = Fixture.scores(subtotals: row.subtotals) }
        var registrations: [MemberUnit.ID: Set<String>] = [:]
        for id in registered { registrations[id] = [RuleSet.governmentFlag] }
        return Review(units: rows.map(\.unit), scores: scores, tree: tree, rules: rules,
                      registrations: registrations, votes: votes)
    }
}

extension Review {
    func award(of id: MemberUnit.ID) -> String? { proposal(unitID: id)?.award }
    func rank(of id: MemberUnit.ID) -> Int? { ranking.entry(unitID: id)?.rank }
}
