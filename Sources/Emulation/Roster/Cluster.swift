/// An emulation cluster (cụm thi đua) or bloc (khối thi đua) of peer units.
public struct Cluster: Hashable, Sendable, Codable {
    public enum Kind: String, CaseIterable, Sendable, Codable {
        /// cụm thi đua: e.g. the communes or districts of a province
        case cluster = "cum"
        /// khối thi đua: e.g. the departments of a province
        case bloc = "khoi"
    }

    public var code: String
    public var name: String
    public var kind: Kind
    /// The body that runs the cluster (e.g. "UBND tỉnh Thanh Hóa").
    public var authority: String

    public init(code: String, name: String, kind: Kind, authority: String) {
        self.code = code
        self.name = name
        self.kind = kind
        self.authority = authority
    }
}
