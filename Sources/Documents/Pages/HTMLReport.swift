import Emulation

/// One self-contained page that prints on A4 landscape: the cluster and year, the score grid
/// (units × items under their major criteria, subtotals, bonus, deduction, total) and the
/// ranking. UTF-8, no script, no external style sheet, font or image; every text is escaped.
public struct HTMLReport: Sendable {
    public var snapshot: YearSnapshot
    public var review: Review

    public init(_ snapshot: YearSnapshot) {
        self.snapshot = snapshot
        self.review = snapshot.review()
    }

    static let style = """
        @page { size: A4 landscape; margin: 12mm }
        body { font-family: "Times New Roman", "DejaVu Serif", serif; font-size: 10pt; margin: 0; color: #000; }
        h1 { font-size: 14pt; margin: 0 0 2mm; }
        h2 { font-size: 12pt; margin: 4mm 0 2mm; }
        p { margin: 0 0 2mm; }
        table { border-collapse: collapse; width: 100%; }
        thead { display: table-header-group; }
        tr { page-break-inside: avoid; break-inside: avoid; }
        th, td { border: 1px solid #000; padding: 1px 3px; vertical-align: top; }
        th { font-weight: bold; text-align: center; }
        td.n { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
        th.sub, td.sub, td.total { font-weight: bold; }
        table.grid { font-size: 8.5pt; }
        .legend { font-size: 8pt; margin-top: 2mm; }
        .note { font-style: italic; }
        h2 { break-after: avoid; page-break-after: avoid; }
        """

    public func html(_ words: DocumentWords) -> String {
        let cluster = snapshot.cluster.name + " (" + snapshot.cluster.code + ")"
        let title = words.reportTitle(cluster, snapshot.reference.year)
        var html = ["<!DOCTYPE html>", "<html lang=\"\(Self.escape(words.languageCode))\">", "<head>", "<meta charset=\"utf-8\">",
                    "<title>\(Self.escape(title))</title>", "<style>", Self.style, "</style>", "</head>", "<body>",
                    "<h1>\(Self.escape(title))</h1>"]
        if !snapshot.cluster.authority.isEmpty { html.append("<p>\(Self.escape(snapshot.cluster.authority))</p>") }
        if !snapshot.note.isEmpty { html.append("<p class=\"note\">\(Self.escape(words.generatedNote(snapshot.note)))</p>") }
        html.append("<section class=\"grid\">")
        html.append("<h2>\(Self.escape(words.reportGrid))</h2>")
        html += grid(words)
        html.append("</section>")
        html.append("<section class=\"ranking\">")
        html.append("<h2>\(Self.escape(words.reportRanking))</h2>")
        html += ranking(words)
        html.append("</section>")
        html += ["</body>", "</html>"]
        return html.joined(separator: "\n") + "\n"
    }

    /// Units in roster order, one row each; items under their major criterion, then its subtotal.
    private func grid(_ words: DocumentWords) -> [String] {
        let majors = snapshot.tree.majors
        let cell = { (text: String, attributes: String) in "<td\(attributes)>\(Self.escape(text))</td>" }
        var html = ["<table class=\"grid\">", "<thead>", "<tr>", "<th rowspan=\"2\">\(Self.escape(words.columnUnit))</th>"]
        for major in majors {
            let heading = words.columnCriterion(major.code) + " (" + DecimalText.format(major.maximum, trimWhole: true) + ")"
            html.append("<th colspan=\"\(major.leaves.count + 1)\" title=\"\(Self.escape(major.title))\">\(Self.escape(heading))</th>")
        }
        for heading in [words.columnBonus, words.columnDeduction, words.columnTotal] {
            html.append("<th rowspan=\"2\">\(Self.escape(heading))</th>")
        }
        html += ["</tr>", "<tr>"]
        for major in majors {
            for item in major.leaves {
                html.append("<th title=\"\(Self.escape(item.title))\">\(Self.escape(item.code))<br>"
                            + "\(Self.escape(DecimalText.format(item.maximum, trimWhole: true)))</th>")
            }
            html.append("<th class=\"sub\">\(Self.escape(words.columnSubtotal))</th>")
        }
        html += ["</tr>", "</thead>", "<tbody>"]
        for unit in snapshot.units {
            guard let result = review.ranking.entry(unitID: unit.id)?.result else { continue }
            var row = "<tr>" + cell(unit.name, "")
            for major in majors {
                for item in major.leaves {
                    row += cell(result.finalItem(item.code).map { DecimalText.format($0) } ?? "", " class=\"n\"")
                }
                row += cell(DecimalText.format(result.subtotal(major: major.code)), " class=\"n sub\"")
            }
            row += cell(DecimalText.format(result.bonus), " class=\"n\"") + cell(DecimalText.format(result.deduction), " class=\"n\"")
                + cell(DecimalText.format(result.total), " class=\"n total\"") + "</tr>"
            html.append(row)
        }
        html += ["</tbody>", "</table>"]
        // The grid's headings give codes only, so the paper says what each code stands for.
        let legend = majors.flatMap { major in
            [words.columnCriterion(major.code) + ". " + major.title] + major.leaves.map { $0.code + " " + $0.title }
        }
        html.append("<p class=\"legend\"><b>\(Self.escape(words.reportItems)):</b> \(legend.map(Self.escape).joined(separator: "; "))</p>")
        return html
    }

    /// Rank, unit, total, classification, proposal: one row per unit, in ranking order.
    private func ranking(_ words: DocumentWords) -> [String] {
        let headings = [words.columnRank, words.columnUnit, words.columnTotal, words.columnClassification, words.columnProposal]
        var html = ["<table class=\"ranking\">", "<thead>", "<tr>" + headings.map { "<th>\(Self.escape($0))</th>" }.joined() + "</tr>",
                    "</thead>", "<tbody>"]
        for entry in review.ranking.entries {
            let proposal = review.proposal(unitID: entry.unit.id)
            let label = proposal.map { words.proposalLabel($0, rules: snapshot.rules) } ?? words.notProposed
            let rank = String(entry.rank) + (entry.isTied ? words.tiedMark : "")
            html.append("<tr><td class=\"n\">\(Self.escape(rank))</td><td>\(Self.escape(entry.unit.name))</td>"
                        + "<td class=\"n total\">\(Self.escape(DecimalText.format(entry.result.total)))</td>"
                        + "<td>\(Self.escape(words.classification(entry.result.classification)))</td><td>\(Self.escape(label))</td></tr>")
        }
        html += ["</tbody>", "</table>"]
        return html
    }

    /// Text for an HTML (or XML: the Word files') element or attribute; control characters are made visible.
    public static func escape(_ text: String) -> String {
        var escaped = ""
        for character in DisplayWidth.sanitized(text) {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            default: escaped.append(character)
            }
        }
        return escaped
    }
}
