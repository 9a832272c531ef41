/// Decree 30/2020/NĐ-CP, Appendix I: A4 portrait, margins top and bottom 20 mm, left 30 mm,
/// right 15 mm (the smallest of each range), Times New Roman. Lengths in twips (1/1440 inch,
/// 56.7 per millimetre), font sizes in half-points, as WordprocessingML counts them.
enum DocxPage {
    static let width = 11906
    static let height = 16838
    static let top = 1134
    static let bottom = 1134
    static let left = 1701
    static let right = 851
    /// What lies between the margins.
    static let textWidth = width - left - right
    static let font = "Times New Roman"

    /// 14 pt body, 13 pt for the issuer, number, title and tables, 12 pt and 11 pt for the recipients.
    static let body = 28
    static let small = 26
    static let recipientsHeading = 24
    static let recipient = 22
    /// A paragraph's first line is indented 1 cm.
    static let firstLineIndent = 567
}
