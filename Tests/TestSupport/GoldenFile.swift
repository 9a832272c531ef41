import Foundation
import Testing

/// Compares a text with its golden file, `__Snapshots__/<name>` beside the calling test file,
/// byte for byte: Swift's String equality would take a decomposed "ủ" for a composed one, and
/// CSV's CRLF for any line end. The files are written only on purpose: run with
/// THIDUA_RECORD_SNAPSHOTS=1 to record them again, then read the diff.
public func assertGolden(_ actual: String, named name: String, filePath: String = #filePath,
                         sourceLocation: SourceLocation = #_sourceLocation) {
    let folder = URL(fileURLWithPath: filePath).deletingLastPathComponent().appendingPathComponent("__Snapshots__")
    let file = folder.appendingPathComponent(name)
    let bytes = Data(actual.utf8)
    if ProcessInfo.processInfo.environment["THIDUA_RECORD_SNAPSHOTS"] == "1" {
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try? bytes.write(to: file)
        return
    }
    guard let expected = try? Data(contentsOf: file) else {
        Issue.record("missing golden file \(name): record it with THIDUA_RECORD_SNAPSHOTS=1", sourceLocation: sourceLocation)
        return
    }
    guard expected != bytes else { return }
    // Foundation splits inside CRLF too (a Character would not), so a CSV line is found as well.
    let expectedLines = String(decoding: expected, as: UTF8.self).components(separatedBy: "\n")
    let actualLines = actual.components(separatedBy: "\n")
    let first = zip(expectedLines, actualLines).enumerated().first { Data($0.element.0.utf8) != Data($0.element.1.utf8) }
    let detail = first.map { "line \($0.offset + 1):\n  expected: \($0.element.0)\n  actual:   \($0.element.1)" }
        ?? "line count differs (\(expectedLines.count) expected, \(actualLines.count) actual)"
    Issue.record("golden file \(name) differs at \(detail)\n--- actual ---\n\(actual)", sourceLocation: sourceLocation)
}
