/// What `thidua server …` says: the set-up's steps and advice, and a served session's refusals.
public struct ServerCommandWords: Sendable {
    public var planUser: @Sendable (_ user: String, _ exists: Bool) -> String
    public var planDirectory: @Sendable (_ path: String, _ user: String) -> String
    public var planDatabase: @Sendable (_ path: String, _ user: String, _ exists: Bool) -> String
    public var planDropIn: @Sendable (_ path: String) -> String
    public var userCreated: @Sendable (String) -> String
    public var databaseCreated: @Sendable (_ path: String, _ admin: String) -> String
    public var dropInWritten: @Sendable (String) -> String
    /// After setup: how to reload sshd, open the port, and add the first people.
    public var nextSteps: @Sendable (_ user: String, _ database: String) -> String
    /// A command a session does not run, with those it does.
    public var notServed: @Sendable (_ command: String, _ served: [String]) -> String
    public var optionNotServed: @Sendable (String) -> String
    public var unbalancedQuote: String
    public var needsRoot: String
    public var invalidUser: @Sendable (String) -> String
    public var unsafePathCharacters: @Sendable (String) -> String
    public var programNotRootOwned: @Sendable (_ program: String, _ path: String) -> String
    public var directoryOwnedByOther: @Sendable (_ path: String, _ owner: String) -> String
    public var commandFailed: @Sendable (_ command: String, _ output: String) -> String
    public var dropInIgnored: @Sendable (_ directory: String, _ config: String) -> String
    public var notServiceAccount: @Sendable (String) -> String
    public var noFile: @Sendable (String) -> String

    public static let vietnamese = ServerCommandWords(
        planUser: { $1 ? "Tài khoản dịch vụ \($0): đã có, giữ nguyên." : "Tạo tài khoản dịch vụ \($0) (tài khoản hệ thống, không mật khẩu)." },
        planDirectory: { "Thư mục dữ liệu \($0): của \($1), quyền 0700." },
        planDatabase: { $2 ? "Cơ sở dữ liệu \($0): đã có, giao cho \($1), quyền 0600." : "Tạo cơ sở dữ liệu \($0) (root là quản trị viên đầu tiên), giao cho \($1), quyền 0600." },
        planDropIn: { "Cấu hình sshd \($0), kiểm tra bằng sshd -t." },
        userCreated: { "Đã tạo tài khoản dịch vụ \($0)." },
        databaseCreated: { "Đã tạo cơ sở dữ liệu \($0); quản trị viên đầu tiên: \($1)." },
        dropInWritten: { "Đã ghi \($0); sshd -t không báo lỗi." },
        nextSteps: { user, database in
            """
            Việc tiếp theo:
              1. Nạp lại sshd: systemctl reload ssh
              2. Mở cổng 22/tcp trên tường lửa cho các máy của cụm (ví dụ: ufw allow from 10.0.0.0/8 to any port 22 proto tcp).
              3. Thêm từng người với khóa SSH của họ:
                 thidua account add nguyen.van.a --name "Nguyễn Văn A" --role clerk --cluster MÃ-CỤM --unit "Tên đơn vị" --key-file id_ed25519.pub --db \(database)
              4. Người đó đăng nhập: ssh -t \(user)@máy-chủ
            """
        },
        notServed: { "Lệnh «\($0)» không chạy được qua SSH. Qua SSH chỉ dùng: \($1.joined(separator: ", ")); việc khác nhờ quản trị viên." },
        optionNotServed: { "Tùy chọn \($0) không dùng được qua SSH: tệp và tài khoản là của phiên, kết quả hiện ra màn hình của bạn." },
        unbalancedQuote: "Lệnh có dấu nháy chưa đóng.",
        needsRoot: "thidua server setup phải chạy với quyền root (sudo).",
        invalidUser: { "Tên tài khoản dịch vụ «\($0)» không hợp lệ: chữ thường, số, _ và -, bắt đầu bằng chữ, tối đa 32 ký tự." },
        unsafePathCharacters: { "Đường dẫn \($0) phải là đường dẫn tuyệt đối, không có dấu cách, dấu nháy, \\, % hay ký tự đặc biệt của shell." },
        programNotRootOwned: { program, path in
            "sshd sẽ không chạy \(program): \(path) không thuộc root hoặc người khác ghi được. Cài chương trình vào chỗ của root rồi chạy lại, ví dụ:\n  sudo install -m 0755 \(program) /usr/local/bin/thidua && sudo /usr/local/bin/thidua server setup"
        },
        directoryOwnedByOther: { "Thư mục \($0) đã có và thuộc \($1): chọn một thư mục riêng cho cơ sở dữ liệu, ví dụ /var/lib/thidua/thidua.sqlite." },
        commandFailed: { "Lệnh \($0) thất bại: \($1)" },
        dropInIgnored: { "sshd không đọc thư mục \($0): thêm dòng «Include \($0)/*.conf» vào đầu \($1), rồi chạy lại." },
        notServiceAccount: { "Chỉ tài khoản dịch vụ sở hữu \($0) mới mở phiên phục vụ (sshd chạy lệnh này thay cho người dùng)." },
        noFile: { "Chưa có cơ sở dữ liệu \($0): chạy thidua server setup trước." }
    )

    public static let english = ServerCommandWords(
        planUser: { $1 ? "Service account \($0): exists, left as it is." : "Create the service account \($0) (a system account, no password)." },
        planDirectory: { "Data directory \($0): owned by \($1), mode 0700." },
        planDatabase: { $2 ? "Database \($0): exists, given to \($1), mode 0600." : "Create the database \($0) (root its first admin), given to \($1), mode 0600." },
        planDropIn: { "sshd drop-in \($0), checked with sshd -t." },
        userCreated: { "Created the service account \($0)." },
        databaseCreated: { "Created the database \($0); first admin: \($1)." },
        dropInWritten: { "Wrote \($0); sshd -t finds no error." },
        nextSteps: { user, database in
            """
            Next:
              1. Reload sshd: systemctl reload ssh
              2. Open port 22/tcp in the firewall to the cluster's offices (e.g. ufw allow from 10.0.0.0/8 to any port 22 proto tcp).
              3. Add each person with their SSH key:
                 thidua account add nguyen.van.a --name "Nguyễn Văn A" --role clerk --cluster CODE --unit "Unit name" --key-file id_ed25519.pub --db \(database)
              4. They log in: ssh -t \(user)@server
            """
        },
        notServed: { "The command “\($0)” is not served over SSH. Over SSH: \($1.joined(separator: ", ")); ask an admin for anything else." },
        optionNotServed: { "The option \($0) is not served over SSH: the file and the account are the session's, and output goes to your screen." },
        unbalancedQuote: "The command has an unclosed quote.",
        needsRoot: "thidua server setup must run as root (sudo).",
        invalidUser: { "“\($0)” is not a valid service account name: lowercase letters, digits, _ and -, starting with a letter, at most 32 characters." },
        unsafePathCharacters: { "The path \($0) must be absolute, without spaces, quotes, \\, % or shell characters." },
        programNotRootOwned: { program, path in
            "sshd will not run \(program): \(path) is not root's, or others may write it. Install the program where root keeps programs and run again, e.g.:\n  sudo install -m 0755 \(program) /usr/local/bin/thidua && sudo /usr/local/bin/thidua server setup"
        },
        directoryOwnedByOther: { "The directory \($0) exists and belongs to \($1): choose a directory of its own for the database, e.g. /var/lib/thidua/thidua.sqlite." },
        commandFailed: { "\($0) failed: \($1)" },
        dropInIgnored: { "sshd does not read \($0): add “Include \($0)/*.conf” at the top of \($1), then run again." },
        notServiceAccount: { "Only the service account that owns \($0) opens a served session (sshd runs this for the person)." },
        noFile: { "There is no database \($0) yet: run thidua server setup first." }
    )
}
