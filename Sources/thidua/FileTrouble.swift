import EmulationStore

/// Which storage errors mean "the file could not take the write now" rather than "this value
/// is refused": for those the clerk keeps their typed value and may try again.
enum FileTrouble {
    /// Another process holds the file's write lock past the busy timeout: worth waiting for.
    static func isBusy(_ error: Error) -> Bool {
        if case StoreError.locked = error { return true }
        return false
    }

    /// Nothing is wrong with the value; the file cannot take it now (full, read-only).
    static func keepsTypedValue(_ error: Error) -> Bool {
        switch error as? StoreError {
        case .locked, .diskFull, .readOnly: return true
        default: return false
        }
    }
}
