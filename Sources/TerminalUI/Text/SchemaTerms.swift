/// The file's table and column names, and the stored values of a few of them, in a person's
/// words: `verify` names a row changed outside thidua so an admin can read it, with the schema's
/// name beside it for whoever repairs it with sqlite3. A name not listed is shown as it is.
public struct SchemaTerms: Sendable {
    let tables: [String: String]
    let columns: [String: String]
    let values: [String: String]

    public func table(_ name: String) -> String { tables[name].map { "\($0) (\(name))" } ?? name }
    public func column(_ name: String) -> String { columns[name] ?? name }
    public func value(_ value: String) -> String { values[value] ?? value }

    public static let vietnamese = SchemaTerms(
        tables: [
            "score": "điểm", "adjustment": "điểm thưởng, điểm trừ", "itemNote": "ghi chú", "unit": "đơn vị",
            "membership": "danh sách đơn vị của năm", "clusterYear": "năm của cụm", "cluster": "cụm", "criterion": "tiêu chí",
            "pledge": "giao ước", "pledgeTask": "nhiệm vụ giao ước", "pledgeDrive": "phong trào", "pledgeModel": "mô hình",
            "titleRegistration": "đăng ký danh hiệu", "signature": "chữ ký giao ước", "vote": "biểu quyết",
            "headHandover": "bàn giao trưởng cụm", "meeting": "cuộc họp", "account": "tài khoản", "accountRole": "vai trò",
            "accountKey": "khóa SSH",
        ],
        columns: [
            "hundredths": "điểm", "maxHundredths": "điểm tối đa", "round": "vòng", "kind": "loại", "reason": "lý do", "note": "ghi chú",
            "status": "giai đoạn", "rules": "quy tắc", "name": "tên", "role": "vai trò", "position": "thứ tự", "present": "có mặt",
            "votesFor": "tán thành", "votesAgainst": "không tán thành", "award": "danh hiệu", "text": "nội dung", "signer": "người ký",
            "fullName": "họ và tên", "login": "tên đăng nhập", "active": "còn hoạt động",
            "keyType": "loại khóa", "fingerprint": "dấu vân tay", "comment": "ghi chú của khóa", "addedAt": "ngày thêm",
        ],
        values: ["self": "tự chấm", "cluster": "cụm chấm", "bonus": "thưởng", "deduction": "trừ"]
    )

    public static let english = SchemaTerms(
        tables: [
            "score": "scores", "adjustment": "bonuses and deductions", "itemNote": "notes", "unit": "units",
            "membership": "the year's roster", "clusterYear": "cluster years", "cluster": "clusters", "criterion": "criteria",
            "pledge": "pledges", "pledgeTask": "pledge tasks", "pledgeDrive": "drives", "pledgeModel": "models",
            "titleRegistration": "registered titles", "signature": "pledge signatures", "vote": "votes",
            "headHandover": "head hand-overs", "meeting": "meetings", "account": "accounts", "accountRole": "roles",
            "accountKey": "SSH keys",
        ],
        columns: [
            "hundredths": "score", "maxHundredths": "maximum", "round": "round", "kind": "kind", "reason": "reason", "note": "note",
            "status": "stage", "rules": "rules", "name": "name", "role": "role", "position": "position", "present": "present",
            "votesFor": "for", "votesAgainst": "against", "award": "award", "text": "text", "signer": "signer",
            "fullName": "full name", "login": "login", "active": "active",
            "keyType": "key type", "fingerprint": "fingerprint", "comment": "key comment", "addedAt": "added",
        ],
        values: ["self": "self-assessment", "cluster": "cluster", "bonus": "bonus", "deduction": "deduction"]
    )
}
