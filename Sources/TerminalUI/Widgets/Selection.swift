/// A selected line in a list that may be longer than its viewport, and the first visible line.
public struct Selection: Hashable, Sendable {
    public var index: Int
    public var offset: Int

    public init(index: Int = 0, offset: Int = 0) {
        self.index = index
        self.offset = offset
    }

    /// Moves by `delta` lines within `count`, scrolling the viewport of `visible` lines with it.
    public mutating func move(by delta: Int, count: Int, visible: Int) {
        guard count > 0 else {
            index = 0
            offset = 0
            return
        }
        index = min(max(0, index + delta), count - 1)
        keepVisible(count: count, visible: visible)
    }

    public mutating func moveTo(_ target: Int, count: Int, visible: Int) {
        move(by: target - index, count: count, visible: visible)
    }

    /// Brings the selected line into view after a move or a resize.
    public mutating func keepVisible(count: Int, visible: Int) {
        let visible = max(1, visible)
        index = min(max(0, index), max(0, count - 1))
        if index < offset { offset = index }
        if index >= offset + visible { offset = index - visible + 1 }
        offset = max(0, min(offset, max(0, count - visible)))
    }

    /// Applies a movement; false for left and right, which a list does not take.
    @discardableResult
    public mutating func apply(_ movement: Movement, count: Int, visible: Int) -> Bool {
        switch movement {
        case .up: move(by: -1, count: count, visible: visible)
        case .down: move(by: 1, count: count, visible: visible)
        case .pageUp: move(by: -max(1, visible - 1), count: count, visible: visible)
        case .pageDown: move(by: max(1, visible - 1), count: count, visible: visible)
        case .first: moveTo(0, count: count, visible: visible)
        case .last: moveTo(count - 1, count: count, visible: visible)
        case .left, .right: return false
        }
        return true
    }
}
