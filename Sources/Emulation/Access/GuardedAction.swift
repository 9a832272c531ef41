/// Every change thidua makes, as far as who may make it: storage asks `Account.refusal` before
/// each named write, and the screens ask it to decide which keys to offer.
public enum GuardedAction: Hashable, Sendable {
    // The province's emulation office.
    case manageAccounts
    case createCluster
    case reopenYear
    case unlockCriteria

    // The cluster's secretary.
    /// The rules are the cluster's to set (quotas, bands, votes…), within what the province decided.
    case editRules
    case editCluster
    case editRoster
    case editCriteria
    case openYear
    case changeStage
    case editPledgeText
    case recordMeeting
    case recordVote
    case recordHandover
    /// The province's decision on a proposal, as the cluster receives it.
    case recordDecision
    case clusterScore(unit: MemberUnit.ID)

    // A unit's clerk (and, for notes and adjustments, the secretary judging another unit).
    case selfScore(unit: MemberUnit.ID)
    case unitNote(unit: MemberUnit.ID)
    case adjustment(unit: MemberUnit.ID)
    case unitPledge(unit: MemberUnit.ID)
    case signPledge(unit: MemberUnit.ID)

    /// Reading a cluster: every role in it.
    case read

    /// The unit the action is about, if it is about one.
    public var unit: MemberUnit.ID? {
        switch self {
        case .clusterScore(let unit), .selfScore(let unit), .unitNote(let unit), .adjustment(let unit),
             .unitPledge(let unit), .signPledge(let unit):
            return unit
        default:
            return nil
        }
    }

    /// The roles that may take this action, the admin aside (who may take every action but a
    /// cluster score of a unit they belong to).
    public var clusterRoles: Set<AccountRole> {
        switch self {
        case .manageAccounts, .createCluster, .reopenYear, .unlockCriteria:
            return []
        case .editRules, .editCluster, .editRoster, .editCriteria, .openYear, .changeStage, .editPledgeText,
             .recordMeeting, .recordVote, .recordHandover, .recordDecision, .clusterScore:
            return [.secretary]
        case .selfScore, .unitPledge, .signPledge:
            return [.clerk]
        case .unitNote, .adjustment:
            return [.clerk, .secretary]
        case .read:
            return [.secretary, .clerk, .viewer]
        }
    }
}

/// Why an account may not take an action, for the message that names the role it needs.
public struct Refusal: Hashable, Sendable, Error {
    public enum Reason: Hashable, Sendable {
        /// The account has none of the roles the action needs here.
        case needsRole
        /// Nobody enters the cluster score of a unit they belong to.
        case ownUnit
        /// A clerk acts only for their own unit (named here, when it is known).
        case otherUnit
    }

    public var action: GuardedAction
    public var reason: Reason
    public var cluster: String?

    public init(action: GuardedAction, reason: Reason, cluster: String?) {
        self.action = action
        self.reason = reason
        self.cluster = cluster
    }
}

extension Account {
    /// Nil when this account may take `action` in `cluster` (nil for province-wide actions),
    /// else why not.
    public func refusal(_ action: GuardedAction, in cluster: String?) -> Refusal? {
        let held = cluster.map { grants(in: $0) } ?? grants.filter { $0.role.isProvinceWide }
        func refuse(_ reason: Refusal.Reason) -> Refusal { Refusal(action: action, reason: reason, cluster: cluster) }
        if case .clusterScore(let unit) = action, held.contains(where: { $0.unitID == unit }) { return refuse(.ownUnit) }
        if held.contains(where: { $0.role == .admin }) { return nil }
        let roles = action.clusterRoles
        let fitting = held.filter { roles.contains($0.role) }
        guard !fitting.isEmpty else { return refuse(.needsRole) }
        guard let unit = action.unit else { return nil }
        // A clerk acts for their unit only. A secretary judges the cluster's other units: a
        // note on any unit, a bonus or deduction on any but their own (their own unit's claim
        // is its clerk's).
        if fitting.contains(where: { $0.role == .clerk && $0.unitID == unit }) { return nil }
        if fitting.contains(where: { $0.role == .secretary && !(action == .adjustment(unit: unit) && $0.unitID == unit) }) { return nil }
        return refuse(fitting.contains { $0.role == .secretary } ? .ownUnit : .otherUnit)
    }

    public func may(_ action: GuardedAction, in cluster: String?) -> Bool {
        refusal(action, in: cluster) == nil
    }

    /// Whether this account only reads `cluster`: no role in it changes anything.
    public func onlyReads(_ cluster: String) -> Bool {
        !grants(in: cluster).contains { $0.role != .viewer }
    }
}
