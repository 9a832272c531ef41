import Emulation

/// A horizontal bar made of block characters, one segment per major criterion, each in its own
/// colour and its own shade (█ ▓ ▒), so the parts stay apart on a monochrome projector too.
/// The end of the bar is drawn to an eighth of a cell.
public struct StackedBar {
    public struct Segment {
        public var value: Points
        public var role: StyleRole
        public var fill: Character

        public init(value: Points, role: StyleRole, fill: Character) {
            self.value = value
            self.role = role
            self.fill = fill
        }
    }

    public static let shades: [Character] = ["█", "▓", "▒", "░"]
    static let eighths: [Character] = ["▏", "▎", "▍", "▌", "▋", "▊", "▉"]

    public var segments: [Segment]
    /// The value a full-width bar stands for.
    public var scale: Points

    public init(segments: [Segment], scale: Points) {
        self.segments = segments
        self.scale = scale
    }

    public func render(into buffer: inout Buffer, row: Int, column: Int, width: Int) {
        guard width > 0, scale > .zero else { return }
        let totalEighths = width * 8
        var cumulative = Points.zero
        // Each segment's end, in eighths of a cell.
        var ends: [Int] = []
        for segment in segments {
            cumulative += max(segment.value, .zero)
            ends.append(min(totalEighths, Int((Int64(totalEighths) * Int64(cumulative.hundredths)) / Int64(scale.hundredths))))
        }
        guard let barEnd = ends.last, barEnd > 0 else { return }
        for cell in 0..<width {
            let start = cell * 8
            guard start < barEnd else { break }
            // The cell belongs to the segment covering its middle (or its start, for the last cell).
            let probe = min(start + 4, barEnd - 1)
            let index = ends.firstIndex { probe < $0 } ?? (segments.count - 1)
            let segment = segments[index]
            let covered = min(8, barEnd - start)
            let character: Character = covered >= 8 ? segment.fill : Self.eighths[max(0, covered - 1)]
            buffer.write(String(character), row: row, column: column + cell, role: segment.role)
        }
    }
}
