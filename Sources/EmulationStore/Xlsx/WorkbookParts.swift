import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The small parts of a workbook: its sheets and their files, the shared strings, and which
/// cell styles show a date.
enum WorkbookParts {
    static func sheets(_ data: Data) -> [(name: String, relationship: String)] {
        var sheets: [(String, String)] = []
        ElementWalker.walk(data) { name, attributes in
            if name == "sheet" { sheets.append((attributes["name"] ?? "", attributes["r:id"] ?? attributes.first { $0.key.hasSuffix(":id") }?.value ?? "")) }
        }
        return sheets
    }

    static func relationships(_ data: Data) -> [String: String] {
        var targets: [String: String] = [:]
        ElementWalker.walk(data) { name, attributes in
            if name == "Relationship", let id = attributes["Id"], let target = attributes["Target"] { targets[id] = target }
        }
        return targets
    }

    /// Each `<si>`'s text: its `<t>`, or its runs' `<t>` joined; phonetic runs (`<rPh>`) left out.
    static func sharedStrings(_ data: Data) -> [String] {
        let collector = SharedStringsCollector()
        let parser = XMLParser(data: data)
        parser.delegate = collector
        parser.parse()
        return collector.strings
    }

    /// The indexes of `cellXfs` whose number format is a date or a time: Excel's built-in ones
    /// (14–22, 27–36, 45–47, 50–58) and custom codes with d, m, y, h or s outside quotes and brackets.
    static func dateStyles(_ data: Data) -> Set<Int> {
        var customDates: Set<Int> = []
        var styles: [Int] = []
        var inCellFormats = false
        ElementWalker.walk(data, end: { name in if name == "cellXfs" { inCellFormats = false } }) { name, attributes in
            switch name {
            case "numFmt":
                if let id = attributes["numFmtId"].flatMap(Int.init), let code = attributes["formatCode"], isDateCode(code) { customDates.insert(id) }
            case "cellXfs": inCellFormats = true
            case "xf" where inCellFormats: styles.append(attributes["numFmtId"].flatMap(Int.init) ?? 0)
            default: break
            }
        }
        let builtIn = Set(14...22).union(27...36).union(45...47).union(50...58)
        return Set(styles.enumerated().filter { builtIn.contains($0.element) || customDates.contains($0.element) }.map(\.offset))
    }

    static func isDateCode(_ code: String) -> Bool {
        var plain = ""
        var quoted = false
        var bracketed = false
        var escaped = false
        for character in code {
            if escaped { escaped = false; continue }
            switch character {
            case "\\" where !quoted: escaped = true
            case "\"": quoted.toggle()
            case "[" where !quoted: bracketed = true
            case "]" where !quoted: bracketed = false
            default: if !quoted && !bracketed { plain.append(character) }
            }
        }
        return plain.lowercased().contains { "dmyhs".contains($0) }
    }
}

private final class SharedStringsCollector: NSObject, XMLParserDelegate {
    var strings: [String] = []
    private var current = ""
    private var inText = false
    private var phonetic = 0

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        switch name {
        case "si": current = ""
        case "rPh": phonetic += 1
        case "t": inText = phonetic == 0
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { if inText { current += string } }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch name {
        case "si": strings.append(current)
        case "rPh": phonetic -= 1
        case "t": inText = false
        default: break
        }
    }
}

/// Calls back for each element's start (name without prefix, attributes) and end.
final class ElementWalker: NSObject, XMLParserDelegate {
    private let start: (String, [String: String]) -> Void
    private let end: (String) -> Void

    private init(start: @escaping (String, [String: String]) -> Void, end: @escaping (String) -> Void) {
        self.start = start
        self.end = end
    }

    static func walk(_ data: Data, end: @escaping (String) -> Void = { _ in }, start: @escaping (String, [String: String]) -> Void) {
        let walker = ElementWalker(start: start, end: end)
        let parser = XMLParser(data: data)
        parser.delegate = walker
        parser.parse()
    }

    static func local(_ name: String) -> String { name.split(separator: ":").last.map(String.init) ?? name }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        start(Self.local(name), attributes)
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) { end(Self.local(name)) }
}
