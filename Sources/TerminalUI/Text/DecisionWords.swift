import Documents
import Emulation

/// The screens' and commands' words of the province's decisions and the units' award history:
/// the decision form on the ranking, its mark there, the history panel, `thidua decision` and its
/// refusals. What documents print too (a decision's line, a history's lines) is DocumentWords'.
/// One instance per language.
public struct DecisionWords: Sendable {
    /// The ranking's mark beside a decided proposal: ★ granted (the award granted is shown), ✗ not.
    public var mark: @Sendable (AwardDecision.Outcome) -> String
    public var key: String
    public var keyHelp: String
    public var formTitle: @Sendable (_ unit: String, _ award: String) -> String
    public var fieldNumber: String
    public var fieldDate: String
    public var fieldAuthority: String
    public var fieldOutcome: String
    public var fieldOther: String
    /// The outcome "granted as another award", as the form's choice says it.
    public var grantedOtherChoice: String
    public var formNote: String
    public var saved: @Sendable (_ unit: String) -> String
    public var notProposed: @Sendable (_ unit: String) -> String
    public var needsReview: String
    public var needsReviewCommand: @Sendable (_ cluster: String, _ year: Int) -> String
    public var problem: @Sendable (AwardDecision.Problem) -> String
    public var notProposedForDecision: @Sendable (_ unit: String, _ award: String, _ proposed: String?) -> String
    public var noDecisionToRemove: @Sendable (_ unit: String) -> String
    public var removed: @Sendable (_ unit: String) -> String
    public var outcomeRequired: String
    public var none: @Sendable (_ cluster: String, _ year: Int) -> String

    // History
    public var historyEmpty: String
    public var historyLoading: String
    public var historyKey: String
    public var historyKeyHelp: String
    /// "Các năm khác của Vĩnh Bảo: 2021 Cờ tỉnh ★ · 2022 BK toàn diện" (or that there are none).
    public var historySummary: @Sendable (_ unit: String, _ years: [String]) -> String
}

extension DecisionWords {
    public static let vietnamese = DecisionWords(
        mark: { outcome in
            switch outcome {
            case .granted, .grantedOther: return "★"
            case .notGranted: return "✗"
            }
        },
        key: "Quyết định",
        keyHelp: "Ghi quyết định khen thưởng của cấp trên cho đề nghị của đơn vị đang chọn (số, ngày, cơ quan, kết quả)",
        formTitle: { "Quyết định khen thưởng: \($1) cho \($0)" },
        fieldNumber: "Số quyết định",
        fieldDate: "Ngày (dd/mm/yyyy)",
        fieldAuthority: "Cơ quan quyết định",
        fieldOutcome: "Kết quả",
        fieldOther: "Hình thức được tặng",
        grantedOtherChoice: "được tặng hình thức khác",
        formNote: "←→ chọn kết quả; \"Hình thức được tặng\" chỉ dùng khi được tặng hình thức khác.",
        saved: { "Đã ghi quyết định khen thưởng cho \($0)." },
        notProposed: { "\($0) không được đề nghị hình thức nào: không có quyết định để ghi." },
        needsReview: "Quyết định khen thưởng ghi từ giai đoạn bình xét trở đi.",
        needsReviewCommand: { "Quyết định khen thưởng ghi từ giai đoạn bình xét; chuyển năm bằng: thidua year advance --cluster \($0) --year \($1)" },
        problem: { problem in
            switch problem {
            case .noNumber: return "Cần số quyết định."
            case .noAuthority: return "Cần cơ quan quyết định."
            case .otherAwardMissing: return "Được tặng hình thức khác: chọn hình thức khác với hình thức đề nghị."
            case .unknownAward(let code): return "Quy tắc của năm không có hình thức \"\(code)\"."
            }
        },
        notProposedForDecision: { unit, award, proposed in
            "Không ghi quyết định \(award) cho \(unit): " + (proposed.map { "đơn vị đang được đề nghị \($0)" } ?? "đơn vị không được đề nghị hình thức nào") + "."
        },
        noDecisionToRemove: { "Chưa có quyết định khen thưởng nào cho \($0) để xóa." },
        removed: { "Đã xóa quyết định khen thưởng của \($0) (có ghi nhật ký)." },
        outcomeRequired: "Cần đúng một trong --granted, --not-granted hoặc --granted-as MÃ (hoặc --remove).",
        none: { "Cụm \($0) năm \($1) chưa có quyết định khen thưởng nào." },
        historyEmpty: "Chưa có năm nào được xếp hạng.",
        historyLoading: "Đang đọc quá trình khen thưởng…",
        historyKey: "Quá trình",
        historyKeyHelp: "Quá trình thi đua, khen thưởng của đơn vị đang chọn qua các năm (xếp hạng, đề nghị, quyết định)",
        historySummary: { unit, years in
            years.isEmpty ? "\(unit): chưa có năm nào khác · t: quá trình" : "Các năm khác của \(unit): " + years.joined(separator: " · ") + " · t: quá trình"
        }
    )

    public static let english = DecisionWords(
        mark: { outcome in
            switch outcome {
            case .granted, .grantedOther: return "★"
            case .notGranted: return "✗"
            }
        },
        key: "Decision",
        keyHelp: "Record the higher level's award decision on the selected unit's proposal (number, date, authority, outcome)",
        formTitle: { "Award decision: \($1) for \($0)" },
        fieldNumber: "Decision number",
        fieldDate: "Date (dd/mm/yyyy)",
        fieldAuthority: "Decided by",
        fieldOutcome: "Outcome",
        fieldOther: "Award granted",
        grantedOtherChoice: "granted another award",
        formNote: "←→ choose the outcome; \"Award granted\" is for an award other than the one proposed.",
        saved: { "Recorded the award decision for \($0)." },
        notProposed: { "\($0) is proposed for nothing: there is no decision to record." },
        needsReview: "Award decisions are recorded from the review stage on.",
        needsReviewCommand: { "Award decisions are recorded from the review stage on; advance the year with: thidua year advance --cluster \($0) --year \($1)" },
        problem: { problem in
            switch problem {
            case .noNumber: return "The decision's number is required."
            case .noAuthority: return "The deciding authority is required."
            case .otherAwardMissing: return "Granted instead: choose an award other than the one proposed."
            case .unknownAward(let code): return "The year's rules have no award \"\(code)\"."
            }
        },
        notProposedForDecision: { unit, award, proposed in
            "No decision on \(award) for \(unit): " + (proposed.map { "it is proposed for \($0)" } ?? "it is proposed for nothing") + "."
        },
        noDecisionToRemove: { "\($0) has no award decision to remove." },
        removed: { "Removed the award decision of \($0) (audited)." },
        outcomeRequired: "Give exactly one of --granted, --not-granted or --granted-as CODE (or --remove).",
        none: { "Cluster \($0) has no award decision for \($1)." },
        historyEmpty: "No ranked year yet.",
        historyLoading: "Reading the award history…",
        historyKey: "History",
        historyKeyHelp: "The selected unit's record across years (rank, proposal, decision)",
        historySummary: { unit, years in
            years.isEmpty ? "\(unit): no other year · t: history" : "Other years of \(unit): " + years.joined(separator: " · ") + " · t: history"
        }
    )
}
