import Emulation

/// The real rosters of DOMAIN.md (public reports). No per-unit score table was ever published,
/// so the scores are generated; for Hải Phòng they are generated to follow the published
/// ranking and awards.
enum DemoClusters {
    struct Unit {
        var name: String
        var kind: String
        var role: Membership.Role = .member
        /// Target cluster subtotals per major criterion, in hundredths.
        var subtotals: [Int]
        var registeredForGovernmentFlag = false
        var models: [String] = []
    }

    struct Year {
        var cluster: Cluster
        var year: Int
        var status: ClusterYearStatus
        var units: [Unit]
        var pledgeTitle: String
        var pledgeDate: CalendarDate?
        var pledgePlace: String
        var tasks: [String]
        var drives: [Pledge.Drive]
        var signed: Bool
        /// Next year's head and deputy as published (or chosen by rotation when no deputy is known).
        var nextHead: (head: String, deputy: String?, method: Handover.Method)?
    }

    /// Said with every demo year: the scores are invented, and what they were made to follow.
    static func note(for code: String) -> String {
        let invented = "Điểm số do thidua sinh tự động để minh họa (không có bảng điểm nào được công bố)"
        switch code {
        case "HP-KH": return invented + "; thứ hạng và khen thưởng theo kết quả đã công bố năm 2023."
        case "TH-02": return invented + "; đơn vị dẫn đầu theo kết quả đã công bố (Vĩnh Lộc được đề nghị Cờ thi đua của Chính phủ)."
        default: return invented + "."
        }
    }

    static let haiPhong = Year(
        cluster: Cluster(code: "HP-KH", name: "Cụm thi đua Khối huyện", kind: .cluster, authority: "UBND thành phố Hải Phòng"),
        year: 2023, status: .review,
        units: [
            Unit(name: "Vĩnh Bảo", kind: "huyện", role: .head, subtotals: [4850, 2875, 1925], registeredForGovernmentFlag: true),
            Unit(name: "Thủy Nguyên", kind: "huyện", role: .deputy, subtotals: [4700, 2800, 1840], registeredForGovernmentFlag: true),
            Unit(name: "An Lão", kind: "huyện", subtotals: [4420, 2610, 1730]),
            Unit(name: "Kiến Thụy", kind: "huyện", subtotals: [4350, 2540, 1700]),
            Unit(name: "Tiên Lãng", kind: "huyện", subtotals: [4200, 2450, 1620]),
            Unit(name: "An Dương", kind: "huyện", subtotals: [4080, 2390, 1580]),
            Unit(name: "Cát Hải", kind: "huyện", subtotals: [3950, 2310, 1540]),
            Unit(name: "Bạch Long Vĩ", kind: "huyện", subtotals: [3720, 2200, 1460]),
        ],
        pledgeTitle: "Giao ước thi đua năm 2023", pledgeDate: CalendarDate(year: 2023, month: 2, day: 15), pledgePlace: "Vĩnh Bảo",
        tasks: [
            "Hoàn thành toàn diện các chỉ tiêu kinh tế – xã hội năm 2023 của thành phố giao",
            "Giữ vững quốc phòng, an ninh; xây dựng Đảng, chính quyền trong sạch, vững mạnh",
            "Đẩy mạnh cải cách hành chính và chuyển đổi số",
            "Đổi mới công tác thi đua, khen thưởng; xây dựng và nhân rộng mô hình, điển hình tiên tiến",
        ],
        drives: [Pledge.Drive(name: "Thi đua cả năm 2023", start: CalendarDate(year: 2023, month: 1, day: 1), end: CalendarDate(year: 2023, month: 12, day: 31))],
        signed: true,
        nextHead: (head: "Cát Hải", deputy: nil, method: .election)
    )

    static let haNoi = Year(
        cluster: Cluster(code: "HN-10", name: "Cụm thi đua số 10", kind: .cluster, authority: "UBND thành phố Hà Nội"),
        year: 2020, status: .scoring,
        units: [
            Unit(name: "Sóc Sơn", kind: "huyện", role: .head, subtotals: [4610, 2790, 1830], registeredForGovernmentFlag: true,
                 models: ["Xây dựng, phát triển, nhân rộng trà hoa thảo dược, cây dược liệu huyện Sóc Sơn"]),
            Unit(name: "Thanh Trì", kind: "huyện", subtotals: [4480, 2700, 1790], registeredForGovernmentFlag: true,
                 models: ["Chăm sóc, nuôi dưỡng trong cơ sở giáo dục mầm non tại Trường mầm non B xã Liên Ninh", "Nuôi cá sông trong ao tại Đại Áng"]),
            Unit(name: "Mê Linh", kind: "huyện", subtotals: [4390, 2650, 1720], registeredForGovernmentFlag: true,
                 models: ["Xây dựng hệ thống xử lý môi trường cho chăn nuôi tập trung tại xã Liên Mạc"]),
            Unit(name: "Gia Lâm", kind: "huyện", subtotals: [4550, 2760, 1810], registeredForGovernmentFlag: true,
                 models: ["Trường học điện tử", "Áp dụng mục tiêu chất lượng theo tiêu chuẩn ISO 9001:2015"]),
            Unit(name: "Đông Anh", kind: "huyện", subtotals: [4700, 2820, 1860], registeredForGovernmentFlag: true,
                 models: ["Tăng cường quản lý, khai thác ao, hồ trên địa bàn huyện", "Lập quy hoạch xây dựng tỷ lệ 1/500 các khu dân cư trên địa bàn huyện"]),
        ],
        pledgeTitle: "Giao ước thi đua năm 2020", pledgeDate: CalendarDate(year: 2020, month: 2, day: 7), pledgePlace: "Sóc Sơn",
        tasks: [
            "Thực hiện thắng lợi kế hoạch phát triển kinh tế – xã hội năm 2020 của thành phố",
            "Giữ vững quốc phòng, an ninh, ổn định chính trị; xây dựng Đảng, chính quyền trong sạch, vững mạnh",
            "Phát huy vai trò nêu gương của người đứng đầu; tinh gọn bộ máy; cải cách hành chính, dịch vụ công trực tuyến mức độ 3, 4",
            "Đổi mới công tác thi đua, khen thưởng theo Chỉ thị 34-CT/TW: mỗi đơn vị 1–2 mô hình, 1–2 chuyên đề",
            "Tổ chức hội nghị điển hình tiên tiến các cấp cơ sở, hướng tới Đại hội thi đua yêu nước cấp huyện",
            "Hưởng ứng cuộc thi viết về gương người tốt, việc tốt năm 2020 và nhân rộng điển hình",
        ],
        drives: [
            Pledge.Drive(name: "Đợt 1: Mừng Đảng, mừng Xuân", start: CalendarDate(year: 2020, month: 1, day: 1), end: CalendarDate(year: 2020, month: 3, day: 31)),
            Pledge.Drive(name: "Đợt 2: Kỷ niệm 130 năm Ngày sinh Chủ tịch Hồ Chí Minh", start: CalendarDate(year: 2020, month: 4, day: 1), end: CalendarDate(year: 2020, month: 5, day: 31)),
            Pledge.Drive(name: "Đợt 3: Chào mừng Đại hội Đảng bộ các cấp", start: CalendarDate(year: 2020, month: 6, day: 1), end: CalendarDate(year: 2020, month: 10, day: 10)),
            Pledge.Drive(name: "Đợt 4: Về đích kế hoạch năm 2020", start: CalendarDate(year: 2020, month: 10, day: 11), end: CalendarDate(year: 2020, month: 12, day: 31)),
        ],
        signed: true,
        nextHead: nil
    )

    static let thanhHoa = Year(
        cluster: Cluster(code: "TH-02", name: "Cụm thi đua số 2", kind: .cluster, authority: "UBND tỉnh Thanh Hóa"),
        year: 2019, status: .closed,
        units: [
            Unit(name: "Thiệu Hóa", kind: "huyện", subtotals: [4300, 2600, 1700]),
            Unit(name: "Vĩnh Lộc", kind: "huyện", subtotals: [4750, 2850, 1880], registeredForGovernmentFlag: true),
            Unit(name: "Hà Trung", kind: "huyện", subtotals: [4250, 2550, 1650]),
            Unit(name: "Yên Định", kind: "huyện", subtotals: [4500, 2700, 1800]),
            Unit(name: "Thọ Xuân", kind: "huyện", subtotals: [4600, 2750, 1820]),
            Unit(name: "Triệu Sơn", kind: "huyện", subtotals: [4150, 2500, 1600]),
            Unit(name: "Nông Cống", kind: "huyện", subtotals: [4050, 2450, 1580]),
        ],
        pledgeTitle: "Giao ước thi đua năm 2019", pledgeDate: nil, pledgePlace: "",
        tasks: [], drives: [], signed: false,
        nextHead: (head: "Thọ Xuân", deputy: nil, method: .election)
    )

    static let all = [haiPhong, haNoi, thanhHoa]
}
