import Emulation

extension DocumentWords {
    public static let vietnamese = DocumentWords(
        languageCode: "vi",
        notRecorded: "chưa ghi",
        none: "Không có.",
        classification: { band in
            switch band {
            case .excellent: return "Hoàn thành xuất sắc nhiệm vụ"
            case .good: return "Hoàn thành tốt nhiệm vụ"
            case .completed: return "Hoàn thành nhiệm vụ"
            case .notCompleted: return "Không hoàn thành nhiệm vụ"
            }
        },
        classificationShort: { band in
            switch band {
            case .excellent: return "xuất sắc"
            case .good: return "tốt"
            case .completed: return "hoàn thành"
            case .notCompleted: return "không hoàn thành"
            }
        },
        round: { round in
            switch round {
            case .selfAssessment: return "tự chấm"
            case .cluster: return "cụm chấm"
            }
        },
        role: { role in
            switch role {
            case .head: return "trưởng cụm"
            case .deputy: return "phó cụm"
            case .member: return "thành viên"
            }
        },
        ineligibleCause: { cause in
            switch cause {
            case .discipline: return "đang bị xem xét kỷ luật"
            case .investigation: return "đang bị điều tra"
            case .inspection: return "đang bị thanh tra, kiểm tra"
            case .complaint: return "có đơn khiếu nại, tố cáo đang được xác minh"
            }
        },
        awardName: { $0.nameVietnamese },
        awardShort: { $0.shortVietnamese },
        reasonRank: { "hạng \($0)/\($1)" },
        reasonPoints: { "\($0) điểm" },
        reasonRegistered: { "đã đăng ký \($0)" },
        reasonNotRegistered: { "không đề nghị \($0): chưa đăng ký" },
        reasonNotLeader: { "\($0): chỉ xét cho đơn vị dẫn đầu cụm" },
        reasonBelow: { "\($0): cần xếp loại \($1) trở lên" },
        reasonQuotaUsed: { "\($0): đã hết chỉ tiêu" },
        reasonVoteFailed: { "\($0): không được biểu quyết thông qua" },
        reasonTied: { "đồng hạng — cần biểu quyết (\($0))" },
        reasonIneligible: { cause, note in "không đủ điều kiện khen thưởng: \(cause)" + (note.isEmpty ? "" : " (\(note))") },
        reasonDeferred: { cause, note in "chưa xét khen thưởng: \(cause)" + (note.isEmpty ? "" : " (\(note))") },
        deferred: "chưa xét",
        sectionDeferred: "Đơn vị chưa xét khen thưởng",
        deferredUnits: "Chưa xét khen thưởng",
        reasonTieLostVote: { "\($0): đồng hạng, ít phiếu tán thành hơn" },
        notProposed: "không đề nghị",
        tiedMark: "=",
        columnRank: "Hạng",
        columnUnit: "Đơn vị",
        columnCriterion: { "TC \($0)" },
        columnBonus: "Thưởng",
        columnDeduction: "Trừ",
        columnTotal: "Tổng",
        columnClassification: "Xếp loại",
        columnProposal: "Đề nghị",
        columnReason: "Lý do",
        columnShortName: "Tên viết tắt",
        columnKind: "Loại",
        columnLeader: "Người đứng đầu",
        columnRole: "Vai trò",
        columnEligibility: "Điều kiện khen thưởng",
        eligible: "đủ điều kiện",
        rankingTitle: { "Bảng xếp hạng — \($0), năm \($1)" },
        gridTitle: { "Bảng điểm (\($2)) — \($0), năm \($1)" },
        rosterTitle: { "Danh sách đơn vị thành viên — \($0), năm \($1)" },
        finalRound: "điểm cuối cùng",
        pledgePending: "chưa ký",
        pledgeSigned: "đã ký",
        pledgeSignedEarlier: "đã ký bản cũ (cần ký lại)",
        pledgeModels: "Mô hình thi đua",
        pledgeTitles: "Danh hiệu đăng ký",
        pledgeSignature: "Ký giao ước",
        pledgeSigner: "Người ký",
        pledgeDate: "Ngày ký",
        pledgeDefaultTitle: { "Giao ước thi đua năm \($0)" },
        pledgeSignedOn: { date, place in "Ký ngày \(date)" + (place.isEmpty ? "" : " tại \(place)") },
        pledgeSlogan: { "Khẩu hiệu: \($0)" },
        pledgeChecklistCount: { "\($0)/\($1) đã ký" },
        generatedNote: { "Ghi chú: \($0)" },
        meetingDate: "Thời gian",
        meetingPlace: "Địa điểm",
        meetingHours: "Giờ họp",
        meetingMembersPresent: "Đơn vị có mặt",
        meetingChair: "Chủ trì",
        meetingSecretary: "Thư ký",
        meetingAttendees: "Thành phần tham dự",
        meetingNote: "Ghi chú",
        attendeesAreMembers: { "đại diện các đơn vị thành viên: \($0)" },
        voteRule: { quorum, minimum, members, threshold, ofAll in
            "Biểu quyết có giá trị khi có mặt từ \(quorum) số thành viên (tối thiểu \(minimum)/\(members) đơn vị); "
                + "đề nghị được thông qua khi số phiếu tán thành trên \(threshold) " + (ofAll ? "tổng số thành viên của cụm." : "số thành viên có mặt.")
        },
        citation: { "Căn cứ: \($0)." },
        noVotes: "Chưa ghi kết quả biểu quyết nào.",
        voteResult: { result in
            switch result {
            case .passed: return "thông qua"
            case .rejected: return "không thông qua"
            case .noQuorum: return "không đủ số có mặt"
            }
        },
        nextHead: { head, deputy in "Trưởng cụm: \(head); phó trưởng cụm: \(deputy ?? "—")" },
        handoverDetail: { method, date in "(\(method == .rotation ? "theo luân phiên" : "bầu chọn"), bàn giao ngày \(date))" },
        notHandedOver: "Chưa bàn giao.",
        decisionOutcome: { outcome in
            switch outcome {
            case .granted: return "được tặng"
            case .notGranted: return "không được tặng"
            // The award named after it is the one granted, which says it was another.
            case .grantedOther: return "được tặng"
            }
        },
        decisionLine: { number, date, authority, outcome, award in "QĐ \(number) ngày \(date) của \(authority): \(outcome) \(award)." },
        historyTitle: { "Quá trình thi đua, khen thưởng của \($0)" },
        historyLine: { year, cluster, rank, members, total, classification, proposed in
            "\(year) · \(cluster) · hạng \(rank)/\(members) · \(total) · \(classification)" + (proposed.map { " · đề nghị \($0)" } ?? "")
        },
        columnYear: "Năm",
        columnCluster: "Cụm",
        columnDecision: "Quyết định",
        columnGranted: "Được tặng",
        proposalsTitle: { "Danh sách đề nghị khen thưởng — \($0), năm \($1)" },
        proposalsSummary: { "\($0)/\($1) đơn vị được đề nghị" },
        quota: { places in places.map { "chỉ tiêu \($0)" } ?? "không giới hạn chỉ tiêu" },
        noUnitProposed: "Không có đơn vị được đề nghị.",
        notProposedSection: "Không đề nghị",
        tiedForVote: { "Đồng hạng — cần biểu quyết: \($0)" },
        signHead: "ĐƠN VỊ TRƯỞNG CỤM",
        signHeadHint: "(Ký, ghi rõ họ tên, đóng dấu)",
        columnNumber: "STT",
        columnAward: "Hình thức khen thưởng",
        columnAwardCode: "Mã",
        columnPresent: "Có mặt",
        columnFor: "Tán thành",
        columnAgainst: "Không tán thành",
        columnResult: "Kết quả",
        columnSubtotal: "Cộng",
        reportTitle: { "Bảng điểm và xếp hạng — \($0), năm \($1)" },
        reportGrid: "Bảng điểm (điểm cuối cùng)",
        reportRanking: "Xếp hạng",
        reportItems: "Tiêu chí",
        seal: { "Niêm phong nhật ký: \($0)" },
        sealCheck: { "kiểm tra: thidua verify --seal \($0)" },
        meetingHeading: { "Cuộc họp bình xét của cụm \($0) năm \($1):" },
        meetingSaved: { "Đã ghi cuộc họp bình xét của cụm \($0) năm \($1):" },
        voteRecorded: { unit, award, present, votesFor, against, result in
            "\(unit) — \(award): có mặt \(present), tán thành \(votesFor), không tán thành \(against): \(result)."
        },
        voteNotProposed: { "Lưu ý: \($0) hiện không được đề nghị \($1); kết quả đã ghi nhưng chưa làm thay đổi danh sách đề nghị." },
        proposalsChanged: "Danh sách đề nghị thay đổi:",
        proposalChange: { "  \($0): \($1) → \($2)" },
        proposalsUnchanged: "Danh sách đề nghị không thay đổi.",
        unknownVoteUnit: { "Không có đơn vị \"\($0)\" trong cụm năm này. Các đơn vị: \($1)." },
        unknownAward: { "Không có hình thức khen thưởng \"\($0)\". Các mã hiện có: \($1)." }
    )
}
