import Emulation
import Foundation

/// An official document as a Word file (.docx): WordprocessingML parts zipped by DocxPackage,
/// laid out as Decree 30 asks (DocxPage): the heading in a borderless two-column table, the
/// type and summary centred in bold, justified body paragraphs with a 1 cm first line, ruled
/// tables whose header row repeats, the signatures in a borderless table, page numbers centred
/// at the top from the second page.
public enum DocxWriter {
    public static func data(_ document: OfficialDocument, title: String) throws -> Data {
        try DocxPackage.zip([
            ("[Content_Types].xml", contentTypes),
            ("_rels/.rels", packageRelationships),
            ("docProps/core.xml", coreProperties(title: title)),
            ("word/_rels/document.xml.rels", documentRelationships),
            ("word/styles.xml", styles),
            ("word/header1.xml", pageNumberHeader),
            ("word/document.xml", body(document)),
        ])
    }

    static func body(_ document: OfficialDocument) -> String {
        typealias X = DocxXML
        let heading = document.heading
        let small = X.Run(size: DocxPage.small)
        let leftWidth = DocxPage.textWidth * 2 / 5
        let rightWidth = DocxPage.textWidth - leftWidth
        // The rules under the issuer and the motto: about a third of the issuer's column, the motto's width.
        let issuerCell = (heading.parent.isEmpty ? "" : X.paragraph(heading.parent, small, align: .center))
            + X.paragraph(heading.issuer, X.Run(bold: true, size: DocxPage.small), align: .center, underline: leftWidth / 3)
        let titleCell = X.paragraph(heading.nationalTitle, X.Run(bold: true, size: DocxPage.small), align: .center)
            + X.paragraph(heading.motto, X.Run(bold: true, size: DocxPage.body), align: .center, underline: rightWidth / 5)
        var xml = X.table(widths: [leftWidth, rightWidth], cells: [
            [issuerCell, titleCell],
            [X.paragraph(heading.number, small, align: .center, before: 120),
             X.paragraph(heading.placeAndDate, X.Run(italic: true, size: DocxPage.body), align: .center, before: 120)],
        ], ruled: false)
        xml += X.paragraph(document.kind, X.Run(bold: true), align: .center, before: 360)
        for line in document.summary { xml += X.paragraph(line, X.Run(bold: true), align: .center) }
        for addressee in document.addressees { xml += X.paragraph(addressee, X.Run(), align: .center, before: 240) }
        for block in document.body {
            switch block {
            case .section(let text): xml += X.paragraph(text, X.Run(bold: true), align: .both, before: 240, after: 60, keepWithNext: true)
            case .subsection(let text):
                xml += X.paragraph(text, X.Run(bold: true), align: .both, firstLine: DocxPage.firstLineIndent, before: 120, after: 60, keepWithNext: true)
            case .paragraph(let text): xml += X.paragraph(text, X.Run(), align: .both, firstLine: DocxPage.firstLineIndent, before: 60, after: 60)
            case .item(let text): xml += X.paragraph(text, X.Run(), align: .both, firstLine: DocxPage.firstLineIndent, before: 60, after: 60)
            case .placeholder(let text):
                xml += X.paragraph(text, X.Run(italic: true), align: .both, firstLine: DocxPage.firstLineIndent, before: 60, after: 60)
            case .table(let table): xml += dataTable(table)
            }
        }
        if document.left != nil || document.right != nil {
            xml += X.table(widths: [DocxPage.textWidth / 2, DocxPage.textWidth - DocxPage.textWidth / 2],
                           cells: [[signature(document.left), signature(document.right)]], ruled: false)
        }
        if let seal = document.seal { xml += X.paragraph(seal, X.Run(italic: true, size: DocxPage.recipient), before: 240) }
        let section = """
            <w:sectPr><w:headerReference w:type="default" r:id="rIdHeader"/>\
            <w:pgSz w:w="\(DocxPage.width)" w:h="\(DocxPage.height)"/>\
            <w:pgMar w:top="\(DocxPage.top)" w:right="\(DocxPage.right)" w:bottom="\(DocxPage.bottom)" w:left="\(DocxPage.left)" \
            w:header="567" w:footer="567" w:gutter="0"/><w:titlePg/></w:sectPr>
            """
        return xmlDeclaration + "<w:document \(namespaces)><w:body>" + xml + section + "</w:body></w:document>"
    }

    /// Column widths follow the longest text of each column, within the page's width.
    private static func dataTable(_ table: TextTable) -> String {
        let rows = [table.header] + table.rows
        let columns = table.header.count
        let natural = (0..<columns).map { column in
            max(3, rows.map { $0.count > column ? min(40, DisplayWidth.of($0[column])) : 0 }.max() ?? 3)
        }
        let total = natural.reduce(0, +)
        var widths = natural.map { DocxPage.textWidth * $0 / max(1, total) }
        widths[widths.count - 1] += DocxPage.textWidth - widths.reduce(0, +)
        let cells = rows.enumerated().map { index, row in
            (0..<columns).map { column -> String in
                let text = column < row.count ? row[column] : ""
                let align: DocxXML.Alignment = index == 0 ? .center : table.rightAligned.contains(column) ? .right : .left
                return DocxXML.paragraph(text, DocxXML.Run(bold: index == 0, size: DocxPage.small), align: align)
            }
        }
        return DocxXML.table(widths: widths, cells: cells, ruled: true, headerRows: 1)
    }

    private static func signature(_ block: OfficialDocument.Signature?) -> String {
        guard let block else { return "" }
        // The first line keeps its distance from the body: no empty paragraph, whose text a reader would see.
        return block.lines.enumerated().map { index, line in
            let before = index == 0 ? 360 : 0
            switch line.style {
            case .title: return DocxXML.paragraph(line.text, DocxXML.Run(bold: true), align: .center, before: before)
            case .hint: return DocxXML.paragraph(line.text, DocxXML.Run(italic: true), align: .center)
            case .space: return DocxXML.paragraph(line.text, DocxXML.Run(), align: .center, before: 360)
            case .name: return DocxXML.paragraph(line.text, DocxXML.Run(bold: true), align: .center)
            case .recipientsHeading:
                return DocxXML.paragraph(line.text, DocxXML.Run(bold: true, italic: true, size: DocxPage.recipientsHeading), before: before)
            case .recipient: return DocxXML.paragraph(line.text, DocxXML.Run(size: DocxPage.recipient))
            }
        }.joined()
    }

    private static let xmlDeclaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    private static let namespaces = """
        xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" \
        xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        """

    private static let contentTypes = xmlDeclaration + """
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
        <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
        <Default Extension="xml" ContentType="application/xml"/>\
        <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
        <Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>\
        <Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>\
        <Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>\
        </Types>
        """

    private static let packageRelationships = xmlDeclaration + """
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>\
        <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>\
        </Relationships>
        """

    private static let documentRelationships = xmlDeclaration + """
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>\
        <Relationship Id="rIdHeader" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>\
        </Relationships>
        """

    private static func coreProperties(title: String) -> String {
        xmlDeclaration + """
            <cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" \
            xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>\(DocxXML.escape(title))</dc:title><dc:creator>thidua</dc:creator>\
            </cp:coreProperties>
            """
    }

    /// Times New Roman 14 pt for every run, in the defaults and in the Normal style, where Word
    /// and other readers look for it.
    private static let styles = xmlDeclaration + """
        <w:styles \(namespaces)><w:docDefaults><w:rPrDefault><w:rPr>\
        <w:rFonts w:ascii="\(DocxPage.font)" w:hAnsi="\(DocxPage.font)" w:cs="\(DocxPage.font)" w:eastAsia="\(DocxPage.font)"/>\
        <w:sz w:val="\(DocxPage.body)"/><w:szCs w:val="\(DocxPage.body)"/><w:lang w:val="vi-VN"/></w:rPr></w:rPrDefault>\
        <w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>\
        <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/><w:rPr>\
        <w:rFonts w:ascii="\(DocxPage.font)" w:hAnsi="\(DocxPage.font)" w:cs="\(DocxPage.font)" w:eastAsia="\(DocxPage.font)"/>\
        <w:sz w:val="\(DocxPage.body)"/><w:szCs w:val="\(DocxPage.body)"/></w:rPr></w:style>\
        <w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr>\
        <w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>\
        <w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>\
        </w:styles>
        """

    /// The page number, centred at the top; the first page has none (`titlePg` with no first-page header).
    private static let pageNumberHeader = xmlDeclaration + """
        <w:hdr \(namespaces)><w:p><w:pPr><w:jc w:val="center"/></w:pPr>\
        <w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>\
        <w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>2</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>\
        </w:p></w:hdr>
        """
}
