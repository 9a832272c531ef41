import Crypto
import Emulation
import Foundation

/// An SSH public key as a person hands it in: one line of an OpenSSH `.pub` or authorized_keys
/// file ("ssh-ed25519 AAAA… an@laptop"), or the RFC 4716 block PuTTYgen saves. The key's data
/// is checked (base64, and the type inside it the one written before it), never trusted: a
/// mangled paste is refused here rather than stored as a key nobody can log in with.
public struct SSHPublicKey: Hashable, Sendable {
    /// "ssh-ed25519", "ecdsa-sha2-nistp256", "ssh-rsa"…
    public let type: String
    /// The key's data in base64, as OpenSSH prints it (re-encoded from the decoded bytes, so
    /// that one key has one text whatever the paste did to its padding).
    public let base64: String
    public let comment: String?

    /// The types thidua accepts: what current OpenSSH makes and sshd accepts by default.
    public static let acceptedTypes: Set<String> = [
        "ssh-ed25519", "ecdsa-sha2-nistp256", "ecdsa-sha2-nistp384", "ecdsa-sha2-nistp521", "ssh-rsa",
        "sk-ssh-ed25519@openssh.com", "sk-ecdsa-sha2-nistp256@openssh.com",
    ]

    /// "SHA256:…" exactly as `ssh-keygen -lf` prints it: base64 of the SHA-256 of the key's
    /// bytes, without padding.
    public var fingerprint: String {
        let digest = SHA256.hash(data: Data(base64Encoded: base64) ?? Data())
        return "SHA256:" + Data(digest).base64EncodedString().replacingOccurrences(of: "=", with: "")
    }

    /// The authorized_keys form "type base64", without the comment.
    public var line: String { type + " " + base64 }

    init(type: String, base64: String, comment: String?) {
        self.type = type
        self.base64 = base64
        self.comment = comment
    }

    /// One key: an OpenSSH line or one RFC 4716 block (a line number in the error would only
    /// say "1").
    public init(parsing text: String) throws {
        let keys: [SSHPublicKey]
        do {
            keys = try Self.parseAll(text)
        } catch StoreError.invalidKey(_, _, let problem) {
            throw StoreError.invalidKey(file: nil, line: nil, problem: problem)
        }
        guard keys.count == 1 else { throw StoreError.invalidKey(file: nil, line: nil, problem: .severalKeys(count: keys.count)) }
        self = keys[0]
    }

    /// The fingerprint a text names: itself when it is one ("SHA256:…"), else the key's.
    public static func fingerprint(of keyOrFingerprint: String) throws -> String {
        let text = keyOrFingerprint.trimmingCharacters(in: .whitespacesAndNewlines)
        return text.hasPrefix("SHA256:") ? text : try SSHPublicKey(parsing: text).fingerprint
    }

    /// Every key in a file's text: OpenSSH lines (blank lines and # comments skipped) and RFC
    /// 4716 blocks, with Windows line ends. `file` names the file in the error, which gives
    /// the line of the key (of its BEGIN line, for a block).
    public static func parseAll(_ text: String, file: String? = nil) throws -> [SSHPublicKey] {
        // Notepad starts a UTF-8 file with a byte order mark.
        let scalars = text.unicodeScalars
        let body = scalars.first == "\u{FEFF}" ? String(scalars.dropFirst()) : text
        // "\r\n" is one Character to Swift, and a newline like "\n".
        let lines = body.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(String.init)
        func failure(_ line: Int?, _ problem: SSHKeyProblem) -> StoreError { .invalidKey(file: file, line: line, problem: problem) }
        // Before anything else: a private key must not be parsed into any message.
        if let index = lines.firstIndex(where: isPrivateKeyLine) { throw failure(index + 1, .privateKey) }
        var keys: [SSHPublicKey] = []
        var index = 0
        while index < lines.count {
            let number = index + 1
            let line = lines[index].trimmingCharacters(in: .whitespaces)
            index += 1
            if line.isEmpty || line.hasPrefix("#") { continue }
            do throws(SSHKeyProblem) {
                if line.hasPrefix(RFC4716.begin) {
                    keys.append(try RFC4716.block(lines, from: &index))
                } else {
                    keys.append(try OpenSSHLine.key(line))
                }
            } catch {
                throw failure(number, error)
            }
        }
        guard !keys.isEmpty else { throw failure(nil, .empty) }
        return keys
    }

    /// An OpenSSH or PEM private key ("-----BEGIN OPENSSH PRIVATE KEY-----") or PuTTY's .ppk.
    private static func isPrivateKeyLine(_ line: String) -> Bool {
        line.contains("PRIVATE KEY") || line.hasPrefix("PuTTY-User-Key-File")
    }

    /// The key in `base64`, checked: it decodes, and its bytes are a key of `declared` type (nil:
    /// the type is the one inside, as in an RFC 4716 block).
    static func checked(declared: String?, base64: String, comment: String?) throws(SSHKeyProblem) -> SSHPublicKey {
        guard let data = Data(base64Encoded: base64), !data.isEmpty else { throw .notBase64 }
        var reader = KeyBlob(data)
        guard let inBlob = reader.string().flatMap({ String(bytes: $0, encoding: .utf8) }) else { throw .damagedBlob }
        if let declared, declared != inBlob { throw .typeMismatch(declared: declared, inBlob: inBlob) }
        guard acceptedTypes.contains(inBlob) else { throw .unknownType(inBlob) }
        guard reader.holdsKey(of: inBlob) else { throw .damagedBlob }
        let note = comment?.trimmingCharacters(in: .whitespaces)
        return SSHPublicKey(type: inBlob, base64: data.base64EncodedString(), comment: note?.isEmpty == false ? note : nil)
    }
}

/// "type base64 comment", the line of an OpenSSH `.pub` file.
private enum OpenSSHLine {
    static func key(_ line: String) throws(SSHKeyProblem) -> SSHPublicKey {
        let isBlank = { (character: Character) in character == " " || character == "\t" }
        let fields = line.split(maxSplits: 2, omittingEmptySubsequences: true, whereSeparator: isBlank).map(String.init)
        let type = fields[0]
        guard SSHPublicKey.acceptedTypes.contains(type) else {
            // `command="…" ssh-ed25519 AAAA…`: a known type further on, followed by its data.
            let words = line.split(whereSeparator: isBlank)
            if words.dropFirst().contains(where: { SSHPublicKey.acceptedTypes.contains(String($0)) }) { throw .withOptions }
            throw .unknownType(String(type.prefix(60)))
        }
        guard fields.count > 1 else { throw .notBase64 }
        return try SSHPublicKey.checked(declared: type, base64: fields[1], comment: fields.count > 2 ? fields[2] : nil)
    }
}

/// The SSH2 public key file format (RFC 4716), which PuTTYgen saves and `ssh-keygen -e` prints:
/// a BEGIN line, headers ("Comment: "…"", a header continued on the next line after a
/// backslash), the key's base64 over several lines, an END line.
private enum RFC4716 {
    static let begin = "---- BEGIN SSH2 PUBLIC KEY ----"
    static let end = "---- END SSH2 PUBLIC KEY ----"

    /// The block whose BEGIN line is just before `index`; leaves `index` after its END line.
    static func block(_ lines: [String], from index: inout Int) throws(SSHKeyProblem) -> SSHPublicKey {
        var comment: String?
        var base64 = ""
        while index < lines.count {
            var line = lines[index].trimmingCharacters(in: .whitespaces)
            index += 1
            if line.hasPrefix(end) {
                return try SSHPublicKey.checked(declared: nil, base64: base64, comment: comment)
            }
            // A header (base64 has no colon), with its continuation lines.
            if base64.isEmpty, let colon = line.firstIndex(of: ":") {
                while line.hasSuffix("\\") && index < lines.count {
                    line = String(line.dropLast()) + lines[index].trimmingCharacters(in: .whitespaces)
                    index += 1
                }
                let tag = line[..<colon].trimmingCharacters(in: .whitespaces)
                if tag.caseInsensitiveCompare("Comment") == .orderedSame {
                    var value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
                    if value.count >= 2 && value.hasPrefix("\"") && value.hasSuffix("\"") { value = String(value.dropFirst().dropLast()) }
                    comment = value
                }
                continue
            }
            base64 += line
        }
        throw .unfinishedBlock
    }
}

/// Reads the SSH wire format of a public key: strings, each after its big-endian uint32 length.
private struct KeyBlob {
    private let bytes: [UInt8]
    private var offset = 0

    init(_ data: Data) {
        bytes = [UInt8](data)
    }

    mutating func string() -> ArraySlice<UInt8>? {
        guard bytes.count - offset >= 4 else { return nil }
        let length = bytes[offset..<offset + 4].reduce(0) { $0 << 8 | Int($1) }
        guard bytes.count - offset - 4 >= length else { return nil }
        defer { offset += 4 + length }
        return bytes[offset + 4..<offset + 4 + length]
    }

    /// Whether the rest is exactly the fields of a key of `type`, nothing missing, nothing after.
    mutating func holdsKey(of type: String) -> Bool {
        func field(_ check: (ArraySlice<UInt8>) -> Bool = { !$0.isEmpty }) -> Bool { string().map(check) ?? false }
        let curve = { (name: String) in { (bytes: ArraySlice<UInt8>) in Array(bytes) == Array(name.utf8) } }
        let whole: Bool
        switch type {
        case "ssh-ed25519": whole = field { $0.count == 32 }
        case "sk-ssh-ed25519@openssh.com": whole = field { $0.count == 32 } && field()
        case "ssh-rsa": whole = field() && field()
        case "sk-ecdsa-sha2-nistp256@openssh.com": whole = field(curve("nistp256")) && field() && field()
        default:
            guard type.hasPrefix("ecdsa-sha2-") else { return false }
            whole = field(curve(String(type.dropFirst("ecdsa-sha2-".count)))) && field()
        }
        return whole && offset == bytes.count
    }
}
