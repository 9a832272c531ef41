import Emulation

/// A document in the state's format (Decree 30/2020/NĐ-CP on administrative documents): the
/// issuing body beside the national title and motto, the number and symbol beside the place and
/// date, the document's type and summary, the addressee, the body, the signature blocks with
/// the recipients, and thidua's audit seal. Written as Word (DocxWriter), Markdown and A4 text
/// (OfficialRendering) from this one description, so the three never say different things.
public struct OfficialDocument: Sendable {
    /// The top of the first page.
    public struct Heading: Sendable, Hashable {
        /// The body above the issuer ("UBND THÀNH PHỐ HẢI PHÒNG"); empty when there is none.
        public var parent: String
        /// The issuer ("CỤM THI ĐUA KHỐI HUYỆN"), printed in bold.
        public var issuer: String
        /// "Số:      /TTr-CTĐ": the number is left for the office that registers it.
        public var number: String
        /// "Hải Phòng, ngày 28 tháng 02 năm 2024".
        public var placeAndDate: String
        public var nationalTitle: String
        public var motto: String

        public init(parent: String, issuer: String, number: String, placeAndDate: String, nationalTitle: String, motto: String) {
            self.parent = parent
            self.issuer = issuer
            self.number = number
            self.placeAndDate = placeAndDate
            self.nationalTitle = nationalTitle
            self.motto = motto
        }
    }

    /// One part of the body, in the order it prints.
    public enum Block: Sendable {
        /// "I. KẾT QUẢ XẾP HẠNG": bold, flush left.
        case section(String)
        /// "1. Đặc điểm, tình hình": bold, indented.
        case subsection(String)
        /// Body text, justified, first line indented.
        case paragraph(String)
        /// A line of a list ("- …", "1. …").
        case item(String)
        /// What the recipient of a skeleton still has to write: italic, and found again by the
        /// dossier's checklist (`OfficialDocument.placeholderMark`) until it is replaced.
        case placeholder(String)
        /// A table with its header row repeated on every page.
        case table(TextTable)
    }

    /// A signature block: its lines, top to bottom.
    public struct Signature: Sendable, Hashable {
        public enum Style: Sendable, Hashable {
            /// "TM. CỤM THI ĐUA", "TRƯỞNG CỤM", "THƯ KÝ": bold capitals.
            case title
            /// "(Ký, ghi rõ họ tên)": italic.
            case hint
            /// The space the signature (and stamp) take.
            case space
            /// The signer's name: bold.
            case name
            /// "Nơi nhận:": bold italic, flush left.
            case recipientsHeading
            /// "- Như trên;": small, flush left.
            case recipient
        }

        public struct Line: Sendable, Hashable {
            public var text: String
            public var style: Style

            public init(_ text: String, _ style: Style) {
                self.text = text
                self.style = style
            }
        }

        public var lines: [Line]

        public init(_ lines: [Line]) { self.lines = lines }
    }

    /// Marks the text a unit must replace in a skeleton (a report), so the checklist can tell a
    /// completed file from the one thidua wrote.
    public static let placeholderMark = "[…]"

    public var heading: Heading
    /// "BIÊN BẢN", "TỜ TRÌNH", "BÁO CÁO".
    public var kind: String
    /// The summary under the type, one or more lines ("Về việc đề nghị tặng …").
    public var summary: [String]
    /// "Kính gửi: Thủ tướng Chính phủ" lines; empty for minutes.
    public var addressees: [String]
    public var body: [Block]
    /// Left and right blocks at the foot; a nil side is left empty.
    public var left: Signature?
    public var right: Signature?
    /// The audit chain's seal line, printed last, small; nil prints none.
    public var seal: String?

    public init(heading: Heading, kind: String, summary: [String], addressees: [String] = [], body: [Block], left: Signature? = nil,
                right: Signature? = nil, seal: String? = nil) {
        self.heading = heading
        self.kind = kind
        self.summary = summary
        self.addressees = addressees
        self.body = body
        self.left = left
        self.right = right
        self.seal = seal
    }

    /// Every paragraph's text in the order a reader of the Word file meets it: the heading's
    /// table cell by cell, the type and summary, the addressees, the body (a table row by row,
    /// cell by cell), the signature table cell by cell, the seal. What python-docx reads back
    /// from the file must be exactly this.
    public var readingOrder: [String] {
        var texts = [heading.parent, heading.issuer, heading.nationalTitle, heading.motto, heading.number, heading.placeAndDate]
            .filter { !$0.isEmpty }
        texts.append(kind)
        texts += summary
        texts += addressees
        for block in body {
            switch block {
            case .section(let text), .subsection(let text), .paragraph(let text), .item(let text), .placeholder(let text): texts.append(text)
            case .table(let table): texts += ([table.header] + table.rows).flatMap { $0 }
            }
        }
        if left != nil || right != nil {
            texts += (left?.lines.map(\.text) ?? [""]) + (right?.lines.map(\.text) ?? [""])
        }
        if let seal { texts.append(seal) }
        return texts
    }
}
