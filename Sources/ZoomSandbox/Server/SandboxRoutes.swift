/// Every endpoint the sandbox imitates. A new endpoint is a new file in `Endpoints/` declaring its
/// route, plus one line here.
enum SandboxRoutes {
    static let all: [SandboxRoute] = [
        OAuthTokenEndpoint.route,
        DailyReportEndpoint.route,
        ActiveHostsReportEndpoint.route,
        HistoryMeetingsEndpoint.route,
        UserMeetingsReportEndpoint.route,
        CloudRecordingReportEndpoint.route,
        GraphQLEndpoint.route,
    ] + ParticipantsReportEndpoint.routes + QoSEndpoint.routes + QoSSummaryEndpoint.routes
}
