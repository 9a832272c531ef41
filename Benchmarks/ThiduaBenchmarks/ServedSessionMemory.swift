import Foundation

/// The memory of each `thidua server session` running on one file, read from /proc (sshd's own
/// processes are not counted). VmRSS counts the pages a session shares with the others (the
/// program, its libraries) in full; Pss shares them out, which is nearer what one more clerk costs.
struct ServedSessionMemory {
    /// In MiB.
    var resident: Double
    var proportional: Double

    /// One per session process.
    static func sample(database: String) -> [ServedSessionMemory] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return entries.compactMap(Int32.init).compactMap { pid in
            guard let data = FileManager.default.contents(atPath: "/proc/\(pid)/cmdline") else { return nil }
            // The session itself, not the `sh -c` sshd starts it with (whose command is one word).
            let words = data.split(separator: 0).map { String(decoding: $0, as: UTF8.self) }
            guard words.count > 2, words[1] == "server", words[2] == "session", words.contains(database),
                  let resident = kibibytes("VmRSS:", in: "/proc/\(pid)/status"),
                  let proportional = kibibytes("Pss:", in: "/proc/\(pid)/smaps_rollup") else { return nil }
            return ServedSessionMemory(resident: resident / 1_024, proportional: proportional / 1_024)
        }
    }

    /// The value of a "Name:   1234 kB" line of a /proc file; nil once the process is gone.
    static func kibibytes(_ name: String, in file: String) -> Double? {
        guard let text = try? String(contentsOfFile: file, encoding: .utf8),
              let line = text.split(separator: "\n").first(where: { $0.hasPrefix(name) }) else { return nil }
        return line.split(whereSeparator: \.isWhitespace).dropFirst().first.flatMap { Double($0) }
    }
}
