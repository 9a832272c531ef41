/// How a quorum, a threshold and a quota are written, in the rules file and in the rules
/// screen's forms alike: "2/3", "1", "20%", "unlimited".
extension Fraction {
    public var text: String { "\(numerator)/\(denominator)" }

    /// "2/3"; a denominator of 0 or below is no ratio.
    public init?(text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let numerator = RuleText.wholeNumber(String(parts[0])),
              let denominator = RuleText.wholeNumber(String(parts[1])), denominator > 0 else { return nil }
        self.init(numerator, denominator)
    }
}

extension Quota {
    public static let unlimitedWord = "unlimited"

    public var text: String {
        switch self {
        case .unlimited: return Self.unlimitedWord
        case .count(let count): return String(count)
        case .percentOfMembers(let percent): return "\(percent)%"
        }
    }

    /// "1", "20%" or "unlimited".
    public init?(text: String) {
        let trimmed = RuleText.trimmed(text)
        if trimmed == Self.unlimitedWord {
            self = .unlimited
        } else if trimmed.hasSuffix("%"), let percent = RuleText.wholeNumber(String(trimmed.dropLast())) {
            self = .percentOfMembers(percent)
        } else if let count = RuleText.wholeNumber(trimmed) {
            self = .count(count)
        } else {
            return nil
        }
    }
}

public enum RuleText {
    /// ASCII digits with an optional minus sign, spaces around allowed: "20", "-1".
    public static func wholeNumber(_ text: String) -> Int? {
        let trimmed = trimmed(text)
        let digits = trimmed.hasPrefix("-") ? trimmed.dropFirst() : Substring(trimmed)
        guard !digits.isEmpty, digits.utf8.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }) else { return nil }
        return Int(trimmed)
    }

    static func trimmed(_ text: String) -> String {
        String(text.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}
