/// The pledge screen's position: which part is shown (tasks, drives, units and signatures) and
/// the selected line in each.
public struct PledgeState: Hashable, Sendable {
    public enum Section: Int, CaseIterable, Hashable, Sendable {
        case tasks, drives, units
    }

    public var section: Section = .units
    public var tasks = Selection()
    public var drives = Selection()
    public var units = Selection()

    public init() {}

    public var selection: Selection {
        get {
            switch section {
            case .tasks: return tasks
            case .drives: return drives
            case .units: return units
            }
        }
        set {
            switch section {
            case .tasks: tasks = newValue
            case .drives: drives = newValue
            case .units: units = newValue
            }
        }
    }

    public mutating func switchSection(by delta: Int) {
        let all = Section.allCases
        section = all[(section.rawValue + delta + all.count) % all.count]
    }
}
