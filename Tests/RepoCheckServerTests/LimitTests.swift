import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import RepoCheckServer
import ServiceLifecycle
import Testing

/// Every limit of docs/limits.md, just under and just over. The time limits are set to a second or
/// less here, so the suite stays fast.
@Suite(.serialized) struct LimitTests {
    static let example = (try? ServerTest.example("compliant-repossession.json")) ?? []

    /// The example case padded with trailing spaces to exactly `size` bytes.
    static func body(size: Int) -> [UInt8] { example + Array(repeating: UInt8(ascii: " "), count: size - example.count) }

    @Test("a body of exactly --max-body-bytes is read; one byte more is 413, declared or streamed")
    func bodySize() async throws {
        let limit = Self.example.count + 100
        let service = try ServerTest.service(ServerTest.configuration(limits: ServerLimits(maxBodyBytes: limit)))
        try await ServerTest.withRouter(service) { client in
            for endpoint in ["/v1/check", "/v1/schedule", "/v1/preflight"] {
                try await client.execute(uri: endpoint, method: .post, body: ByteBuffer(bytes: Self.body(size: limit))) {
                    #expect($0.status == .ok, "\(endpoint)")
                }
                try await client.execute(uri: endpoint, method: .post, body: ByteBuffer(bytes: Self.body(size: limit + 1))) { response in
                    #expect(response.status == .contentTooLarge, "\(endpoint)")
                    #expect(response.headers[.contentType] == "application/problem+json")
                    #expect(response.json()["code"] as? String == "request.too-large")
                }
            }
            // Declared too large: refused before the body is read.
            try await client.execute(
                uri: "/v1/check", method: .post, headers: [.contentLength: String(limit + 1)],
                body: ByteBuffer(bytes: Self.body(size: limit + 1))
            ) { #expect($0.status == .contentTooLarge) }
        }
    }

    @Test("an audit of exactly --max-audit-bytes is read; a declared larger one is 413, a streamed one ends with an error line")
    func auditSize() async throws {
        let line = try AuditEndpointTests.line("compliant-repossession.json") + "\n"
        let limit = line.utf8.count * 2
        let service = try ServerTest.service(ServerTest.configuration(limits: ServerLimits(maxAuditBytes: limit)))
        try await ServerTest.withRouter(service) { client in
            try await client.execute(uri: "/v1/audit", method: .post, body: ByteBuffer(string: line + line)) { response in
                #expect(response.status == .ok)
                #expect(response.text.split(separator: "\n").count == 2)
                #expect(!response.text.contains("request.too-large"))
            }
            try await client.execute(
                uri: "/v1/audit", method: .post, headers: [.contentLength: String(limit + 1)], body: ByteBuffer(string: line + line + " ")
            ) { #expect($0.status == .contentTooLarge) }
        }
        // Streamed (chunked, no length declared): the stream is cut off with an error line.
        try await ServerTest.withLiveServer(service) { port, _ in
            let chunked = try await RawHTTP.exchange(
                port: port,
                request: "POST /v1/audit HTTP/1.1\r\nHost: test\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
                    + RawHTTP.chunk(line) + RawHTTP.chunk(line) + RawHTTP.chunk(" ") + "0\r\n\r\n")
            #expect(chunked.hasPrefix("HTTP/1.1 200 OK"))
            #expect(chunked.contains(#"{"error":{"code":"request.too-large""#))
            #expect(chunked.components(separatedBy: "\"case_id\"").count == 3)
        }
    }

    @Test("an audit line of exactly --max-body-bytes is read; a longer one is an error line and the stream goes on")
    func auditLine() async throws {
        let line = try AuditEndpointTests.line("compliant-repossession.json")
        let limit = line.utf8.count + 10
        let service = try ServerTest.service(ServerTest.configuration(limits: ServerLimits(maxBodyBytes: limit)))
        let exact = line + String(repeating: " ", count: 10)
        let over = exact + " "
        try await ServerTest.withRouter(service) { client in
            try await client.execute(
                uri: "/v1/audit", method: .post, body: ByteBuffer(string: [exact, over, line].joined(separator: "\n"))
            ) {
                let lines = $0.text.split(separator: "\n")
                #expect(lines.count == 3)
                #expect(lines[0].contains("\"case_id\""))
                #expect(lines[1].hasPrefix(#"{"error":{"code":"request.too-large""#) && lines[1].contains(#""line":2"#))
                #expect(lines[2].contains("\"case_id\""))
            }
        }
    }

    @Test("an evaluation under --evaluation-timeout answers; one over it is 503, at the limit")
    func evaluationTimeout() async throws {
        var configuration = ServerTest.configuration(limits: ServerLimits(evaluationTimeout: .seconds(1)))
        configuration.evaluationDelay = .milliseconds(500)
        let under = try ServerTest.service(configuration)
        try await ServerTest.withRouter(under) { client in
            try await client.execute(uri: "/v1/check", method: .post, body: ByteBuffer(bytes: Self.example)) { #expect($0.status == .ok) }
        }
        configuration.evaluationDelay = .milliseconds(1500)
        let over = try ServerTest.service(configuration)
        let start = ContinuousClock.now
        try await ServerTest.withRouter(over) { client in
            try await client.execute(uri: "/v1/check", method: .post, body: ByteBuffer(bytes: Self.example)) { response in
                #expect(response.status == .serviceUnavailable)
                #expect(response.json()["code"] as? String == "request.evaluation-timeout")
            }
            let line = try AuditEndpointTests.line("compliant-repossession.json")
            try await client.execute(uri: "/v1/audit", method: .post, body: ByteBuffer(string: line)) { response in
                #expect(response.text.contains("\"request.evaluation-timeout\""))
            }
        }
        #expect(ContinuousClock.now - start < .milliseconds(2900), "a timed-out request must not wait for the evaluation")
        #expect(over.metrics.exposition().contains(#"repocheck_evaluations_total{endpoint="check",outcome="timeout"} 1"#))
    }

    @Test("a connection idle for less than --idle-timeout stays open; one idle longer is closed")
    func idleTimeout() async throws {
        let service = try ServerTest.service(ServerTest.configuration(limits: ServerLimits(idleTimeout: .seconds(2))))
        try await ServerTest.withLiveServer(service) { port, _ in
            let client = TestClient(host: "127.0.0.1", port: port)
            client.connect()
            for _ in 0..<3 {
                try await Task.sleep(for: .milliseconds(700))
                #expect(try await client.get("/healthz").status == .ok)
            }
            let start = ContinuousClock.now
            let channel = try await client.getChannel()
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask { try await channel.closeFuture.get() }
                group.addTask {
                    try await Task.sleep(for: .seconds(8))
                    Issue.record("the idle connection was not closed")
                }
                try await group.next()
                group.cancelAll()
            }
            #expect(ContinuousClock.now - start >= .milliseconds(1900))
            try? await client.shutdown()
        }
    }

    @Test("up to --max-connections connections are served; one more waits until one closes")
    func connectionCap() async throws {
        let service = try ServerTest.service(ServerTest.configuration(limits: ServerLimits(maxConnections: 2)))
        try await ServerTest.withLiveServer(service) { port, _ in
            let first = TestClient(host: "127.0.0.1", port: port)
            let second = TestClient(host: "127.0.0.1", port: port)
            first.connect()
            second.connect()
            #expect(try await first.get("/healthz").status == .ok)
            #expect(try await second.get("/healthz").status == .ok)

            let request = "GET /healthz HTTP/1.1\r\nHost: test\r\nConnection: close\r\n\r\n"
            let waiting = try await RawHTTP.exchange(port: port, request: request, timeout: .seconds(1))
            #expect(waiting.isEmpty, "a connection over the cap was served at once")

            try await first.shutdown()
            let served = try await RawHTTP.exchange(port: port, request: request, timeout: .seconds(5))
            #expect(served.hasPrefix("HTTP/1.1 200 OK"))
            try await second.shutdown()
        }
    }

    @Test("on shutdown a request in flight shorter than --shutdown-timeout finishes")
    func gracefulShutdown() async throws {
        var configuration = ServerTest.configuration(limits: ServerLimits(shutdownTimeout: .seconds(3)))
        configuration.evaluationDelay = .seconds(1)
        let service = try ServerTest.service(configuration)
        try await ServerTest.withLiveServer(service) { port, group in
            let client = TestClient(host: "127.0.0.1", port: port)
            client.connect()
            async let response = client.post("/v1/check", body: ByteBuffer(bytes: Self.example))
            try await Task.sleep(for: .milliseconds(300))
            await group.triggerGracefulShutdown()
            #expect(try await response.status == .ok)
            try? await client.shutdown()
        }
    }

    @Test("on shutdown a request in flight longer than --shutdown-timeout is cut off at the limit")
    func shutdownBound() async throws {
        var configuration = ServerTest.configuration(limits: ServerLimits(shutdownTimeout: .milliseconds(500)))
        configuration.evaluationDelay = .seconds(5)
        let service = try ServerTest.service(configuration)
        let start = ContinuousClock.now
        try await ServerTest.withLiveServer(service) { port, group in
            let client = TestClient(host: "127.0.0.1", port: port, configuration: .init(timeout: .seconds(8)))
            client.connect()
            async let response = client.post("/v1/check", body: ByteBuffer(bytes: Self.example))
            try await Task.sleep(for: .milliseconds(300))
            await group.triggerGracefulShutdown()
            let answered = try? await response
            #expect(answered?.status != .ok, "the request outlived the shutdown limit")
            try? await client.shutdown()
        }
        #expect(ContinuousClock.now - start < .milliseconds(4500), "the server took longer than the shutdown limit to stop")
    }
}
