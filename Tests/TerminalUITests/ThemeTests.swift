import Foundation
import Testing
@testable import TerminalUI

@Suite struct ThemeTests {
    // MARK: Shipped themes

    static let themesDirectory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("themes")
    static let shippedNames = ["default", "high-contrast", "light", "mono"]

    static func shipped(_ name: String) throws -> Theme {
        let path = themesDirectory.appendingPathComponent("\(name).theme").path
        return try ThemeParser.parse(text: String(contentsOfFile: path, encoding: .utf8), file: path).get()
    }

    @Test func theRepositoryShipsTheFourThemes() {
        let found = ThemeLoader.availableThemes(searchPaths: [Self.themesDirectory.path], environment: [:])
        #expect(found == Self.shippedNames)
    }

    @Test(arguments: shippedNames)
    func everyShippedThemeDefinesEveryRoleAtEveryDepth(name: String) throws {
        let theme = try Self.shipped(name)
        #expect(theme.name == name)
        for depth in ColorDepth.allCases {
            #expect(Set((theme.styles[depth] ?? [:]).keys) == Set(StyleRole.allCases), "\(name) \(depth.sectionName)")
        }
    }

    /// Text in the same colour as its background cannot be read; only bars may do it.
    @Test(arguments: shippedNames)
    func noTextRoleHidesItsText(name: String) throws {
        let theme = try Self.shipped(name)
        let bars: Set<StyleRole> = [.barCriterion1, .barCriterion2, .barCriterion3]
        for depth in ColorDepth.allCases {
            for role in StyleRole.allCases where !bars.contains(role) {
                let style = theme.style(role, depth: depth)
                #expect(style.foreground == .terminalDefault || style.foreground != style.background,
                        "\(name) \(depth.sectionName) \(role)")
            }
        }
    }

    @Test func theMonoThemeNamesNoColourAtAnyDepth() throws {
        let theme = try Self.shipped("mono")
        for (_, styles) in theme.styles {
            for (role, style) in styles {
                #expect(style.foreground == .terminalDefault && style.background == .terminalDefault, "\(role)")
            }
        }
    }

    @Test func highContrastSelectsDifferentlyFromDefault() throws {
        let highContrast = try Self.shipped("high-contrast")
        let standard = try Self.shipped("default")
        for depth in ColorDepth.allCases {
            #expect(highContrast.style(.selected, depth: depth) != standard.style(.selected, depth: depth), "\(depth)")
        }
        #expect(highContrast.style(.selected, depth: .full).background == .index(226))
    }

    @Test func theBuiltInCopyIsThemesDefaultThemeByteForByte() throws {
        let file = try Data(contentsOf: Self.themesDirectory.appendingPathComponent("default.theme"))
        #expect(Data(Theme.builtInDefaultText.utf8) == file,
                "copy themes/default.theme into Sources/TerminalUI/Theme/Theme+BuiltInDefaultText.swift")
        #expect(Theme.builtInDefault == (try Self.shipped("default")))
    }

    // MARK: The parser

    /// A complete theme with every role `plain`, one line each and no blank lines, so a test
    /// can compute where any line is: [256] on line 1, [8] on line 26, [mono] on line 51.
    static let sectionOrder: [ColorDepth] = [.full, .eight, .monochrome]

    static func sectionLine(_ depth: ColorDepth) -> Int {
        1 + sectionOrder.firstIndex(of: depth)! * (StyleRole.allCases.count + 1)
    }

    static func line(_ role: StyleRole, _ depth: ColorDepth) -> Int {
        sectionLine(depth) + 1 + StyleRole.allCases.firstIndex(of: role)!
    }

    static func fixture(_ edits: [Int: String] = [:]) -> String {
        var lines: [String] = []
        for depth in sectionOrder {
            lines.append(depth.sectionName)
            lines += StyleRole.allCases.map { "\($0.rawValue) = plain" }
        }
        for (number, text) in edits { lines[number - 1] = text }
        return lines.joined(separator: "\n") + "\n"
    }

    struct ErrorCase: Sendable, CustomTestStringConvertible {
        var name: String
        var edits: [Int: String]
        var line: Int
        var role: String?
        var problem: ThemeError.Problem
        var testDescription: String { name }
    }

    static let errorCases: [ErrorCase] = [
        ErrorCase(name: "unknown role", edits: [line(.flagged, .full): "flaged = bold"],
                  line: line(.flagged, .full), role: nil, problem: .unknownRole("flaged")),
        ErrorCase(name: "unknown section", edits: [sectionLine(.eight): "[16]"],
                  line: sectionLine(.eight), role: nil, problem: .unknownSection("16")),
        ErrorCase(name: "section twice", edits: [line(.flagged, .full): "[8]"],
                  line: sectionLine(.eight), role: nil, problem: .duplicateSection(.eight)),
        ErrorCase(name: "unknown colour", edits: [line(.flagged, .full): "flagged = fg:purpel"],
                  line: line(.flagged, .full), role: "flagged", problem: .unknownColor("purpel")),
        ErrorCase(name: "fg: without a colour", edits: [line(.flagged, .full): "flagged = fg:"],
                  line: line(.flagged, .full), role: "flagged", problem: .unknownColor("")),
        ErrorCase(name: "number beyond [8]", edits: [line(.tied, .eight): "tied = fg:9"],
                  line: line(.tied, .eight), role: "tied", problem: .colorOutOfRange("9", section: .eight)),
        ErrorCase(name: "bright name in [8]", edits: [line(.tied, .eight): "tied = bg:bright-red"],
                  line: line(.tied, .eight), role: "tied", problem: .colorOutOfRange("bright-red", section: .eight)),
        ErrorCase(name: "number beyond [256]", edits: [line(.tied, .full): "tied = bg:256"],
                  line: line(.tied, .full), role: "tied", problem: .colorOutOfRange("256", section: .full)),
        ErrorCase(name: "colour in [mono]", edits: [line(.flagged, .monochrome): "flagged = fg:yellow bold"],
                  line: line(.flagged, .monochrome), role: "flagged",
                  problem: .attributeNotAllowed("fg:yellow", section: .monochrome)),
        ErrorCase(name: "role twice", edits: [line(.tied, .eight): "flagged = bold"],
                  line: line(.tied, .eight), role: "flagged", problem: .duplicateRole),
        ErrorCase(name: "role missing", edits: [line(.tied, .monochrome): "# tied forgotten"],
                  line: sectionLine(.monochrome), role: "tied", problem: .missingRole(section: .monochrome)),
        ErrorCase(name: "section missing",
                  edits: Dictionary(uniqueKeysWithValues: (sectionLine(.monochrome)...line(.barCriterion3, .monochrome)).map { ($0, "") }),
                  line: 0, role: nil, problem: .missingSection(.monochrome)),
        ErrorCase(name: "no equals sign", edits: [line(.flagged, .full): "flagged bold"],
                  line: line(.flagged, .full), role: nil, problem: .notKeyValue("flagged bold")),
        ErrorCase(name: "no role before the equals sign", edits: [line(.flagged, .full): "= bold"],
                  line: line(.flagged, .full), role: nil, problem: .notKeyValue("= bold")),
        ErrorCase(name: "role before any section", edits: [1: "normal = bold"],
                  line: 1, role: "normal", problem: .outsideSection),
        ErrorCase(name: "nothing after the equals sign", edits: [line(.flagged, .full): "flagged =   # to do"],
                  line: line(.flagged, .full), role: "flagged", problem: .emptyValue),
        ErrorCase(name: "unknown word", edits: [line(.flagged, .full): "flagged = blink"],
                  line: line(.flagged, .full), role: "flagged", problem: .unknownWord("blink")),
        ErrorCase(name: "word repeated", edits: [line(.flagged, .eight): "flagged = fg:1 bold fg:2"],
                  line: line(.flagged, .eight), role: "flagged", problem: .repeatedWord("fg")),
        ErrorCase(name: "same-as an unknown role", edits: [line(.flagged, .full): "flagged = same-as flagd"],
                  line: line(.flagged, .full), role: "flagged", problem: .unknownRole("flagd")),
        ErrorCase(name: "same-as in a ring",
                  edits: [line(.flagged, .eight): "flagged = same-as tied", line(.tied, .eight): "tied = same-as flagged"],
                  line: line(.flagged, .eight), role: "flagged", problem: .sameAsCycle),
    ]

    @Test(arguments: errorCases)
    func eachProblemIsReportedWithFileLineAndRole(_ testCase: ErrorCase) {
        let result = ThemeParser.parse(text: Self.fixture(testCase.edits), file: "themes/x.theme")
        let expected = ThemeError(file: "themes/x.theme", line: testCase.line, role: testCase.role, problem: testCase.problem)
        #expect(throws: expected) { try result.get() }
    }

    @Test func theFixtureItselfParses() throws {
        let theme = try ThemeParser.parse(text: Self.fixture(), file: "plain.theme").get()
        #expect(theme.name == "plain")
        #expect(theme.style(.flagged, depth: .full) == .plain)
    }

    @Test func wordsNamesCommentsAndSameAsChains() throws {
        let text = Self.fixture([
            Self.line(.selected, .full): "  selected = bold bg:24 fg:bright-white   # white on blue",
            Self.line(.border, .full): "border = same-as selected",
            Self.line(.muted, .full): "muted = same-as border",
            Self.line(.flagged, .eight): "flagged = fg:yellow bg:default underline reverse",
            Self.line(.tied, .monochrome): "tied = underline",
        ])
        let theme = try ThemeParser.parse(text: text, file: "t.theme").get()
        let selected = RoleStyle(foreground: .index(15), background: .index(24), bold: true)
        #expect(theme.style(.selected, depth: .full) == selected)
        #expect(theme.style(.muted, depth: .full) == selected)
        #expect(theme.style(.flagged, depth: .eight) == RoleStyle(foreground: .index(3), underline: true, reverse: true))
        #expect(theme.style(.tied, depth: .monochrome) == RoleStyle(underline: true))
    }

    @Test func windowsLineEndsKeepLineNumbers() {
        let text = Self.fixture([Self.line(.tied, .full): "tied = fg:purple"]).replacingOccurrences(of: "\n", with: "\r\n")
        let result = ThemeParser.parse(text: text, file: "crlf.theme")
        #expect(throws: ThemeError(file: "crlf.theme", line: Self.line(.tied, .full), role: "tied", problem: .unknownColor("purple"))) {
            try result.get()
        }
    }

    @Test func descriptionsNameFileLineAndRole() {
        let colour = ThemeError(file: "themes/light.theme", line: 12, role: "flagged", problem: .unknownColor("purpel"))
        #expect(colour.description == #"themes/light.theme:12: role "flagged": unknown colour "purpel""#)
        let missing = ThemeError(file: "themes/light.theme", line: 0, problem: .missingSection(.monochrome))
        #expect(missing.description == "themes/light.theme: section [mono] is missing")
        let range = ThemeError(file: "a.theme", line: 3, role: "tied", problem: .colorOutOfRange("9", section: .eight))
        #expect(range.description == #"a.theme:3: role "tied": colour "9" is out of range for [8] (0–7)"#)
    }

    // MARK: The loader

    /// A fresh directory, removed when the test is done.
    final class Scratch {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("thidua-themes-\(UUID().uuidString)").path

        func write(_ text: String, to relativePath: String) throws {
            let url = URL(fileURLWithPath: path).appendingPathComponent(relativePath)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }

        func shippedText(_ name: String) throws -> String {
            try String(contentsOf: ThemeTests.themesDirectory.appendingPathComponent("\(name).theme"), encoding: .utf8)
        }

        deinit { try? FileManager.default.removeItem(atPath: path) }
    }

    @Test func aBrokenFileFallsBackToTheDefaultWithAWarning() throws {
        let scratch = Scratch()
        try scratch.write("[256]\nflagged = fg:purpel\n", to: "project/broken.theme")
        let loaded = ThemeLoader.load(name: "broken", searchPaths: ["\(scratch.path)/project"], environment: [:])
        #expect(loaded.theme == .builtInDefault)
        #expect(loaded.warnings == [ThemeError(file: "\(scratch.path)/project/broken.theme", line: 2, role: "flagged",
                                               problem: .unknownColor("purpel"))])
    }

    @Test func theFallbackIsTheDefaultThemeFileWhenThereIsOne() throws {
        let scratch = Scratch()
        try scratch.write("nonsense\n", to: "project/broken.theme")
        try scratch.write(try scratch.shippedText("high-contrast"), to: "project/default.theme")
        let loaded = ThemeLoader.load(name: "broken", searchPaths: ["\(scratch.path)/project"], environment: [:])
        #expect(loaded.theme.styles == (try Self.shipped("high-contrast")).styles)
        #expect(loaded.warnings.map(\.problem) == [.notKeyValue("nonsense")])
    }

    @Test func aBrokenDefaultFallsBackToTheBuiltInOne() throws {
        let scratch = Scratch()
        try scratch.write("[mono]\n", to: "project/default.theme")
        try scratch.write("[8]\n", to: "project/light.theme")
        let loaded = ThemeLoader.load(name: "light", searchPaths: ["\(scratch.path)/project"], environment: [:])
        #expect(loaded.theme == .builtInDefault)
        #expect(loaded.warnings.map(\.file) == ["\(scratch.path)/project/light.theme", "\(scratch.path)/project/default.theme"])
    }

    @Test(arguments: ["purple", "../light", ".hidden", ""])
    func anUnknownNameFallsBackAndListsTheThemes(name: String) throws {
        let scratch = Scratch()
        try scratch.write(try scratch.shippedText("light"), to: "project/light.theme")
        try scratch.write("not a theme", to: "project/notes.txt")
        let loaded = ThemeLoader.load(name: name, searchPaths: ["\(scratch.path)/project"], environment: [:])
        #expect(loaded.theme == .builtInDefault)
        #expect(loaded.warnings == [ThemeError(file: "\(name).theme", line: 0, problem: .unknownTheme(available: ["default", "light"]))])
    }

    @Test func defaultWithNoFilesAnywhereIsTheBuiltInOneSilently() {
        let loaded = ThemeLoader.load(name: "default", searchPaths: ["/nonexistent/themes"], environment: [:])
        #expect(loaded.theme == .builtInDefault)
        #expect(loaded.warnings.isEmpty)
    }

    @Test(arguments: [
        (["XDG_CONFIG_HOME": "config", "HOME": "home"], "config"),
        (["HOME": "home"], "home/.config"),
        (["XDG_CONFIG_HOME": "relative/ignored", "HOME": "home"], "home/.config"),
    ])
    func theUserThemesComeFirst(environment: [String: String], configDirectory: String) throws {
        let scratch = Scratch()
        try scratch.write(try scratch.shippedText("mono"), to: "\(configDirectory)/thidua/themes/light.theme")
        try scratch.write(try scratch.shippedText("light"), to: "project/light.theme")
        try scratch.write(try scratch.shippedText("light"), to: "project/extra.theme")
        let absolute = environment.mapValues { $0.hasPrefix("relative") ? $0 : "\(scratch.path)/\($0)" }

        let loaded = ThemeLoader.load(name: "light", searchPaths: ["\(scratch.path)/project"], environment: absolute)
        #expect(loaded.warnings.isEmpty)
        #expect(loaded.theme.name == "light")
        #expect(loaded.theme.styles == (try Self.shipped("mono")).styles)
        #expect(ThemeLoader.availableThemes(searchPaths: ["\(scratch.path)/project"], environment: absolute) == ["default", "extra", "light"])
    }

    // MARK: Colour depth

    @Test(arguments: [
        (["NO_COLOR": "1"], ColorDepth.full, ColorDepth.monochrome),
        (["NO_COLOR": "yes"], .eight, .monochrome),
        (["NO_COLOR": ""], .full, .full),
        ([:], .eight, .eight),
        ([:], .monochrome, .monochrome),
    ])
    func noColorMeansMonochrome(environment: [String: String], terminal: ColorDepth, effective: ColorDepth) {
        #expect(ColorDepth.effective(terminal: terminal, environment: environment) == effective)
    }
}
