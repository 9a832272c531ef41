/// A data row that is not as the audit trail left it: changed, added or deleted outside
/// thidua (a sqlite3 session, another program). Named in words where the row's columns allow
/// (cluster, year, unit, item), with the columns that differ; values as the app shows them
/// (hundredths as points with a decimal comma, text in quotes).
public struct DataFinding: Hashable, Sendable {
    public enum Change: Hashable, Sendable {
        /// The row differs from its latest image.
        case changed
        /// The row has no image, or its latest image says it was deleted.
        case added
        /// The latest image has the row, the table does not.
        case deleted
    }

    /// One column: its value in the file and in the audit trail (nil: none, or NULL).
    public struct Difference: Hashable, Sendable {
        public var column: String
        public var stored: String?
        public var audited: String?
    }

    /// A key column the words below do not already name (a score's round, an adjustment's kind).
    public struct KeyPart: Hashable, Sendable {
        public var column: String
        public var value: String
    }

    public var table: String
    public var change: Change
    /// The cluster's code.
    public var cluster: String?
    public var year: Int?
    public var unit: String?
    /// The criterion's code (an item, or a major criterion).
    public var item: String?
    public var key: [KeyPart]
    /// For a changed row the columns that differ; for an added or deleted one its other columns.
    public var differences: [Difference]
}
