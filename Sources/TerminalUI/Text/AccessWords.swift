import Emulation

/// The words of accounts and roles: who you are, what each role may do, and why a change was
/// refused ("Chỉ thư ký cụm được nhập điểm cụm chấm.").
public struct AccessWords: Sendable {
    /// A role's name, as a person introduces themself.
    public var role: @Sendable (AccountRole) -> String
    /// What an action does, after "may" ("nhập điểm cụm chấm").
    public var action: @Sendable (GuardedAction) -> String
    /// "Only {roles} may {action}."
    public var onlyRoles: @Sendable (_ roles: String, _ action: String) -> String
    /// Joins the roles that may: "A", "A or B".
    public var either: @Sendable ([String]) -> String
    /// Nobody enters the cluster score (or judges the bonus) of a unit they belong to.
    public var ownUnit: @Sendable (_ action: String) -> String
    /// A unit's clerk acts for that unit only.
    public var otherUnit: @Sendable (_ action: String) -> String
    /// A grant, as `account list` and Home show it: "thư ký cụm HP-KH (Thủy Nguyên)".
    public var grant: @Sendable (RoleGrant) -> String
    /// Home's line: "Bạn: Nguyễn Văn A (an) · thư ký cụm HP-KH".
    public var youAre: @Sendable (_ name: String, _ login: String, _ roles: String) -> String
    /// … recorded by an admin on this account's behalf.
    public var recordedBy: @Sendable (String) -> String
    public var noRole: String
    /// Shown on a screen this account only reads.
    public var readOnly: String
    /// Home, for an account that sees no cluster and may not create one.
    public var nothingToRead: String

    // Errors of accounts
    /// The login has no account in the file; the admins who can add one, if any.
    public var noAccount: @Sendable (_ login: String, _ admins: [String]) -> String
    public var invalidLogin: @Sendable (String) -> String
    public var accountExists: @Sendable (String) -> String
    public var unknownAccount: @Sendable (String) -> String
    public var accountNameRequired: String
    public var clusterRequired: @Sendable (_ role: String) -> String
    public var unitRequired: String
    public var lastAdmin: @Sendable (String) -> String
    public var onBehalfNeedsAdmin: @Sendable (String) -> String
    /// Which field of a stored text was refused ("fullName", "pledgeTask.text"…), in words.
    public var textField: @Sendable (String) -> String
    /// A text with a control character, refused by storage whatever path brought it.
    public var controlCharacterStored: @Sendable (_ field: String) -> String

    /// The sentence for a refusal, naming the role the action needs.
    public func describe(_ refusal: Refusal) -> String {
        let what = action(refusal.action)
        switch refusal.reason {
        case .ownUnit: return ownUnit(what)
        case .otherUnit: return otherUnit(what)
        case .needsRole:
            let roles = refusal.action.clusterRoles.sorted()
            return onlyRoles(either((roles.isEmpty ? [.admin] : roles).map(role)), what)
        }
    }

    /// The account's roles in a list, most powerful first.
    public func roles(of account: Account) -> String {
        account.grants.isEmpty ? noRole : account.grants.map(grant).joined(separator: "; ")
    }

    public static let vietnamese = AccessWords(
        role: { role in
            switch role {
            case .admin: "quản trị viên (Ban Thi đua – Khen thưởng)"
            case .secretary: "thư ký cụm"
            case .clerk: "cán bộ đơn vị"
            case .viewer: "người xem"
            }
        },
        action: { action in
            switch action {
            case .manageAccounts: "quản lý tài khoản"
            case .createCluster: "tạo cụm mới"
            case .reopenYear: "mở lại năm đã khóa"
            case .unlockCriteria: "mở khóa bộ tiêu chí"
            case .editRules: "sửa quy tắc"
            case .editCluster: "sửa thông tin cụm"
            case .editRoster: "sửa danh sách đơn vị"
            case .editCriteria: "sửa bộ tiêu chí"
            case .openYear: "mở năm mới"
            case .changeStage: "chuyển giai đoạn"
            case .editPledgeText: "sửa nội dung giao ước"
            case .recordMeeting: "ghi thông tin cuộc họp"
            case .recordVote: "ghi kết quả bỏ phiếu"
            case .recordHandover: "ghi việc bàn giao trưởng cụm"
            case .recordDecision: "ghi quyết định khen thưởng của cấp trên"
            case .clusterScore: "nhập điểm cụm chấm"
            case .selfScore: "nhập điểm tự chấm"
            case .unitNote: "ghi chú, minh chứng"
            case .adjustment: "nhập điểm thưởng, điểm trừ"
            case .unitPledge: "đăng ký mô hình, danh hiệu"
            case .signPledge: "ký giao ước"
            case .read: "xem cụm này"
            }
        },
        onlyRoles: { "Chỉ \($0) được \($1)." },
        either: { $0.count > 1 ? $0.dropLast().joined(separator: ", ") + " hoặc " + $0.last! : $0.joined() },
        ownUnit: { "Không ai được \($0) của chính đơn vị mình." },
        otherUnit: { "Cán bộ đơn vị chỉ được \($0) của đơn vị mình." },
        grant: { grant in
            var text: String
            switch grant.role {
            case .admin: text = "quản trị viên"
            case .secretary: text = "thư ký cụm"
            case .clerk: text = "cán bộ"
            case .viewer: text = "người xem cụm"
            }
            if let cluster = grant.cluster { text += " " + cluster }
            if let unit = grant.unitName { text += grant.role == .clerk ? " – \(unit)" : " (\(unit))" }
            return text
        },
        youAre: { "Bạn: \($0) (\($1)) · \($2)" },
        recordedBy: { "do \($0) ghi thay" },
        noRole: "chưa có vai trò nào",
        readOnly: "chỉ xem",
        nothingToRead: "Chưa có cụm thi đua nào bạn được xem. Nhờ quản trị viên (Ban Thi đua – Khen thưởng) cấp vai trò cho bạn.",
        noAccount: { login, admins in
            admins.isEmpty
                ? "Tài khoản \"\(login)\" chưa có trong tệp này, và tệp chưa có quản trị viên: người sở hữu tệp mở nó trước (thidua) để trở thành quản trị viên."
                : "Tài khoản \"\(login)\" chưa có trong tệp này. Nhờ quản trị viên (\(admins.joined(separator: ", "))) thêm: thidua account add \(login) --name \"Họ và tên\""
        },
        invalidLogin: { "Tên đăng nhập \"\($0)\" không hợp lệ: chỉ gồm chữ không dấu, số, dấu chấm, gạch dưới, gạch ngang hoặc @ (tối đa 64 ký tự)." },
        accountExists: { "Đã có tài khoản \"\($0)\"." },
        unknownAccount: { "Không có tài khoản \"\($0)\" (xem: thidua account list)." },
        accountNameRequired: "Cần ghi họ và tên (--name).",
        clusterRequired: { "Vai trò \($0) cần mã cụm (--cluster)." },
        unitRequired: "Vai trò cán bộ đơn vị cần tên đơn vị (--unit).",
        lastAdmin: { "\"\($0)\" là quản trị viên cuối cùng: hãy cấp quyền quản trị cho người khác trước." },
        onBehalfNeedsAdmin: { "Chỉ quản trị viên được ghi thay người khác (--as); \"\($0)\" không phải quản trị viên." },
        textField: { field in
            switch field {
            case "fullName", "account.fullName": "Họ và tên"
            case "reason", "audit.reason": "Lý do"
            case "note", "itemNote.note": "Ghi chú"
            case "pledge.title": "Tiêu đề giao ước"
            case "pledge.slogan": "Khẩu hiệu"
            case "pledge.place": "Địa điểm ký giao ước"
            case "pledgeTask.text": "Nhiệm vụ"
            case "pledgeDrive.name": "Phong trào"
            case "pledgeModel.name": "Mô hình"
            case "signature.signer": "Người ký"
            case "signature.position": "Chức vụ người ký"
            case "meeting.place": "Địa điểm họp"
            case "meeting.chair": "Chủ trì"
            case "meeting.secretary": "Thư ký cuộc họp"
            case "meeting.attendees": "Thành phần dự họp"
            case "meeting.note": "Ghi chú cuộc họp"
            case "adjustment.reason": "Lý do điểm thưởng, điểm trừ"
            case "cluster.name": "Tên cụm"
            case "cluster.authority": "Cơ quan chủ trì"
            case "membership.ineligibleNote": "Ghi chú về điều kiện xét"
            case "accountKey.comment": "Ghi chú của khóa SSH"
            case "session": "Mô tả phiên đăng nhập"
            default: "Trường \(field)"
            }
        },
        controlCharacterStored: { "Không lưu: \($0) có ký tự điều khiển (ký tự ẩn, thường lẫn vào khi sao chép từ phần mềm khác); hãy xóa ký tự này rồi lưu lại." }
    )

    public static let english = AccessWords(
        role: { role in
            switch role {
            case .admin: "an admin (the emulation office)"
            case .secretary: "the cluster secretary"
            case .clerk: "the unit's clerk"
            case .viewer: "a viewer"
            }
        },
        action: { action in
            switch action {
            case .manageAccounts: "manage accounts"
            case .createCluster: "create a cluster"
            case .reopenYear: "reopen a closed year"
            case .unlockCriteria: "unlock the criteria"
            case .editRules: "edit the rules"
            case .editCluster: "edit the cluster's details"
            case .editRoster: "edit the roster"
            case .editCriteria: "edit the criteria"
            case .openYear: "open a new year"
            case .changeStage: "change the stage"
            case .editPledgeText: "edit the pledge text"
            case .recordMeeting: "record the meeting"
            case .recordVote: "record votes"
            case .recordHandover: "record the head hand-over"
            case .recordDecision: "record the award decision of the higher level"
            case .clusterScore: "enter cluster scores"
            case .selfScore: "enter self-assessment scores"
            case .unitNote: "write notes and evidence"
            case .adjustment: "enter bonuses and deductions"
            case .unitPledge: "register models and titles"
            case .signPledge: "sign the pledge"
            case .read: "read this cluster"
            }
        },
        onlyRoles: { "Only \($0) may \($1)." },
        either: { $0.count > 1 ? $0.dropLast().joined(separator: ", ") + " or " + $0.last! : $0.joined() },
        ownUnit: { "Nobody may \($0) for their own unit." },
        otherUnit: { "A unit's clerk may \($0) for their own unit only." },
        grant: { grant in
            var text = grant.role.rawValue
            if let cluster = grant.cluster { text += " " + cluster }
            if let unit = grant.unitName { text += grant.role == .clerk ? " – \(unit)" : " (\(unit))" }
            return text
        },
        youAre: { "You: \($0) (\($1)) · \($2)" },
        recordedBy: { "recorded by \($0)" },
        noRole: "no role yet",
        readOnly: "read only",
        nothingToRead: "There is no cluster you may read yet. Ask an admin (the emulation office) to give you a role.",
        noAccount: { login, admins in
            admins.isEmpty
                ? "The account \"\(login)\" is not in this file, and the file has no admin yet: the file's owner opens it first (thidua) to become its admin."
                : "The account \"\(login)\" is not in this file. Ask an admin (\(admins.joined(separator: ", "))) to add it: thidua account add \(login) --name \"Full name\""
        },
        invalidLogin: { "The login \"\($0)\" is not valid: letters without diacritics, digits, dot, underscore, hyphen or @ only (at most 64)." },
        accountExists: { "The account \"\($0)\" already exists." },
        unknownAccount: { "No account \"\($0)\" (see: thidua account list)." },
        accountNameRequired: "A full name is required (--name).",
        clusterRequired: { "The role \($0) needs a cluster code (--cluster)." },
        unitRequired: "The clerk role needs a unit name (--unit).",
        lastAdmin: { "\"\($0)\" is the last admin: make someone else an admin first." },
        onBehalfNeedsAdmin: { "Only an admin may record on someone else's behalf (--as); \"\($0)\" is not an admin." },
        textField: { field in
            switch field {
            case "fullName", "account.fullName": "Full name"
            case "reason", "audit.reason": "Reason"
            case "note", "itemNote.note": "Note"
            case "pledge.title": "Pledge title"
            case "pledge.slogan": "Slogan"
            case "pledge.place": "Place of signing"
            case "pledgeTask.text": "Task"
            case "pledgeDrive.name": "Drive"
            case "pledgeModel.name": "Model"
            case "signature.signer": "Signer"
            case "signature.position": "Signer's position"
            case "meeting.place": "Meeting place"
            case "meeting.chair": "Chair"
            case "meeting.secretary": "Meeting secretary"
            case "meeting.attendees": "Attendees"
            case "meeting.note": "Meeting note"
            case "adjustment.reason": "Bonus or deduction reason"
            case "cluster.name": "Cluster name"
            case "cluster.authority": "Authority"
            case "membership.ineligibleNote": "Eligibility note"
            case "accountKey.comment": "SSH key comment"
            case "session": "Session description"
            default: "Field \(field)"
            }
        },
        controlCharacterStored: { "Not saved: \($0) holds a control character (a hidden character, often pasted from another program); delete it and save again." }
    )
}
