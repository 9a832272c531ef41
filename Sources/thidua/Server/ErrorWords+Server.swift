import TerminalUI

/// The server commands' troubles, in the words of `ServerCommandWords`.
extension ErrorWords {
    static func describe(_ trouble: ServerSetup.Trouble, words: Catalogue) -> String {
        let server = words.server
        switch trouble {
        case .needsRoot: return server.needsRoot
        case .invalidUser(let user): return server.invalidUser(user)
        case .unsafePathCharacters(let path): return server.unsafePathCharacters(path)
        case .programNotRootOwned(let program, let path): return server.programNotRootOwned(program, path)
        case .directoryOwnedByOther(let path, let owner): return server.directoryOwnedByOther(path, owner)
        case .commandFailed(let command, let output): return server.commandFailed(command, output)
        case .dropInIgnored(let directory, let config): return server.dropInIgnored(directory, config)
        }
    }

    static func describe(_ trouble: ServerSession.Trouble, words: Catalogue) -> String {
        switch trouble {
        case .notServiceAccount(let path): return words.server.notServiceAccount(path)
        case .noFile(let path): return words.server.noFile(path)
        }
    }
}
