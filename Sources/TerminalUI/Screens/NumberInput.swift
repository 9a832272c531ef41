import Emulation

/// The one reading of every number a clerk types (grid and sheet cells, what-if, votes, the
/// new cluster's year, the criteria editor's maximum): a decimal comma or point, "9," as 9, a
/// minus sign refused rather than dropped, and every refusal naming its field.
enum NumberInput {
    /// Points within [0, maximum]; empty is nil (the caller decides what an empty field means).
    static func points(_ text: String, maximum: Points?, field: String, words: Catalogue) -> Result<Points?, StatusMessage> {
        let trimmed = text.trimmingSpaces()
        if trimmed.isEmpty { return .success(nil) }
        switch DecimalText.parse(trimmed) {
        case .success(let points):
            if let maximum, points > maximum {
                return .failure(StatusMessage(words.scoreOutOfRange(field, DecimalText.format(points), DecimalText.format(maximum, trimWhole: true)), isError: true))
            }
            return .success(points)
        case .failure(.negative): return .failure(StatusMessage(words.screen.negativeNumber(field), isError: true))
        case .failure(.tooManyDecimals): return .failure(StatusMessage(words.screen.tooManyDecimals(field), isError: true))
        case .failure(.malformed), .failure(.empty): return .failure(StatusMessage(words.screen.notANumber(field, trimmed), isError: true))
        }
    }

    /// A whole count, 0 or more (votes, a year); empty is refused as required.
    static func count(_ text: String, field: String, words: Catalogue) -> Result<Int, StatusMessage> {
        let trimmed = text.trimmingSpaces()
        if trimmed.isEmpty { return .failure(StatusMessage(words.screen.fieldRequired(field), isError: true)) }
        // A count has no decimals: "2,5", "abc" and "-1" all get the same plain answer.
        guard case .success(let value) = DecimalText.parse(trimmed), value.hundredths % 100 == 0 else {
            return .failure(StatusMessage(words.screen.wholeNumberRequired(field), isError: true))
        }
        return .success(value.hundredths / 100)
    }
}
