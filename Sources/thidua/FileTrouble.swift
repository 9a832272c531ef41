import EmulationStore

/// Which storage errors mean "the file could not take the write now" rather than "this value
/// is refused": for those the clerk keeps their typed value and may try again.
enum FileTrouble {
    /// Another process holds the file's write lock past the busy timeout: worth waiting for.
    static func isBusy(_ error: Error) -> Bool {
        guard case StoreError.cannotOpen(_, let message) = error else { return false }
        return message.contains("locked") || message.contains("busy")
    }

    /// Nothing is wrong with the value; the file cannot take it (full, read-only, busy).
    static func keepsTypedValue(_ error: Error) -> Bool {
        guard case StoreError.cannotOpen = error else { return false }
        return true
    }
}
