import Documents
import Emulation

/// The words of the province's decisions and the units' award history: the decision form on
/// the ranking, its line in the why panel and on the ranking, the history panel of the Units
/// screen, `thidua decision` and its refusals. One instance per language.
public struct DecisionWords: Sendable {
    public var outcome: @Sendable (AwardDecision.Outcome) -> String
    /// "QĐ 123/QĐ-TTg ngày 05/05/2024 của Thủ tướng Chính phủ: được tặng Cờ thi đua của Chính phủ."
    public var line: @Sendable (_ number: String, _ date: String, _ authority: String, _ outcome: String, _ award: String) -> String
    /// The ranking's mark beside a proposal once decided: ✓ granted, ✗ not, ≠ another award.
    public var mark: @Sendable (AwardDecision.Outcome) -> String
    public var formTitle: @Sendable (_ unit: String, _ award: String) -> String
    public var fieldNumber: String
    public var fieldDate: String
    public var fieldAuthority: String
    public var fieldOutcome: String
    public var fieldOther: String
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
    public var historyTitle: @Sendable (_ unit: String) -> String
    /// "2023 · HP-KH · hạng 1/8 · 96,50 · xuất sắc · đề nghị Cờ CP"
    public var historyLine: @Sendable (_ year: Int, _ cluster: String, _ rank: Int, _ members: Int, _ total: String, _ classification: String,
                                       _ proposed: String?) -> String
    public var historyEmpty: String
    public var historyLoading: String
    public var historyKey: String
    public var columnYear: String
    public var columnCluster: String
    public var columnDecision: String
    public var columnGranted: String
}

extension DecisionWords {
    public static let vietnamese = DecisionWords(
        outcome: { outcome in
            switch outcome {
            case .granted: return "được tặng"
            case .notGranted: return "không được tặng"
            case .grantedOther: return "được tặng hình thức khác"
            }
        },
        line: { number, date, authority, outcome, award in "QĐ \(number) ngày \(date) của \(authority): \(outcome) \(award)." },
        mark: { outcome in
            switch outcome {
            case .granted: return "✓"
            case .notGranted: return "✗"
            case .grantedOther: return "≠"
            }
        },
        formTitle: { "Quyết định khen thưởng: \($1) cho \($0)" },
        fieldNumber: "Số quyết định",
        fieldDate: "Ngày (dd/mm/yyyy)",
        fieldAuthority: "Cơ quan quyết định",
        fieldOutcome: "Kết quả",
        fieldOther: "Hình thức được tặng",
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
        historyTitle: { "Quá trình thi đua, khen thưởng của \($0)" },
        historyLine: { year, cluster, rank, members, total, classification, proposed in
            "\(year) · \(cluster) · hạng \(rank)/\(members) · \(total) · \(classification)" + (proposed.map { " · đề nghị \($0)" } ?? "")
        },
        historyEmpty: "Chưa có năm nào được xếp hạng.",
        historyLoading: "Đang đọc quá trình khen thưởng…",
        historyKey: "Quá trình",
        columnYear: "Năm",
        columnCluster: "Cụm",
        columnDecision: "Quyết định",
        columnGranted: "Được tặng"
    )

    public static let english = DecisionWords(
        outcome: { outcome in
            switch outcome {
            case .granted: return "granted"
            case .notGranted: return "not granted"
            case .grantedOther: return "granted instead"
            }
        },
        line: { number, date, authority, outcome, award in "Decision \(number) of \(date) by \(authority): \(outcome) \(award)." },
        mark: { outcome in
            switch outcome {
            case .granted: return "✓"
            case .notGranted: return "✗"
            case .grantedOther: return "≠"
            }
        },
        formTitle: { "Award decision: \($1) for \($0)" },
        fieldNumber: "Decision number",
        fieldDate: "Date (dd/mm/yyyy)",
        fieldAuthority: "Decided by",
        fieldOutcome: "Outcome",
        fieldOther: "Award granted",
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
        historyTitle: { "Award history of \($0)" },
        historyLine: { year, cluster, rank, members, total, classification, proposed in
            "\(year) · \(cluster) · rank \(rank)/\(members) · \(total) · \(classification)" + (proposed.map { " · proposed \($0)" } ?? "")
        },
        historyEmpty: "No ranked year yet.",
        historyLoading: "Reading the award history…",
        historyKey: "History",
        columnYear: "Year",
        columnCluster: "Cluster",
        columnDecision: "Decision",
        columnGranted: "Granted"
    )
}
