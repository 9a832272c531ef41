/// The province's (or the Government's) decision on a unit's proposal: its number, date and
/// authority, and whether the award was granted, refused, or granted as another award.
public struct AwardDecision: Hashable, Sendable {
    public enum Outcome: String, CaseIterable, Sendable, Codable {
        case granted
        case notGranted = "not-granted"
        /// Granted, but another award than the one proposed (`grantedAward`).
        case grantedOther = "granted-other"
    }

    public var unitID: MemberUnit.ID
    /// The award the cluster proposed, by its code in that year's rules.
    public var proposed: String
    public var outcome: Outcome
    /// The award given instead, by its code, when `outcome` is `grantedOther`.
    public var grantedOther: String?
    /// "123/QĐ-TTg".
    public var number: String
    public var date: CalendarDate
    /// "Thủ tướng Chính phủ".
    public var authority: String

    public init(unitID: MemberUnit.ID, proposed: String, outcome: Outcome, grantedOther: String? = nil, number: String, date: CalendarDate,
                authority: String) {
        self.unitID = unitID
        self.proposed = proposed
        self.outcome = outcome
        self.grantedOther = grantedOther
        self.number = number
        self.date = date
        self.authority = authority
    }

    /// The award the unit holds by this decision, by code; nil when none was granted.
    public var grantedAward: String? {
        switch outcome {
        case .granted: return proposed
        case .notGranted: return nil
        case .grantedOther: return grantedOther
        }
    }

    /// The award a decision on `unitID` is about: the one already decided (a correction keeps
    /// it), else the unit's current proposal; nil when the unit is proposed for nothing.
    public static func decidedAward(unitID: MemberUnit.ID, in snapshot: YearSnapshot, review: Review) -> String? {
        snapshot.decisions[unitID]?.proposed ?? review.proposal(unitID: unitID)?.award
    }

    /// Who decides on `award` by default: the award's authority in the rules, the cluster's filled in.
    public static func defaultAuthority(_ award: String, in snapshot: YearSnapshot) -> String {
        snapshot.rules.award(code: award).map { AwardWording.authority($0.authority, cluster: snapshot.cluster) } ?? ""
    }

    public enum Problem: Hashable, Sendable, Error {
        case noNumber
        case noAuthority
        /// "Granted as another award" names no other award, or names the one proposed.
        case otherAwardMissing
        /// An award code the year's rules do not have.
        case unknownAward(String)
    }

    public func problems(rules: RuleSet) -> [Problem] {
        var problems: [Problem] = []
        if number.trimmingSpaces().isEmpty { problems.append(.noNumber) }
        if authority.trimmingSpaces().isEmpty { problems.append(.noAuthority) }
        if rules.award(code: proposed) == nil { problems.append(.unknownAward(proposed)) }
        if outcome == .grantedOther {
            if let other = grantedOther, other != proposed {
                if rules.award(code: other) == nil { problems.append(.unknownAward(other)) }
            } else {
                problems.append(.otherAwardMissing)
            }
        }
        return problems
    }
}
