import Foundation
import Emulation

/// Reads a typed score for an item: empty clears it, otherwise a decimal with a comma or a point
/// within [0, the item's maximum]. The refusal comes back in words, for the status line.
enum ScoreInput {
    static func parse(_ text: String, maximum: Points, item: String, words: Catalogue) -> Result<Points?, StatusMessage> {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty { return .success(nil) }
        switch DecimalText.parse(trimmed) {
        case .success(let points):
            if points > maximum {
                return .failure(StatusMessage(words.scoreOutOfRange(item, DecimalText.format(points), DecimalText.format(maximum, trimWhole: true)), isError: true))
            }
            return .success(points)
        case .failure(.negative): return .failure(StatusMessage(words.screen.negativeScore, isError: true))
        case .failure(.tooManyDecimals): return .failure(StatusMessage(words.screen.tooManyDecimals, isError: true))
        case .failure(.malformed), .failure(.empty): return .failure(StatusMessage(words.screen.notANumber(trimmed), isError: true))
        }
    }

    /// Why this clerk may not edit this round of this unit now, if anything stops it.
    static func refusal(round: ScoreRound?, unit: MemberUnit, year: YearSnapshot, clerkUnit: String?, words: Catalogue) -> String? {
        guard let round else { return words.screen.finalIsReadOnly }
        if year.reference.status.isReadOnly { return words.screen.yearIsClosed }
        guard let clerkUnit else { return nil }
        // Matched as every command matches a unit; a name that matches nothing stops editing
        // rather than silently switching the rule off.
        guard let clerk = year.unit(named: clerkUnit) else {
            return words.screen.unknownClerkUnit(clerkUnit)
        }
        if RuleSet.mayEnter(round: round, forUnit: unit.id, asUnit: clerk.id) == .ownUnitClusterScore {
            return words.ownUnitClusterScore
        }
        return nil
    }
}
