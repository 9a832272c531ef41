/// The emulation pledge (giao ước thi đua) of a cluster-year: what the members commit to and
/// who has signed it.
public struct Pledge: Hashable, Sendable {
    public struct Drive: Hashable, Sendable {
        public var name: String
        public var start: CalendarDate?
        public var end: CalendarDate?

        public init(name: String, start: CalendarDate? = nil, end: CalendarDate? = nil) {
            self.name = name
            self.start = start
            self.end = end
        }
    }

    public struct Signature: Hashable, Sendable {
        public var signer: String
        public var position: String
        public var date: CalendarDate
        /// The version of the task list that was signed.
        public var tasksVersion: Int

        public init(signer: String, position: String, date: CalendarDate, tasksVersion: Int) {
            self.signer = signer
            self.position = position
            self.date = date
            self.tasksVersion = tasksVersion
        }
    }

    public enum SignatureState: Hashable, Sendable {
        case pending
        case signed(Signature)
        /// Signed, but the tasks changed since: to be confirmed again.
        case signedEarlierVersion(Signature)
    }

    public var title: String
    public var slogan: String
    public var date: CalendarDate?
    public var place: String
    public var tasks: [String]
    /// The stored id of each task, in the same order: a clerk's edit names the line it changes,
    /// so a line another clerk added or moved meanwhile is never the one overwritten.
    public var taskIDs: [Int64] = []
    /// Raised each time the task list changes.
    public var tasksVersion: Int
    public var drives: [Drive]
    /// The stored id of each drive, in the same order.
    public var driveIDs: [Int64] = []
    /// Registered emulation models (mô hình thi đua) per unit.
    public var models: [MemberUnit.ID: [String]]
    /// Award codes each unit registered for (đăng ký danh hiệu).
    public var registrations: [MemberUnit.ID: Set<String>]
    public var signatures: [MemberUnit.ID: Signature]

    public init(
        title: String = "", slogan: String = "", date: CalendarDate? = nil, place: String = "", tasks: [String] = [],
        tasksVersion: Int = 1, drives: [Drive] = [], models: [MemberUnit.ID: [String]] = [:],
        registrations: [MemberUnit.ID: Set<String>] = [:], signatures: [MemberUnit.ID: Signature] = [:]
    ) {
        self.title = title
        self.slogan = slogan
        self.date = date
        self.place = place
        self.tasks = tasks
        self.tasksVersion = tasksVersion
        self.drives = drives
        self.models = models
        self.registrations = registrations
        self.signatures = signatures
    }

    public func signatureState(of unit: MemberUnit.ID) -> SignatureState {
        guard let signature = signatures[unit] else { return .pending }
        return signature.tasksVersion == tasksVersion ? .signed(signature) : .signedEarlierVersion(signature)
    }

    /// Units whose signature is current, out of `members`.
    public func signedCount(members: [MemberUnit.ID]) -> Int {
        members.filter { if case .signed = signatureState(of: $0) { return true } else { return false } }.count
    }

    /// Changing the tasks makes every earlier signature one of "an earlier version".
    public mutating func replaceTasks(_ newTasks: [String]) {
        guard newTasks != tasks else { return }
        tasks = newTasks
        tasksVersion += 1
    }

    /// 1–2 models per unit are expected; outside that the screen warns.
    public func modelCountIsUnusual(for unit: MemberUnit.ID) -> Bool {
        let count = models[unit]?.count ?? 0
        return count < 1 || count > 2
    }
}
