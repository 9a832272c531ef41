import Emulation

/// An official document as Markdown and as A4 plain text. The Word file is DocxWriter's.
extension OfficialDocument {
    public func markdown() -> String {
        var lines: [String] = []
        let cell = { (text: String) in DisplayWidth.sanitized(text).replacingOccurrences(of: "|", with: "\\|") }
        let left = [heading.parent, heading.issuer.isEmpty ? "" : "**" + heading.issuer + "**"].filter { !$0.isEmpty }.joined(separator: "<br>")
        let right = heading.nationalTitle + "<br>**" + heading.motto + "**"
        lines += ["| " + cell(left) + " | " + cell(right) + " |", "| :-: | :-: |",
                  "| " + cell(heading.number) + " | _" + cell(heading.placeAndDate) + "_ |", ""]
        lines.append("<p align=\"center\"><b>" + DisplayWidth.sanitized(kind) + "</b><br>")
        lines.append(summary.map { "<b>" + DisplayWidth.sanitized($0) + "</b>" }.joined(separator: "<br>\n") + "</p>")
        lines.append("")
        for addressee in addressees { lines += ["<p align=\"center\">" + DisplayWidth.sanitized(addressee) + "</p>", ""] }
        for (index, block) in body.enumerated() {
            switch block {
            case .section(let text): lines += ["## " + text, ""]
            case .subsection(let text): lines += ["### " + text, ""]
            case .paragraph(let text): lines += [text, ""]
            case .item(let text): lines += [text] + (isItem(index + 1) ? [] : [""])
            case .placeholder(let text): lines += ["_" + text + "_", ""]
            case .table(let table): lines += table.markdown().split(separator: "\n").map(String.init) + [""]
            }
        }
        if left != nil || right != nil {
            let column = { (signature: Signature?) -> String in
                (signature?.lines ?? []).map { line -> String in
                    switch line.style {
                    case .title, .name: return line.text.isEmpty ? "" : "**" + cell(line.text) + "**"
                    case .hint, .recipientsHeading: return "_" + cell(line.text) + "_"
                    case .space: return ""
                    case .recipient: return cell(line.text)
                    }
                }.joined(separator: "<br>")
            }
            lines += ["| " + column(self.left) + " | " + column(self.right) + " |", "| :-- | :-: |", ""]
        }
        if let seal { lines += [DisplayWidth.sanitized(seal), ""] }
        return PrintedText.join(lines)
    }

    /// A4 text: at most 78 columns; the heading and the signatures in two columns.
    public func text() -> String {
        var lines = PrintedText.signatures(left: [heading.parent, heading.issuer, rule(heading.issuer), heading.number].filter { !$0.isEmpty },
                                           right: [heading.nationalTitle, heading.motto, rule(heading.motto), heading.placeAndDate])
        lines.append("")
        lines += centred(kind)
        for line in summary { lines += centred(line) }
        lines.append("")
        for addressee in addressees { lines += centred(addressee) + [""] }
        for (index, block) in body.enumerated() {
            switch block {
            case .section(let text): lines += PrintedText.wrap(text.uppercased(), indent: "") + [""]
            case .subsection(let text): lines += PrintedText.wrap(text, indent: "") + [""]
            case .paragraph(let text): lines += PrintedText.wrap("   " + text, indent: "") + [""]
            case .item(let text):
                // A list stays together; a blank line only after its last line.
                lines += PrintedText.wrap(text) + (isItem(index + 1) ? [] : [""])
            case .placeholder(let text): lines += PrintedText.wrap(text, indent: "") + [""]
            case .table(let table): lines += PrintedText.table(table) + [""]
            }
        }
        if left != nil || right != nil {
            let column = { (signature: Signature?) in (signature?.lines ?? []).map { $0.style == .space ? "" : $0.text } }
            // Recipients print flush left in their half, the way the paper form lays them out.
            let leftLines = column(self.left)
            let flushLeft = self.left?.lines.contains { $0.style == .recipientsHeading } ?? false
            lines += flushLeft ? Self.besideRecipients(leftLines, column(self.right)) : PrintedText.signatures(left: leftLines, right: column(self.right))
            lines.append("")
        }
        if let seal {
            // As SealLine prints it: where one line would pass the page, the check command takes a
            // line of its own, never cut.
            if DisplayWidth.of(seal) > PrintedText.width, let open = seal.range(of: " (", options: .backwards) {
                lines += [String(seal[..<open.lowerBound]), String(seal[seal.index(after: open.lowerBound)...])]
            } else {
                lines += PrintedText.wrap(seal, indent: "")
            }
        }
        return PrintedText.join(lines)
    }

    private func isItem(_ index: Int) -> Bool {
        guard index < body.count, case .item = body[index] else { return false }
        return true
    }

    private func centred(_ text: String) -> [String] {
        PrintedText.wrap(text, indent: "").map { line in
            String(repeating: " ", count: max(0, (PrintedText.width - DisplayWidth.of(line)) / 2)) + line
        }
    }

    /// The short line Decree 30 draws under the issuer and the motto, a third of their width.
    private func rule(_ text: String) -> String {
        String(repeating: "─", count: max(3, DisplayWidth.of(text) / 3))
    }

    /// Recipients flush left in the left half, the signature centred in the right half.
    private static func besideRecipients(_ left: [String], _ right: [String]) -> [String] {
        let half = PrintedText.width / 2
        let leftLines = left.flatMap { $0.isEmpty ? [""] : PrintedText.wrap($0, indent: "  ", width: half - 2) }
        let rightLines = PrintedText.signatures(left: [], right: right).map { String($0.dropFirst(min(half, $0.count))) }
        return (0..<max(leftLines.count, rightLines.count)).map { index in
            let leftText = index < leftLines.count ? leftLines[index] : ""
            let rightText = index < rightLines.count ? rightLines[index] : ""
            return (rightText.isEmpty ? leftText : DisplayWidth.pad(leftText, to: half) + rightText).trimmingTrailingSpaces()
        }
    }
}
