/// The words of the exported spreadsheets that no other document has: tab names, the grid's
/// group headers and captions, Excel's validation messages, the blank grid's instructions.
public struct SpreadsheetWords: Sendable {
    public var sheetGrid: String
    public var sheetRoster: String
    public var sheetRanking: String
    public var sheetPledge: String
    public var sheetProposals: String
    public var sheetHistory: String
    public var pledgeTitle: @Sendable (_ cluster: String, _ year: Int) -> String
    public var historyTitle: @Sendable (_ cluster: String, _ year: Int) -> String
    /// Under a blank grid's title: how a unit fills it in so that it reads back.
    public var blankNote: String
    /// "1. Thực hiện nhiệm vụ… (50 điểm)"
    public var majorGroup: @Sendable (_ code: String, _ title: String, _ maximum: String) -> String
    public var adjustmentsGroup: String
    public var totalsGroup: String
    /// "Tăng trưởng kinh tế… (tối đa 10)"
    public var itemCaption: @Sendable (_ title: String, _ maximum: String) -> String
    public var bonusCaption: @Sendable (_ maximum: String) -> String
    public var bonusReasonCaption: String
    public var deductionCaption: @Sendable (_ maximum: String) -> String
    public var deductionReasonCaption: String
    public var subtotalCaption: @Sendable (_ code: String) -> String
    public var totalCaption: String
    /// Excel's note on a selected score cell (title at most 32 characters).
    public var inputTitle: @Sendable (_ code: String) -> String
    public var inputMessage: @Sendable (_ maximum: String) -> String
    public var errorMessage: @Sendable (_ code: String, _ maximum: String) -> String
    /// "Trang 1/3" in the page header (&P, &N are Excel's codes).
    public var page: String

    /// The words of the document's language.
    public static func of(_ words: DocumentWords) -> SpreadsheetWords { words.languageCode == "en" ? .english : .vietnamese }

    public static let vietnamese = SpreadsheetWords(
        sheetGrid: "Bảng điểm", sheetRoster: "Danh sách đơn vị", sheetRanking: "Xếp hạng", sheetPledge: "Giao ước",
        sheetProposals: "Đề nghị khen thưởng", sheetHistory: "Quá trình",
        pledgeTitle: { "Ký giao ước thi đua — \($0), năm \($1)" },
        historyTitle: { "Quá trình thi đua, khen thưởng của các đơn vị — \($0), năm \($1)" },
        blankNote: "Bảng trống để đơn vị chấm: điền điểm vào các ô (mỗi ô từ 0 đến điểm tối đa của tiêu chí, "
            + "tối đa 2 chữ số thập phân); không đổi tên cột ở dòng tiêu đề, không thêm hay xóa cột.",
        majorGroup: { "\($0). \($1) (\($2) điểm)" },
        adjustmentsGroup: "Điểm thưởng, điểm trừ", totalsGroup: "Tổng hợp (công thức)",
        itemCaption: { "\($0) (tối đa \($1))" },
        bonusCaption: { "Điểm thưởng (tối đa \($0))" }, bonusReasonCaption: "Lý do thưởng",
        deductionCaption: { "Điểm trừ (tối đa \($0))" }, deductionReasonCaption: "Lý do trừ",
        subtotalCaption: { "Cộng mục \($0)" }, totalCaption: "Tổng điểm",
        inputTitle: { "Tiêu chí \($0)" },
        inputMessage: { "Từ 0 đến \($0) điểm, tối đa 2 chữ số thập phân." },
        errorMessage: { "Điểm của \($0) phải từ 0 đến \($1)." },
        page: "Trang &P/&N")

    public static let english = SpreadsheetWords(
        sheetGrid: "Score grid", sheetRoster: "Roster", sheetRanking: "Ranking", sheetPledge: "Pledge",
        sheetProposals: "Award proposals", sheetHistory: "History",
        pledgeTitle: { "Emulation pledge signatures — \($0), \($1)" },
        historyTitle: { "Units' emulation and award history — \($0), \($1)" },
        blankNote: "Blank grid for a unit to score: type the points in the cells (each from 0 to the item's maximum, "
            + "at most 2 decimals); do not rename the header row's columns, add or remove columns.",
        majorGroup: { "\($0). \($1) (\($2) points)" },
        adjustmentsGroup: "Bonus and deduction", totalsGroup: "Totals (formulas)",
        itemCaption: { "\($0) (max \($1))" },
        bonusCaption: { "Bonus (max \($0))" }, bonusReasonCaption: "Bonus reason",
        deductionCaption: { "Deduction (max \($0))" }, deductionReasonCaption: "Deduction reason",
        subtotalCaption: { "Criterion \($0) subtotal" }, totalCaption: "Total",
        inputTitle: { "Item \($0)" },
        inputMessage: { "From 0 to \($0) points, at most 2 decimals." },
        errorMessage: { "The score of \($0) must be from 0 to \($1)." },
        page: "Page &P/&N")
}
