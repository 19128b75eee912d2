// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "zoom-etl",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "zoom-etl", targets: ["ZoomETL"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/GraphQLSwift/GraphQL", from: "4.3.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.6.0"),
    ],
    targets: [
        // C libraries from Debian, wrapped as thinly as Swift allows.
        .systemLibrary(name: "CCurl", pkgConfig: "libcurl", providers: [.apt(["libcurl4-openssl-dev"])]),
        .systemLibrary(name: "CLibPQ", pkgConfig: "libpq", providers: [.apt(["libpq-dev"])]),

        // The vocabulary Extractors and Warehouse share: stream descriptors, cells, pages.
        .target(name: "Records"),

        // Zoom API -> typed records. No PostgreSQL.
        .target(
            name: "Extractors",
            dependencies: ["Records", "CCurl", .product(name: "Logging", package: "swift-log")]
        ),

        // Typed records -> PostgreSQL. No Zoom.
        .target(
            name: "Warehouse",
            dependencies: ["Records", "CLibPQ", .product(name: "Logging", package: "swift-log")],
            plugins: ["EmbedSQL"]
        ),

        // A throwaway PostgreSQL cluster (initdb, pg_ctl), for `demo` and the tests only: the
        // load path in Warehouse never starts a server.
        .target(
            name: "LocalPostgres",
            dependencies: ["Warehouse", .product(name: "Logging", package: "swift-log")]
        ),

        // The Zoom imitation. Never imports Extractors, so it cannot agree with our client's bugs.
        .target(
            name: "ZoomSandbox",
            dependencies: [
                "Records",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "GraphQL", package: "GraphQL"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),

        // The `zoom-etl` executable: CLI, jobs.conf, orchestration, exit codes.
        .executableTarget(
            name: "ZoomETL",
            dependencies: [
                "Records", "Extractors", "Warehouse", "LocalPostgres", "ZoomSandbox",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),

        // Embeds sql/*.sql into the Warehouse module, so the binary carries its migrations.
        .executableTarget(name: "embed-sql", path: "Sources/embed-sql"),
        .plugin(name: "EmbedSQL", capability: .buildTool(), dependencies: ["embed-sql"]),

        // Helpers the test targets share: a throwaway database per test, the sandbox, the CLI binary.
        .target(
            name: "TestSupport",
            dependencies: ["Warehouse", "LocalPostgres", "ZoomSandbox", .product(name: "Logging", package: "swift-log")],
            path: "Tests/TestSupport"
        ),
        .testTarget(name: "RecordsTests", dependencies: ["Records"]),
        .testTarget(
            name: "ExtractorsTests",
            dependencies: ["Extractors", "Records", "TestSupport", "ZoomSandbox", .product(name: "Logging", package: "swift-log")]
        ),
        .testTarget(name: "WarehouseTests", dependencies: ["Warehouse", "LocalPostgres", "TestSupport"]),
        .testTarget(name: "ZoomSandboxTests", dependencies: ["ZoomSandbox", "TestSupport"]),
        .testTarget(
            name: "ZoomETLTests",
            dependencies: ["ZoomETL", "Records", "Extractors", "TestSupport", "Warehouse", "LocalPostgres", "ZoomSandbox", .product(name: "Logging", package: "swift-log")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
