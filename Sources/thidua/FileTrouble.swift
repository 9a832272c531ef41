import EmulationStore
import TerminalUI

/// The file could not take a write now, rather than "this value is refused": the clerk keeps
/// their typed value and may try again. Which of storage's errors mean so is decided here; the
/// cases are what the run loop itself adds, and `ErrorWords` words them.
enum FileTrouble: Error {
    /// A save waited for another process's write to end and was given up (Ctrl-C, or past the
    /// run loop's patience): nothing was written.
    case stillBusy
    /// This account may not write the file (`StoreError.readOnly`), with why as the file system
    /// said at the refusal.
    case readOnly(path: String, why: ReadOnlyWords)

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

    /// The error as the interface is to get it: why a file is read-only is asked of the file
    /// system now, so that wording it later, inside the interface's pure update, reads no file.
    static func reported(_ error: Error) -> any Error {
        if case StoreError.readOnly(let path) = error { return FileTrouble.readOnly(path: path, why: ErrorWords.readOnlyWords(path)) }
        return error
    }
}
