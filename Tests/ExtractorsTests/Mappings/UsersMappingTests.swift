import Foundation
import Records
import Testing
@testable import Extractors

/// GraphQL `users` edges (zoom-api.md §4, §8): `edges { id email firstName lastName type status
/// dept timezone createdAt lastLoginTime }`, the node's fields on the edge itself.
@Suite struct UsersMappingTests {
    static let fields: JSONFields = [
        ("id", #""KDcuGIm1QgePTO8WbOqwIQ""#), ("email", #""jchill@example.com""#), ("firstName", #""Jill""#), ("lastName", #""Chill""#),
        ("type", "2"), ("status", #""active""#), ("dept", #""HR""#), ("timezone", #""Europe/Berlin""#),
        ("createdAt", #""2025-01-15T08:30:00Z""#), ("lastLoginTime", #""2026-11-02T07:45:12Z""#),
    ]

    /// Jill's edge, some fields replaced (`nil`: left out).
    static func edge(_ replacing: [String: String?] = [:]) -> String { jsonRecord(fields, replacing) }

    /// A `zoom.users` row, every column in order; defaults are Jill's.
    static func row(id: String = "KDcuGIm1QgePTO8WbOqwIQ", email: String? = "jchill@example.com", firstName: String? = "Jill",
                    lastName: String? = "Chill", type: Int64? = 2, status: String? = "active", dept: String? = "HR",
                    timezone: String? = "Europe/Berlin", createdAt: Date? = utc(2025, 1, 15, 8, 30),
                    lastLogin: Date? = utc(2026, 11, 2, 7, 45, 12)) -> Row {
        [.text(id), .text(email), .text(firstName), .text(lastName), .int(type), .text(status), .text(dept), .text(timezone),
         .timestamp(createdAt), .timestamp(lastLogin)]
    }

    static let cases: [RecordCase] = [
        RecordCase("a user is a row of the edge's fields", edge(), .row(row())),
        // zoom-api.md §8: a user who never signed in has a null lastLoginTime.
        RecordCase("a user who never signed in has no last login", edge(["lastLoginTime": "null"]), .row(row(lastLogin: nil))),
        RecordCase("a pending basic user without a department",
                   edge(["type": "1", "status": #""pending""#, "dept": #""""#, "lastLoginTime": nil]),
                   .row(row(type: 1, status: "pending", dept: nil, lastLogin: nil))),
        // DESIGN.md: an empty string from Zoom is NULL.
        RecordCase("empty names and zone are NULL", edge(["firstName": #""""#, "lastName": #""""#, "timezone": #""""#]),
                   .row(row(firstName: nil, lastName: nil, timezone: nil))),
        // zoom-api.md §7: fractional seconds can occur in any ISO time.
        RecordCase("a creation time with milliseconds keeps them", edge(["createdAt": #""2025-01-15T08:30:00.123Z""#]),
                   .row(row(createdAt: utc(2025, 1, 15, 8, 30, 0, milliseconds: 123)))),
        RecordCase("a last login with an offset is the same instant", edge(["lastLoginTime": #""2026-11-02T08:45:12+01:00""#]),
                   .row(row())),
        RecordCase("names in any script are kept as sent", edge(["firstName": #""Zoë""#, "lastName": #""Nguyễn-Müller""#]),
                   .row(row(firstName: "Zoë", lastName: "Nguyễn-Müller"))),
        RecordCase("a user without an id is rejected", edge(["id": nil]), .rejected("id is missing")),
        RecordCase("a user id that is not a string is rejected", edge(["id": "12345"]), .rejected("id is not a string: 12345")),
        // zoom-api.md §9: PostgreSQL text cannot hold U+0000.
        RecordCase("a first name holding U+0000 rejects the user", edge(["firstName": #""Ji\u0000ll""#]),
                   .rejected("firstName contains U+0000 (NUL), which PostgreSQL text cannot hold")),
        RecordCase("a creation time that is not ISO-8601 rejects the user", edge(["createdAt": #""01/15/2025 08:30""#]),
                   .rejected("createdAt is not an ISO-8601 time: 01/15/2025 08:30")),
        RecordCase("a creation time without a zone rejects the user", edge(["createdAt": #""2025-01-15T08:30:00""#]),
                   .rejected("createdAt is not an ISO-8601 time: 2025-01-15T08:30:00")),
        RecordCase("a type sent as text rejects the user", edge(["type": #""Licensed""#]), .rejected(#"type is not an integer: "Licensed""#)),
        RecordCase("a department that is an object rejects the user", edge(["dept": #"{"name":"HR"}"#]),
                   .rejected(#"dept is not a string: {"name":"HR"}"#)),
    ]

    /// The edges as the GraphQL answer nests them: `data.users.edges`, with `pageInfo { cursor }`.
    static func edges(_ texts: [String]) throws -> [JSONValue] {
        let body = #"{"data":{"users":{"edges":[\#(texts.joined(separator: ","))],"pageInfo":{"cursor":""}}}}"#
        return try #require(JSONValue.parse(Data(body.utf8), endpoint: Users.endpoint)["data"]?["users"]?["edges"]?.array)
    }

    @Test(arguments: cases)
    func aUserEdgeBecomes(_ testCase: RecordCase) throws {
        expectOutcome(Users().rows(try Self.edges([testCase.record])), testCase)
    }

    /// `zoom.users.type` is PostgreSQL `integer` (sql/004): beyond int32 the page's COPY fails.
    @Test func aTypeBeyondInt32IsRejected() throws {
        let page = Users().rows(try Self.edges([Self.edge(["type": "2147483648"])]))
        expectRejected(page)
    }

    /// The user id is the key and DESIGN.md makes Zoom's "" NULL: an empty id cannot be a row.
    @Test func aUserWithAnEmptyIdIsRejected() throws {
        let page = Users().rows(try Self.edges([Self.edge(["id": #""""#])]))
        expectRejected(page)
    }
}
