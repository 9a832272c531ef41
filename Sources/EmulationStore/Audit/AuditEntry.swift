import Crypto
import Foundation

/// One row of the audit trail: who changed what, when, from what to what, and why.
/// Each row carries the hash of the previous row, so an edit made behind thidua's back
/// breaks the chain and `thidua verify` names the first bad row; its own hash covers the images
/// of the data rows it changed (AuditImage), which `verify` replays against the data.
public struct AuditEntry: Hashable, Sendable {
    public var id: Int64
    public var at: String
    public var actor: String
    public var action: String
    public var entity: String
    public var oldValue: String?
    public var newValue: String?
    public var reason: String
    public var previousHash: String
    public var hash: String

    /// The hash of the first row's predecessor.
    public static let genesisHash = String(repeating: "0", count: 64)

    /// SHA-256 over every field but the hash itself, separated by a character that plain
    /// text does not contain, and with nil distinct from "". The row's data images (in their
    /// order) follow the fields, each as its seq, table, key and image (nil distinct from ""):
    /// a row without images hashes as rows did before images existed, so older chains verify.
    /// With a key, the same bytes are authenticated by HMAC-SHA-256 instead.
    static func computeHash(
        id: Int64, at: String, actor: String, action: String, entity: String,
        oldValue: String?, newValue: String?, reason: String, previousHash: String,
        images: [AuditImage] = [], key: AuditKey? = nil
    ) -> String {
        var hasher = ChainHasher(key: key)
        hasher.addRow(id: id, at: at, actor: actor, action: action, entity: entity, oldValue: oldValue, newValue: newValue,
                      reason: reason, previousHash: previousHash)
        for image in images { hasher.add(image) }
        return hasher.finalize()
    }

    var expectedHash: String {
        Self.computeHash(id: id, at: at, actor: actor, action: action, entity: entity,
                         oldValue: oldValue, newValue: newValue, reason: reason, previousHash: previousHash)
    }
}

/// The bytes of an audit row, gathered into one buffer and hashed once with SHA-256 (or, for a
/// keyed chain, authenticated with HMAC-SHA-256): an import hashes a row per cell and `verify`
/// every row of the file, so no joined string and no hasher state is copied per field. Images
/// can be added one by one as they are read.
struct ChainHasher {
    private let key: AuditKey?
    private var bytes: [UInt8] = []
    private static let separator = "\u{1F}"

    init(key: AuditKey?) {
        self.key = key
        bytes.reserveCapacity(512)
    }

    private mutating func add(_ text: String) {
        bytes.appendUTF8(text)
    }

    private mutating func add(optional value: String?) {
        add(Self.separator)
        if let value { add("="); add(value) } else { add("∅") }
    }

    mutating func addRow(id: Int64, at: String, actor: String, action: String, entity: String, oldValue: String?, newValue: String?,
                         reason: String, previousHash: String) {
        for (index, field) in [String(id), at, actor, action, entity].enumerated() {
            if index > 0 { add(Self.separator) }
            add(field)
        }
        add(optional: oldValue)
        add(optional: newValue)
        add(Self.separator)
        add(reason)
        add(Self.separator)
        add(previousHash)
    }

    mutating func add(_ image: AuditImage) {
        add(Self.separator)
        add(String(image.seq))
        add(Self.separator)
        add(image.tableName)
        add(Self.separator)
        add(image.rowKey)
        add(optional: image.image)
    }

    func finalize() -> String {
        guard let key else { return Self.lowercaseHex(SHA256.hash(data: bytes)) }
        return Self.lowercaseHex(HMAC<SHA256>.authenticationCode(for: bytes, using: key.symmetricKey))
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// Two lowercase hexadecimal digits per byte, as `String(byte, radix: 16)` padded with a zero.
    private static func lowercaseHex(_ bytes: some Sequence<UInt8>) -> String {
        var text: [UInt8] = []
        text.reserveCapacity(64)
        for byte in bytes {
            text.append(hexDigits[Int(byte >> 4)])
            text.append(hexDigits[Int(byte & 0x0F)])
        }
        return String(decoding: text, as: UTF8.self)
    }
}
