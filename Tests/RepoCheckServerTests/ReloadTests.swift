import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import RepoCheckCore
import RepoCheckRules
import RepoCheckServer
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reloading the rule pack: atomic, and a pack that fails to load leaves the old one serving.
@Suite struct ReloadTests {
    /// A copy of the test pack in a temporary folder, to edit.
    static func packCopy() throws -> URL {
        let source: URL
        switch ServerTest.rules {
        case .directory(let path): source = URL(fileURLWithPath: path)
        case .bundled: source = try #require(BundledRules.directory)
        }
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("repocheck-reload-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: source, to: copy)
        return copy
    }

    static func rulesHash(_ client: some TestClientProtocol) async throws -> String? {
        try await client.execute(uri: "/v1/rules", method: .get) { $0.headers[HTTPField.Name("RepoCheck-Pack")!] }
    }

    @Test("POST /v1/admin/reload: a broken pack is a 422 naming the file, and the old pack keeps serving; a good one replaces it")
    func reload() async throws {
        let folder = try Self.packCopy()
        defer { try? FileManager.default.removeItem(at: folder) }
        var configuration = ServerTest.configuration()
        configuration.rules = .directory(folder.path)
        let service = try ServerTest.service(configuration)
        let manifest = folder.appendingPathComponent("pack.yaml")
        let original = try Data(contentsOf: manifest)
        try await ServerTest.withRouter(service) { client in
            let before = try await Self.rulesHash(client)
            try Data("name: [unclosed\n".utf8).write(to: manifest)
            try await client.execute(uri: "/v1/admin/reload", method: .post) { response in
                #expect(response.status == .unprocessableContent)
                let json = response.json()
                #expect(json["code"] as? String == "pack.reload-failed")
                #expect((json["detail"] as? String)?.contains("pack.yaml:") == true)
            }
            #expect(try await Self.rulesHash(client) == before)
            let body = try ServerTest.example("compliant-repossession.json")
            try await client.execute(uri: "/v1/check", method: .post, body: ByteBuffer(bytes: body)) { #expect($0.status == .ok) }

            try (original + Data("# edited\n".utf8)).write(to: manifest)
            try await client.execute(uri: "/v1/admin/reload", method: .post) { response in
                #expect(response.status == .ok)
                #expect(response.json()["status"] as? String == "reloaded")
            }
            let after = try await Self.rulesHash(client)
            #expect(after != before)
            #expect(after?.contains(service.packs.current.pack.contentHash) == true)
        }
        let metrics = service.metrics.exposition()
        #expect(metrics.contains(#"repocheck_pack_reloads_total{result="failed"} 1"#))
        #expect(metrics.contains(#"repocheck_pack_reloads_total{result="ok"} 1"#))
    }

    @Test("SIGHUP reloads the pack of a running server")
    func hangup() async throws {
        let folder = try Self.packCopy()
        defer { try? FileManager.default.removeItem(at: folder) }
        var configuration = ServerTest.configuration()
        configuration.rules = .directory(folder.path)
        let recorder = LogRecorder()
        let service = try ServerTest.service(configuration, recorder: recorder)
        let before = service.packs.current.pack.contentHash
        let manifest = folder.appendingPathComponent("pack.yaml")
        try (try Data(contentsOf: manifest) + Data("# edited\n".utf8)).write(to: manifest)
        try await ServerTest.withLiveServer(service) { _, _ in
            // Signal only once the server traps SIGHUP: untrapped, it would end the test process.
            for _ in 0..<200 where !recorder.records.contains(where: { $0.message == "reloading the rule pack on SIGHUP" }) {
                try await Task.sleep(for: .milliseconds(10))
            }
            #expect(recorder.records.contains { $0.message == "reloading the rule pack on SIGHUP" })
            kill(getpid(), SIGHUP)
            for _ in 0..<300 where service.packs.current.pack.contentHash == before { try await Task.sleep(for: .milliseconds(10)) }
        }
        #expect(service.packs.current.pack.contentHash != before)
        #expect(recorder.records.contains { $0.message == "rule pack reloaded" && $0.metadata["trigger"] == "SIGHUP" })
    }
}
