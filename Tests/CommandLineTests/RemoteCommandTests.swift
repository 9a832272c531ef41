import Testing
@testable import thidua

/// What a client may ask a served session for: words split as a shell quotes them (never run by
/// one), and only the reading commands.
struct RemoteCommandTests {
    @Test func wordsAreSplitAsAShellQuotesThemWithNothingExpanded() throws {
        #expect(try RemoteCommand.split("rank --cluster HP-KH  --year 2023") == ["rank", "--cluster", "HP-KH", "--year", "2023"])
        #expect(try RemoteCommand.split(#"export grid --cluster 'Cụm 1' --unit "Vĩnh \"Bảo\"" a\ b"#)
                == ["export", "grid", "--cluster", "Cụm 1", "--unit", #"Vĩnh "Bảo""#, "a b"])
        #expect(try RemoteCommand.split("rank $(id) `id` ; rm -rf ~ | x") == ["rank", "$(id)", "`id`", ";", "rm", "-rf", "~", "|", "x"])
        #expect(try RemoteCommand.split("''") == [""])
        #expect(throws: RemoteCommand.Refusal.unbalancedQuote) { try RemoteCommand.split("rank 'HP") }
    }

    @Test func onlyReadingCommandsAreServed() throws {
        #expect(try RemoteCommand.parse("") is UICommand)
        #expect(try RemoteCommand.parse("ui --screen grid --cluster QA --year 2024 --lang en") is UICommand)
        #expect(try RemoteCommand.parse("rank --cluster QA --year 2024") is RankCommand)
        #expect(try RemoteCommand.parse("export grid --cluster QA --year 2024 --round self") is ExportCommand)
        #expect(try RemoteCommand.parse("verify") is VerifyCommand)
        #expect(try RemoteCommand.parse("account me") is AccountCommand.Me)
        // The rules are read over SSH (to the client's screen); they are changed only by a file on the server.
        #expect(try RemoteCommand.parse("rules show --cluster QA --year 2024") is RulesCommand.Show)
        #expect(try RemoteCommand.parse("rules export --cluster QA --year 2024") is RulesCommand.Export)
        #expect(throws: RemoteCommand.Refusal.notServed(command: "rules import")) { try RemoteCommand.parse("rules import /tmp/r.yaml --cluster QA --year 2024") }
        #expect(throws: RemoteCommand.Refusal.option("-o")) { try RemoteCommand.parse("rules export --cluster QA --year 2024 -o /tmp/r.yaml") }
        #expect(throws: RemoteCommand.Refusal.notServed(command: "import")) { try RemoteCommand.parse("import scores a.csv --cluster QA --year 2024") }
        #expect(throws: RemoteCommand.Refusal.notServed(command: "account add")) { try RemoteCommand.parse("account add x --name X") }
        #expect(throws: RemoteCommand.Refusal.notServed(command: "bash")) { try RemoteCommand.parse("bash -i") }
        #expect(throws: RemoteCommand.Refusal.notServed(command: "server")) { try RemoteCommand.parse("server session --db /x --account root") }
        // Parsed by thidua, even when the name is a served one in disguise.
        #expect(throws: RemoteCommand.Refusal.notServed(command: "vote")) { try RemoteCommand.parse("vote --cluster QA") }
    }

    @Test func optionsThatLeaveTheSessionsFileOrAccountAreRefused() throws {
        for line in ["rank --cluster QA --year 2024 --db /tmp/x.sqlite", "rank --cluster QA --year 2024 --db=/tmp/x.sqlite",
                     "rank --cluster QA --year 2024 --as tran.thi.b", "export grid --cluster QA --year 2024 -o /var/lib/thidua/thidua.sqlite",
                     "export grid --cluster QA --year 2024 -o/tmp/x", "export grid --cluster QA --year 2024 --output=/tmp/x"] {
            #expect(throws: RemoteCommand.Refusal.self, "\(line)") { try RemoteCommand.parse(line) }
        }
    }
}
