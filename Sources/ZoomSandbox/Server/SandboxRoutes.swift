/// Every endpoint the sandbox imitates. A new endpoint is a new file in `Endpoints/` declaring its
/// route, plus one line here.
enum SandboxRoutes {
    static let all: [SandboxRoute] = [
        OAuthTokenEndpoint.route,
        DailyReportEndpoint.route,
    ]
}
