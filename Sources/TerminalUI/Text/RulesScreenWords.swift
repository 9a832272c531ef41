/// The words of the rules screen and its forms (the rules themselves are worded by `RuleWords`).
public struct RulesScreenWords: Sendable {
    public var name: String
    public var summary: String
    public var heading: @Sendable (_ cluster: String, _ year: Int) -> String
    public var readOnly: String
    public var keyEdit: String
    public var keyEditHelp: String
    public var keyAddAward: String
    public var keyAddAwardHelp: String
    public var keyRemoveAward: String
    public var keyRemoveAwardHelp: String
    public var keyMoveHelp: String
    public var menuRules: String
    public var editTitle: @Sendable (String) -> String
    public var fieldValue: String
    public var fieldReason: String
    public var reasonNote: String
    public var tieBreaksNote: String
    public var quotaNote: String
    public var placeholdersNote: String
    public var orderHint: String
    public var addTitle: String
    public var fieldCode: String
    public var fieldName: String
    public var fieldShortName: String
    public var removeTitle: @Sendable (String) -> String
    public var removeNote: String
    public var moveTitle: @Sendable (String) -> String
    public var reasonRequired: String
    public var notANumber: @Sendable (String) -> String
    public var notAFraction: @Sendable (String) -> String
    public var notAQuota: @Sendable (String) -> String
    public var notATieBreak: @Sendable (String) -> String
    public var codeRequired: String
    public var unchanged: String
    public var saved: String

    public static let vietnamese = RulesScreenWords(
        name: "Quy tắc",
        summary: "Mọi quy tắc của năm bằng lời, theo nhóm, kèm căn cứ; thư ký cụm sửa tại chỗ",
        heading: { "Quy tắc của \($0) năm \($1)" },
        readOnly: "chỉ xem — thư ký cụm mới sửa được",
        keyEdit: "Sửa",
        keyEditHelp: "Sửa quy tắc đang chọn (kiểm tra ngay; sau khi đã chấm điểm cần ghi lý do)",
        keyAddAward: "Thêm",
        keyAddAwardHelp: "Thêm một hình thức khen thưởng vào cuối danh sách",
        keyRemoveAward: "Xóa",
        keyRemoveAwardHelp: "Bỏ hình thức khen thưởng đang chọn",
        keyMoveHelp: "Chuyển hình thức đang chọn lên (K) hay xuống (J) trong thứ tự xét",
        menuRules: "Quy tắc của năm…",
        editTitle: { "Sửa: \($0)" },
        fieldValue: "Giá trị",
        fieldReason: "Lý do",
        reasonNote: "Đã bắt đầu chấm điểm: thay đổi được ghi vào nhật ký cùng lý do.",
        tieBreaksNote: "Mã tiêu chí lớn, cách nhau bằng dấu phẩy, theo thứ tự xét; «nữ» là tập thể có từ 70% nữ. Ví dụ: 1, 2, 3, nữ",
        quotaNote: "Một số (1, 2…), một tỷ lệ số thành viên (20%), hoặc «không giới hạn».",
        placeholdersNote: "{cấp trên}: cơ quan cấp trên của cụm; {loại}, {tên}: loại và tên đơn vị.",
        orderHint: "Đổi thứ tự: chọn dòng của một hình thức rồi bấm K (lên) hoặc J (xuống).",
        addTitle: "Thêm hình thức khen thưởng",
        fieldCode: "Mã (vd. giay-khen)",
        fieldName: "Tên",
        fieldShortName: "Tên ngắn",
        removeTitle: { "Bỏ hình thức «\($0)»" },
        removeNote: "Enter: bỏ · Esc: giữ lại.",
        moveTitle: { "Đổi thứ tự «\($0)»" },
        reasonRequired: "Cần ghi lý do: đã bắt đầu chấm điểm.",
        notANumber: { "«\($0)» không phải là số." },
        notAFraction: { "«\($0)» không phải là phân số như 2/3." },
        notAQuota: { "«\($0)» không phải chỉ tiêu: gõ một số, một tỷ lệ như 20%, hoặc «không giới hạn»." },
        notATieBreak: { "«\($0)» không phải mã tiêu chí lớn hay «nữ»." },
        codeRequired: "Cần mã và tên của hình thức.",
        unchanged: "Quy tắc không đổi.",
        saved: "Đã lưu quy tắc.")

    public static let english = RulesScreenWords(
        name: "Rules",
        summary: "Every rule of the year in words, grouped, with its source; the cluster's secretary edits them in place",
        heading: { "Rules of \($0), \($1)" },
        readOnly: "read only — the cluster's secretary edits them",
        keyEdit: "Edit",
        keyEditHelp: "Edit the selected rule (checked at once; once scoring has started, give a reason)",
        keyAddAward: "Add",
        keyAddAwardHelp: "Add an award at the end of the list",
        keyRemoveAward: "Remove",
        keyRemoveAwardHelp: "Remove the selected award",
        keyMoveHelp: "Move the selected award up (K) or down (J) in the order",
        menuRules: "The year's rules…",
        editTitle: { "Edit: \($0)" },
        fieldValue: "Value",
        fieldReason: "Reason",
        reasonNote: "Scoring has started: the change is audited with its reason.",
        tieBreaksNote: "Major criterion codes, comma-separated, in order; “women” for a collective of at least 70% women. E.g. 1, 2, 3, women",
        quotaNote: "A number (1, 2…), a share of the members (20%), or “unlimited”.",
        placeholdersNote: "{cấp trên}: the cluster's authority; {loại}, {tên}: the unit's kind and name.",
        orderHint: "To reorder, select one of an award's lines and press K (up) or J (down).",
        addTitle: "Add an award",
        fieldCode: "Code (e.g. giay-khen)",
        fieldName: "Name",
        fieldShortName: "Short name",
        removeTitle: { "Remove “\($0)”" },
        removeNote: "Enter: remove · Esc: keep it.",
        moveTitle: { "Reorder “\($0)”" },
        reasonRequired: "Give a reason: scoring has started.",
        notANumber: { "“\($0)” is not a number." },
        notAFraction: { "“\($0)” is not a fraction such as 2/3." },
        notAQuota: { "“\($0)” is not a quota: type a number, a share such as 20%, or “unlimited”." },
        notATieBreak: { "“\($0)” is neither a major criterion's code nor “women”." },
        codeRequired: "An award needs a code and a name.",
        unchanged: "The rules did not change.",
        saved: "Rules saved.")
}
