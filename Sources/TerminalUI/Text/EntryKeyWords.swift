/// The footer's words while something is being typed into: the keys that work there, and no
/// others (a footer offering "q Thoát" under a reason being typed would be a lie).
struct EntryKeyWords: Sendable {
    var saveDown: String
    var saveRight: String
    var cancel: String
    var keepFilter: String
    var clearFilter: String
    var save: String
    var nextField: String
    var open: String
    var choose: String
    var close: String
    var run: String
    var complete: String
    var scroll: String
    /// A cell given back after another clerk's write, or after the file could not take it.
    var keepMine: String
    var takeTheirs: String
    var tryAgain: String
    var giveUp: String
    var stopWaiting: String
    /// A confirmation's answers: the only keys that answer it (in Vietnamese "y" is the year
    /// menu's key, so yes is "c"), shown in the footer.
    var yes: (key: String, name: String)
    var no: (key: String, name: String)

    static let vietnamese = EntryKeyWords(
        saveDown: "Lưu ↓", saveRight: "Lưu →", cancel: "Hủy", keepFilter: "Giữ bộ lọc", clearFilter: "Bỏ bộ lọc",
        save: "Lưu", nextField: "Ô sau", open: "Mở", choose: "Chọn", close: "Đóng", run: "Chạy", complete: "Gợi ý",
        scroll: "Cuộn", keepMine: "Giữ của bạn", takeTheirs: "Lấy của họ", tryAgain: "Thử lưu lại", giveUp: "Bỏ", stopWaiting: "Thôi chờ", yes: ("c", "Đồng ý"), no: ("k", "Không"))

    static let english = EntryKeyWords(
        saveDown: "Save ↓", saveRight: "Save →", cancel: "Cancel", keepFilter: "Keep filter", clearFilter: "Clear filter",
        save: "Save", nextField: "Next field", open: "Open", choose: "Choose", close: "Close", run: "Run", complete: "Complete",
        scroll: "Scroll", keepMine: "Keep yours", takeTheirs: "Take theirs", tryAgain: "Try again", giveUp: "Give up", stopWaiting: "Stop waiting", yes: ("y", "Yes"), no: ("n", "No"))
}

extension Language {
    var entryKeys: EntryKeyWords {
        switch self {
        case .vietnamese: return .vietnamese
        case .english: return .english
        }
    }
}
