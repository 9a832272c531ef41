import Emulation

/// What `thidua account …` says when it has done its work.
public struct AccountCommandWords: Sendable {
    public var added: @Sendable (_ login: String, _ name: String) -> String
    public var removed: @Sendable (String) -> String
    public var granted: @Sendable (_ login: String, _ grant: String) -> String
    public var revoked: @Sendable (_ login: String, _ grant: String) -> String
    public var nothingToRevoke: @Sendable (_ login: String, _ grant: String) -> String
    /// The column headings of `account list`.
    public var listHeadings: [String]

    public static let vietnamese = AccountCommandWords(
        added: { "Đã thêm tài khoản \($0) (\($1))." },
        removed: { "Đã xóa tài khoản \($0); nhật ký vẫn giữ những gì tài khoản này đã làm." },
        granted: { "Đã cấp cho \($0): \($1)." },
        revoked: { "Đã thu hồi của \($0): \($1)." },
        nothingToRevoke: { "\($0) không có vai trò \($1): không có gì để thu hồi." },
        listHeadings: ["Tên đăng nhập", "Họ và tên", "Vai trò"]
    )

    public static let english = AccountCommandWords(
        added: { "Added the account \($0) (\($1))." },
        removed: { "Removed the account \($0); the audit trail keeps what it did." },
        granted: { "Granted to \($0): \($1)." },
        revoked: { "Revoked from \($0): \($1)." },
        nothingToRevoke: { "\($0) has no role \($1): nothing to revoke." },
        listHeadings: ["Login", "Full name", "Roles"]
    )
}
