import Emulation
import Foundation

/// The words of a write stopped by another clerk's newer one: what, whose value, when, and
/// the keys that keep one or the other.
public struct ConflictWords: Sendable {
    /// What was written, in words; an award is named by `awardName` (its code when unknown).
    var subject: @Sendable (WriteConflict.Subject, Catalogue, _ awardName: String) -> String
    var someoneElse: String
    /// "{subject}: {who} saved “{theirs}” at {time}" or, when nothing is stored any more, "… removed it …".
    var saved: @Sendable (_ subject: String, _ who: String, _ theirs: String, _ time: String?) -> String
    var removed: @Sendable (_ subject: String, _ who: String, _ time: String?) -> String
    var notWritten: String
    /// The cell being typed into was changed by another clerk (nil: cleared) before Enter.
    var changedWhileTyping: @Sendable (_ subject: String, _ theirs: String?) -> String
    /// The keys while the clerk's value is back in its cell or form.
    var cellKeys: String
    var formKeys: String
    /// The keys while a value the file could not take is back in its cell or form.
    var retryKeys: String
    /// While a save waits for another process's write to end, seconds so far.
    public var waitingForFile: @Sendable (Int) -> String
    /// The wait was given up (Ctrl-C, or too long): the value is back in its cell, not saved.
    public var fileStillBusy: String
    /// Keys typed during the wait were for a screen that moved on: they were dropped.
    public var typeAheadDropped: String

    /// The sentence shown on the status line (a cell) or in the form, before the keys.
    public func describe(_ conflict: WriteConflict, words: Catalogue, awardName: (String) -> String = { $0 }) -> String {
        let award: String
        if case .vote(_, let code) = conflict.subject { award = awardName(code) } else { award = "" }
        let what = subject(conflict.subject, words, award)
        let who = conflict.by.flatMap { $0.isEmpty ? nil : DisplayWidth.sanitized($0) } ?? someoneElse
        let time = conflict.at.map(Self.clock)
        // Theirs is cut to a third of a line: what matters first is that nothing was written.
        let head = conflict.theirs.map { saved(what, who, DisplayWidth.truncate(DisplayWidth.sanitized($0), to: 28), time) } ?? removed(what, who, time)
        return notWritten + " " + head
    }


    /// The audit's ISO time as the clerk's clock shows it (hh:mm, local time).
    static func clock(_ iso: String) -> String {
        let parser = ISO8601DateFormatter()
        parser.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        guard let date = parser.date(from: iso) ?? ISO8601DateFormatter().date(from: iso) else { return iso }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "HH:mm"
        return formatter.string(from: date)
    }

    public static let vietnamese = ConflictWords(
        subject: { subject, words, award in
            switch subject {
            case .score(let unit, let item, _): return "Ô \(item) của \(unit)"
            case .note(let unit, let item): return "Ghi chú \(item) của \(unit)"
            case .adjustment(let unit, let kind): return "\(kind == .bonus ? words.columnBonus : words.columnDeduction) của \(unit)"
            case .unit(let name): return "Đơn vị \(name)"
            case .cluster(let code): return "Thông tin cụm \(code)"
            case .meeting: return "Thông tin cuộc họp"
            case .pledgeHeader: return "Phần đầu giao ước"
            case .task(let position): return position > 0 ? "Nhiệm vụ \(position)" : "Nhiệm vụ này"
            case .drive(let position): return position > 0 ? "Phong trào \(position)" : "Phong trào này"
            case .unitPledge(let unit): return "Phần giao ước của \(unit)"
            case .vote(let unit, _): return "Biểu quyết \(award) cho \(unit) (có mặt/tán thành/không)"
            case .decision(let unit): return "Quyết định khen thưởng cho \(unit)"
            case .criteria: return "Bộ tiêu chí"
            case .rules: return "Quy tắc của năm"
            }
        },
        someoneElse: "người khác",
        saved: { "\($0): \($1) đã lưu «\($2)»" + ($3.map { " lúc \($0)" } ?? "") + "." },
        removed: { "\($0): \($1) đã xóa" + ($2.map { " lúc \($0)" } ?? "") + "." },
        notWritten: "Chưa ghi của bạn —",
        changedWhileTyping: { "\($0) vừa được người khác " + ($1.map { "đổi thành «\($0)»" } ?? "xóa") + " khi bạn đang nhập; Enter sẽ hỏi lại." },
        cellKeys: "Enter: giữ giá trị của bạn · Esc: lấy giá trị của họ.",
        formKeys: "Ô bạn không sửa đã theo bản của họ. Enter: lưu ô bạn sửa · Esc: giữ bản của họ.",
        retryKeys: "Enter: thử lưu lại · Esc: bỏ giá trị này.",
        waitingForFile: { "Đang chờ lưu: tệp đang bận vì người khác ghi… \($0) giây." },
        fileStillBusy: "Chưa lưu: tệp vẫn bận (người khác đang ghi).",
        typeAheadDropped: "Đã bỏ phím gõ sau đó.")

    public static let english = ConflictWords(
        subject: { subject, words, award in
            switch subject {
            case .score(let unit, let item, _): return "Cell \(item) of \(unit)"
            case .note(let unit, let item): return "Note \(item) of \(unit)"
            case .adjustment(let unit, let kind): return "\(kind == .bonus ? words.columnBonus : words.columnDeduction) of \(unit)"
            case .unit(let name): return "Unit \(name)"
            case .cluster(let code): return "The details of cluster \(code)"
            case .meeting: return "The meeting's details"
            case .pledgeHeader: return "The pledge's heading"
            case .task(let position): return position > 0 ? "Task \(position)" : "This task"
            case .drive(let position): return position > 0 ? "Drive \(position)" : "This drive"
            case .unitPledge(let unit): return "The pledge part of \(unit)"
            case .vote(let unit, _): return "The vote on \(award) for \(unit) (present/for/against)"
            case .decision(let unit): return "The award decision for \(unit)"
            case .criteria: return "The criteria grid"
            case .rules: return "The year's rules"
            }
        },
        someoneElse: "someone else",
        saved: { "\($0): \($1) saved “\($2)”" + ($3.map { " at \($0)" } ?? "") + "." },
        removed: { "\($0): \($1) removed it" + ($2.map { " at \($0)" } ?? "") + "." },
        notWritten: "Yours is not written —",
        changedWhileTyping: { "\($0) was just " + ($1.map { "changed to “\($0)”" } ?? "cleared") + " by someone else while you typed; Enter will ask first." },
        cellKeys: "Enter: keep yours · Esc: take theirs.",
        formKeys: "Fields you did not change now show theirs. Enter: save your changes · Esc: keep theirs.",
        retryKeys: "Enter: try again · Esc: give this value up.",
        waitingForFile: { "Waiting to save: the file is busy with someone else's write… \($0) s." },
        fileStillBusy: "Not saved: the file is still busy (another write).",
        typeAheadDropped: "Later keys dropped.")
}
