import Emulation
import Foundation
import Testing
import TestSupport
@testable import EmulationStore

/// Public keys as people hand them in, made by the real ssh-keygen: what is accepted is the key
/// sshd will be asked about (same fingerprint), and what is refused says why and where.
@Suite struct SSHPublicKeyTests {
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("thidua-keys-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    static let kinds: [(type: String, bits: Int?, name: String)] = [
        ("ed25519", nil, "ssh-ed25519"), ("rsa", 3072, "ssh-rsa"), ("ecdsa", 256, "ecdsa-sha2-nistp256"),
        ("ecdsa", 384, "ecdsa-sha2-nistp384"), ("ecdsa", 521, "ecdsa-sha2-nistp521"),
    ]

    @Test(arguments: 0..<kinds.count)
    func aKeyFromSshKeygenHasItsFingerprintAndLine(kind: Int) throws {
        let (type, bits, name) = Self.kinds[kind]
        let generated = try GeneratedKey(type: type, bits: bits, comment: "an@may-tinh", in: folder)
        let key = try SSHPublicKey(parsing: generated.publicText)
        #expect(key.type == name)
        #expect(key.fingerprint == generated.fingerprint)
        #expect(key.comment == "an@may-tinh")
        #expect(key.line + " an@may-tinh\n" == generated.publicText)
    }

    /// PuTTYgen's "Save public key" writes RFC 4716, as `ssh-keygen -e` does: the same key.
    @Test(arguments: ["ed25519", "rsa"])
    func theRFC4716FormIsTheSameKey(type: String) throws {
        let generated = try GeneratedKey(type: type, in: folder)
        let rfc = try generated.rfc4716()
        #expect(rfc.hasPrefix("---- BEGIN SSH2 PUBLIC KEY ----\n"))
        let fromBlock = try SSHPublicKey(parsing: rfc)
        let fromLine = try SSHPublicKey(parsing: generated.publicText)
        #expect(fromBlock.line == fromLine.line)
        #expect(fromBlock.fingerprint == generated.fingerprint)
        #expect(fromBlock.comment?.contains("converted by") == true, "the block's Comment header, unquoted")
    }

    /// A file of several keys, as an authorized_keys or a PuTTYgen file saved on Windows: comments,
    /// blank lines, CRLF, a byte order mark, a header continued after a backslash.
    @Test func aFileOfManyKeysInBothForms() throws {
        let ed = try GeneratedKey(type: "ed25519", in: folder)
        let rsa = try GeneratedKey(type: "rsa", in: folder)
        let lines = try rsa.rfc4716().split(separator: "\n").map(String.init)
        let body = lines.filter { !$0.hasPrefix("----") && !$0.contains(":") }
        let putty = ["---- BEGIN SSH2 PUBLIC KEY ----", "Comment: \"rsa-key-20260101 \\", "của chị Bình\""] + body + ["---- END SSH2 PUBLIC KEY ----"]
        let text = "\u{FEFF}# khóa của An\r\n\r\n" + ed.publicText.replacingOccurrences(of: "\n", with: "\r\n") + putty.joined(separator: "\r\n") + "\r\n"
        let keys = try SSHPublicKey.parseAll(text, file: "keys.txt")
        #expect(keys.map(\.fingerprint) == [ed.fingerprint, rsa.fingerprint])
        #expect(keys.map(\.comment) == ["test@thidua", "rsa-key-20260101 của chị Bình"])
    }

    /// The two security-key types ssh-keygen makes only with a token attached: their wire
    /// format built by hand (from a real key's point: ssh-keygen checks it is on the curve), and
    /// fingerprinted by ssh-keygen all the same.
    @Test func securityKeyTypesAreAccepted() throws {
        let ed = Self.fields(try SSHPublicKey(parsing: try GeneratedKey(type: "ed25519", in: folder).publicText))
        let ec = Self.fields(try SSHPublicKey(parsing: try GeneratedKey(type: "ecdsa", bits: 256, in: folder).publicText))
        for (type, fields) in [("sk-ssh-ed25519@openssh.com", [ed[1], Array("ssh:".utf8)]),
                               ("sk-ecdsa-sha2-nistp256@openssh.com", [ec[1], ec[2], Array("ssh:".utf8)])] {
            let line = "\(type) \(Self.blob(type, fields).base64EncodedString()) yubikey"
            let file = folder.appendingPathComponent("sk.pub")
            try Data((line + "\n").utf8).write(to: file)
            let key = try SSHPublicKey(parsing: line)
            #expect(key.type == type)
            #expect(key.fingerprint == (try GeneratedKey.fingerprint(ofFile: file.path)))
        }
    }

    struct Refusal: CustomTestStringConvertible, Sendable {
        let name: String
        let text: @Sendable (GeneratedKey) throws -> String
        let line: Int?
        let problem: SSHKeyProblem
        var testDescription: String { name }
    }

    static let refusals: [Refusal] = [
        Refusal(name: "the private key file", text: { try String(contentsOfFile: $0.path, encoding: .utf8) }, line: 1, problem: .privateKey),
        Refusal(name: "a private key after a public one", text: { $0.publicText + (try String(contentsOfFile: $0.path, encoding: .utf8)) },
                line: 2, problem: .privateKey),
        Refusal(name: "a blob cut short", text: { key in
            let fields = key.publicText.split(separator: " ")
            return "\(fields[0]) \(fields[1].dropLast(12))"
        }, line: 1, problem: .damagedBlob),
        Refusal(name: "a blob with bytes after it", text: { key in
            let fields = key.publicText.split(separator: " ")
            let data = Data(base64Encoded: String(fields[1]))! + Data([0, 0, 0, 0])
            return "\(fields[0]) \(data.base64EncodedString())"
        }, line: 1, problem: .damagedBlob),
        Refusal(name: "a blob that is not base64", text: { key in
            "\n\n" + key.publicText.replacingOccurrences(of: "AAAA", with: "AA*A")
        }, line: 3, problem: .notBase64),
        Refusal(name: "another type's blob", text: { key in
            "ssh-rsa " + key.publicText.split(separator: " ")[1]
        }, line: 1, problem: .typeMismatch(declared: "ssh-rsa", inBlob: "ssh-ed25519")),
        Refusal(name: "authorized_keys options", text: { "command=\"/bin/sh\",no-pty " + $0.publicText }, line: 1, problem: .withOptions),
        Refusal(name: "an unknown type", text: { _ in "# dsa\nssh-dss AAAAB3NzaC1kc3MAAACBAP comment" }, line: 2, problem: .unknownType("ssh-dss")),
        Refusal(name: "a certificate", text: { key in
            "ssh-ed25519-cert-v01@openssh.com " + key.publicText.split(separator: " ")[1]
        }, line: 1, problem: .unknownType("ssh-ed25519-cert-v01@openssh.com")),
        Refusal(name: "an RFC 4716 block with no END", text: { key in
            String(try key.rfc4716().split(separator: "\n").dropLast().joined(separator: "\n"))
        }, line: 1, problem: .unfinishedBlock),
        Refusal(name: "nothing but comments", text: { _ in "# no key here\n\n   \n" }, line: nil, problem: .empty),
    ]

    @Test(arguments: refusals)
    func aBadKeyIsRefusedWithItsProblemAndLine(refusal: Refusal) throws {
        let generated = try GeneratedKey(type: "ed25519", in: folder)
        let text = try refusal.text(generated)
        #expect(throws: StoreError.invalidKey(file: "an.pub", line: refusal.line, problem: refusal.problem)) {
            try SSHPublicKey.parseAll(text, file: "an.pub")
        }
        // One key parsed alone: the same problem, no line.
        #expect(throws: StoreError.invalidKey(file: nil, line: nil, problem: refusal.problem)) { try SSHPublicKey(parsing: text) }
    }

    @Test func oneKeyIsAskedForAndTwoAreGiven() throws {
        let one = try GeneratedKey(type: "ed25519", in: folder, name: "one")
        let two = try GeneratedKey(type: "ed25519", in: folder, name: "two")
        #expect(throws: StoreError.invalidKey(file: nil, line: nil, problem: .severalKeys(count: 2))) {
            try SSHPublicKey(parsing: one.publicText + two.publicText)
        }
    }

    /// "SHA256:…" names itself; a key line names its key's.
    @Test func aFingerprintOrAKeyNamesAFingerprint() throws {
        let generated = try GeneratedKey(type: "ed25519", in: folder)
        #expect(try SSHPublicKey.fingerprint(of: generated.publicText) == generated.fingerprint)
        #expect(try SSHPublicKey.fingerprint(of: " \(generated.fingerprint)\n") == generated.fingerprint)
    }

    /// The strings of a key's wire format, its type first.
    static func fields(_ key: SSHPublicKey) -> [[UInt8]] {
        var bytes = [UInt8](Data(base64Encoded: key.base64)!)[...]
        var fields: [[UInt8]] = []
        while bytes.count >= 4 {
            let count = bytes.prefix(4).reduce(0) { $0 << 8 | Int($1) }
            fields.append(Array(bytes.dropFirst(4).prefix(count)))
            bytes = bytes.dropFirst(4 + count)
        }
        return fields
    }

    static func blob(_ type: String, _ fields: [[UInt8]]) -> Data {
        var bytes: [UInt8] = []
        for field in [Array(type.utf8)] + fields {
            let count = UInt32(field.count)
            bytes += [UInt8(count >> 24), UInt8(count >> 16 & 0xFF), UInt8(count >> 8 & 0xFF), UInt8(count & 0xFF)] + field
        }
        return Data(bytes)
    }
}
