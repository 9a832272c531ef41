/// The language of everything a user reads: Vietnamese by default, English with `--lang en`.
public enum Language: String, CaseIterable, Sendable {
    case vietnamese = "vi"
    case english = "en"

    public var catalogue: Catalogue {
        switch self {
        case .vietnamese: return .vietnamese
        case .english: return .english
        }
    }
}
