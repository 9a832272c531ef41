import ArgumentParser

/// A command a client asked a served session for (`ssh thidua@server rank --cluster HP-KH
/// --year 2023`, which sshd hands over as `SSH_ORIGINAL_COMMAND`). Its words are split as a
/// POSIX shell would quote them, but no shell ever sees them, and only the commands that read
/// are run: the interface, the ranking, an export to the client's screen, the audit check and
/// the account's own details.
enum RemoteCommand {
    enum Refusal: Error, Equatable {
        /// Not a command a session runs; `words` as the client typed them.
        case notServed(command: String)
        /// An option that would leave the served file or act for someone else (--db, --as, -o).
        case option(String)
        case unbalancedQuote
    }

    /// The commands a session runs, as a client types them.
    static let served = ["ui", "rank", "export", "verify", "account me", "account keys", "rules show", "rules export"]

    /// The command to run, parsed as `thidua` parses its own arguments; no words: the interface.
    static func parse(_ line: String) throws -> ParsableCommand {
        let words = try split(line)
        guard !words.isEmpty else { return try UICommand.parse([]) }
        let name = words.prefix(2).joined(separator: " ")
        guard served.contains(words[0]) || served.contains(name) else {
            throw Refusal.notServed(command: ["account", "rules"].contains(words[0]) ? name : words[0])
        }
        if let option = words.first(where: isForbidden) { throw Refusal.option(option) }
        let command = try Thidua.parseAsRoot(words)
        switch command {
        case is UICommand, is RankCommand, is VerifyCommand, is AccountCommand.Me, is AccountCommand.Keys:
            return command
        case let export as ExportCommand where export.output == nil:
            return command
        case is RulesCommand.Show:
            return command
        case let export as RulesCommand.Export where export.output == nil:
            return command
        case is ExportCommand:
            throw Refusal.option("--output")
        default:
            throw Refusal.notServed(command: name)
        }
    }

    /// The file and the account are the session's; what is written goes to the client's screen.
    static func isForbidden(_ word: String) -> Bool {
        let option = word.split(separator: "=", maxSplits: 1).first.map(String.init) ?? word
        if ["--db", "--as", "--output", "-o"].contains(option) { return true }
        // "-oFILE": the short option with its value attached.
        return word.hasPrefix("-o") && !word.hasPrefix("--")
    }

    /// Words as `sh` would split them: blanks separate, 'single' quotes keep everything,
    /// "double" quotes keep all but \" and \\, a backslash outside quotes keeps the next
    /// character. Nothing is expanded.
    static func split(_ line: String) throws -> [String] {
        var words: [String] = []
        var current = ""
        var inWord = false
        var iterator = Array(line).makeIterator()
        while let character = iterator.next() {
            switch character {
            case " ", "\t", "\n", "\r":
                if inWord { words.append(current) }
                current = ""
                inWord = false
            case "'":
                inWord = true
                while true {
                    guard let next = iterator.next() else { throw Refusal.unbalancedQuote }
                    if next == "'" { break }
                    current.append(next)
                }
            case "\"":
                inWord = true
                while true {
                    guard let next = iterator.next() else { throw Refusal.unbalancedQuote }
                    if next == "\"" { break }
                    if next == "\\" {
                        guard let escaped = iterator.next() else { throw Refusal.unbalancedQuote }
                        if escaped != "\"" && escaped != "\\" { current.append("\\") }
                        current.append(escaped)
                    } else {
                        current.append(next)
                    }
                }
            case "\\":
                inWord = true
                if let next = iterator.next() { current.append(next) }
            default:
                inWord = true
                current.append(character)
            }
        }
        if inWord { words.append(current) }
        return words
    }
}
