import Foundation
import Testing

/// $THIDUA_AUDIT_KEY_FILE: the served set-up's key for the audit chain, refused unless it is a
/// secret worth the name.
@Suite struct AuditKeyFileTests {
    static let vote = ["vote", "--cluster", "HP-KH", "--year", "2023", "--unit", "Thủy Nguyên", "--award", "co-tinh",
                       "--present", "8", "--for", "3", "--against", "5"]

    /// A key file in the test's folder, with these bytes and this mode.
    func keyFile(_ thidua: ThiduaProcess, bytes: Int = 32, mode: Int = 0o600) throws -> [String: String] {
        let path = thidua.path("audit.key")
        try Data((0..<bytes).map { UInt8(($0 * 37 + 11) % 256) }).write(to: URL(fileURLWithPath: path))
        try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: path)
        return ["THIDUA_AUDIT_KEY_FILE": path]
    }

    @Test func aKeyFileThatIsShortOrReadableByOthersOrMissingIsRefusedByName() throws {
        let thidua = try withDemo()
        let path = thidua.path("audit.key")
        let short = try thidua.run(VerifyCommandTests.rank, environment: try keyFile(thidua, bytes: 16))
        #expect(short.status == 1 && short.stdout.isEmpty)
        #expect(short.stderr.contains("Tệp khóa nhật ký \(path)") && short.stderr.contains("chỉ có 16 byte, cần ít nhất 32"), "\(short.stderr)")
        let exposed = try thidua.run(VerifyCommandTests.rank + ["--lang", "en"], environment: try keyFile(thidua, mode: 0o644))
        #expect(exposed.status == 1)
        #expect(exposed.stderr.contains("The audit key file \(path)") && exposed.stderr.contains("has mode 644"), "\(exposed.stderr)")
        let missing = try thidua.run(["verify"], environment: ["THIDUA_AUDIT_KEY_FILE": thidua.path("none.key")])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("Không đọc được tệp khóa nhật ký \(thidua.path("none.key"))"), "\(missing.stderr)")
    }

    @Test func theServerKeysTheChainAndAReaderWithoutTheKeyCannotPassNorWrite() throws {
        let thidua = try withDemo()
        let key = try keyFile(thidua)
        let plain = try thidua.run(["verify"], environment: key)
        #expect(plain.status == 1)
        #expect(plain.stderr.contains("máy chủ này khóa chuỗi nhật ký") && plain.stderr.contains("SHA-256 không khóa"), "\(plain.stderr)")

        let vote = try thidua.run(Self.vote, environment: key)
        #expect(vote.status == 0, "\(vote.stderr)")
        let keyed = try thidua.run(["verify", "--lang", "en"], environment: key)
        #expect(keyed.status == 0, "\(keyed.stderr)")
        #expect(keyed.stdout.contains("keyed with HMAC-SHA-256"), "\(keyed.stdout)")

        let unkeyed = try thidua.run(["verify"])
        #expect(unkeyed.status == 1)
        #expect(unkeyed.stderr.contains("Kiểm tra CHƯA TRỌN") && unkeyed.stderr.contains("không phải là đạt"), "\(unkeyed.stderr)")
        let write = try thidua.run(Self.vote + ["--for", "4", "--against", "4"])
        #expect(write.status == 1)
        #expect(write.stderr.contains("chương trình này không có khóa"), "\(write.stderr)")
    }
}
