/// Finds units by name the one way every file, command and screen does: the exact name or short
/// name, else the name without diacritics and case when it names one unit only ("vinh bao" finds
/// Vĩnh Bảo). Built once per list, so reading a file of thousands of lines folds each name once.
public struct UnitIndex: Sendable {
    private var exact: [String: MemberUnit] = [:]
    private var short: [String: MemberUnit] = [:]
    private var folded: [String: [MemberUnit]] = [:]

    public init(_ units: [MemberUnit]) {
        for unit in units {
            if exact[unit.name] == nil { exact[unit.name] = unit }
            if !unit.shortName.isEmpty, short[unit.shortName] == nil { short[unit.shortName] = unit }
            folded[VietnameseFolding.fold(unit.name), default: []].append(unit)
        }
    }

    public func unit(named name: String) -> MemberUnit? {
        let name = name.trimmingSpaces()
        if let unit = exact[name] ?? short[name] { return unit }
        guard let matches = folded[VietnameseFolding.fold(name)], matches.count == 1 else { return nil }
        return matches[0]
    }
}
