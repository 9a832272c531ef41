import Emulation

extension Catalogue {
    public static let vietnamese = Catalogue(
        classificationCell: { band in
            switch band {
            case .excellent: return "xuất sắc"
            case .good: return "tốt"
            case .completed: return "hoàn thành"
            case .notCompleted: return "không HT"
            }
        },
        status: { status in
            switch status {
            case .pledge: return "giao ước"
            case .scoring: return "chấm điểm"
            case .review: return "bình xét"
            case .closed: return "đã khóa"
            }
        },
        clusterKind: { kind in
            switch kind {
            case .cluster: return "cụm thi đua"
            case .bloc: return "khối thi đua"
            }
        },
        demoLoaded: { "Đã nạp dữ liệu mẫu: \($0.joined(separator: ", "))." },
        demoSkipped: { "Đã có sẵn, giữ nguyên: \($0.joined(separator: ", "))." },
        verifyPassed: { "Kiểm tra đạt: tệp SQLite nguyên vẹn, chuỗi nhật ký \($0) dòng không bị sửa (\($1))." },
        verifyIntegrityFailed: { "Kiểm tra KHÔNG đạt: tệp SQLite bị hỏng: \($0.joined(separator: "; "))" },
        verifyRowEdited: { "Kiểm tra KHÔNG đạt: dòng nhật ký số \($0) đã bị sửa ngoài thidua (mã băm không khớp nội dung)." },
        verifyChainBroken: { "Kiểm tra KHÔNG đạt: chuỗi nhật ký bị đứt tại dòng số \($0) (một dòng trước nó đã bị xóa, chèn hoặc sửa)." },
        verifyRowsMissing: { "Kiểm tra KHÔNG đạt: các dòng nhật ký sau dòng số \($0) (đến số \($1)) đã bị xóa." },
        verifyDamaged: { "Kiểm tra KHÔNG đạt: tệp \($0) bị hỏng, SQLite không đọc được nội dung của nó. Hãy khôi phục tệp từ bản sao lưu gần nhất." },
        verifyDataMatches: { baseline in
            "Dữ liệu khớp nhật ký: mọi dòng dữ liệu đúng như thay đổi cuối cùng mà nhật ký ghi lại"
                + (baseline.map { ", kể từ dòng mốc số \($0) (dữ liệu có từ trước được ghi nguyên trạng vào dòng mốc đó)" } ?? "") + "."
        },
        verifyFindings: { "Kiểm tra KHÔNG đạt: \($0) dòng dữ liệu không khớp nhật ký (đã bị thay đổi ngoài thidua):" },
        verifyFinding: { finding in
            let terms = SchemaTerms.vietnamese
            var place = "bảng \(terms.table(finding.table))"
            if let cluster = finding.cluster { place += ", cụm \(cluster)" + (finding.year.map { " năm \($0)" } ?? "") }
            if let unit = finding.unit { place += ", đơn vị \(unit)" }
            if let item = finding.item { place += ", mục \(item)" }
            for part in finding.key { place += ", \(terms.column(part.column)) \(terms.value(part.value))" }
            let none = "(không có)"
            let values = { (pick: (VerifyFindingWords.Column) -> String?) in
                finding.columns.map { "\(terms.column($0.name)) = \(pick($0) ?? none)" }.joined(separator: ", ")
            }
            switch finding.change {
            case .changed:
                return "  - \(place): " + finding.columns.map { "\(terms.column($0.name)) trong tệp là \($0.stored ?? none), theo nhật ký là \($0.audited ?? none)" }
                    .joined(separator: "; ")
            case .added:
                return "  - \(place): dòng được thêm ngoài thidua, nhật ký không có" + (finding.columns.isEmpty ? "" : " (\(values(\.stored)))")
            case .deleted:
                return "  - \(place): dòng bị xóa ngoài thidua, nhật ký vẫn còn" + (finding.columns.isEmpty ? "" : " (\(values(\.audited)))")
            }
        },
        verifyMoreFindings: { "  … và \($0) dòng khác: \($1)." },
        verifyImagesWithoutRow: { "Kiểm tra KHÔNG đạt: ảnh dữ liệu của dòng nhật ký số \($0) vẫn còn nhưng chính dòng đó không còn: nó đã bị xóa ngoài thidua." },
        verifyChainPlain: "Chuỗi nhật ký dùng SHA-256 không khóa: ai sửa được tệp cũng tính lại được cả chuỗi, nên hãy giữ dấu niêm phong in cuối mỗi văn bản và đối chiếu bằng thidua verify --seal SỐ:MÃ.",
        verifyChainKeyed: { "Chuỗi nhật ký được khóa bằng HMAC-SHA-256 (khóa \($1)) từ dòng số \($0): không ai thiếu khóa tính lại được chuỗi." },
        verifyKeyedUnchecked: { row, key in
            "Kiểm tra CHƯA TRỌN: từ dòng số \(row), chuỗi nhật ký được khóa bằng HMAC-SHA-256 (khóa \(key)) mà chương trình này không có khóa, nên phần đó chưa được kiểm tra (như vậy không phải là đạt). Hãy chạy thidua verify trên máy chủ giữ khóa."
        },
        verifyChainNotKeyed: {
            "Kiểm tra KHÔNG đạt: máy chủ này khóa chuỗi nhật ký (khóa \($0)) nhưng chuỗi của tệp là SHA-256 không khóa: chuỗi đã bị viết lại, hoặc máy chủ này chưa từng ghi vào tệp."
        },
        verifyKeyMismatch: { file, key in
            "Kiểm tra KHÔNG đạt: chuỗi nhật ký của tệp được khóa bằng khóa \(file), còn chương trình này dùng khóa \(key), nên không kiểm tra được phần có khóa."
        },
        verifySealMatches: { "Niêm phong \($0) khớp: lịch sử đến dòng nhật ký thứ \($1) không bị viết lại." },
        verifySealFewerRows: { seal, count, rows in
            "Kiểm tra KHÔNG đạt: niêm phong \(seal) đếm \(count) dòng nhật ký mà tệp chỉ còn \(rows) dòng: các dòng về sau đã bị xóa."
        },
        verifySealHashDiffers: { seal, count, id, hash, sealHash in
            "Kiểm tra KHÔNG đạt: dòng nhật ký thứ \(count) (số \(id)) có mã băm \(hash), không phải \(sealHash) như niêm phong \(seal): lịch sử trước niêm phong đã bị viết lại."
        },
        verifySealInvalid: { "Niêm phong \"\($0)\" không hợp lệ: cần dạng SỐ:MÃ như in cuối văn bản, ví dụ 1234:3fa9c2e01b7d." },
        importedScores: { file, changed, unchanged, cleared in "\(file): \(changed) giá trị đã đổi, \(unchanged) không đổi, \(cleared) đã xóa." },
        importedAdjustments: { "Điểm thưởng, điểm trừ: \($0) đã đổi, \($1) không đổi, \($2) đã xóa." },
        importedUnits: { file, added, changed, unchanged in "\(file): \(added) đơn vị được thêm vào danh sách, \(changed) đơn vị đã đổi, \(unchanged) không đổi." },
        yearStatusChanged: { "Cụm \($0) năm \($1) chuyển sang giai đoạn: \($2)." },
        roundRequired: "Hãy chỉ rõ vòng điểm của tệp: --round self (tự chấm) hoặc --round cluster (cụm chấm).",
        exported: { "Đã ghi \($0)." },
        formatNotAvailable: { "Không có định dạng \($1) cho \($0): dùng \($2)." },
        binaryNeedsFile: { "Tệp \($0) cần ghi ra tệp: thêm -o TÊN-TỆP.\($0)" },
        delimiterInvalid: { "Dấu phân cách \"\($0)\" không dùng được: chỉ có \",\" (mặc định) hoặc \";\" (Excel dùng dấu chấm phẩy)." },
        dossierWritten: { folder, files, missing in
            "Đã ghi \(files) tệp vào \(folder)" + (missing == 0 ? "; hồ sơ đã đủ." : "; còn thiếu \(missing) mục (xem 00-danh-muc.txt).")
        },
        invalidDate: { "Ngày \"\($0)\" không hợp lệ (dạng 2024-01-15 hoặc 15/01/2024)." },
        handoverImpossible: "Không chọn được trưởng cụm: không còn đơn vị đủ điều kiện, hoặc trưởng và phó cụm là một đơn vị.",
        handoverRecorded: { "Năm \($0): trưởng cụm \($1), phó cụm \($2)." },
        errorPrefix: "Lỗi",
        notThiduaDatabase: { "\($0) không phải là cơ sở dữ liệu của thidua; tệp được giữ nguyên. Hãy chọn tệp khác bằng --db." },
        newerSchema: { "\($0) được tạo bởi phiên bản thidua mới hơn (\($1)); tệp được giữ nguyên. Hãy cập nhật thidua." },
        databaseLocked: { "Tệp \($0) đang bận: một cán bộ khác hoặc một lần nhập dữ liệu đang ghi vào tệp, nên thao tác này chưa được thực hiện. Hãy đợi một lát rồi thử lại." },
        databaseDiskFull: { "Ổ đĩa chứa \($0) đã đầy, không có gì được ghi. Hãy giải phóng dung lượng (hoặc báo quản trị máy chủ) rồi thử lại." },
        databaseReadOnly: { path, why in
            let canStill = "Bạn vẫn xem, xếp hạng, xuất và kiểm tra được; muốn thay đổi, hãy nhờ quản trị máy chủ cấp quyền ghi."
            switch why {
            case .file:
                return "Bạn chỉ có quyền đọc \(path): tài khoản này không được ghi vào tệp, nên không có gì được ghi. " + canStill
            case .folder(let folder):
                return "Bạn chỉ có quyền đọc \(path): tài khoản này không được ghi vào thư mục \(folder), nơi SQLite tạo tệp -wal và -shm khi ghi, nên không có gì được ghi. " + canStill
            case .sideFiles:
                return "Không ghi được vào \(path): SQLite chỉ cho đọc dù tài khoản này được ghi vào tệp; có thể tệp \(path)-wal hoặc \(path)-shm bên cạnh thuộc một tài khoản khác. Không có gì được ghi; hãy nhờ quản trị máy chủ kiểm tra chủ sở hữu và quyền của hai tệp đó."
            }
        },
        databaseDamaged: { "Tệp \($0) bị hỏng: SQLite không đọc được nội dung của nó. Hãy chạy thidua verify để kiểm tra, rồi khôi phục tệp từ bản sao lưu gần nhất." },
        cannotOpen: { "Không mở được \($0): \($1)" },
        databaseRefused: { "Cơ sở dữ liệu từ chối thay đổi này, không có gì được ghi: \($0)" },
        unknownStoredValue: { table, column, rowID, value in
            "Cơ sở dữ liệu chứa một giá trị mà phiên bản thidua này không đọc được: bảng \(table), dòng \(rowID), cột \(column), giá trị \"\(value)\". Không có giá trị nào được đoán thay. Tệp đã bị sửa ngoài thidua hoặc bởi một phiên bản mới hơn: hãy cập nhật thidua, hoặc chạy thidua verify rồi khôi phục tệp từ bản sao lưu gần nhất."
        },
        missingRow: { "Cơ sở dữ liệu thiếu dòng \($1) của bảng \($0). Có thể tệp đã bị sửa ngoài thidua: hãy chạy thidua verify để kiểm tra." },
        unknownCluster: { code, existing in "Không có cụm \"\(code)\". " + (existing.isEmpty ? "Chưa có cụm nào (chạy: thidua demo)." : "Các cụm hiện có: \(existing).") },
        unknownYear: { cluster, year, existing in "Cụm \(cluster) không có năm \(year). " + (existing.isEmpty ? "Cụm chưa có năm nào." : "Các năm hiện có: \(existing).") },
        clusterExists: { "Đã có cụm \"\($0)\"." },
        yearExists: { "Cụm \($0) đã có năm \($1)." },
        yearClosed: { "\($0) \($1) đã khóa, không thể thay đổi; mở lại cần quản trị viên và lý do." },
        unknownUnit: { "Không có đơn vị \"\($0)\"." },
        scoreUnknownItem: { "Không có tiêu chí \"\($0)\"." },
        scoreOutOfRange: { "Điểm \($1) của tiêu chí \($0) nằm ngoài khoảng 0–\($2)." },
        adjustmentAboveLimit: { "\($0) \($1) vượt mức tối đa \($2)." },
        adjustmentWithoutReason: { "\($0) cần ghi lý do." },
        voteNegative: "Số phiếu không được âm.",
        voteMoreThanPresent: { "Số phiếu (\($1)) nhiều hơn số thành viên có mặt (\($0))." },
        voteMorePresentThanMembers: { "Số thành viên có mặt (\($0)) nhiều hơn số thành viên của cụm (\($1))." },
        voteMoreBallotsThanPresent: { "Số phiếu thu vào (\($0)) nhiều hơn số thành viên có mặt (\($1))." },
        voteBallotsDoNotAddUp: { "Tán thành, không tán thành và phiếu không hợp lệ cộng lại là \($1), khác số phiếu thu vào (\($0))." },
        voteInvalidWithoutBallots: "Có số phiếu không hợp lệ thì cần ghi cả số phiếu thu vào.",
        invalidTime: { "Giờ \"\($0)\" không hợp lệ (dạng 14:00 hoặc 14h00)." },
        criteriaProblem: { problem in
            switch problem {
            case .empty: return "Bộ tiêu chí trống."
            case .emptyCode(let title): return "Tiêu chí \"\(title)\" chưa có mã."
            case .duplicateCode(let code): return "Mã tiêu chí \(code) bị trùng."
            case .nonPositiveMaximum(let code): return "Điểm tối đa của tiêu chí \(code) phải lớn hơn 0."
            case .childrenDoNotAddUp(let code, let maximum, let sum):
                return "Tiêu chí \(code): tổng các tiêu chí con là \(DecimalText.format(sum, trimWhole: true)), khác điểm tối đa \(DecimalText.format(maximum, trimWhole: true))."
            case .majorWithoutItems(let code): return "Tiêu chí lớn \(code) chưa có tiêu chí thành phần."
            case .tooDeep(let code): return "Tiêu chí \(code) có hơn 3 cấp."
            }
        },
        criteriaLocked: { "Bộ tiêu chí của \($0) năm \($1) đã khóa vì đã bắt đầu chấm điểm; quản trị viên mở khóa (có lý do): thidua unlock-criteria --cluster \($0) --year \($1) --reason \"…\"" },
        criterionHasScores: { "Tiêu chí \($0) đã có điểm: không thể xóa, và điểm tối đa không được thấp hơn điểm đã chấm." },
        unitExists: { "Đơn vị \"\($0)\" đã có trong danh sách năm nay." },
        unitNameRequired: "Tên đơn vị không được để trống.",
        unitHasRecords: { "Đơn vị \"\($0)\" đã có dữ liệu (điểm, chữ ký, mô hình…) năm nay nên không thể xóa; có thể đánh dấu ngừng hoạt động." },
        clusterNameRequired: "Tên cụm không được để trống.",
        importFailed: { "Không nhập gì cả: tìm thấy \($0) lỗi." },
        issueLocation: { file, line, column, field in
            "\(file)" + (line > 0 ? ":\(line)" : "") + (column > 0 ? ":\(column)" : "") + (field.isEmpty ? "" : " [\(field)]")
        },
        issueCell: { file, sheet, cell, row, field in
            "\(file), trang \"\(sheet)\", " + (cell.map { "ô \($0)" } ?? (row > 0 ? "dòng \(row)" : "")) + (field.isEmpty ? "" : " [\(field)]")
        },
        issueValue: { "giá trị \"\($0)\"" },
        importProblem: { problem in
            switch problem {
            case .invalidUTF8: return "tệp không phải UTF-8 hợp lệ (hãy lưu lại dưới dạng CSV UTF-8)"
            case .unreadable(let message): return "không đọc được CSV: \(message)"
            case .emptyFile: return "tệp trống"
            case .missingColumns(let names): return "thiếu cột: \(names)"
            case .unknownColumn(let name, let expected): return "cột lạ \"\(name)\" (các cột cần có: \(expected))"
            case .duplicateColumn(let name): return "cột \"\(name)\" bị lặp"
            case .wrongFieldCount(let expected, let found, let scores):
                return "dòng này có \(found) ô nhưng dòng tiêu đề có \(expected) ô ("
                    + (scores ? "điểm có dấu phẩy thập phân, như 9,5, phải đặt trong ngoặc kép: \"9,5\"; hoặc lưu tệp với dấu chấm phẩy (;) làm dấu phân cách"
                              : "ô có dấu phẩy phải đặt trong ngoặc kép")
                    + ")"
            case .unknownUnit(let known): return "không có đơn vị này trong cụm (các đơn vị: \(known))"
            case .duplicateUnit(let firstLine): return "đơn vị đã có ở dòng \(firstLine)"
            case .duplicateRole(let firstLine): return "vai trò này đã giao cho đơn vị ở dòng \(firstLine) (mỗi năm chỉ một trưởng cụm, một phó cụm)"
            case .malformedNumber: return "không phải số hợp lệ (ví dụ: 9,5 hoặc 9.5)"
            case .negativeNumber: return "điểm không được âm"
            case .tooManyDecimals: return "tối đa 2 chữ số thập phân"
            case .outOfRange(let maximum): return "vượt điểm tối đa \(maximum)"
            case .requiredValueMissing: return "ô này không được để trống"
            case .reasonMissing: return "cần ghi lý do"
            case .invalidValue(let allowed): return "giá trị không hợp lệ (chấp nhận: \(allowed))"
            case .tab: return "có ký tự tab (U+0009; ở đây hiện thành �): tab là ký tự điều khiển, không được dùng trong ô; hãy thay bằng dấu cách"
            case .controlCharacter(let code): return "có ký tự điều khiển \(code) (ký tự ẩn, thường lẫn vào khi sao chép từ phần mềm khác; ở đây hiện thành �): hãy xóa ký tự này"
            case .lineBreak: return "có xuống dòng (ô trong ngoặc kép trải trên nhiều dòng); nội dung ô phải nằm trên một dòng"
            case .tooLong(let length, let maximum): return "dài \(length) ký tự, tối đa \(maximum) ký tự"
            case .sheetOfCSV: return "tệp CSV không có trang tính: bỏ --sheet"
            case .unknownSheet(let existing): return "không có trang tính này (các trang: \(existing))"
            case .unreadableWorkbook(let message): return "không đọc được tệp Excel (.xlsx): \(message)"
            case .oldExcelWorkbook: return "tệp Excel 97–2003 (.xls) không đọc được: mở bằng Excel, chọn Lưu thành (Save As) → Sổ làm việc Excel (.xlsx), rồi nhập tệp .xlsx"
            case .dateCell: return "ô chứa ngày tháng, không phải điểm hay chữ (định dạng lại ô là Số hoặc Văn bản rồi gõ lại)"
            case .cellError: return "ô báo lỗi của Excel"
            case .uncalculatedFormula: return "công thức chưa được tính (tệp do phần mềm không tính công thức ghi ra): mở tệp bằng Excel hoặc LibreOffice, lưu lại rồi nhập lại"
            case .outsideColumns: return "ô nằm ngoài bảng: cột này không có tên ở dòng tiêu đề"
            }
        },
        fileUnreadable: { "Không đọc được tệp \($0): tệp không tồn tại hoặc không có quyền đọc." },
        terminalUnsupported: { term in
            (term.map { "Terminal \"\($0)\" không dùng được cho giao diện toàn màn hình" } ?? "Chưa đặt biến TERM")
                + "; hãy đặt TERM, ví dụ: TERM=xterm-256color thidua. Các lệnh như thidua rank vẫn dùng được."
        },
        notATerminal: "Đầu vào hoặc đầu ra không phải là terminal: hãy mở thidua trong một cửa sổ terminal. Các lệnh như thidua rank, thidua export vẫn dùng được.",
        unauditedChange: { "Lỗi lập trình của thidua: bảng \($0) bị thay đổi mà không có dòng nhật ký đi kèm, nên thay đổi đã bị hủy, không có gì được ghi. Hãy báo lỗi này cho người phát triển thidua." },
        auditKeyMismatch: { file, key in
            "Chuỗi nhật ký của tệp được khóa bằng khóa \(file), còn chương trình này dùng khóa \(key): không thể nối tiếp chuỗi, nên không có gì được ghi. Hãy kiểm tra THIDUA_AUDIT_KEY_FILE trên máy chủ."
        },
        auditKeyRequired: {
            "Chuỗi nhật ký của tệp được khóa (khóa \($0)) mà chương trình này không có khóa: không thể nối tiếp chuỗi, nên không có gì được ghi. Chỉ máy chủ giữ khóa (THIDUA_AUDIT_KEY_FILE) mới ghi được vào tệp này."
        },
        auditKeyFileUnreadable: { "Không đọc được tệp khóa nhật ký \($0) (THIDUA_AUDIT_KEY_FILE): \($1). Không có gì được mở hay ghi." },
        auditKeyFileTooShort: { path, bytes, minimum in
            "Tệp khóa nhật ký \(path) (THIDUA_AUDIT_KEY_FILE) chỉ có \(bytes) byte, cần ít nhất \(minimum). Không có gì được mở hay ghi; hãy tạo khóa mới, ví dụ: head -c 32 /dev/urandom > \(path)."
        },
        auditKeyFileExposed: { path, mode in
            "Tệp khóa nhật ký \(path) (THIDUA_AUDIT_KEY_FILE) có quyền \(mode): nhóm hoặc người khác đọc được, nên khóa không còn bí mật. Không có gì được mở hay ghi; hãy chạy chmod 600 \(path) (và thay khóa nếu đã lộ)."
        },
        screen: ScreenWords(
            appName: "thidua",
            homeName: "Trang chủ", homeSummary: "Các cụm, các năm và tình trạng",
            rosterName: "Đơn vị", rosterSummary: "Danh sách đơn vị thành viên của năm",
            gridName: "Bảng điểm", gridSummary: "Bảng điểm của cả cụm",
            sheetName: "Phiếu điểm", sheetSummary: "Phiếu điểm của một đơn vị",
            pledgeName: "Giao ước", pledgeSummary: "Giao ước thi đua và chữ ký",
            rankingName: "Xếp hạng", rankingSummary: "Xếp hạng và đề nghị khen thưởng",
            meetingName: "Họp", meetingSummary: "Trình chiếu tại hội nghị bình xét",
            progressName: "Tiến độ", progressSummary: "Tiến độ chấm điểm và ký giao ước của từng đơn vị",
            keyHelp: "Trợ giúp", keyHelpHelp: "Mở trang trợ giúp với mọi phím",
            keySearch: "Tìm", keySearchHelp: "Tìm cụm hoặc đơn vị, không cần gõ dấu",
            keyCommand: "Lệnh", keyCommandHelp: "Gõ lệnh (Tab để gợi ý): demo, theme, lang, open, quit…",
            keyBack: "Quay lại", keyBackHelp: "Đóng hộp thoại hoặc về màn hình trước",
            keyQuit: "Thoát", keyQuitHelp: "Thoát thidua (mọi thay đổi đã được lưu)",
            keySuspend: "Tạm dừng", keySuspendHelp: "Tạm dừng về shell; gõ fg để quay lại",
            keyUp: "Lên", keyUpHelp: "Dòng trên",
            keyDown: "Xuống", keyDownHelp: "Dòng dưới",
            keyLeft: "Trái", keyLeftHelp: "Cột hoặc nhóm bên trái",
            keyRight: "Phải", keyRightHelp: "Cột hoặc nhóm bên phải",
            keyPageUp: "Trang trước", keyPageUpHelp: "Lùi một trang",
            keyPageDown: "Trang sau", keyPageDownHelp: "Tiến một trang",
            keyFirst: "Đầu", keyFirstHelp: "Về dòng đầu",
            keyLast: "Cuối", keyLastHelp: "Đến dòng cuối",
            keyOpen: "Mở", keyOpenHelp: "Mở cụm và năm đang chọn",
            keyDemo: "Dữ liệu mẫu", keyDemoHelp: "Nạp dữ liệu mẫu (HP-KH 2023, HN-10 2020, TH-02 2019)",
            keyNewCluster: "Cụm mới", keyNewClusterHelp: "Tạo một cụm thi đua mới và năm đầu tiên",
            keyRound: "Vòng", keyRoundHelp: "Đổi vòng: tự chấm, cụm chấm, điểm cuối cùng",
            keyEdit: "Nhập", keyEditHelp: "Nhập điểm vào ô: gõ số (9,5 hoặc 9.5) rồi Enter (xuống), Tab (sang phải) hoặc mũi tên; Esc hủy",
            keyNextEmpty: "Ô trống", keyNextEmptyHelp: "Đến ô chưa có điểm tiếp theo của vòng đang xem",
            keyUndo: "Hoàn tác", keyUndoHelp: "Hoàn tác ô vừa nhập của bạn (được lưu và ghi nhật ký)",
            keyRedo: "Làm lại", keyRedoHelp: "Làm lại ô vừa hoàn tác",
            keyClear: "Xóa", keyClearHelp: "Xóa điểm (hoặc điểm thưởng/trừ) của ô đang chọn; lưu và ghi nhật ký",
            keyCriteria: "Tiêu chí", keyCriteriaHelp: "Sửa bộ tiêu chí của năm (cũng bằng lệnh :criteria)",
            keySheetEditHelp: "Nhập điểm, ghi chú, điểm thưởng/trừ và lý do: gõ rồi Enter (xuống) hoặc Tab (sang phải); Esc hủy",
            keyPreviousUnit: "Đơn vị trước", keyPreviousUnitHelp: "Phiếu của đơn vị trước",
            keyNextUnit: "Đơn vị sau", keyNextUnitHelp: "Phiếu của đơn vị sau",
            homeHeading: "Các cụm thi đua",
            homeEmpty: [
                "Cơ sở dữ liệu còn trống.",
                "",
                "  d   Nạp dữ liệu mẫu (Hải Phòng 2023, Hà Nội 2020, Thanh Hóa 2019)",
                "  n   Tạo cụm thi đua mới",
                "",
                "Nhấn F1 hoặc ? để xem mọi phím.",
            ],
            columnCode: "Mã", columnYear: "Năm", columnName: "Tên cụm", columnStatus: "Giai đoạn",
            columnPledge: "Giao ước", columnScores: "Điểm", columnReview: "Bình xét",
            pledgeSigned: { "\($0)/\($1) đã ký" },
            scoresEntered: { "\($0)/\($1)" },
            notReviewed: "chưa bình xét",
            votesRecorded: { "đã biểu quyết \($0)" },
            chooseYearFirst: "Hãy chọn một cụm và năm ở Trang chủ (phím 1, rồi Enter).",
            helpTitle: "Trợ giúp — các phím",
            helpGlobal: "Mọi màn hình",
            helpDialog: "Hộp thoại đang mở",
            helpScreen: { "Màn hình \($0)" },
            helpMovement: "Di chuyển",
            helpClose: "Esc hoặc q: đóng trợ giúp · ↑↓ PgUp PgDn: cuộn",
            searchPrompt: "Tìm: ",
            searchNoMatch: "Không tìm thấy.",
            searchHint: "Gõ không dấu cũng được · ↑↓ chọn · Enter đến · Esc hủy",
            searchCluster: "cụm",
            searchUnit: "đơn vị",
            commandHint: "Tab: gợi ý · Enter: chạy · Esc: hủy",
            unknownCommand: { "Không có lệnh \"\($0)\". Nhấn Tab để xem các lệnh." },
            commandCandidates: { "Gợi ý: \($0)" },
            confirmYes: "Có (c)", confirmNo: "Không (k)",
            formTitle: "Tạo cụm thi đua mới",
            fieldCode: "Mã cụm", fieldName: "Tên cụm", fieldKind: "Loại (cụm/khối)", fieldAuthority: "Cơ quan quản lý", fieldYear: "Năm",
            fieldRequired: { "Cần nhập \($0)." },
            yearInvalid: "Năm phải là số từ 1945 đến 2200.",
            clusterCreated: { "Đã tạo cụm \($0), năm \($1)." },
            themeChanged: { "Đã đổi giao diện màu: \($0)." },
            languageChanged: "Đã chuyển sang tiếng Việt.",
            tooSmall: { "Cửa sổ \($0)×\($1) quá nhỏ: cần ít nhất \($2)×\($3)." },
            loading: "Đang tải…",
            roundFinal: "điểm cuối cùng",
            progress: { "đã nhập \($0)/\($1)" },
            unitCount: { "\($0) đơn vị" },
            groupLabel: { "nhóm \($0)/\($1)" },
            selectedUnit: { "Đang chọn: \($0)" },
            externalChange: "Dữ liệu vừa được người khác cập nhật; màn hình đã làm mới.",
            themeProblem: { error in
                let place = error.line > 0 ? "\(error.file):\(error.line)" : error.file
                let role = error.role.map { " vai trò \"\($0)\":" } ?? ""
                let problem: String
                switch error.problem {
                case .notKeyValue(let text): problem = "cần dạng \"vai_trò = giá_trị\" hoặc \"[mục]\", gặp \"\(text)\""
                case .outsideSection: problem = "định nghĩa trước mọi mục; hãy bắt đầu bằng [256], [8] hoặc [mono]"
                case .unknownSection(let name): problem = "mục lạ [\(name)]"
                case .duplicateSection(let depth): problem = "mục [\(depth.rawValue)] bị lặp"
                case .missingSection(let depth): problem = "thiếu mục [\(depth.rawValue)]"
                case .unknownRole(let name): problem = "vai trò lạ \"\(name)\""
                case .duplicateRole: problem = "vai trò bị định nghĩa hai lần"
                case .missingRole(let depth): problem = "mục [\(depth.rawValue)] thiếu vai trò này"
                case .emptyValue: problem = "chưa có giá trị"
                case .unknownWord(let word): problem = "từ lạ \"\(word)\""
                case .repeatedWord(let word): problem = "\"\(word)\" bị lặp"
                case .unknownColor(let color): problem = "màu lạ \"\(color)\""
                case .colorOutOfRange(let color, let depth): problem = "màu \"\(color)\" vượt phạm vi của mục [\(depth.rawValue)]"
                case .attributeNotAllowed(let word, let depth): problem = "\"\(word)\" không dùng được trong mục [\(depth.rawValue)]"
                case .sameAsCycle: problem = "các vai trò same-as vòng quanh nhau"
                case .unreadable: problem = "không đọc được tệp"
                case .unknownTheme(let available): problem = "không có giao diện này (có: \(available.joined(separator: ", ")))"
                }
                return "Giao diện màu \(place):\(role) \(problem) — dùng giao diện mặc định."
            },
            finalIsReadOnly: "Vòng điểm cuối cùng chỉ để xem: nhấn v để chọn tự chấm hoặc cụm chấm.",
            yearIsClosed: "Năm này đã khóa: không thể sửa điểm.",
            notANumber: { "\($0): \"\($1)\" không phải số hợp lệ (ví dụ: 9,5 hoặc 9.5)." },
            negativeNumber: { "\($0): không được nhập số âm." },
            tooManyDecimals: { "\($0): tối đa 2 chữ số thập phân." },
            wholeNumberRequired: { "\($0): nhập một số nguyên không âm." },
            nothingToUndo: "Không còn gì để hoàn tác.",
            nothingToRedo: "Không còn gì để làm lại.",
            undone: { "Đã hoàn tác: \($0), \($1)." },
            redone: { "Đã làm lại: \($0), \($1)." },
            noEmptyCell: "Mọi ô của vòng này đã có điểm.",
            editHint: "Enter: lưu, xuống · Tab: lưu, sang phải · mũi tên: lưu, di chuyển · Esc: hủy",
            reasonRequired: "Cần ghi lý do cho điểm thưởng hoặc điểm trừ: gõ lý do rồi Enter.",
            pointsBeforeReason: "Lý do đi kèm số điểm: nhập số điểm ở cột điểm trước (Esc để bỏ lý do này).",
            sheetHeading: { "Phiếu điểm: \($0) (\($1)/\($2)) · [ ] đổi đơn vị" },
            columnItem: "Mã", columnWording: "Tiêu chí", columnMaximum: "Tối đa", columnGap: "Lệch", columnNote: "Ghi chú",
            columnSelf: "Tự chấm", columnCluster: "Cụm chấm", columnFinal: "Cuối",
            finalGroup: "Điểm cuối cùng",
            progressHeading: { "Đủ điểm tự chấm \($0)/\($3) · đủ điểm cụm chấm \($1)/\($3) · đã ký giao ước \($2)/\($3)" },
            columnSigned: "Giao ước", columnMissing: "Còn thiếu",
            progressSigned: "đã ký", progressNotSigned: "chưa ký", progressSignedEarlier: "ký bản cũ", progressComplete: "đủ",
            progressMissing: { own, cluster in
                [own.isEmpty ? nil : "tự chấm " + own.joined(separator: ", "), cluster.isEmpty ? nil : "cụm chấm " + cluster.joined(separator: ", ")]
                    .compactMap { $0 }.joined(separator: "; ")
            },
            keyOpenSheet: "Phiếu điểm", keyOpenSheetHelp: "Mở phiếu điểm của đơn vị đang chọn",
            criteriaTitle: { "Bộ tiêu chí — \($0) năm \($1)" },
            criteriaLockedMark: "đã khóa: đã bắt đầu chấm điểm",
            criteriaKey: { action in
                switch action {
                case .editTitle: return ("tên", "Sửa tên của tiêu chí đang chọn")
                case .editCode: return ("mã", "Sửa mã của tiêu chí đang chọn (không được khi đã có điểm theo mã này)")
                case .editMaximum: return ("điểm tối đa", "Sửa điểm tối đa của tiêu chí đang chọn")
                case .addItem: return ("thêm", "Thêm một tiêu chí sau dòng đang chọn (trong tiêu chí lớn đó)")
                case .addMajor: return ("thêm tiêu chí lớn", "Thêm một tiêu chí lớn ở cuối")
                case .delete: return ("xóa", "Xóa tiêu chí đang chọn")
                case .moveUp: return ("lên", "Chuyển tiêu chí đang chọn lên trên")
                case .moveDown: return ("xuống", "Chuyển tiêu chí đang chọn xuống dưới")
                case .defaultGrid: return ("mặc định", "Thay bằng bộ tiêu chí mặc định: 3 tiêu chí lớn, 15 tiêu chí, 100 điểm")
                case .previousYear: return ("năm trước", "Lấy bộ tiêu chí của năm trước")
                case .save: return ("lưu", "Lưu bộ tiêu chí (tổng điểm được kiểm tra trước khi lưu)")
                case .close: return ("đóng", "Đóng; còn thay đổi chưa lưu thì nhấn Esc lần nữa để bỏ")
                }
            },
            criteriaValid: { "Hợp lệ: tổng \($0) điểm." },
            criteriaDiscard: "Có thay đổi chưa lưu: nhấn s để lưu, hoặc Esc lần nữa để bỏ.",
            criteriaSaved: "Đã lưu bộ tiêu chí.",
            newCriterion: "Tiêu chí mới",
            noPreviousYear: "Cụm chưa có năm nào trước năm này.",
            unlockReasonRequired: "Cần ghi lý do mở khóa.",
            changeNeedsReason: "Thay đổi này cần ghi lý do, được lưu vào nhật ký (đã bắt đầu chấm điểm, hoặc năm đã khóa). Chưa lưu gì.",
            criteriaUnlocked: { "Đã mở khóa bộ tiêu chí của \($0) năm \($1); lưu bộ tiêu chí sẽ khóa lại." },
            codeHasScores: "Tiêu chí này đã có điểm: không đổi mã được (điểm gắn với mã).",
            noUnitsYet: { "Năm này chưa có đơn vị nào. Thêm trên màn hình Đơn vị (phím 2, rồi a), hoặc từ tệp danh sách (cột name, role…):\n  thidua import roster DANH_SACH.csv --cluster \($0) --year \($1)" }
        ),
        edit: .vietnamese,
        documents: .vietnamese
    )
}
