/// Why a text is not an SSH public key thidua can take for an account: what a person pasted or
/// saved, checked before anything is stored. A plain value, so the interface can word it.
public enum SSHKeyProblem: Error, Hashable, Sendable {
    /// Nothing but blank lines and comments.
    case empty
    /// A private key (OpenSSH, PEM or PuTTY's .ppk) given where the public one belongs: it must
    /// not be stored, and its owner may want to make a new pair.
    case privateKey
    /// A key type thidua does not accept (an old DSA key, a certificate, a typo).
    case unknownType(String)
    /// The key's data is not base64.
    case notBase64
    /// The type written before the data is not the one inside it: two keys mixed in a paste.
    case typeMismatch(declared: String, inBlob: String)
    /// The data is cut short or has bytes left over: a paste that lost or gained part of the line.
    case damagedBlob
    /// An authorized_keys line with options before the type (`command="…" ssh-ed25519 …`):
    /// thidua writes the options itself.
    case withOptions
    /// A "---- BEGIN SSH2 PUBLIC KEY ----" block with no END line.
    case unfinishedBlock
    /// One key was asked for and the text holds `count`.
    case severalKeys(count: Int)
}
