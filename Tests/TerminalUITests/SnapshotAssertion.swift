import Foundation
import Testing
@testable import TerminalUI

/// Compares a rendered buffer, as text, with a golden file in __Snapshots__/. The files are
/// written only on purpose: run with THIDUA_RECORD_SNAPSHOTS=1 to record them again.
func assertSnapshot(_ buffer: Buffer, named name: String, filePath: String = #filePath, sourceLocation: SourceLocation = #_sourceLocation) {
    let folder = URL(fileURLWithPath: filePath).deletingLastPathComponent().appendingPathComponent("__Snapshots__")
    let file = folder.appendingPathComponent(name + ".txt")
    let actual = buffer.text() + "\n"
    if ProcessInfo.processInfo.environment["THIDUA_RECORD_SNAPSHOTS"] == "1" {
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try? Data(actual.utf8).write(to: file)
        return
    }
    guard let expected = try? String(contentsOf: file, encoding: .utf8) else {
        Issue.record("missing snapshot \(name).txt: record it with THIDUA_RECORD_SNAPSHOTS=1", sourceLocation: sourceLocation)
        return
    }
    if expected != actual {
        let expectedLines = expected.components(separatedBy: "\n")
        let actualLines = actual.components(separatedBy: "\n")
        let first = zip(expectedLines, actualLines).enumerated().first { $0.element.0 != $0.element.1 }
        let detail = first.map { "line \($0.offset + 1):\n  expected: \($0.element.0)\n  actual:   \($0.element.1)" } ?? "line count differs"
        Issue.record("snapshot \(name) differs at \(detail)\n--- actual ---\n\(actual)", sourceLocation: sourceLocation)
    }
}
