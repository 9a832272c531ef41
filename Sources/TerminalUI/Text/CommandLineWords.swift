/// What the command line says where a screen would name a key: the command to run instead,
/// and the words of the vote and registration commands.
public struct CommandLineWords: Sendable {
    public var voteNeedsReview: @Sendable (_ cluster: String, _ year: Int) -> String
    public var notProposedForVote: @Sendable (_ unit: String, _ award: String, _ proposed: String?, _ cluster: String, _ year: Int) -> String
    public var noVoteToWithdraw: @Sendable (_ unit: String, _ award: String) -> String
    public var voteWithdrawn: @Sendable (_ unit: String, _ award: String) -> String
    public var countsRequired: String
    public var countsWithWithdraw: String
    public var reasonRequired: String
    public var registered: @Sendable (_ unit: String, _ awards: String) -> String
    public var registrationUnchanged: @Sendable (_ unit: String, _ awards: String) -> String
    public var nothingRegistered: String

    public static let vietnamese = CommandLineWords(
        voteNeedsReview: { "Biểu quyết ở giai đoạn bình xét. Chuyển năm sang giai đoạn tiếp theo bằng: thidua year advance --cluster \($0) --year \($1)" },
        notProposedForVote: { unit, award, proposed, cluster, year in
            "Không biểu quyết \(award) cho \(unit): " + (proposed.map { "đơn vị đang được đề nghị \($0)" } ?? "đơn vị không được đề nghị hình thức nào")
                + ". Chỉ biểu quyết hình thức đơn vị được đề nghị hoặc đồng hạng; xem danh sách bằng: thidua rank --cluster \(cluster) --year \(year)"
        },
        noVoteToWithdraw: { "Chưa có biểu quyết \($1) cho \($0) để rút." },
        voteWithdrawn: { "Đã rút biểu quyết \($1) cho \($0) (có ghi nhật ký)." },
        countsRequired: "Cần --present, --for và --against (hoặc --withdraw để rút biểu quyết đã ghi).",
        countsWithWithdraw: "--withdraw không đi cùng --present, --for hay --against.",
        reasonRequired: "Đã bắt đầu chấm điểm nên thay đổi này cần lý do: thêm --reason \"…\" (lý do được ghi vào nhật ký).",
        registered: { "\($0) đăng ký: \($1)." },
        registrationUnchanged: { "\($0) đã đăng ký như vậy: \($1); không có gì thay đổi." },
        nothingRegistered: "không đăng ký danh hiệu nào")

    public static let english = CommandLineWords(
        voteNeedsReview: { "Votes are taken at the review stage. Move the year on with: thidua year advance --cluster \($0) --year \($1)" },
        notProposedForVote: { unit, award, proposed, cluster, year in
            "No vote on \(award) for \(unit): " + (proposed.map { "the unit is proposed for \($0)" } ?? "the unit is proposed for nothing")
                + ". A vote is taken only on an award the unit is proposed or tied for; see them with: thidua rank --cluster \(cluster) --year \(year)"
        },
        noVoteToWithdraw: { "There is no vote on \($1) for \($0) to withdraw." },
        voteWithdrawn: { "The vote on \($1) for \($0) is withdrawn (audited)." },
        countsRequired: "Give --present, --for and --against (or --withdraw to take back a recorded vote).",
        countsWithWithdraw: "--withdraw goes without --present, --for and --against.",
        reasonRequired: "Scoring has started, so this change needs a reason: add --reason \"…\" (it is written to the audit trail).",
        registered: { "\($0) registered for: \($1)." },
        registrationUnchanged: { "\($0) was already registered for: \($1); nothing changed." },
        nothingRegistered: "no title")
}
