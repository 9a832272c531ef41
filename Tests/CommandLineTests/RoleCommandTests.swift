import Foundation
import Testing

/// The role × action table through the commands that write: each command, as each account
/// (an admin records as them with --as, so their roles apply), on a copy of one demo file.
/// A refused command exits 1 naming the role it needs and leaves the audit trail as it was.
@Suite struct RoleCommandTests {
    static let hp = ["--cluster", "HP-KH", "--year", "2023"]
    static let grid = "unit,1.1,1.2,1.3,1.4,1.5,1.6,1.7,2.1,2.2,2.3,2.4,2.5,3.1,3.2,3.3,bonus,bonus_reason,deduction,deduction_reason"
    /// The test's own login (root on CI): the demo file's owner, so its admin.
    static let owner = "-"
    static let everyone = [owner, "thuky", "canbo", "xem"]

    /// The demo file with a secretary (from Vĩnh Bảo), a clerk of Thủy Nguyên and a viewer.
    nonisolated(unsafe) static let base: ThiduaProcess = {
        let thidua = try! ThiduaProcess()
        precondition(try! thidua.run(["demo"]).status == 0)
        for arguments in [
            ["thuky", "--name", "Trần Thị Bình", "--role", "secretary", "--cluster", "HP-KH", "--unit", "Vĩnh Bảo"],
            ["canbo", "--name", "Nguyễn Văn An", "--role", "clerk", "--cluster", "HP-KH", "--unit", "Thủy Nguyên"],
            ["xem", "--name", "Lê Thị Xem", "--role", "viewer", "--cluster", "HP-KH"],
        ] {
            let added = try! thidua.run(["account", "add"] + arguments)
            precondition(added.status == 0, added.stderr)
        }
        return thidua
    }()

    /// A copy of the base file in a fresh folder.
    static func copy() throws -> ThiduaProcess {
        let thidua = try ThiduaProcess()
        try FileManager.default.copyItem(atPath: base.database, toPath: thidua.database)
        return thidua
    }

    /// The default rules pack with the provincial flag's quota raised: a change to save.
    static let providedRules: String = {
        let pack = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("RulePacks/mac-dinh.yaml")
        return RulesCommandTests.twoProvincialFlags(try! String(contentsOf: pack, encoding: .utf8))
    }()

    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let allowed: Set<String>
        /// Files the command reads, written beside the database first.
        var files: [String: String] = [:]
        let arguments: [String]

        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "vote", allowed: [owner, "thuky"],
             arguments: ["vote"] + hp + ["--unit", "Thủy Nguyên", "--award", "co-tinh", "--present", "8", "--for", "3", "--against", "5"]),
        Case(name: "meeting", allowed: [owner, "thuky"], arguments: ["meeting"] + hp + ["--place", "Hội trường UBND huyện Vĩnh Bảo"]),
        Case(name: "import scores, self round of the clerk's unit", allowed: [owner, "canbo"],
             files: ["s.csv": grid + "\nThủy Nguyên,9" + String(repeating: ",", count: 18) + "\n"],
             arguments: ["import", "scores", "s.csv"] + hp + ["--round", "self"]),
        Case(name: "import scores, self round of another unit", allowed: [owner],
             files: ["s.csv": grid + "\nAn Lão,9" + String(repeating: ",", count: 18) + "\n"],
             arguments: ["import", "scores", "s.csv"] + hp + ["--round", "self"]),
        Case(name: "import scores, cluster round", allowed: [owner, "thuky"],
             files: ["c.csv": grid + "\nThủy Nguyên,9" + String(repeating: ",", count: 18) + "\n"],
             arguments: ["import", "scores", "c.csv"] + hp + ["--round", "cluster"]),
        Case(name: "import scores, cluster round of the secretary's own unit", allowed: [owner],
             files: ["c.csv": grid + "\nVĩnh Bảo,9" + String(repeating: ",", count: 18) + "\n"],
             arguments: ["import", "scores", "c.csv"] + hp + ["--round", "cluster"]),
        Case(name: "import roster", allowed: [owner, "thuky"], files: ["r.csv": "name\nĐồ Sơn\n"],
             arguments: ["import", "roster", "r.csv"] + hp),
        Case(name: "rules import", allowed: [owner, "thuky"], files: ["r.yaml": providedRules],
             arguments: ["rules", "import", "r.yaml"] + hp + ["--reason", "Theo quyết định của tỉnh"]),
        Case(name: "handover", allowed: [owner, "thuky"], arguments: ["handover"] + hp + ["--rotation", "--date", "2023-12-20"]),
        Case(name: "year advance", allowed: [owner, "thuky"], arguments: ["year", "advance"] + hp),
        Case(name: "unlock-criteria", allowed: [owner], arguments: ["unlock-criteria"] + hp + ["--reason", "Sửa thang điểm"]),
        Case(name: "create", allowed: [owner], arguments: ["create", "--cluster", "QN-01", "--name", "Cụm thi đua số 1", "--year", "2026"]),
        Case(name: "account add", allowed: [owner], arguments: ["account", "add", "moi", "--name", "Người mới"]),
        Case(name: "account grant", allowed: [owner], arguments: ["account", "grant", "xem", "--role", "secretary", "--cluster", "HP-KH"]),
    ]

    func auditRows(_ thidua: ThiduaProcess) throws -> Int {
        let output = try thidua.run(["verify"])
        #expect(output.status == 0, "\(output.stderr)")
        // "… 123 dòng nhật ký …": the first number of the verdict.
        return Int(output.stdout.split { !$0.isNumber }.first ?? "") ?? -1
    }

    @Test(arguments: cases)
    func eachWritingCommandIsAllowedToItsRolesOnly(command: Case) throws {
        for login in Self.everyone {
            let thidua = try Self.copy()
            for (name, text) in command.files { try thidua.write(name, text) }
            let before = try auditRows(thidua)
            let recording = login == Self.owner ? [] : ["--as", login]
            let output = try thidua.run(command.arguments + recording)
            if command.allowed.contains(login) {
                #expect(output.status == 0, "\(login) may: \(command.name)\n\(output.stderr)")
                #expect(try auditRows(thidua) > before, "\(login): \(command.name) was audited")
            } else {
                #expect(output.status == 1, "\(login) may not: \(command.name)")
                #expect(output.stderr.hasPrefix("Chỉ ") || output.stderr.hasPrefix("Không ai được") || output.stderr.hasPrefix("Cán bộ đơn vị chỉ"),
                        "\(login), \(command.name): names the role it needs: \(output.stderr)")
                #expect(try auditRows(thidua) == before, "\(login)'s refused \(command.name) wrote nothing")
            }
        }
    }

    @Test func theRefusalIsWordedInEnglishToo() throws {
        let thidua = try Self.copy()
        let output = try thidua.run(["vote"] + Self.hp + ["--unit", "Thủy Nguyên", "--award", "co-tinh", "--present", "8", "--for", "3",
                                                          "--against", "5", "--as", "canbo", "--lang", "en"])
        #expect(output.stderr == "Only the cluster secretary may record votes.\n")
    }

    /// `$USER` names nobody: the audit trail has the real user id's login, and `--as` with a
    /// name that is no account, or typed by someone who is not an admin, is refused.
    @Test func noNameInTheAuditTrailIsSelfDeclared() throws {
        let thidua = try Self.copy()
        let meeting = ["meeting"] + Self.hp + ["--place", "Hội trường"]
        #expect(try thidua.run(meeting, environment: ["USER": "Chủ tịch UBND tỉnh", "LOGNAME": "intern"]).status == 0)
        let actor = try thidua.sqlite("SELECT actor FROM audit ORDER BY id DESC LIMIT 1").trimmingCharacters(in: .newlines)
        #expect(actor == String(cString: getpwuid(getuid())!.pointee.pw_name), "the real user id's login, not $USER or $LOGNAME")
        let unknown = try thidua.run(meeting + ["--as", "Chủ tịch UBND tỉnh"])
        #expect(unknown.status == 1 && unknown.stderr.contains("không hợp lệ"), "\(unknown.stderr)")
        let empty = try thidua.run(meeting + ["--as", ""])
        #expect(empty.status == 1, "\(empty.stderr)")
        let escape = try thidua.run(meeting + ["--as", "x\u{1B}[2J"])
        #expect(escape.status == 1 && !escape.stderr.contains("\u{1B}"), "\(escape.stderr)")
    }
}
