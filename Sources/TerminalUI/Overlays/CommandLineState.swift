/// `:`: a command typed by name, with completion on Tab.
public struct CommandLineState: Hashable, Sendable {
    public var field = TextField()
    public var candidates: [String] = []

    public init() {}

    public static let commands = ["criteria", "demo", "grid", "help", "home", "lang", "meeting", "new", "open", "pledge", "quit",
                                  "ranking", "roster", "sheet", "theme"]

    /// The words that may follow a command: theme names, languages, cluster codes.
    static func arguments(for command: String, themes: [String], clusters: [String]) -> [String] {
        switch command {
        case "theme": return themes
        case "lang": return ["en", "vi"]
        case "open": return clusters
        default: return []
        }
    }

    /// Completes the word being typed to the longest common prefix of its candidates; when
    /// there is exactly one, adds it and a space.
    public mutating func complete(themes: [String], clusters: [String]) {
        let text = field.text
        let words = text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        let partial = words.last ?? ""
        let pool = words.count <= 1 ? Self.commands : Self.arguments(for: words[0], themes: themes, clusters: clusters)
        let matches = pool.filter { $0.lowercased().hasPrefix(partial.lowercased()) }
        candidates = matches
        guard let first = matches.first else { return }
        var prefix = first
        for match in matches.dropFirst() {
            while !match.lowercased().hasPrefix(prefix.lowercased()) { prefix.removeLast() }
        }
        let head = words.dropLast().joined(separator: " ")
        let completed = (head.isEmpty ? "" : head + " ") + (matches.count == 1 ? first + " " : prefix)
        field.setText(completed)
    }
}
