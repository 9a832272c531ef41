import Emulation
import Foundation

/// The served file of the SSH benchmark, made as an admin makes one, with `thidua` commands:
/// a cluster-year with one unit per clerk, and one clerk account per unit holding a fresh
/// ed25519 key. Root runs them, so root owns the file and is its admin, and sshd (for root)
/// serves it.
struct SSHServedCluster {
    static let code = "QA"
    static let name = "Cụm thử"
    static let year = 2024

    /// One clerk: their account, their unit and the key they log in with.
    struct Clerk: Sendable {
        var login: String
        var unit: String
        var keyPath: String
        /// The public key's base64, as sshd hands it to `server keys`.
        var keyBase64: String
    }

    let program: String
    let database: String
    let clerks: [Clerk]

    static func unitName(_ index: Int) -> String { String(format: "Đơn vị %03d", index + 1) }

    init(program: String, folder: URL, clerks count: Int) throws {
        self.program = program
        database = folder.appendingPathComponent("served.sqlite").path
        try ProgramRun.run([program, "create", "--cluster", Self.code, "--name", Self.name, "--year", String(Self.year), "--db", database])
        let roster = folder.appendingPathComponent("roster.csv")
        try Data(("name\n" + (0..<count).map(Self.unitName).joined(separator: "\n") + "\n").utf8).write(to: roster)
        try ProgramRun.run([program, "import", "roster", roster.path, "--cluster", Self.code, "--year", String(Self.year), "--db", database])
        var clerks: [Clerk] = []
        for index in 0..<count {
            let login = String(format: "clerk-%03d", index + 1)
            let key = try Self.newKey(folder.appendingPathComponent("key-\(login)").path, comment: login)
            try ProgramRun.run([program, "account", "add", login, "--name", String(format: "Cán bộ %03d", index + 1), "--role", "clerk",
                                "--cluster", Self.code, "--unit", Self.unitName(index), "--key", key.publicLine, "--db", database])
            clerks.append(Clerk(login: login, unit: Self.unitName(index), keyPath: key.path, keyBase64: key.base64))
        }
        self.clerks = clerks
    }

    /// A fresh ed25519 key pair with no passphrase: the private key's path, the public line and its base64.
    static func newKey(_ path: String, comment: String) throws -> (path: String, publicLine: String, base64: String) {
        try ProgramRun.run([PrivateSSHServer.sshKeygen, "-q", "-t", "ed25519", "-N", "", "-C", comment, "-f", path])
        let line = try String(contentsOfFile: path + ".pub", encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
        let words = line.split(separator: " ")
        guard words.count >= 2 else { throw SSHBenchmarkError.setup("ssh-keygen wrote an unreadable public key: \(line)") }
        return (path, line, String(words[1]))
    }

    /// The self-assessment scores in the file, as `thidua export grid` writes them: unit name,
    /// then item code, in hundredths of a point. An empty cell is left out.
    func selfScores() throws -> [String: [String: Int]] {
        let csv = try ProgramRun.run([program, "export", "grid", "--no-bom", "--cluster", Self.code, "--year", String(Self.year), "--round", "self",
                                     "--db", database])
        let lines = csv.split(whereSeparator: \.isNewline).map { Self.fields(String($0)) }
        guard let header = lines.first else { throw SSHBenchmarkError.setup("export grid wrote nothing") }
        var scores: [String: [String: Int]] = [:]
        for row in lines.dropFirst() where !row.isEmpty {
            var unit: [String: Int] = [:]
            for (code, value) in zip(header.dropFirst(), row.dropFirst()) {
                // "7,00": a decimal comma, as the clerk types it.
                if let points = Double(value.replacingOccurrences(of: ",", with: ".")) { unit[code] = Int((points * 100).rounded()) }
            }
            scores[row[0]] = unit
        }
        return scores
    }

    /// The export's columns after the unit, in order: the items, then bonus and deduction.
    func itemCodes() throws -> [String] {
        let csv = try ProgramRun.run([program, "export", "grid", "--no-bom", "--cluster", Self.code, "--year", String(Self.year), "--round", "self",
                                     "--db", database])
        guard let header = csv.split(whereSeparator: \.isNewline).first else { throw SSHBenchmarkError.setup("export grid wrote nothing") }
        return Array(Self.fields(String(header)).dropFirst())
    }

    /// One CSV line's fields: commas separate, "double quotes" keep commas and "" is a quote.
    static func fields(_ line: String) -> [String] {
        var fields: [String] = []
        var current = ""
        var quoted = false
        var characters = Array(line)[...]
        while let character = characters.popFirst() {
            switch (character, quoted) {
            case ("\"", true) where characters.first == "\"":
                current.append("\"")
                characters.removeFirst()
            case ("\"", _): quoted.toggle()
            case (",", false):
                fields.append(current)
                current = ""
            default: current.append(character)
            }
        }
        fields.append(current)
        return fields
    }
}
