import Testing
import TestSupport
@testable import Warehouse

@Suite struct SHA256Tests {
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
    ])
    func knownVectors(input: String, digest: String) {
        #expect(SHA256.hex(input) == digest)
    }

    @Test func agreesWithPostgreSQLOnEveryMigration() async throws {
        let warehouse = try await freshWarehouse(migrated: false)
        for file in EmbeddedSQL.migrations + [("long", String(repeating: "ü0123456789", count: 1000))] {
            let theirs = try await warehouse.scalar("SELECT encode(sha256(convert_to($1, 'UTF8')), 'hex')", [file.1])
            #expect(SHA256.hex(file.1) == theirs, "\(file.0)")
        }
    }
}
