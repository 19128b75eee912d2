import Foundation
import Hummingbird

/// What an endpoint answers, before the responder adds rate-limit headers and logs it.
struct SandboxResponse: Sendable {
    var status: HTTPResponse.Status
    var headers: HTTPFields
    var body: ByteBuffer

    init(status: HTTPResponse.Status, headers: HTTPFields = [:], body: ByteBuffer = ByteBuffer()) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// A JSON body; every JSON response carries `Content-Type: application/json`.
    static func json(_ value: some Encodable, status: HTTPResponse.Status = .ok) -> SandboxResponse {
        let encoder = JSONEncoder()
        // Zoom writes UUIDs such as "/abc==" unescaped.
        encoder.outputFormatting = [.withoutEscapingSlashes]
        let data = (try? encoder.encode(value)) ?? Data("{}".utf8)
        return SandboxResponse(status: status, headers: [.contentType: "application/json"], body: ByteBuffer(bytes: data))
    }

    /// A JSON body written by `JSONBody` rather than JSONEncoder: for the pages served in bulk.
    static func json(writing value: some JSONBodyWritable, status: HTTPResponse.Status = .ok) -> SandboxResponse {
        var body = JSONBody()
        value.write(to: &body)
        return SandboxResponse(status: status, headers: [.contentType: "application/json"], body: ByteBuffer(bytes: body.bytes))
    }

    /// Zoom's REST error body `{"code":..., "message":...}` (zoom-api.md §6).
    static func zoomError(_ status: HTTPResponse.Status, code: Int, message: String, fieldErrors: [ZoomErrorBody.FieldError]? = nil) -> SandboxResponse {
        .json(ZoomErrorBody(code: code, message: message, errors: fieldErrors), status: status)
    }

    /// Zoom's validation failure: code 300 plus the offending fields (zoom-api.md §6).
    static func validationFailed(fields: [String]) -> SandboxResponse {
        .zoomError(.badRequest, code: 300, message: "Validation Failed.",
                   fieldErrors: fields.map { ZoomErrorBody.FieldError(field: $0, message: "Invalid field.") })
    }

    /// The OAuth endpoint's own error shape `{"reason":..., "error":...}` (zoom-api.md §1).
    static func oauthError(reason: String, error: String) -> SandboxResponse {
        .json(OAuthErrorBody(reason: reason, error: error), status: .badRequest)
    }
}

struct ZoomErrorBody: Encodable, Sendable {
    struct FieldError: Encodable, Sendable {
        let field: String
        let message: String
    }

    let code: Int
    let message: String
    /// Present only on validation failures.
    let errors: [FieldError]?
}

struct OAuthErrorBody: Encodable, Sendable {
    let reason: String
    let error: String
}

/// `HTTPField.Name`, reached through the type Hummingbird exports (it does not export HTTPTypes itself).
typealias HeaderName = HTTPFields.Element.Name

extension HeaderName {
    static let rateLimitCategory = HeaderName("X-RateLimit-Category")!
    static let rateLimitType = HeaderName("X-RateLimit-Type")!
    static let rateLimitLimit = HeaderName("X-RateLimit-Limit")!
    static let rateLimitRemaining = HeaderName("X-RateLimit-Remaining")!
    static let allowedMethods = HeaderName("Allow")!
}

/// An endpoint's error answer, thrown so helpers (paging, windows, instance lookup) can end a
/// request from deep inside; the responder sends `response` as is.
struct EndpointFailure: Error {
    let response: SandboxResponse

    init(_ response: SandboxResponse) {
        self.response = response
    }

    static func zoom(_ status: HTTPResponse.Status, code: Int, message: String) -> EndpointFailure {
        EndpointFailure(.zoomError(status, code: code, message: message))
    }
}
