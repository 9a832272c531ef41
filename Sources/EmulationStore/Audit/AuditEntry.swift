import Crypto
import Foundation

/// One row of the audit trail: who changed what, when, from what to what, and why.
/// Each row carries the SHA-256 of the previous row, so an edit made behind thidua's back
/// breaks the chain and `thidua verify` names the first bad row.
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
    /// text does not contain, and with nil distinct from "".
    static func computeHash(
        id: Int64, at: String, actor: String, action: String, entity: String,
        oldValue: String?, newValue: String?, reason: String, previousHash: String
    ) -> String {
        // The bytes are those of the fields joined into one string, fed to the hash one field
        // at a time: an import hashes a row per cell and `verify` every row of the file, and
        // the joined string and 32 two-digit strings were most of that work.
        var hasher = SHA256()
        func add(_ text: String) {
            var text = text
            text.withUTF8 { hasher.update(bufferPointer: UnsafeRawBufferPointer($0)) }
        }
        let separator = "\u{1F}"
        for (index, field) in [String(id), at, actor, action, entity].enumerated() {
            if index > 0 { add(separator) }
            add(field)
        }
        for value in [oldValue, newValue] {
            add(separator)
            if let value { add("="); add(value) } else { add("∅") }
        }
        add(separator)
        add(reason)
        add(separator)
        add(previousHash)
        return lowercaseHex(hasher.finalize())
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

    var expectedHash: String {
        Self.computeHash(id: id, at: at, actor: actor, action: action, entity: entity,
                         oldValue: oldValue, newValue: newValue, reason: reason, previousHash: previousHash)
    }
}
