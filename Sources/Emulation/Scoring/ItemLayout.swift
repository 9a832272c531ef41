/// Where a year's scores are kept: the tree's item codes, each once, in grid order, and the
/// tree's majors with the positions of their items. Every unit's `UnitScores` and `UnitResult`
/// of a year share one layout (its tree's), so a score is found by its position, not by
/// hashing its code: a province's year holds 300,000 of them.
public final class ItemLayout: Hashable, Sendable {
    /// Item codes in grid order, each once (a code a tree repeats keeps its first place),
    /// followed by any code a unit was scored on that the tree does not have.
    public let codes: [String]
    private let positions: [String: Int]
    /// Each major in grid order: its code and the positions of its items (with repeats, as
    /// the tree lists them).
    let majors: [(code: String, items: [Int])]
    /// Major codes, each once, for subtotals kept by position.
    let majorCodes: [String]
    /// Where each of `majors` keeps its subtotal in `majorCodes`' order.
    let majorSlots: [Int]
    private let majorPositions: [String: Int]
    /// How many of `codes` are the tree's items (the rest came with scores).
    public let itemCount: Int

    /// The tree's item codes, each once, in grid order.
    public var itemCodes: [String] { Array(codes.prefix(itemCount)) }

    convenience init(tree majors: [Criterion]) {
        var codes: [String] = []
        var positions: [String: Int] = [:]
        var layoutMajors: [(code: String, items: [Int])] = []
        var majorCodes: [String] = []
        var majorPositions: [String: Int] = [:]
        for major in majors {
            var items: [Int] = []
            for leaf in major.leaves {
                if let position = positions[leaf.code] {
                    items.append(position)
                } else {
                    positions[leaf.code] = codes.count
                    items.append(codes.count)
                    codes.append(leaf.code)
                }
            }
            layoutMajors.append((major.code, items))
            if majorPositions[major.code] == nil {
                majorPositions[major.code] = majorCodes.count
                majorCodes.append(major.code)
            }
        }
        self.init(codes: codes, positions: positions, majors: layoutMajors, majorCodes: majorCodes, majorPositions: majorPositions,
                  itemCount: codes.count)
    }

    /// Codes outside any tree (scores built by hand), each once.
    convenience init(codes: [String]) {
        var unique: [String] = []
        var positions: [String: Int] = [:]
        for code in codes where positions[code] == nil {
            positions[code] = unique.count
            unique.append(code)
        }
        self.init(codes: unique, positions: positions, majors: [], majorCodes: [], majorPositions: [:], itemCount: 0)
    }

    private init(codes: [String], positions: [String: Int], majors: [(code: String, items: [Int])], majorCodes: [String],
                 majorPositions: [String: Int], itemCount: Int) {
        self.codes = codes
        self.positions = positions
        self.majors = majors
        self.majorCodes = majorCodes
        self.majorPositions = majorPositions
        self.itemCount = itemCount
        majorSlots = majors.map { majorPositions[$0.code] ?? 0 }
    }

    public func position(of code: String) -> Int? { positions[code] }

    /// The positions of the items of the tree's `index`-th major, as its leaves list them.
    public func itemPositions(ofMajor index: Int) -> [Int] { majors[index].items }

    func majorPosition(of code: String) -> Int? { majorPositions[code] }

    /// This layout with one more code at the end (a score on an item the tree lacks).
    func adding(_ code: String) -> ItemLayout {
        var positions = self.positions
        positions[code] = codes.count
        return ItemLayout(codes: codes + [code], positions: positions, majors: majors, majorCodes: majorCodes,
                          majorPositions: majorPositions, itemCount: itemCount)
    }

    public static func == (lhs: ItemLayout, rhs: ItemLayout) -> Bool {
        lhs === rhs || (lhs.codes == rhs.codes && lhs.itemCount == rhs.itemCount && lhs.majorCodes == rhs.majorCodes
            && lhs.majors.map(\.code) == rhs.majors.map(\.code) && lhs.majors.map(\.items) == rhs.majors.map(\.items))
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(codes)
        hasher.combine(majorCodes)
    }
}
