import HTTPTypes
import Hummingbird
import NIOCore
import RepoCheckCore
import RepoCheckLoader
import RepoCheckReports

/// `POST /v1/audit?as_of=T`: NDJSON cases in, NDJSON out, streamed.
///
/// For every non-blank input line, in order, one output line: the case's report (as
/// `JSONReport.line`), or `{"line": N, "error": PROBLEM}` when that line does not load, is longer than
/// the body limit or runs past the evaluation time limit. Blank lines give no output. Input is read and
/// answered as it arrives, so memory stays flat whatever the number of cases.
struct AuditRoute: Sendable {
    let service: RepoCheckService

    /// One output line for a line that gave no report.
    struct ErrorLine: Encodable {
        let line: Int
        let error: Problem
    }

    func audit(_ request: Request) async throws -> Response {
        let limits = service.configuration.limits
        let asOf = try CaseRoutes.asOfParameter(request)
        let declared = request.headers[.contentLength].flatMap { Int($0) }
        if let declared, declared > limits.maxAuditBytes { throw RequestBodies.tooLarge(limits.maxAuditBytes) }
        if declared == nil, request.headers[.transferEncoding] == nil {
            throw Problem(
                status: 400, code: "request.empty-body", title: "The request has no body",
                detail: "send the cases as NDJSON, one JSON case per line")
        }
        let current = service.packs.current
        let service = service
        var headers = Responses.packHeader(current)
        headers[.contentType] = Responses.ndjson
        return Response(
            status: .ok, headers: headers,
            body: ResponseBody { writer in
                var lines = LineSplitter(maxLineBytes: limits.maxBodyBytes)
                var received = 0
                var out = ByteBuffer()
                func flush(_ writer: inout any ResponseBodyWriter) async throws {
                    guard out.readableBytes > 0 else { return }
                    try await writer.write(out)
                    out = ByteBuffer()
                }
                for try await chunk in request.body {
                    received += chunk.readableBytes
                    if received > limits.maxAuditBytes {
                        let problem = Problem.tooLarge(limit: limits.maxAuditBytes)
                        out.writeString(JSONReport.encode(ErrorLine(line: lines.lineNumber + 1, error: problem), pretty: false) + "\n")
                        break
                    }
                    for line in lines.append(chunk.readableBytesView) {
                        out.writeString(await Self.answer(line, asOf: asOf, current: current, service: service) + "\n")
                    }
                    try await flush(&writer)
                }
                if received <= limits.maxAuditBytes, let last = lines.finish() {
                    out.writeString(await Self.answer(last, asOf: asOf, current: current, service: service) + "\n")
                }
                try await flush(&writer)
                try await writer.finish(nil)
            })
    }

    /// The output line for one input line.
    static func answer(_ line: LineSplitter.Line, asOf: String?, current: PackStore.Current, service: RepoCheckService) async -> String {
        func failure(_ problem: Problem) -> String {
            service.metrics.evaluation(endpoint: "audit", outcome: problem.status == 503 ? "timeout" : "bad_input")
            return JSONReport.encode(ErrorLine(line: line.number, error: problem), pretty: false)
        }
        guard !line.isTooLong else {
            return failure(
                Problem(
                    status: 413, code: "request.too-large", title: "The line is too long",
                    detail: "line \(line.number) is longer than \(service.configuration.limits.maxBodyBytes) bytes"))
        }
        guard let text = String(validating: line.bytes, as: UTF8.self) else {
            return failure(
                .badCase(
                    [
                        .error(
                            "case.not-utf8", "the line is not valid UTF-8",
                            at: SourceLocation(file: "request", line: line.number, column: 1))
                    ], text: nil))
        }
        let testCase: Case
        switch CaseLoader.decode(ndjsonLine: text[...], file: "request", line: line.number) {
        case .success(let decoded): testCase = decoded
        case .failure(let error): return failure(.badCase(error.diagnostics, text: text, lineOffset: line.number - 1))
        }
        let now = RepoCheckService.now()
        do {
            let report = try await service.runner.run {
                try current.evaluator.evaluate(testCase, options: EvaluationOptions(asOf: asOf), now: now)
            }
            service.metrics.evaluation(endpoint: "audit", outcome: report.hasViolations ? "violations" : "clean")
            return JSONReport.line(report)
        } catch let problem as EvaluationOptions.Problem {
            let location = SourceLocation(file: "request", line: line.number, column: 1)
            return failure(.badCase([problem.diagnostic(at: location)], text: nil))
        } catch {
            return failure(.timeout(service.configuration.limits.evaluationTimeout))
        }
    }
}

/// Splits a byte stream into lines of at most `maxLineBytes`, numbering every line from 1 and skipping
/// blank ones; a longer line is reported once, as too long, and its bytes are dropped.
struct LineSplitter {
    /// One non-blank line.
    struct Line {
        /// 1-based line number in the stream.
        let number: Int
        /// Its bytes, without the line end.
        let bytes: [UInt8]
        /// Whether it was longer than the limit (then `bytes` is empty).
        let isTooLong: Bool
    }

    let maxLineBytes: Int
    private(set) var lineNumber = 0
    private var pending: [UInt8] = []
    private var overlong = false

    init(maxLineBytes: Int) { self.maxLineBytes = maxLineBytes }

    /// The complete lines in `bytes` and before it.
    mutating func append(_ bytes: some Collection<UInt8>) -> [Line] {
        var lines: [Line] = []
        var start = bytes.startIndex
        while let end = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) {
            take(bytes[start..<end])
            if let line = endLine() { lines.append(line) }
            start = bytes.index(after: end)
        }
        take(bytes[start...])
        return lines
    }

    /// The last line, if the stream does not end with a line end.
    mutating func finish() -> Line? {
        guard !pending.isEmpty || overlong else { return nil }
        return endLine()
    }

    private mutating func take(_ bytes: some Collection<UInt8>) {
        guard !overlong else { return }
        if pending.count + bytes.count > maxLineBytes + 1 {  // + 1: a `\r` before the `\n`
            overlong = true
            pending = []
        } else {
            pending.append(contentsOf: bytes)
        }
    }

    private mutating func endLine() -> Line? {
        lineNumber += 1
        defer {
            pending = []
            overlong = false
        }
        if overlong { return Line(number: lineNumber, bytes: [], isTooLong: true) }
        if pending.last == UInt8(ascii: "\r") { pending.removeLast() }
        if pending.count > maxLineBytes { return Line(number: lineNumber, bytes: [], isTooLong: true) }
        if pending.allSatisfy({ [UInt8(ascii: " "), UInt8(ascii: "\t")].contains($0) }) { return nil }
        return Line(number: lineNumber, bytes: pending, isTooLong: false)
    }
}
