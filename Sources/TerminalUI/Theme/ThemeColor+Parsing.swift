extension ThemeColor {
    /// Names for the first sixteen palette entries; the bright ones exist only in [256].
    static let names: [String: Int] = {
        let basic = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]
        var names: [String: Int] = [:]
        for (index, name) in basic.enumerated() {
            names[name] = index
            names["bright-" + name] = index + 8
        }
        return names
    }()

    /// `default`, a palette number or a colour name; nil when the text is none of these.
    /// Whether the number suits a section is the caller's question.
    init?(themeText text: String) {
        if text == "default" {
            self = .terminalDefault
        } else if text.allSatisfy({ $0.isASCII && $0.isNumber }), let number = Int(text) {
            self = .index(number)
        } else if let number = Self.names[text] {
            self = .index(number)
        } else {
            return nil
        }
    }
}
