import Foundation

import Emulation

/// The form that creates a cluster and its first year, on an empty database or with `n`.
public struct ClusterForm: Hashable, Sendable {
    public enum Field: Int, CaseIterable, Hashable, Sendable {
        case code, name, kind, authority, year
    }

    public var fields: [Field: TextField]
    public var focus: Field = .code
    public var error: String?

    public init(year: Int) {
        fields = [.code: TextField(), .name: TextField(), .kind: TextField("cụm"), .authority: TextField(), .year: TextField(String(year))]
    }

    public func value(_ field: Field) -> String { (fields[field]?.text ?? "").trimmingCharacters(in: .whitespaces) }

    public mutating func moveFocus(by delta: Int) {
        let all = Field.allCases
        let index = (all.firstIndex(of: focus)! + delta + all.count) % all.count
        focus = all[index]
    }

    /// The cluster and year, or the first problem in words.
    public func validated(_ words: ScreenWords) -> Result<(Cluster, Int), ValidationMessage> {
        for (field, label) in [(Field.code, words.fieldCode), (.name, words.fieldName), (.year, words.fieldYear)] where value(field).isEmpty {
            return .failure(ValidationMessage(text: words.fieldRequired(label), field: field))
        }
        guard let year = Int(value(.year)), (1945...2200).contains(year) else {
            return .failure(ValidationMessage(text: words.yearInvalid, field: .year))
        }
        let kind: Cluster.Kind = VietnameseFolding.fold(value(.kind)).hasPrefix("kh") || value(.kind).lowercased().hasPrefix("bloc") ? .bloc : .cluster
        return .success((Cluster(code: value(.code).uppercased(), name: value(.name), kind: kind, authority: value(.authority)), year))
    }

    public struct ValidationMessage: Error, Hashable, Sendable {
        public var text: String
        public var field: Field
    }
}
