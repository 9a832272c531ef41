/// Edits of a criteria tree by position: a path of indices from a major criterion down
/// (`[0, 2]` is the third sub-criterion of the first major criterion).
extension CriteriaTree {
    /// Every node with its path, depth first: the rows of the criteria editor.
    public var rows: [(path: [Int], node: Criterion)] {
        var rows: [(path: [Int], node: Criterion)] = []
        func visit(_ node: Criterion, _ path: [Int]) {
            rows.append((path, node))
            for (index, child) in node.children.enumerated() { visit(child, path + [index]) }
        }
        for (index, major) in majors.enumerated() { visit(major, [index]) }
        return rows
    }

    public func node(at path: [Int]) -> Criterion? {
        guard let first = path.first, majors.indices.contains(first) else { return nil }
        var node = majors[first]
        for index in path.dropFirst() {
            guard node.children.indices.contains(index) else { return nil }
            node = node.children[index]
        }
        return node
    }

    /// Changes the node at `path` in place.
    public mutating func update(at path: [Int], _ change: (inout Criterion) -> Void) {
        guard let first = path.first, majors.indices.contains(first) else { return }
        func descend(_ node: inout Criterion, _ rest: ArraySlice<Int>) {
            guard let index = rest.first else { return change(&node) }
            guard node.children.indices.contains(index) else { return }
            descend(&node.children[index], rest.dropFirst())
        }
        descend(&majors[first], path.dropFirst())
    }

    /// Changes the list of siblings the node at `path` belongs to.
    mutating func updateSiblings(of path: [Int], _ change: (inout [Criterion]) -> Void) {
        if path.count == 1 { return change(&majors) }
        update(at: Array(path.dropLast())) { parent in change(&parent.children) }
    }

    /// Inserts a node after the one at `path`, among its siblings; returns the new node's path.
    @discardableResult
    public mutating func insert(_ node: Criterion, after path: [Int]) -> [Int] {
        updateSiblings(of: path) { siblings in siblings.insert(node, at: min(siblings.count, path.last! + 1)) }
        return Array(path.dropLast()) + [path.last! + 1]
    }

    /// Appends a child to the node at `path`; returns the child's path.
    @discardableResult
    public mutating func appendChild(_ child: Criterion, to path: [Int]) -> [Int] {
        var index = 0
        update(at: path) { parent in
            parent.children.append(child)
            index = parent.children.count - 1
        }
        return path + [index]
    }

    public mutating func remove(at path: [Int]) {
        updateSiblings(of: path) { siblings in
            if siblings.indices.contains(path.last!) { siblings.remove(at: path.last!) }
        }
    }

    /// Moves a node up (-1) or down (+1) among its siblings; returns its new path.
    @discardableResult
    public mutating func move(at path: [Int], by delta: Int) -> [Int] {
        var moved = path
        updateSiblings(of: path) { siblings in
            let from = path.last!
            let to = from + delta
            guard siblings.indices.contains(from), siblings.indices.contains(to) else { return }
            siblings.swapAt(from, to)
            moved = Array(path.dropLast()) + [to]
        }
        return moved
    }
}
