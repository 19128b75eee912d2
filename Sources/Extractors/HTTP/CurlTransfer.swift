import CCurl
import Foundation

/// One curl easy handle and the response it collects.
///
/// Unchecked: the caller builds it, then hands it to the multi loop, and from then on only the
/// loop thread touches it.
final class CurlTransfer: @unchecked Sendable {
    let handle: UnsafeMutableRawPointer
    private var headerList: UnsafeMutablePointer<curl_slist>?
    private(set) var status = 0
    private(set) var headers: [(name: String, value: String)] = []
    /// The body received so far, grown by hand so a delivered body is exactly its size and its
    /// bytes can stay charged to `budget` until it is freed (`deliveredBody`).
    private var body: UnsafeMutableRawPointer?
    private var bodyCount = 0
    private var bodyCapacity = 0
    private let maxBodyBytes: Int
    let bodyBudgetBytes: Int
    /// Set by the loop when it admits the transfer.
    var budget: BodyBudget?
    /// Body bytes charged to `budget`.
    private(set) var received = 0
    private(set) var bodyTooLarge = false
    var continuation: CheckedContinuation<HTTPResponse, any Error>?

    init(_ request: HTTPRequest, configuration: HTTPClientConfiguration) throws(HTTPError) {
        guard let handle = curl_easy_init() else {
            throw HTTPError(kind: .transport(code: Int(CURLE_FAILED_INIT.rawValue)), url: request.url, detail: "curl_easy_init failed")
        }
        self.handle = handle
        self.maxBodyBytes = configuration.maxBodyBytes
        self.bodyBudgetBytes = max(configuration.bodyBudgetBytes, 1)
        try configure(request, configuration)
    }

    deinit {
        curl_easy_cleanup(handle)
        curl_slist_free_all(headerList)
        free(body)
    }

    private func configure(_ request: HTTPRequest, _ configuration: HTTPClientConfiguration) throws(HTTPError) {
        var failure: CURLcode = CURLE_OK
        func set(_ code: CURLcode) { if code != CURLE_OK && failure == CURLE_OK { failure = code } }

        set(zcurl_setopt_string(handle, CURLOPT_URL, request.url))
        set(zcurl_setopt_string(handle, CURLOPT_PROTOCOLS_STR, "http,https"))
        set(zcurl_setopt_long(handle, CURLOPT_NOSIGNAL, 1))
        set(zcurl_setopt_string(handle, CURLOPT_USERAGENT, configuration.userAgent))
        // "" asks for every encoding this libcurl decodes (gzip, brotli, zstd).
        set(zcurl_setopt_string(handle, CURLOPT_ACCEPT_ENCODING, ""))
        set(zcurl_setopt_long(handle, CURLOPT_HTTP_VERSION, Int(CURL_HTTP_VERSION_2TLS)))
        set(zcurl_setopt_long(handle, CURLOPT_CONNECTTIMEOUT_MS, configuration.connectTimeout.milliseconds))
        set(zcurl_setopt_long(handle, CURLOPT_TIMEOUT_MS, configuration.totalTimeout.milliseconds))
        // TLS is always verified; there is deliberately no switch to turn this off.
        set(zcurl_setopt_long(handle, CURLOPT_SSL_VERIFYPEER, 1))
        set(zcurl_setopt_long(handle, CURLOPT_SSL_VERIFYHOST, 2))
        if let bundle = configuration.caBundlePath {
            set(zcurl_setopt_string(handle, CURLOPT_CAINFO, bundle))
        }
        switch request.method {
        case .get:
            set(zcurl_setopt_long(handle, CURLOPT_HTTPGET, 1))
        case .post:
            let body = request.body ?? []
            set(zcurl_setopt_long(handle, CURLOPT_POSTFIELDSIZE, body.count))
            body.withUnsafeBufferPointer { bytes in
                // COPYPOSTFIELDS copies, so the body need not outlive this call.
                set(zcurl_setopt_pointer(handle, CURLOPT_COPYPOSTFIELDS, UnsafeMutableRawPointer(mutating: bytes.baseAddress ?? UnsafePointer(bitPattern: 1)!)))
            }
        }
        for header in request.headers {
            headerList = curl_slist_append(headerList, "\(header.name): \(header.value)")
        }
        // curl would otherwise send "Expect: 100-continue" on larger POSTs.
        headerList = curl_slist_append(headerList, "Expect:")
        set(zcurl_setopt_slist(handle, CURLOPT_HTTPHEADER, headerList))

        let me = Unmanaged.passUnretained(self).toOpaque()
        set(zcurl_setopt_data_callback(handle, CURLOPT_WRITEFUNCTION, { pointer, size, count, context in
            let transfer = Unmanaged<CurlTransfer>.fromOpaque(context!).takeUnretainedValue()
            return transfer.receiveBody(pointer!, size * count)
        }))
        set(zcurl_setopt_pointer(handle, CURLOPT_WRITEDATA, me))
        set(zcurl_setopt_data_callback(handle, CURLOPT_HEADERFUNCTION, { pointer, size, count, context in
            let transfer = Unmanaged<CurlTransfer>.fromOpaque(context!).takeUnretainedValue()
            return transfer.receiveHeader(pointer!, size * count)
        }))
        set(zcurl_setopt_pointer(handle, CURLOPT_HEADERDATA, me))
        set(zcurl_setopt_pointer(handle, CURLOPT_PRIVATE, me))

        if failure != CURLE_OK {
            throw HTTPError(kind: .transport(code: Int(failure.rawValue)), url: request.url, detail: String(cString: curl_easy_strerror(failure)))
        }
    }

    private func receiveBody(_ pointer: UnsafeMutablePointer<CChar>, _ count: Int) -> Int {
        guard bodyCount + count <= maxBodyBytes else {
            bodyTooLarge = true
            return 0 // makes curl abort with CURLE_WRITE_ERROR
        }
        if let budget {
            // Paused: curl keeps these bytes and offers them again once the loop resumes it.
            guard budget.mayReceive(self, count, limit: bodyBudgetBytes) else { return Int(CURL_WRITEFUNC_PAUSE) }
        }
        if bodyCount + count > bodyCapacity {
            // The announced length when the body is not compressed, else doubling; never past the cap.
            let announced = header("Content-Encoding") == nil ? header("Content-Length").flatMap { Int($0) } ?? 0 : 0
            let wanted = min(max(bodyCount + count, announced, bodyCapacity * 2, 16 << 10), maxBodyBytes)
            guard let grown = realloc(body, wanted) else { return 0 }
            body = grown
            bodyCapacity = wanted
        }
        if let budget {
            budget.charge(count)
            received += count
        }
        (body! + bodyCount).copyMemory(from: pointer, byteCount: count)
        bodyCount += count
        return count
    }

    private func header(_ name: String) -> String? {
        headers.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }?.value
    }

    /// The body as `Data` that owns the buffer; freeing it gives the bytes back to the budget.
    private func deliveredBody() -> Data {
        let overdrew = budget?.delivered(self) ?? false
        let charged = received
        let budget = budget
        guard let buffer = body, bodyCount > 0 else {
            budget?.giveBack(charged, endingOverdraft: overdrew)
            return Data()
        }
        body = nil
        let exact = bodyCount < bodyCapacity ? realloc(buffer, bodyCount) ?? buffer : buffer
        return Data(bytesNoCopy: exact, count: bodyCount, deallocator: .custom { pointer, _ in
            free(pointer)
            budget?.giveBack(charged, endingOverdraft: overdrew)
        })
    }

    /// One header line, read as bytes: HTTP headers are ASCII, and Foundation's trimming of every
    /// line of every answer was a few percent of a fan-out's CPU.
    private func receiveHeader(_ pointer: UnsafeMutablePointer<CChar>, _ count: Int) -> Int {
        let line = Self.trimmed(UnsafeRawBufferPointer(start: pointer, count: count)[...])
        if line.starts(with: "HTTP/".utf8) {
            // A new status line (after a 100 Continue or a redirect) starts a new header block.
            headers.removeAll()
        } else if let colon = line.firstIndex(of: UInt8(ascii: ":")) {
            let name = String(decoding: Self.trimmed(line[..<colon]), as: UTF8.self)
            let value = String(decoding: Self.trimmed(line[(colon + 1)...]), as: UTF8.self)
            headers.append((name, value))
        }
        return count
    }

    private static func trimmed(_ bytes: Slice<UnsafeRawBufferPointer>) -> Slice<UnsafeRawBufferPointer> {
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0A }
        var bytes = bytes
        while let first = bytes.first, isSpace(first) { bytes = bytes.dropFirst() }
        while let last = bytes.last, isSpace(last) { bytes = bytes.dropLast() }
        return bytes
    }

    /// Builds the response once curl reports the transfer done, or the error that ended it.
    func finish(_ result: CURLcode, url: String) -> Result<HTTPResponse, HTTPError> {
        if bodyTooLarge {
            return .failure(HTTPError(kind: .bodyTooLarge(limit: maxBodyBytes), url: url, detail: "response body larger than \(maxBodyBytes) bytes"))
        }
        guard result == CURLE_OK else {
            var detail = String(cString: curl_easy_strerror(result))
            if result == CURLE_OPERATION_TIMEDOUT { detail += " (the server stalled past the client timeout)" }
            return .failure(HTTPError(kind: .transport(code: Int(result.rawValue)), url: url, detail: detail))
        }
        var code = 0
        _ = zcurl_getinfo_long(handle, CURLINFO_RESPONSE_CODE, &code)
        var version = 0
        _ = zcurl_getinfo_long(handle, CURLINFO_HTTP_VERSION, &version)
        let versionName = switch version {
        case Int(CURL_HTTP_VERSION_2_0): "2"
        case Int(CURL_HTTP_VERSION_3): "3"
        case Int(CURL_HTTP_VERSION_1_0): "1.0"
        default: "1.1"
        }
        return .success(HTTPResponse(status: code, headers: headers, body: deliveredBody(), httpVersion: versionName))
    }
}
