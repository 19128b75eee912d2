import Foundation
import Records
import Testing
@testable import ZoomETL

@Suite struct JobsFileTests {
    let streams: Set<StreamName> = ["daily_usage"]

    func parse(_ text: String) throws -> JobsFile {
        try JobsFile.parse(text, path: "jobs.conf", knownStreams: streams)
    }

    func error(_ text: String) -> ConfigurationError? {
        do {
            _ = try parse(text)
            return nil
        } catch {
            return error as? ConfigurationError
        }
    }

    @Test func readsAccountsAndJobsWithDefaults() throws {
        let jobs = try parse("""
            [accounts.main]
            plan = "business"
            timezone = "Europe/Berlin"

            [jobs.nightly]
            streams = ["daily_usage"]
            start = 2026-06-01

            [jobs.weekly]
            streams = ["daily_usage"]
            lookback_days = 14
            start = "2 months"
            """)
        #expect(jobs.accounts.map(\.name) == ["main"])
        #expect(jobs.accounts[0].plan == .business)
        #expect(jobs.accounts[0].timeZone.identifier == "Europe/Berlin")
        #expect(jobs.accounts[0].clientSecretVariable == "ZOOM_CLIENT_SECRET")
        let nightly = try jobs.job(named: "nightly")
        #expect(nightly.lookbackDays == 3)
        #expect(nightly.start == .day(CivilDate(iso: "2026-06-01")!))
        #expect(try jobs.job(named: "weekly").start == .monthsBack(2))
    }

    @Test func withoutAccountsUsesTheStandardVariables() throws {
        let jobs = try parse("[jobs.nightly]\nstreams = [\"daily_usage\"]\n")
        #expect(jobs.accounts.map(\.accountIdVariable) == ["ZOOM_ACCOUNT_ID"])
        #expect(jobs.accounts[0].timeZone == .gmt)
    }

    @Test func aSyntaxErrorNamesTheLine() {
        let failure = error("[jobs.nightly]\nstreams = [\"daily_usage\"\nlookback_days = 3\n")
        #expect(failure?.line == 3 || failure?.line == 2)
        #expect(failure?.description.hasPrefix("jobs.conf:") == true)
        #expect(failure?.description.contains("TOML syntax error") == true)
    }

    /// TOMLKit (toml++) ended the process with an assertion on this (issue 10).
    @Test func whatCrashedTheOldParserIsASyntaxErrorOnItsLine() {
        let failure = error("[jobs.nightly]\nstreams = [\"daily_usage\"]\n\n[[[ this is = not toml\n")
        #expect(failure?.line == 4)
        #expect(failure?.description.hasPrefix("jobs.conf:4: TOML syntax error: ") == true, "\(String(describing: failure))")
    }

    @Test(arguments: [
        (Array("[jobs.nightly]\nstreams = [\"daily_usage\"]\n# caf".utf8) + [0xC3, 0x28], 3, "not valid UTF-8"),
        (Array("[jobs.nightly]\nstreams = [\"daily\u{0}usage\"]\n".utf8), 2, "control character U+0000"),
    ] as [([UInt8], Int, String)])
    func badBytesAreNamedWithTheirLine(bytes: [UInt8], line: Int, message: String) {
        do {
            _ = try JobsFile.parse(bytes, path: "jobs.conf", knownStreams: streams)
            Issue.record("accepted")
        } catch let failure as ConfigurationError {
            #expect(failure.line == line)
            #expect(failure.description.contains(message), "\(failure)")
        } catch {
            Issue.record("\(error)")
        }
    }

    @Test func keysInInlineTablesAndDottedKeysAreLocated() {
        let inline = error("[jobs]\nnightly = { streams = [\"daily_usage\"], lookback = 3 }\n")
        #expect(inline?.description == "jobs.conf:2: jobs.nightly.lookback: unknown key (allowed here: accounts, concurrency, lookback_days, start, streams)")
        let dotted = error("jobs.nightly.streams = [\"daily_usage\"]\n\njobs.nightly.lookback_days = true\n")
        #expect(dotted?.description == "jobs.conf:3: jobs.nightly.lookback_days: expected an integer, found a boolean")
    }

    @Test func accountsKeepFileOrder() throws {
        let jobs = try parse("[accounts.zeta]\n[accounts.alpha]\n[accounts.mu]\n[jobs.nightly]\nstreams = [\"daily_usage\"]\n")
        #expect(jobs.accounts.map(\.name) == ["zeta", "alpha", "mu"])
    }

    @Test func anUnknownKeyNamesFileLineAndKey() {
        let failure = error("[jobs.nightly]\nstreams = [\"daily_usage\"]\nlookback = 3\n")
        #expect(failure?.line == 3)
        #expect(failure?.key == "jobs.nightly.lookback")
        #expect(failure?.description.contains("jobs.conf:3: jobs.nightly.lookback: unknown key") == true)
    }

    @Test func aWrongTypeNamesWhatWasExpected() {
        let failure = error("[jobs.nightly]\nstreams = [\"daily_usage\"]\n\nlookback_days = \"three\"\n")
        #expect(failure?.line == 4)
        #expect(failure?.description == "jobs.conf:4: jobs.nightly.lookback_days: expected an integer, found a string")
    }

    @Test func anUnknownStreamIsNamed() {
        let failure = error("[jobs.nightly]\nstreams = [\"daily_usage\", \"dialy_usage\"]\n")
        #expect(failure?.line == 2)
        #expect(failure?.description.contains("unknown stream \"dialy_usage\"") == true)
    }

    @Test func anUnknownJobListsTheJobsThereAre() throws {
        let jobs = try parse("[jobs.nightly]\nstreams = [\"daily_usage\"]\n")
        #expect(throws: ConfigurationError.self) { try jobs.job(named: "hourly") }
        do {
            _ = try jobs.job(named: "hourly")
        } catch {
            #expect("\(error)".contains("no job named \"hourly\" (jobs: nightly)"))
        }
    }

    @Test(arguments: [
        ("[accounts.a]\nplan = \"enterprise-max\"\n", "accounts.a.plan"),
        ("[accounts.a]\ntimezone = \"Mars/Olympus\"\n", "accounts.a.timezone"),
        ("[jobs.n]\nstreams = []\n", "jobs.n.streams"),
        ("[jobs.n]\nstreams = [\"daily_usage\"]\nstart = \"soon\"\n", "jobs.n.start"),
        ("[jobs.n]\nstreams = [\"daily_usage\"]\nlookback_days = 400\n", "jobs.n.lookback_days"),
        ("[jobs.n]\nstreams = [\"daily_usage\"]\naccounts = [\"nobody\"]\n", "jobs.n.accounts"),
        ("[jobs.n]\nlookback_days = 3\n", "jobs.n"),
        ("title = \"x\"\n", "title"),
    ])
    func everyBadValueIsNamed(text: String, key: String) {
        let failure = error(text)
        #expect(failure?.key == key, "\(String(describing: failure))")
        #expect(failure?.line != nil)
    }
}
