/// What a write expects to replace. Many clerks write one file at once: a value is written
/// only over the one its clerk saw, so another clerk's newer value is never overwritten unseen.
public enum Expected<Value: Hashable & Sendable>: Hashable, Sendable {
    /// No check: a file import or a command names its values outright.
    case anything
    /// The value the clerk saw when they started editing (nil: there was none).
    case value(Value)
    /// "Keep mine" after a conflict: the clerk was shown the other clerk's write, whose audit
    /// row is this one; anything written after it is still a conflict.
    case overwriting(auditID: Int64)

    /// What a clerk's save expects: the value they saw, or after a conflict the write they chose
    /// to overwrite.
    public init(seen: Value, overwriting auditID: Int64?) {
        self = auditID.map { .overwriting(auditID: $0) } ?? .value(seen)
    }
}
