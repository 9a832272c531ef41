/// A criterion of the grid: a major criterion (tiêu chí lớn) with sub-criteria
/// (tiêu chí thành phần), or a leaf item that is scored. Trees have 2 or 3 levels.
public struct Criterion: Hashable, Sendable, Codable {
    public var code: String
    public var title: String
    public var maximum: Points
    public var children: [Criterion]

    public init(code: String, title: String, maximum: Points, children: [Criterion] = []) {
        self.code = code
        self.title = title
        self.maximum = maximum
        self.children = children
    }

    public var isLeaf: Bool { children.isEmpty }

    /// Leaves under this node, in order.
    public var leaves: [Criterion] { isLeaf ? [self] : children.flatMap(\.leaves) }

    /// Levels counted from this node down (a leaf has depth 1).
    var depth: Int { 1 + (children.map(\.depth).max() ?? 0) }
}

/// The criteria grid of a cluster-year.
public struct CriteriaTree: Hashable, Sendable, Codable {
    public var majors: [Criterion] {
        didSet {
            layout = ItemLayout(tree: majors)
            items = majors.flatMap(\.leaves)
        }
    }
    /// Where the year's scores are kept, made once per tree (not per unit or per lookup).
    public private(set) var layout: ItemLayout
    /// The scored items, in grid order: kept with the tree, as every frame of the grid and the
    /// sheet reads them (walking the tree for them was a tenth of a key's work).
    public private(set) var items: [Criterion]

    public init(majors: [Criterion]) {
        self.majors = majors
        layout = ItemLayout(tree: majors)
        items = majors.flatMap(\.leaves)
    }

    private enum CodingKeys: String, CodingKey { case majors }

    public init(from decoder: any Decoder) throws {
        self.init(majors: try decoder.container(keyedBy: CodingKeys.self).decode([Criterion].self, forKey: .majors))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(majors, forKey: .majors)
    }

    /// Trees are equal by their criteria (the layout follows from them).
    public static func == (lhs: CriteriaTree, rhs: CriteriaTree) -> Bool { lhs.majors == rhs.majors }

    public func hash(into hasher: inout Hasher) { hasher.combine(majors) }

    public var total: Points { majors.map(\.maximum).sum() }

    public func item(code: String) -> Criterion? { items.first { $0.code == code } }

    /// The major criterion an item belongs to.
    public func major(ofItem code: String) -> Criterion? {
        majors.first { major in major.leaves.contains { $0.code == code } }
    }

    public enum Problem: Hashable, Sendable {
        case empty
        case emptyCode(title: String)
        case duplicateCode(String)
        case nonPositiveMaximum(code: String)
        case childrenDoNotAddUp(code: String, maximum: Points, sumOfChildren: Points)
        case majorWithoutItems(code: String)
        case tooDeep(code: String)
    }

    /// Everything wrong with the tree; empty when it can be used for scoring.
    public func problems() -> [Problem] {
        if majors.isEmpty { return [.empty] }
        var problems: [Problem] = []
        var seen: Set<String> = []
        func visit(_ node: Criterion) {
            if node.code.trimmingSpaces().isEmpty { problems.append(.emptyCode(title: node.title)) }
            else if !seen.insert(node.code).inserted { problems.append(.duplicateCode(node.code)) }
            if node.maximum <= .zero { problems.append(.nonPositiveMaximum(code: node.code)) }
            if !node.isLeaf {
                let sum = node.children.map(\.maximum).sum()
                if sum != node.maximum {
                    problems.append(.childrenDoNotAddUp(code: node.code, maximum: node.maximum, sumOfChildren: sum))
                }
            }
            node.children.forEach(visit)
        }
        for major in majors {
            visit(major)
            if major.isLeaf { problems.append(.majorWithoutItems(code: major.code)) }
            if major.depth > 3 { problems.append(.tooDeep(code: major.code)) }
        }
        return problems
    }
}
