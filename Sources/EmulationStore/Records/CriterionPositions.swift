/// Each criterion row's place in a year's item layout, looked up once per score read (300,000
/// for a 10,000-unit year): by offset from the year's smallest criterion id, which a year's
/// criteria, made together, keep close; by hashing only when the ids are spread wider.
struct CriterionPositions {
    private let smallest: Int64
    private let byOffset: [Int]
    private let byID: [Int64: Int]
    private static let widestOffsetTable = 4_096
    private static let none = -1

    init(_ positions: [Int64: Int]) {
        let smallest = positions.keys.min() ?? 0
        let (span, overflow) = (positions.keys.max() ?? 0).subtractingReportingOverflow(smallest)
        self.smallest = smallest
        if !overflow, span < Self.widestOffsetTable {
            var byOffset = [Int](repeating: Self.none, count: positions.isEmpty ? 0 : Int(span) + 1)
            for (id, position) in positions { byOffset[Int(id - smallest)] = position }
            self.byOffset = byOffset
            self.byID = [:]
        } else {
            self.byOffset = []
            self.byID = positions
        }
    }

    subscript(_ criterionID: Int64) -> Int? {
        guard byOffset.isEmpty else {
            let offset = criterionID &- smallest
            guard offset >= 0, offset < byOffset.count else { return nil }
            let position = byOffset[Int(offset)]
            return position == Self.none ? nil : position
        }
        return byID[criterionID]
    }
}
