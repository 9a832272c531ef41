import Emulation

extension OfficialWords {
    /// Decree 30: "ngày 05 tháng 01 năm 2020": a zero before a day under 10 and before months 1 and 2.
    static func vietnameseDate(_ date: CalendarDate) -> String {
        let day = date.day < 10 ? "0\(date.day)" : "\(date.day)"
        let month = date.month < 3 ? "0\(date.month)" : "\(date.month)"
        return "ngày \(day) tháng \(month) năm \(date.year)"
    }

    static func vietnameseTime(_ time: ClockTime?) -> String { time?.vietnamese ?? "… giờ …" }

    public static let vietnamese = OfficialWords(
        nationalTitle: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        motto: "Độc lập - Tự do - Hạnh phúc",
        number: { "Số:        /\($0)" },
        placeAndDate: { place, date, year in
            (place.isEmpty ? "……" : place) + ", " + (date.map(vietnameseDate) ?? "ngày    tháng    năm \(year)")
        },
        clusterSymbol: { $0 == .bloc ? "KTĐ" : "CTĐ" },

        minutesKind: "BIÊN BẢN",
        minutesSummary: { year, next in
            ["Hội nghị tổng kết công tác thi đua, khen thưởng năm \(year)"] + (next.map { ["và ký kết giao ước thi đua năm \($0)"] } ?? [])
        },
        minutesOpening: { start, date, place, cluster, year in
            "Hôm nay, vào lúc \(vietnameseTime(start)), \(date.map(vietnameseDate) ?? "ngày … tháng … năm …"), tại \(place.isEmpty ? "……" : place), "
                + "\(cluster) tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng năm \(year), bình xét, suy tôn các tập thể đề nghị khen thưởng."
        },
        sectionAttendance: "I. THÀNH PHẦN THAM DỰ",
        chair: { $0.isEmpty ? "Chủ trì: ……" : "Chủ trì: \($0)." },
        secretary: { $0.isEmpty ? "Thư ký: ……" : "Thư ký: \($0)." },
        membersPresent: { present, members in "Đơn vị thành viên có mặt: \(present.map(String.init) ?? "…")/\(members)." },
        attendees: { "Thành phần dự: \($0)." },
        sectionContent: "II. NỘI DUNG HỘI NGHỊ",
        partRanking: { "1. Kết quả chấm điểm, xếp hạng thi đua năm \($0)" },
        partVotes: "2. Biểu quyết",
        countRecordsAttached: "Kết quả kiểm phiếu từng nội dung có biên bản kiểm phiếu kèm theo.",
        partProposals: "3. Đề nghị khen thưởng",
        partNextPledge: { "4. Ký kết giao ước thi đua năm \($0)" },
        nextPledgeSigned: { "Đã ký giao ước: \($0)/\($1) đơn vị thành viên." },
        nextPledgeNotRecorded: { "Chưa ghi nhận việc ký giao ước thi đua năm \($0)." },
        partHandover: { "\($0). Bàn giao nhiệm vụ trưởng cụm năm \($1)" },
        minutesClosing: { end in
            "Hội nghị kết thúc vào lúc \(vietnameseTime(end)) cùng ngày. Biên bản đã được thông qua tại Hội nghị và được các thành viên nhất trí."
        },
        signChair: "CHỦ TRÌ HỘI NGHỊ",
        signSecretary: "THƯ KÝ",
        signHint: "(Ký, ghi rõ họ tên)",

        countKind: "BIÊN BẢN KIỂM PHIẾU",
        countSummary: { award, recipient in ["Biểu quyết đề nghị tặng \(award)", "cho \(recipient)"] },
        countOpening: { date, place, award, recipient in
            "Hôm nay, \(date.map(vietnameseDate) ?? "ngày … tháng … năm …"), tại \(place.isEmpty ? "……" : place), Tổ kiểm phiếu của Hội nghị "
                + "tiến hành kiểm phiếu biểu quyết đề nghị tặng \(award) cho \(recipient). Kết quả như sau:"
        },
        countContent: "Nội dung",
        countNumber: "Số lượng",
        countMembers: "Số thành viên của cụm",
        countPresent: "Số thành viên có mặt",
        countIssued: "Số phiếu phát ra",
        countReceived: "Số phiếu thu vào",
        countValid: "Số phiếu hợp lệ",
        countInvalid: "Số phiếu không hợp lệ",
        countFor: "Số phiếu tán thành",
        countAgainst: "Số phiếu không tán thành",
        countResult: { result, rule in "Kết quả: \(result). \(rule)" },

        submissionKind: "TỜ TRÌNH",
        submissionSummary: { awards, year in ["Về việc đề nghị tặng \(awards) năm \(year)"] },
        addressee: { "Kính gửi: \($0)." },
        lawBasis: "Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15;",
        basis: { "Căn cứ \($0);" },
        meetingBasis: { date, year in
            "Căn cứ kết quả bình xét, suy tôn tại Hội nghị tổng kết công tác thi đua, khen thưởng năm \(year)"
                + (date.map { " " + vietnameseDate($0) } ?? "") + ","
        },
        submissionRequest: { cluster, authority, awards in "\(cluster) kính trình \(authority) xem xét, tặng \(awards) cho các tập thể sau:" },
        columnRecipient: "Tập thể được đề nghị",
        columnAward: "Hình thức khen thưởng",
        columnTotal: "Tổng điểm",
        columnRank: "Xếp hạng",
        columnVote: "Biểu quyết",
        rankOf: { "\($0)/\($1)" },
        voteShare: { "\($0)/\($1) tán thành" },
        reportsAttached: "(Kèm theo báo cáo thành tích của các tập thể và biên bản họp, biên bản kiểm phiếu của Hội nghị.)",
        submissionClosing: { "Kính trình \($0) xem xét, quyết định./." },
        onBehalfOf: { "TM. \($0.uppercased())" },
        clusterHead: "TRƯỞNG CỤM",
        signAndStamp: "(Ký, đóng dấu)",
        recipientsHeading: "Nơi nhận:",
        recipientsAsAbove: "- Như trên;",
        recipientsMembers: "- Các đơn vị thành viên;",
        recipientsFiled: "- Lưu: VT.",

        reportKind: "BÁO CÁO",
        reportSummary: { award, recipient, year in ["Thành tích đề nghị tặng \(award)", "của \(recipient) năm \(year)"] },
        reportSectionOverview: "I. SƠ LƯỢC ĐẶC ĐIỂM, TÌNH HÌNH",
        reportOverviewPlaceholder: "\(OfficialDocument.placeholderMark) Đơn vị bổ sung: đặc điểm, tình hình; chức năng, nhiệm vụ được giao; tổ chức bộ máy.",
        reportSectionAchievements: "II. THÀNH TÍCH ĐẠT ĐƯỢC",
        reportPartScores: { year, cluster in "1. Kết quả chấm điểm thi đua năm \(year) của \(cluster)" },
        columnCriterion: "Tiêu chí",
        columnMaximum: "Điểm tối đa",
        columnSelf: "Tự chấm",
        columnCluster: "Cụm chấm",
        columnFinal: "Điểm tính",
        reportTotal: { total, rank, members, classification in
            "Tổng điểm: \(total); xếp thứ \(rank)/\(members) trong cụm; xếp loại: \(classification)."
        },
        reportBonus: { "Điểm thưởng: +\($0) (\($1))." },
        reportDeduction: { "Điểm trừ: −\($0) (\($1))." },
        reportPartPledge: "2. Thực hiện giao ước thi đua",
        reportModels: { "Mô hình thi đua đã đăng ký: \($0)." },
        reportRegistered: { "Danh hiệu đã đăng ký: \($0)." },
        reportPledgePlaceholder: "\(OfficialDocument.placeholderMark) Đơn vị bổ sung: kết quả thực hiện từng nội dung giao ước, chỉ tiêu, nhiệm vụ (số liệu so với kế hoạch và cùng kỳ).",
        reportPartDrives: "3. Các phong trào thi đua và mô hình, điển hình tiên tiến",
        reportDrivesPlaceholder: "\(OfficialDocument.placeholderMark) Đơn vị bổ sung: các phong trào thi đua đã phát động, kết quả các mô hình đã đăng ký, điển hình tiên tiến được nhân rộng.",
        reportSectionAwards: "III. CÁC HÌNH THỨC KHEN THƯỞNG ĐÃ ĐƯỢC GHI NHẬN",
        reportAwardsPlaceholder: "\(OfficialDocument.placeholderMark) Đơn vị bổ sung: danh hiệu thi đua, hình thức khen thưởng đã nhận (năm, số quyết định, cơ quan ban hành).",
        reportConfirm: "XÁC NHẬN CỦA CẤP TRÌNH KHEN THƯỞNG",
        reportLeaderPlaceholder: "THỦ TRƯỞNG ĐƠN VỊ",

        pledgeKind: "GIAO ƯỚC THI ĐUA",
        pledgeSummary: { year, cluster in ["Năm \(year) của \(cluster)"] },
        pledgeTasks: "I. NỘI DUNG GIAO ƯỚC",
        pledgeDrives: "II. CÁC ĐỢT THI ĐUA",
        pledgeModels: "III. MÔ HÌNH THI ĐUA VÀ DANH HIỆU ĐĂNG KÝ",
        pledgeSignatures: "IV. KÝ KẾT CỦA CÁC ĐƠN VỊ THÀNH VIÊN",
        columnNumber: "STT",
        columnUnit: "Đơn vị",
        columnModels: "Mô hình thi đua",
        columnTitles: "Danh hiệu đăng ký",
        columnSigner: "Người ký",
        columnPosition: "Chức vụ",
        columnDate: "Ngày ký",
        columnSignature: "Ký tên",

        gap: { gap in
            switch gap {
            case .notReviewed(let status):
                return "Năm đang ở giai đoạn \(status == .pledge ? "giao ước" : "chấm điểm"): kết quả chưa qua hội nghị bình xét."
            case .noAuthority: return "Cụm chưa ghi cơ quan cấp trên (tên cơ quan chủ quản ở đầu văn bản)."
            case .meetingDate: return "Hội nghị: chưa ghi ngày họp."
            case .meetingTimes: return "Hội nghị: chưa ghi giờ bắt đầu và giờ kết thúc."
            case .meetingPlace: return "Hội nghị: chưa ghi địa điểm."
            case .meetingChair: return "Hội nghị: chưa ghi người chủ trì."
            case .meetingSecretary: return "Hội nghị: chưa ghi thư ký."
            case .membersPresent: return "Hội nghị: chưa ghi số đơn vị thành viên có mặt."
            case .notVoted(let unit, let award): return "\(unit) — \(award): chưa biểu quyết."
            case .noCountRecord(let unit, let award): return "\(unit) — \(award): chưa có biên bản kiểm phiếu (số phiếu thu vào, phiếu không hợp lệ)."
            case .reportToComplete(let unit, let file): return "\(unit): báo cáo thành tích còn phần đơn vị chưa bổ sung (\(file))."
            case .pledgeUnsigned(let year, let units): return "Giao ước năm \(year): chưa ký — \(units.joined(separator: ", "))."
            case .noHeadSigner: return "Trưởng cụm: chưa ghi đơn vị trưởng cụm, hoặc họ tên và chức vụ người đứng đầu đơn vị đó (màn hình Đơn vị, hoặc tệp danh sách) để ký tờ trình."
            case .noHandover(let year): return "Chưa ghi bàn giao trưởng cụm năm \(year)."
            }
        },
        checklistTitle: { "HỒ SƠ ĐỀ NGHỊ KHEN THƯỞNG NĂM \($1) — \($0.uppercased())" },
        checklistFiles: "Văn bản trong hồ sơ:",
        checklistMissing: { "Còn thiếu trước khi gửi (\($0)):" },
        checklistComplete: "Hồ sơ đã đủ để gửi.",
        reportKept: "giữ bản đơn vị đã hoàn thiện"
    )
}
