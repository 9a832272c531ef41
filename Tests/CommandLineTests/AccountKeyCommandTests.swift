import Foundation
import Testing
import TestSupport

/// `thidua account add --key-file`, `add-key`, `keys`, `revoke-key`: with keys made by the
/// real ssh-keygen, as an admin hands in a clerk's `.pub` file or PuTTYgen's export.
@Suite struct AccountKeyCommandTests {
    @Test func anAccountIsAddedWithItsKeyFileListedAndItsKeyRevokedByFingerprint() throws {
        let thidua = try withDemo()
        let key = try GeneratedKey(type: "ed25519", comment: "an@laptop", in: thidua.directory, name: "an")
        let added = try thidua.run(["account", "add", "an", "--name", "Nguyễn Văn An", "--role", "viewer", "--cluster", "HP-KH",
                                    "--key-file", key.publicPath])
        #expect(added.status == 0, "\(added.stderr)")
        #expect(added.stdout == """
            Đã thêm tài khoản an (Nguyễn Văn An).
            Đã cấp cho an: người xem cụm HP-KH.
            Đã thêm khóa SSH cho an: \(key.fingerprint) (ssh-ed25519, an@laptop).

            """)

        let keys = try thidua.run(["account", "keys", "an"])
        let rows = keys.stdout.split(separator: "\n")
        #expect(rows.first?.hasPrefix("Dấu vân tay") == true && rows.first?.hasSuffix("Ngày thêm") == true, "\(keys.stdout)")
        #expect(rows.count == 3 && rows[2].hasPrefix(key.fingerprint + "  ssh-ed25519  an@laptop  "), "\(keys.stdout)")
        // The account reads its own keys, with no login named.
        #expect(try thidua.run(["account", "keys", "--as", "an"]).stdout == keys.stdout)
        let list = try thidua.run(["account", "list", "--lang", "en"]).stdout
        #expect(list.split(separator: "\n").first?.hasSuffix("SSH keys") == true)
        #expect(list.split(separator: "\n").contains { $0.hasPrefix("an ") && $0.hasSuffix("  1") }, "\(list)")

        let revoked = try thidua.run(["account", "revoke-key", "an", key.fingerprint])
        #expect(revoked.stdout == "Đã thu hồi khóa SSH \(key.fingerprint) của an.\n", "\(revoked.stderr)")
        let again = try thidua.run(["account", "revoke-key", "an", key.fingerprint, "--lang", "en"])
        #expect(again.status == 0)
        #expect(again.stdout == "an has no SSH key \(key.fingerprint): nothing to revoke.\n")
        #expect(try thidua.run(["account", "keys", "an", "--lang", "en"]).stdout.hasPrefix("an has no SSH key: cannot log in over SSH yet"))
        #expect(try thidua.run(["verify"]).status == 0)
    }

    /// PuTTYgen's export, piped in; a key the account has already is said so, not added twice.
    @Test func addKeyTakesPuTTYgensFormFromStandardInput() throws {
        let thidua = try withDemo()
        let key = try GeneratedKey(type: "rsa", in: thidua.directory, name: "binh")
        let added = try thidua.run(["account", "add", "binh", "--name", "Trần Thị Bình"])
        #expect(added.stdout.hasSuffix("binh chưa có khóa SSH: chưa đăng nhập qua SSH được (thêm khóa: thidua account add-key binh --key-file TỆP.pub).\n"))
        let piped = try thidua.run(["account", "add-key", "binh", "--key-file", "-"], input: try key.rfc4716())
        #expect(piped.status == 0, "\(piped.stderr)")
        #expect(piped.stdout.hasPrefix("Đã thêm khóa SSH cho binh: \(key.fingerprint) (ssh-rsa, "), "\(piped.stdout)")
        let typed = try thidua.run(["account", "add-key", "binh", "--key", key.publicText])
        #expect(typed.stdout == "binh đã có khóa SSH \(key.fingerprint) (ssh-rsa, test@thidua): giữ nguyên.\n", "\(typed.stderr)")
    }

    /// A bad key names its file and line, and the account is not made without it.
    @Test func aPrivateKeyFileIsRefusedNamingTheFileAndNothingIsAdded() throws {
        let thidua = try withDemo()
        let key = try GeneratedKey(type: "ed25519", in: thidua.directory, name: "an")
        try thidua.write("keys.txt", key.publicText + "# và nhầm:\n" + (try String(contentsOfFile: key.path, encoding: .utf8)))
        let refused = try thidua.run(["account", "add", "an", "--name", "An", "--key-file", "keys.txt"])
        #expect(refused.status == 1)
        #expect(refused.stderr.hasPrefix("Khóa SSH không hợp lệ (keys.txt, dòng 3): đây là khóa bí mật (private key)"), "\(refused.stderr)")
        #expect(try thidua.run(["account", "list"]).stdout.split(separator: "\n").allSatisfy { !$0.hasPrefix("an ") })
        let options = try thidua.run(["account", "add", "an", "--name", "An", "--key", "restrict " + key.publicText, "--lang", "en"])
        #expect(options.stderr == "Not a valid SSH key (--key): options come before the key type (command=…, from=…): paste only \"type data comment\"; thidua writes the options itself.\n")
    }

    /// A key is one person's, and only an admin hands keys out.
    @Test func aKeyOfAnotherAccountAndANonAdminAreRefused() throws {
        let thidua = try withDemo()
        let key = try GeneratedKey(type: "ecdsa", in: thidua.directory, name: "an")
        #expect(try thidua.run(["account", "add", "an", "--name", "An", "--key-file", key.publicPath]).status == 0)
        #expect(try thidua.run(["account", "add", "binh", "--name", "Bình", "--role", "viewer", "--cluster", "HP-KH"]).status == 0)
        let taken = try thidua.run(["account", "add-key", "binh", "--key-file", key.publicPath])
        #expect(taken.status == 1)
        #expect(taken.stderr.hasPrefix("Khóa SSH \(key.fingerprint) đã thuộc tài khoản \"an\""), "\(taken.stderr)")
        let viewer = try thidua.run(["account", "revoke-key", "an", key.fingerprint, "--as", "binh"])
        #expect(viewer.status == 1 && viewer.stderr.hasPrefix("Chỉ quản trị viên"), "\(viewer.stderr)")
        let others = try thidua.run(["account", "keys", "an", "--as", "binh"])
        #expect(others.status == 1 && others.stderr.hasPrefix("Chỉ quản trị viên"), "\(others.stderr)")
    }
}
