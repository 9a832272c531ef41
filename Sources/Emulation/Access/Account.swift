/// A person who uses thidua: who they are (never what they say they are: the operating-system
/// login, or the SSH key sshd checked) and their roles.
public struct Account: Hashable, Sendable {
    public var login: String
    public var fullName: String
    public var grants: [RoleGrant]
    /// Set when an admin records on this account's behalf (`--as`): the audit trail names both.
    public var recordedBy: String?

    public init(login: String, fullName: String, grants: [RoleGrant] = [], recordedBy: String? = nil) {
        self.login = login
        self.fullName = fullName
        self.grants = grants.sorted()
        self.recordedBy = recordedBy
    }

    public var isAdmin: Bool { grants.contains { $0.role == .admin } }

    /// The roles held in `cluster` (an admin's included).
    public func grants(in cluster: String) -> [RoleGrant] {
        grants.filter { $0.role.isProvinceWide || $0.cluster == cluster }
    }

    /// The units this account belongs to in `cluster`: it never enters their cluster score.
    public func ownUnits(in cluster: String) -> Set<MemberUnit.ID> {
        Set(grants(in: cluster).compactMap(\.unitID))
    }

    /// The name the audit trail records: the login, and who typed it when an admin records on
    /// someone's behalf.
    public var auditName: String {
        recordedBy.map { "\(login) (ghi thay: \($0))" } ?? login
    }
}

/// What a login may look like: the portable user names of POSIX (letters, digits, `.`, `_`,
/// `-`), and `@` for the domain accounts of Windows offices; never a space or a control
/// character, so that a name in the audit trail is exactly one account.
public enum LoginRule {
    public static let maximumLength = 64

    public static func isValid(_ login: String) -> Bool {
        guard !login.isEmpty, login.count <= maximumLength, !login.hasPrefix("-") else { return false }
        return login.unicodeScalars.allSatisfy { scalar in
            switch scalar {
            case "a"..."z", "A"..."Z", "0"..."9", ".", "_", "-", "@": return true
            default: return false
            }
        }
    }
}
