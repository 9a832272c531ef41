import Emulation

/// The form that creates a cluster and its first year, on an empty database or with `n`: one of
/// the generic forms, with the cluster's kind chosen rather than typed.
enum ClusterForm {
    static func make(year: Int, words: Catalogue) -> Form {
        let screen = words.screen
        return Form(title: screen.formTitle, purpose: .newCluster, fields: [
            Form.Field(.code, screen.fieldCode, text: ""),
            Form.Field(.name, screen.fieldName, text: ""),
            Form.Field(.kind, screen.fieldKind, .choice(Cluster.Kind.allCases.map(words.clusterKind), 0)),
            Form.Field(.authority, screen.fieldAuthority, text: ""),
            Form.Field(.year, screen.fieldYear, number: String(year)),
        ], note: words.edit.formKeysHint)
    }

    static func submit(_ form: inout Form, _ state: inout AppShared) -> [AppEffect] {
        let words = state.words.screen
        for (field, label) in [(FieldKey.code, words.fieldCode), (.name, words.fieldName), (.year, words.fieldYear)] where form.text(field).isEmpty {
            form.fail(words.fieldRequired(label), field: field)
            return []
        }
        let year: Int
        switch NumberInput.count(form.text(.year), field: words.fieldYear, words: state.words) {
        case .success(let value) where (1945...2200).contains(value): year = value
        case .success: form.fail(words.yearInvalid, field: .year); return []
        case .failure(let refusal): form.fail(refusal.text, field: .year); return []
        }
        let cluster = Cluster(code: form.text(.code).uppercased(), name: form.text(.name),
                              kind: Cluster.Kind.allCases[form.choice(.kind)], authority: form.text(.authority))
        state.overlay = nil
        return [.createCluster(cluster, year: year)]
    }
}
