import Emulation

/// The form that creates a cluster and its first year, on an empty database or with `n`: one of
/// the generic forms, with the cluster's kind chosen rather than typed.
enum ClusterForm {
    enum Field: Int {
        case code, name, kind, authority, year
    }

    static func make(year: Int, words: Catalogue) -> Form {
        let screen = words.screen
        return Form(title: screen.formTitle, purpose: .newCluster, fields: [
            Form.Field(screen.fieldCode, text: ""),
            Form.Field(screen.fieldName, text: ""),
            Form.Field(screen.fieldKind, .choice(Cluster.Kind.allCases.map(words.clusterKind), 0)),
            Form.Field(screen.fieldAuthority, text: ""),
            Form.Field(screen.fieldYear, number: String(year)),
        ], note: words.edit.formKeysHint)
    }

    static func submit(_ form: inout Form, _ state: inout AppShared) -> [AppEffect] {
        let words = state.words.screen
        for (field, label) in [(Field.code, words.fieldCode), (.name, words.fieldName), (.year, words.fieldYear)] where form.text(field.rawValue).isEmpty {
            form.fail(words.fieldRequired(label), field: field.rawValue)
            return []
        }
        let year: Int
        switch NumberInput.count(form.text(Field.year.rawValue), field: words.fieldYear, words: state.words) {
        case .success(let value) where (1945...2200).contains(value): year = value
        case .success: form.fail(words.yearInvalid, field: Field.year.rawValue); return []
        case .failure(let refusal): form.fail(refusal.text, field: Field.year.rawValue); return []
        }
        let cluster = Cluster(code: form.text(Field.code.rawValue).uppercased(), name: form.text(Field.name.rawValue),
                              kind: Cluster.Kind.allCases[form.choice(Field.kind.rawValue)], authority: form.text(Field.authority.rawValue))
        state.overlay = nil
        return [.createCluster(cluster, year: year)]
    }
}
