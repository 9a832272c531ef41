/// Puts an error from below the interface into the clerk's words, when it is shown. The
/// interface imports the domain only and cannot name storage's errors; the executable, which
/// sees both, hands it the function the command line words errors with (thidua's `ErrorWords`),
/// so a refusal reads the same on a screen and in a shell, and is worded in one place, in the
/// language shown. Wording reads no file: what the file system said comes inside the error.
public struct ErrorWording: Sendable {
    private let describe: @Sendable (any Error, Catalogue) -> String

    public init(_ describe: @escaping @Sendable (any Error, Catalogue) -> String) {
        self.describe = describe
    }

    public func callAsFunction(_ error: any Error, _ words: Catalogue) -> String {
        describe(error, words)
    }

    /// Until the executable hands its own (the interface's tests): the error as Swift prints it,
    /// after the catalogue's "Error".
    public static let plain = ErrorWording { error, words in "\(words.errorPrefix): \(error)" }
}
