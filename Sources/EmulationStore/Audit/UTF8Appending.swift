extension [UInt8] {
    /// Appends the text's UTF-8 bytes in one copy: appending `text.utf8` as a sequence goes byte
    /// by byte (a fifth of an audit row's hash, whose import writes 32 texts a row).
    mutating func appendUTF8(_ text: String) {
        var text = text
        text.withUTF8 { append(contentsOf: $0) }
    }
}
