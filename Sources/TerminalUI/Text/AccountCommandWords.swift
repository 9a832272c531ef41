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

    // SSH keys
    /// A key as the messages name it: "SHA256:… (ssh-ed25519, an@laptop)".
    public var key: @Sendable (_ fingerprint: String, _ type: String, _ comment: String?) -> String
    public var keyAdded: @Sendable (_ login: String, _ key: String) -> String
    /// `add-key` with a key the account already has.
    public var keyAlreadyThere: @Sendable (_ login: String, _ key: String) -> String
    /// The account has no key: it cannot log in over SSH.
    public var noKeyYet: @Sendable (_ login: String) -> String
    public var keyRevoked: @Sendable (_ login: String, _ fingerprint: String) -> String
    public var nothingToRevokeKey: @Sendable (_ login: String, _ fingerprint: String) -> String
    /// The column headings of `account keys`.
    public var keyHeadings: [String]
    /// The day a key was added.
    public var date: @Sendable (CalendarDate) -> String

    // Errors of SSH keys
    /// "Khóa SSH không hợp lệ (an.pub, dòng 3): …"; no file for a key typed after --key.
    public var invalidKey: @Sendable (_ file: String?, _ line: Int?, _ problem: String) -> String
    public var keyProblem: @Sendable (SSHKeyProblem) -> String
    public var keyOfAnotherAccount: @Sendable (_ fingerprint: String, _ login: String) -> String

    public static let vietnamese = AccountCommandWords(
        added: { "Đã thêm tài khoản \($0) (\($1))." },
        removed: { "Đã xóa tài khoản \($0); nhật ký vẫn giữ những gì tài khoản này đã làm." },
        granted: { "Đã cấp cho \($0): \($1)." },
        revoked: { "Đã thu hồi của \($0): \($1)." },
        nothingToRevoke: { "\($0) không có vai trò \($1): không có gì để thu hồi." },
        listHeadings: ["Tên đăng nhập", "Họ và tên", "Vai trò", "Khóa SSH"],
        key: { fingerprint, type, comment in "\(fingerprint) (\(([type] + (comment.map { [$0] } ?? [])).joined(separator: ", ")))" },
        keyAdded: { "Đã thêm khóa SSH cho \($0): \($1)." },
        keyAlreadyThere: { "\($0) đã có khóa SSH \($1): giữ nguyên." },
        noKeyYet: { "\($0) chưa có khóa SSH: chưa đăng nhập qua SSH được (thêm khóa: thidua account add-key \($0) --key-file TỆP.pub)." },
        keyRevoked: { "Đã thu hồi khóa SSH \($1) của \($0)." },
        nothingToRevokeKey: { "\($0) không có khóa SSH \($1): không có gì để thu hồi." },
        keyHeadings: ["Dấu vân tay", "Loại", "Ghi chú", "Ngày thêm"],
        date: { $0.vietnamese },
        invalidKey: { file, line, problem in
            let place = [file, line.map { "dòng \($0)" }].compactMap { $0 }.joined(separator: ", ")
            return "Khóa SSH không hợp lệ" + (place.isEmpty ? "" : " (\(place))") + ": " + problem
        },
        keyProblem: { problem in
            switch problem {
            case .empty: "không có khóa nào (chỉ có dòng trống hoặc dòng ghi chú)."
            case .privateKey:
                "đây là khóa bí mật (private key), không phải khóa công khai. Đừng gửi khóa bí mật cho ai; hãy dùng tệp .pub đi kèm (nếu khóa bí mật đã lộ, hãy tạo cặp khóa mới)."
            case .unknownType(let type):
                "không nhận loại khóa \"\(type)\"; hãy dùng ssh-ed25519 (nên dùng), ecdsa-sha2-nistp256/384/521, ssh-rsa hoặc khóa bảo mật phần cứng (sk-…)."
            case .notBase64: "phần dữ liệu của khóa không phải base64 (dán thiếu, hoặc lẫn ký tự khác?)."
            case .typeMismatch(let declared, let inBlob): "ghi loại \(declared) nhưng dữ liệu là khóa \(inBlob) (dán lẫn hai khóa?)."
            case .damagedBlob: "dữ liệu của khóa bị cắt cụt hoặc hỏng (dán thiếu một đoạn?)."
            case .withOptions:
                "có tùy chọn đứng trước loại khóa (command=…, from=…): chỉ dán phần \"loại dữ-liệu ghi-chú\"; thidua tự ghi các tùy chọn."
            case .unfinishedBlock: "khối \"---- BEGIN SSH2 PUBLIC KEY ----\" thiếu dòng \"---- END SSH2 PUBLIC KEY ----\"."
            case .severalKeys(let count): "có \(count) khóa, ở đây chỉ nhận một khóa."
            }
        },
        keyOfAnotherAccount: { "Khóa SSH \($0) đã thuộc tài khoản \"\($1)\": mỗi khóa chỉ của một người (thu hồi ở tài khoản đó trước, nếu đúng là chuyển khóa)." }
    )

    public static let english = AccountCommandWords(
        added: { "Added the account \($0) (\($1))." },
        removed: { "Removed the account \($0); the audit trail keeps what it did." },
        granted: { "Granted to \($0): \($1)." },
        revoked: { "Revoked from \($0): \($1)." },
        nothingToRevoke: { "\($0) has no role \($1): nothing to revoke." },
        listHeadings: ["Login", "Full name", "Roles", "SSH keys"],
        key: { fingerprint, type, comment in "\(fingerprint) (\(([type] + (comment.map { [$0] } ?? [])).joined(separator: ", ")))" },
        keyAdded: { "Added an SSH key for \($0): \($1)." },
        keyAlreadyThere: { "\($0) already has the SSH key \($1): left as it is." },
        noKeyYet: { "\($0) has no SSH key: cannot log in over SSH yet (add one: thidua account add-key \($0) --key-file FILE.pub)." },
        keyRevoked: { "Revoked the SSH key \($1) from \($0)." },
        nothingToRevokeKey: { "\($0) has no SSH key \($1): nothing to revoke." },
        keyHeadings: ["Fingerprint", "Type", "Comment", "Added"],
        date: { $0.iso },
        invalidKey: { file, line, problem in
            let place = [file, line.map { "line \($0)" }].compactMap { $0 }.joined(separator: ", ")
            return "Not a valid SSH key" + (place.isEmpty ? "" : " (\(place))") + ": " + problem
        },
        keyProblem: { problem in
            switch problem {
            case .empty: "there is no key in it (only blank lines or comments)."
            case .privateKey:
                "this is a private key, not a public one. Never hand a private key to anyone; use the .pub file beside it (if the private key was shared, make a new pair)."
            case .unknownType(let type):
                "the key type \"\(type)\" is not accepted; use ssh-ed25519 (recommended), ecdsa-sha2-nistp256/384/521, ssh-rsa or a hardware security key (sk-…)."
            case .notBase64: "the key's data is not base64 (cut short, or other characters mixed in?)."
            case .typeMismatch(let declared, let inBlob): "it says \(declared) but its data is a key of type \(inBlob) (two keys mixed in one paste?)."
            case .damagedBlob: "the key's data is cut short or damaged (part of the line missing?)."
            case .withOptions:
                "options come before the key type (command=…, from=…): paste only \"type data comment\"; thidua writes the options itself."
            case .unfinishedBlock: "the \"---- BEGIN SSH2 PUBLIC KEY ----\" block has no \"---- END SSH2 PUBLIC KEY ----\" line."
            case .severalKeys(let count): "it holds \(count) keys, and one is expected here."
            }
        },
        keyOfAnotherAccount: { "The SSH key \($0) already belongs to the account \"\($1)\": a key is one person's (revoke it there first, if it really moves)." }
    )
}
