/// The pledge's heading, saved on its own so that saving it never touches the tasks or drives.
public struct PledgeHeader: Hashable, Sendable {
    public var title: String
    public var slogan: String
    public var date: CalendarDate?
    public var place: String

    public init(title: String = "", slogan: String = "", date: CalendarDate? = nil, place: String = "") {
        self.title = title
        self.slogan = slogan
        self.date = date
        self.place = place
    }
}

/// One unit's part of the pledge, edited together on its form: models, registered titles and signature.
public struct UnitPledge: Hashable, Sendable {
    public var models: [String]
    public var registrations: Set<String>
    public var signature: Pledge.Signature?

    public init(models: [String] = [], registrations: Set<String> = [], signature: Pledge.Signature? = nil) {
        self.models = models
        self.registrations = registrations
        self.signature = signature
    }
}

extension Pledge {
    public var header: PledgeHeader { PledgeHeader(title: title, slogan: slogan, date: date, place: place) }

    public func unitPledge(_ unit: MemberUnit.ID) -> UnitPledge {
        UnitPledge(models: models[unit] ?? [], registrations: registrations[unit] ?? [], signature: signatures[unit])
    }

    /// The id of the task or drive at `index`, when it was loaded from storage.
    public func taskID(at index: Int) -> Int64? { taskIDs.indices.contains(index) ? taskIDs[index] : nil }
    public func driveID(at index: Int) -> Int64? { driveIDs.indices.contains(index) ? driveIDs[index] : nil }
}
