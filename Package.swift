// swift-tools-version: 6.0
// The dependency direction of ../shared/DESIGN.md is enforced here; an arrow reads "imports":
//
//   thidua (executable) ─┬─> NcursesTerminal (backend) ─┬─> CNcurses
//                        │                              └─> TerminalUI (UI) ──> Documents ──> Emulation (domain)
//                        │                                                          ├──> ZIPFoundation (.docx)
//                        │                                                          └──> CXlsxWriter (.xlsx)
//                        └─> EmulationStore (storage) ─────────────────────────────────────> Emulation
//                                  └──> ZIPFoundation (an imported .xlsx)
//
// Documents (the printed documents, their words, the export table) sits between the domain and
// the UI: a document is text made from a year and needs no screen, while the UI offers documents
// in its menus and shows their terms. Nothing points back up: Documents imports neither
// TerminalUI nor storage (storage's CSV writers are handed in), TerminalUI neither storage nor
// ncurses. A target may also import what lies below it directly (thidua imports them all);
// thidua-bench times the screens, so it imports TerminalUI.
import PackageDescription

let package = Package(
    name: "thidua",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "thidua", targets: ["thidua"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        .systemLibrary(
            name: "CNcurses",
            pkgConfig: "ncursesw",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        // libxlsxwriter writes the exported spreadsheets; reading one needs no C library (XlsxReader).
        .systemLibrary(
            name: "CXlsxWriter",
            pkgConfig: "xlsxwriter",
            providers: [.apt(["libxlsxwriter-dev"])]
        ),
        .target(name: "Emulation"),
        .target(
            name: "EmulationStore",
            dependencies: [
                "Emulation",
                .product(name: "GRDB", package: "GRDB.swift"),
                // SQLite's own calls for the one hot loop GRDB's row reading slows (a year's scores).
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "CSV", package: "CSV.swift"),
                // The rules file (RulesFile): YAML read as nodes, so each error names its line.
                .product(name: "Yams", package: "Yams"),
                // An imported .xlsx is XML in a ZIP (XlsxWorkbook).
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        // ZIPFoundation: a .docx is WordprocessingML in a ZIP (DocxPackage), written and read back.
        // CXlsxWriter: the spreadsheets (XlsxWriter).
        .target(name: "Documents", dependencies: ["Emulation", "CXlsxWriter", .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        .target(name: "TerminalUI", dependencies: ["Emulation", "Documents"]),
        .target(name: "NcursesTerminal", dependencies: ["CNcurses", "TerminalUI"]),
        .executableTarget(
            name: "thidua",
            dependencies: [
                "Emulation", "EmulationStore", "Documents", "TerminalUI", "NcursesTerminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // `swift run -c release thidua-bench`: timings live here, never in pass/fail tests.
        .executableTarget(
            name: "thidua-bench",
            // GRDB only to count the load benchmark's audit rows per clerk, and for what SQLite alone takes under the province's rows.
            dependencies: ["Emulation", "EmulationStore", "Documents", "TerminalUI", .product(name: "GRDB", package: "GRDB.swift")],
            path: "Benchmarks/ThiduaBenchmarks"
        ),
        // What several test targets share (the in-memory demo year, the in-memory terminal); a
        // library, as tests cannot import each other.
        .target(name: "TestSupport", dependencies: ["Emulation", "EmulationStore", "TerminalUI"], path: "Tests/TestSupport"),
        .testTarget(name: "EmulationTests", dependencies: ["Emulation", "TestSupport"]),
        .testTarget(
            name: "EmulationStoreTests",
            dependencies: ["Emulation", "EmulationStore", "TestSupport", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        // The golden files are read from the source tree by path, not bundled.
        .testTarget(
            name: "TerminalUITests",
            dependencies: ["TerminalUI", "Documents", "Emulation", "TestSupport", .product(name: "PropertyBased", package: "swift-property-based")],
            exclude: ["__Snapshots__"]
        ),
        // Storage only to build the golden files' year from the demo and to write CSV as thidua does.
        .testTarget(name: "DocumentsTests", dependencies: ["Documents", "Emulation", "EmulationStore", "TestSupport", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
                    exclude: ["__Snapshots__", "Scripts"]),
        .testTarget(name: "NcursesTerminalTests", dependencies: ["NcursesTerminal", "CNcurses"]),
        // Drives the built executable; depending on it makes `swift test` build it first.
        .testTarget(name: "CommandLineTests", dependencies: ["thidua", "Emulation", "TestSupport"], exclude: ["__Snapshots__", "Scripts"]),
        // The run loop in-process (`@testable import thidua`): the in-memory terminal, real files.
        .testTarget(
            name: "RunLoopTests",
            dependencies: ["thidua", "Emulation", "EmulationStore", "TerminalUI", "TestSupport", .product(name: "GRDB", package: "GRDB.swift")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
