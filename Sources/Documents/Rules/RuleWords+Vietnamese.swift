import Emulation

extension RuleWords {
    public static let vietnamese = RuleWords(
        document: .vietnamese,
        title: { code, name, year in "Quy tắc thi đua – \(name) (\(code)), năm \(year)" },
        groupTitle: { group in
            switch group {
            case .scoring: return "Chấm điểm"
            case .classification: return "Xếp loại trong cụm (xếp loại chính thức do cấp trên quyết định)"
            case .ranking: return "Xếp hạng"
            case .awards: return "Khen thưởng (cao nhất trước; mỗi đơn vị được đề nghị tối đa một hình thức)"
            case .eligibility: return "Điều kiện đề nghị khen thưởng"
            case .votes: return "Biểu quyết"
            }
        },
        finalScoreLabel: "Điểm được tính",
        finalScoreValue: { rule in
            switch rule {
            case .clusterElseSelf: return "điểm cụm chấm; chưa có thì điểm tự chấm"
            case .higherOfTwo: return "điểm cao hơn giữa tự chấm và cụm chấm"
            }
        },
        bonusLabel: "Điểm thưởng tối đa",
        deductionLabel: "Điểm trừ tối đa",
        pointsValue: { "\($0) điểm" },
        gapLabel: "Đánh dấu chênh lệch",
        gapValue: { "tự chấm và cụm chấm lệch từ \($0)% điểm tối đa của tiêu chí" },
        bandValue: { "từ \($0) điểm" },
        tieBreaksLabel: "Khi bằng điểm, xét lần lượt",
        tieBreak: { tieBreak in
            switch tieBreak {
            case .majorSubtotal(let code): return "điểm tiêu chí \(code)"
            case .womenMajority: return "tập thể có tỷ lệ nữ từ 70%"
            }
        },
        noTieBreak: "không xét thêm: đồng hạng",
        awardOrderLabel: "Thứ tự xét",
        awardOrderValue: { $0 },
        noAwards: "không có hình thức khen thưởng",
        awardFieldLabel: { field in
            switch field {
            case .name: return "tên"
            case .shortName: return "tên ngắn"
            case .authority: return "cấp tặng"
            case .recipient: return "ghi tên đơn vị"
            case .band: return "xếp loại cần đạt"
            case .quota: return "chỉ tiêu"
            case .registration: return "đăng ký"
            case .passesDown: return "chuyển xuống"
            case .source: return "căn cứ"
            }
        },
        awardBandValue: { "từ \($0) trở lên" },
        quotaValue: { quota, members in
            switch quota {
            case .unlimited: return "không giới hạn"
            case .count(let count): return "\(count)"
            case .percentOfMembers(let percent):
                return "\(percent)% số thành viên (\(quota.places(memberCount: members) ?? 0) của \(members) đơn vị)"
            }
        },
        registrationValue: { $0 ? "phải đăng ký trong giao ước" : "không cần đăng ký" },
        passesDownValue: { $0 ? "có: đơn vị kế tiếp được xét khi đơn vị trên không đủ điều kiện"
                               : "không: chỉ xét đơn vị dẫn đầu cụm" },
        filledIn: { "(\($0))" },
        causesLabel: "Không đề nghị khi",
        noCauses: "không có trường hợp nào",
        treatmentLabel: "Đơn vị đó",
        treatmentValue: { treatment in
            switch treatment {
            case .notProposed: return "không đề nghị khen thưởng năm nay"
            case .deferred: return "chưa xét, chờ có kết luận"
            }
        },
        voteBaseLabel: "Tỷ lệ tán thành tính trên",
        voteBaseValue: { base in
            switch base {
            case .present: return "số thành viên có mặt"
            case .allMembers: return "tổng số thành viên của cụm"
            }
        },
        quorumLabel: "Số có mặt tối thiểu",
        quorumValue: { fraction, least, members in "\(fraction) số thành viên (ít nhất \(least) của \(members))" },
        thresholdLabel: "Thông qua khi tán thành",
        thresholdValue: { fraction, base in
            "trên \(fraction) " + (base == .present ? "số thành viên có mặt" : "tổng số thành viên")
        },
        sourceLabel: "Căn cứ",
        noSource: "mặc định của thidua, chưa có căn cứ — cụm thay bằng quyết định của mình",
        problem: { problem in
            switch problem {
            case .bandsOutOfOrder: return "Mức xếp loại phải giảm dần: xuất sắc ≥ tốt ≥ hoàn thành ≥ 0."
            case .bandAboveMaximum(let band, let threshold, let maximum):
                return "Mức «\(DocumentWords.vietnamese.classification(band))» là \(DecimalText.format(threshold, trimWhole: true)) điểm, cao hơn điểm tối đa đạt được (\(DecimalText.format(maximum, trimWhole: true)))."
            case .negativeCap(let kind): return (kind == .bonus ? "Điểm thưởng" : "Điểm trừ") + " tối đa không được âm."
            case .gapPercentOutOfRange(let percent): return "Mức chênh lệch phải từ 1 đến 100%, không phải \(percent)%."
            case .duplicateAwardCode(let code): return "Mã hình thức khen thưởng «\(code)» bị trùng."
            case .emptyAwardCode: return "Một hình thức khen thưởng chưa có mã."
            case .emptyAwardName(let code): return "Hình thức «\(code)» chưa có tên."
            case .negativeQuota(let code): return "Chỉ tiêu của «\(code)» không được âm."
            case .shareAboveAllMembers(let code, let percent): return "Chỉ tiêu của «\(code)» là \(percent)% số thành viên, vượt quá 100%."
            case .awardWithoutBand(let code): return "«\(code)» chưa có xếp loại cần đạt (ít nhất «Hoàn thành nhiệm vụ»)."
            case .unknownTieBreakCriterion(let code): return "Không có tiêu chí lớn «\(code)» để xét khi bằng điểm."
            case .duplicateTieBreak: return "Một điều kiện xét khi bằng điểm bị lặp."
            case .duplicateCause(let cause): return "Trường hợp «\(DocumentWords.vietnamese.ineligibleCause(cause))» bị lặp."
            case .quorumOutOfRange(let fraction): return "Số có mặt tối thiểu phải lớn hơn 0 và không quá toàn bộ thành viên, không phải \(fraction.text)."
            case .thresholdOutOfRange(let fraction): return "Tỷ lệ thông qua phải từ 0 đến dưới 1, không phải \(fraction.text)."
            }
        }
    )
}
