import Foundation
import Hummingbird

/// The answers and wire-level damage of injected faults.
extension SandboxResponse {
    /// A 500, 502, 503 or 504. A gateway in front of Zoom answers with HTML, Zoom with its JSON.
    static func injectedServerError(_ variant: UInt64) -> SandboxResponse {
        switch variant % 4 {
        case 0: return .zoomError(.internalServerError, code: 500, message: "Internal server error.")
        case 1: return .html(.badGateway, "<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center></body></html>")
        case 2: return .zoomError(.serviceUnavailable, code: 503, message: "Service temporarily unavailable.")
        default: return .html(.gatewayTimeout, "<html><body><h1>504 Gateway Time-out</h1></body></html>")
        }
    }

    /// A per-second 429; with `headers`, Zoom's rate-limit headers and `Retry-After` in seconds,
    /// without, nothing but the body (zoom-api.md §5: the headers are undocumented).
    static func injectedRateLimit(headers: RateLimitHeaders?, retryAfterSeconds: Int) -> SandboxResponse {
        injectedRateLimit(headers: headers, retryAfter: String(retryAfterSeconds))
    }

    /// A per-second 429 whose `Retry-After` is `retryAfter` verbatim, however hostile.
    static func injectedRateLimit(headers: RateLimitHeaders?, retryAfter: String) -> SandboxResponse {
        var response = SandboxResponse.zoomError(.tooManyRequests, code: 429,
                                                 message: "You have reached the maximum per-second rate limit for this API. Try again later.")
        if var headers {
            headers.type = .perSecond
            headers.remaining = 0
            headers.retryAfter = retryAfter
            response.headers.apply(headers)
        }
        return response
    }

    /// A proxy's 502 that repeats what it was sent, `Authorization` header and all.
    static func echoedAuthorization(_ header: String?) -> SandboxResponse {
        .zoomError(.badGateway, code: 502, message: "Bad gateway: the upstream refused the request (Authorization: \(header ?? "none"))")
    }

    static func html(_ status: HTTPResponse.Status, _ text: String) -> SandboxResponse {
        SandboxResponse(status: status, headers: [.contentType: "text/html"], body: ByteBuffer(string: text))
    }

    /// A 2xx answer whose body is not JSON, with a `Content-Length` that matches it: an HTML page
    /// a proxy slipped in, or the JSON cut in half.
    func malformed(_ variant: UInt64) -> SandboxResponse {
        var response = self
        if variant % 2 == 0 {
            response.headers[.contentType] = "text/html"
            response.body = ByteBuffer(string: "<!DOCTYPE html><html><body><p>Please wait while we check your browser...</p></body></html>")
        } else {
            response.body = body.getSlice(at: body.readerIndex, length: body.readableBytes / 2) ?? ByteBuffer()
        }
        return response
    }

    var isSuccess: Bool { (200..<300).contains(status.code) }
}

/// Thrown from a response body to make Hummingbird close the connection mid-answer.
struct SandboxHangUp: Error {}

extension SandboxResponse {
    /// The response as Hummingbird sends it, damaged as `fault` says.
    func wire(_ fault: SandboxFault?, plan: FaultPlan?) -> Response {
        switch fault {
        case .truncatedBody:
            // The whole length is promised, half is sent, then the connection drops: the client
            // sees a transfer cut short, never a complete-looking body.
            let full = body.readableBytes
            let half = body.getSlice(at: body.readerIndex, length: full / 2) ?? ByteBuffer()
            var headers = headers
            headers[.contentLength] = String(full)
            return Response(status: status, headers: headers, body: ResponseBody(contentLength: full) { writer in
                try await writer.write(half)
                throw SandboxHangUp()
            })
        case .oversizedBody:
            let padding = max(0, (plan?.oversizeBytes ?? 0) - body.readableBytes)
            let body = body
            var headers = headers
            headers[.contentLength] = String(padding + body.readableBytes)
            // Leading whitespace keeps it valid JSON: only its size is wrong. Sent in chunks, so
            // the sandbox never holds the padding whole.
            return Response(status: status, headers: headers, body: ResponseBody(contentLength: padding + body.readableBytes) { writer in
                let chunk = ByteBuffer(repeating: UInt8(ascii: " "), count: 1 << 20)
                var left = padding
                while left > 0 {
                    let size = min(left, chunk.readableBytes)
                    try await writer.write(chunk.getSlice(at: 0, length: size)!)
                    left -= size
                }
                try await writer.write(body)
                try await writer.finish(nil)
            })
        default:
            return Response(status: status, headers: headers, body: .init(byteBuffer: body))
        }
    }
}
