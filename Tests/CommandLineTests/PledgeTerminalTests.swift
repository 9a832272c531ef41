import Foundation
import Testing

/// A cluster secretary's year from the keyboard alone, in a real terminal: a new cluster on an
/// empty database, its units, the pledge of Hà Nội Cụm 10 for 2020 (5 units, 6 tasks, 4 drives,
/// 8 models), every signature, the stages up to closing, and the hand-over of the head role.
@Suite(.serialized) struct PledgeTerminalTests {
    struct Unit {
        var name: String
        var leader: String
        var models: [String]
    }

    static let units = [
        Unit(name: "Sóc Sơn", leader: "Nguyễn Văn An", models: ["Xây dựng, phát triển, nhân rộng trà hoa thảo dược, cây dược liệu huyện Sóc Sơn"]),
        Unit(name: "Thanh Trì", leader: "Trần Văn Bình", models: ["Chăm sóc, nuôi dưỡng trong cơ sở giáo dục mầm non tại Trường mầm non B xã Liên Ninh", "Nuôi cá sông trong ao tại Đại Áng"]),
        Unit(name: "Mê Linh", leader: "Lê Thị Cúc", models: ["Xây dựng hệ thống xử lý môi trường cho chăn nuôi tập trung tại xã Liên Mạc"]),
        Unit(name: "Gia Lâm", leader: "Phạm Văn Dũng", models: ["Trường học điện tử", "Áp dụng mục tiêu chất lượng theo tiêu chuẩn ISO 9001:2015"]),
        Unit(name: "Đông Anh", leader: "Hoàng Văn Em", models: ["Tăng cường quản lý, khai thác ao, hồ trên địa bàn huyện", "Lập quy hoạch xây dựng tỷ lệ 1/500 các khu dân cư trên địa bàn huyện"]),
    ]
    static let tasks = [
        "Thực hiện thắng lợi kế hoạch phát triển kinh tế – xã hội năm 2020 của thành phố",
        "Giữ vững quốc phòng, an ninh, ổn định chính trị; xây dựng Đảng, chính quyền trong sạch, vững mạnh",
        "Phát huy vai trò nêu gương của người đứng đầu; tinh gọn bộ máy; cải cách hành chính",
        "Đổi mới công tác thi đua, khen thưởng theo Chỉ thị 34-CT/TW",
        "Tổ chức hội nghị điển hình tiên tiến các cấp cơ sở",
        "Hưởng ứng cuộc thi viết về gương người tốt, việc tốt năm 2020",
    ]
    static let drives = [
        ("Đợt 1: Mừng Đảng, mừng Xuân", "01/01/2020", "31/03/2020"),
        ("Đợt 2: Kỷ niệm 130 năm Ngày sinh Chủ tịch Hồ Chí Minh", "01/04/2020", "31/05/2020"),
        ("Đợt 3: Chào mừng Đại hội Đảng bộ các cấp", "01/06/2020", "10/10/2020"),
        ("Đợt 4: Về đích kế hoạch năm 2020", "11/10/2020", "31/12/2020"),
    ]

    @Test func theSecretarysYearFromTheKeyboardAlone() throws {
        let thidua = try ThiduaProcess()
        let terminal = try Tmux(command: "cd '\(thidua.directory.path)' && exec env THIDUA_DB='\(thidua.database)' TERM=xterm-256color '\(ThiduaProcess.executable.path)'")
        try terminal.waitFor("Cơ sở dữ liệu còn trống")

        // A new cluster and its first year.
        try terminal.type("n")
        try terminal.waitFor("Mã cụm")
        try terminal.type("HN-10")
        try terminal.send("Tab")
        try terminal.type("Cụm thi đua số 10")
        try terminal.send("Tab", "Tab")
        try terminal.type("UBND thành phố Hà Nội")
        try terminal.send("Tab", "C-u")
        try terminal.type("2020")
        try terminal.send("Enter")
        try terminal.waitFor("Đã tạo cụm HN-10, năm 2020")

        // Its five units; Sóc Sơn heads the cluster, Thanh Trì is deputy.
        try terminal.type("2")
        try terminal.waitFor("nhấn a để thêm từng đơn vị")
        for (index, unit) in Self.units.enumerated() {
            try terminal.type("a")
            try terminal.waitFor("Thêm đơn vị")
            try terminal.type(unit.name)
            try terminal.send("Tab", "Tab", "C-u")
            try terminal.type("huyện")
            try terminal.send("Tab")
            try terminal.type(unit.leader)
            try terminal.send("Tab")
            try terminal.type("Chủ tịch UBND huyện")
            try terminal.send("Tab")
            if index == 0 { try terminal.send("Right", "Right") }
            if index == 1 { try terminal.send("Right") }
            try terminal.send("Enter")
            try terminal.waitFor("Đã thêm \(unit.name).")
        }
        try terminal.waitFor("5 đơn vị")

        // The pledge: heading, six tasks, four drives.
        try terminal.type("5")
        try terminal.waitFor("chưa có tiêu đề giao ước")
        try terminal.type("e")
        try terminal.waitFor("Tiêu đề giao ước")
        try terminal.send("Tab")
        try terminal.type("Đoàn kết, đổi mới, sáng tạo")
        try terminal.send("Tab")
        try terminal.type("07/02/2020")
        try terminal.send("Tab")
        try terminal.type("Sóc Sơn")
        try terminal.send("Enter")
        try terminal.waitFor("Đã lưu giao ước.")
        try terminal.send("Left", "Left")
        for (index, task) in Self.tasks.enumerated() {
            try terminal.type("a")
            try terminal.waitFor("Thêm nhiệm vụ \(index + 1)")
            try terminal.type(task)
            try terminal.send("Enter")
            try terminal.waitFor("Nhiệm vụ (\(index + 1))")
        }
        try terminal.send("Right")
        for (index, drive) in Self.drives.enumerated() {
            try terminal.type("a")
            try terminal.waitFor("Thêm đợt thi đua \(index + 1)")
            try terminal.type(drive.0)
            try terminal.send("Tab")
            try terminal.type(drive.1)
            try terminal.send("Tab")
            try terminal.type(drive.2)
            try terminal.send("Enter")
            try terminal.waitFor("Đợt thi đua (\(index + 1))")
        }

        // Each unit's models and registration for the Government flag, then its signature: c.
        try terminal.send("Right", "PPage")
        try terminal.waitFor("chữ ký 0/5")
        for (index, unit) in Self.units.enumerated() {
            try terminal.send("Enter")
            try terminal.waitFor("Giao ước của \(unit.name)")
            for (number, model) in unit.models.enumerated() {
                if number > 0 { try terminal.send("Tab") }
                try terminal.type(model)
            }
            // Past the four model fields to "Đăng ký: Cờ CP".
            for _ in unit.models.count..<5 { try terminal.send("Tab") }
            try terminal.send("Space", "Enter")
            try terminal.waitFor("Đã lưu giao ước của \(unit.name).")
            try terminal.type("c")
            try terminal.waitFor("\(unit.name) đã ký ngày")
            try terminal.waitFor("chữ ký \(index + 1)/5")
        }
        let complete = try terminal.waitFor("5/5 đã ký")
        #expect(!complete.contains("⚠"), "every unit has one or two models")

        // The same document from the screen as from the command line.
        try terminal.type("y")
        try terminal.waitFor("Xuất giao ước (md)")
        try terminal.type("5")
        try terminal.waitFor("HN-10-2020-pledge.md")
        let fromCommandLine = try thidua.run(["export", "pledge", "--cluster", "HN-10", "--year", "2020", "--format", "md"])
        #expect(fromCommandLine.status == 0)
        let fromScreen = try String(contentsOfFile: thidua.path("HN-10-2020-pledge.md"), encoding: .utf8)
        #expect(fromScreen == fromCommandLine.stdout)
        for text in Self.tasks + Self.drives.map(\.0) + Self.units.flatMap(\.models) + Self.units.map(\.leader) {
            #expect(fromScreen.contains(text), "\(text)")
        }
        #expect(fromScreen.contains("Đoàn kết, đổi mới, sáng tạo") && fromScreen.contains("07/02/2020"))
        let checklist = try thidua.run(["export", "pledge", "--cluster", "HN-10", "--year", "2020", "--format", "csv"]).stdout
        let rows = checklist.components(separatedBy: "\r\n").filter { !$0.isEmpty }.dropFirst()
        #expect(rows.count == 5)
        #expect(rows.allSatisfy { $0.contains("đã ký") && !$0.contains("chưa ký") })

        // Through the stages; the head role handed on by rotation; the year closed.
        for stage in ["chấm điểm", "bình xét"] {
            try terminal.type("y")
            try terminal.waitFor("Chuyển sang giai đoạn: \(stage)")
            try terminal.type("1")
            try terminal.waitFor("Có (c)")
            try terminal.type("c")
            try terminal.waitFor("[\(stage)]")
        }
        try terminal.type("y")
        try terminal.type("2")
        try terminal.waitFor("Đề xuất luân phiên: trưởng Thanh Trì, phó Mê Linh")
        try terminal.send("Enter")
        try terminal.waitFor("Năm 2021: trưởng cụm Thanh Trì, phó cụm Mê Linh.")
        try terminal.type("y")
        try terminal.waitFor("Đóng năm 2020")
        try terminal.type("1")
        try terminal.waitFor("chỉ còn xem")
        try terminal.type("c")
        try terminal.waitFor("[đã khóa]")
        try terminal.type("2")
        try terminal.waitFor("Năm 2021: trưởng cụm Thanh Trì, phó Mê Linh · luân phiên")
        try terminal.type("a")
        // The refusal itself, not the stage in the title bar; no form opens.
        let refused = try terminal.waitFor("HN-10 2020 đã khóa, không thể thay đổi")
        #expect(!refused.contains("Thêm đơn vị"))

        // Next year opens with the handed-over head.
        try terminal.type("y")
        try terminal.type("3")
        try terminal.waitFor("Mở năm 2021")
        try terminal.type("c")
        try terminal.waitFor("HN-10 2021")
        let roster = try thidua.run(["export", "roster", "--cluster", "HN-10", "--year", "2021"]).stdout
        #expect(roster.contains("Thanh Trì,") && roster.components(separatedBy: "\r\n").first { $0.hasPrefix("Thanh Trì") }?.contains("head") == true)
        #expect(try thidua.run(["verify"]).status == 0)
    }
}
