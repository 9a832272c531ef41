import Foundation

/// A key pair made by the real `ssh-keygen` in a folder of the test's, with what ssh-keygen
/// itself says of it: the keys tests parse and store are what people will hand in.
public struct GeneratedKey: Sendable {
    /// The private key's file; the public one is beside it, with ".pub".
    public let path: String
    /// The `.pub` file's text: "type base64 comment\n".
    public let publicText: String
    /// "SHA256:…", the second field of `ssh-keygen -lf`.
    public let fingerprint: String

    public var publicPath: String { path + ".pub" }

    /// `ssh-keygen -t type [-b bits] -N '' -C comment -f folder/name`.
    public init(type: String, bits: Int? = nil, comment: String = "test@thidua", in folder: URL, name: String? = nil) throws {
        path = folder.appendingPathComponent(name ?? "id_\(type)\(bits.map { "_\($0)" } ?? "")").path
        try Self.sshKeygen(["-q", "-t", type] + (bits.map { ["-b", String($0)] } ?? []) + ["-N", "", "-C", comment, "-f", path])
        publicText = try String(contentsOfFile: path + ".pub", encoding: .utf8)
        fingerprint = try Self.fingerprint(ofFile: path + ".pub")
    }

    /// The public key in the RFC 4716 form (`ssh-keygen -e -f key.pub`), as PuTTYgen saves it.
    public func rfc4716() throws -> String {
        try Self.sshKeygen(["-e", "-f", publicPath])
    }

    /// The second field of `ssh-keygen -lf file`.
    public static func fingerprint(ofFile path: String) throws -> String {
        let fields = try sshKeygen(["-lf", path]).split(separator: " ")
        return fields.count > 1 ? String(fields[1]) : ""
    }

    @discardableResult
    static func sshKeygen(_ arguments: [String]) throws -> String {
        String(decoding: try ExternalProgram.output("/usr/bin/env", ["ssh-keygen"] + arguments), as: UTF8.self)
    }
}
