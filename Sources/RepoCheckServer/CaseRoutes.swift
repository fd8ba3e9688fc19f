import HTTPTypes
import Hummingbird
import Logging
import RepoCheckCore
import RepoCheckReports

/// `POST /v1/check`, `/v1/preflight` and `/v1/schedule`: one case in, one JSON document out.
///
/// The bodies are byte for byte what `repocheck check|preflight --format json` and
/// `repocheck schedule --format json` print for the same case, time and pack.
struct CaseRoutes: Sendable {
    let service: RepoCheckService

    /// `POST /v1/check?as_of=T`: the report.
    func check(_ request: Request) async throws -> Response {
        let (bytes, testCase, current, report) = try await judge(request, endpoint: "check")
        let body = JSONReport.render(report)
        service.metrics.evaluation(endpoint: "check", outcome: report.hasViolations ? "violations" : "clean")
        try await record(
            endpoint: Routes.check, input: bytes, report: report, body: body, current: current,
            decision: report.hasViolations ? "violations" : "clean",
            ruleIDs: report.findings.filter { $0.kind == .violation }.map(\.ruleID),
            replay: "repocheck check INPUT --format json --as-of \(report.asOf)")
        logCase(testCase, endpoint: "check")
        return Responses.text(body, headers: Responses.packHeader(current))
    }

    /// `POST /v1/preflight?at=T`: the pre-flight report, with its `decision`.
    func preflight(_ request: Request) async throws -> Response {
        let plannedAt: Instant
        if let at = request.uri.queryParameters.get("at") {
            guard case .success(let stamp) = RFC3339.parseTimestamp(at) else { throw Problem.badTime("at", at, dateAllowed: false) }
            plannedAt = stamp.instant
        } else {
            plannedAt = RepoCheckService.now()
        }
        let (bytes, testCase) = try await readCase(request)
        let current = service.packs.current
        let report = try await evaluate(endpoint: "preflight") {
            do {
                return try current.evaluator.preflight(testCase, plannedAt: plannedAt)
            } catch Evaluator.PreflightError.evaluation(let problem) {
                throw problem  // a bound on the results, answered as for the other routes
            } catch {
                throw Problem(
                    status: 500, code: "pack.no-preflight", title: "The rule pack cannot run a pre-flight",
                    detail: "the rule pack does not say which event a pre-flight plans")
            }
        }
        let body = JSONReport.render(report)
        let status = report.decision?.status ?? .clear
        service.metrics.evaluation(endpoint: "preflight", outcome: status.rawValue)
        try await record(
            endpoint: Routes.preflight, input: bytes, report: report, body: body, current: current, decision: status.rawValue,
            ruleIDs: report.decision?.blockingRules ?? [],
            replay: "repocheck preflight INPUT --format json --at \(report.decision?.plannedAt ?? report.asOf)")
        logCase(testCase, endpoint: "preflight")
        return Responses.text(body, headers: Responses.packHeader(current))
    }

    /// `POST /v1/schedule?as_of=T`: the obligations, as `repocheck schedule --format json` prints them.
    func schedule(_ request: Request) async throws -> Response {
        let (_, testCase, current, report) = try await judge(request, endpoint: "schedule")
        service.metrics.evaluation(endpoint: "schedule", outcome: "scheduled")
        logCase(testCase, endpoint: "schedule")
        return Responses.text(JSONReport.encode(ScheduleDocument(report), pretty: true) + "\n", headers: Responses.packHeader(current))
    }

    // MARK: Shared steps

    /// Reads `as_of` and the case from `request` and evaluates the case's timeline on the pack serving now.
    private func judge(_ request: Request, endpoint: String) async throws -> (
        bytes: [UInt8], testCase: Case, current: PackStore.Current, report: Report
    ) {
        let asOf = try Self.asOfParameter(request)
        let (bytes, testCase) = try await readCase(request)
        let current = service.packs.current
        let now = RepoCheckService.now()
        let report = try await evaluate(endpoint: endpoint) {
            try current.evaluator.evaluate(testCase, options: EvaluationOptions(asOf: asOf), now: now)
        }
        return (bytes, testCase, current, report)
    }

    /// `as_of`, checked before the body is read.
    static func asOfParameter(_ request: Request) throws(Problem) -> String? {
        guard let asOf = request.uri.queryParameters.get("as_of") else { return nil }
        guard EvaluationOptions.isReadableAsOf(asOf) else { throw Problem.badTime("as_of", asOf, dateAllowed: true) }
        return asOf
    }

    private func readCase(_ request: Request) async throws -> ([UInt8], Case) {
        let bytes = try await RequestBodies.collect(request, limit: service.configuration.limits.maxBodyBytes)
        do {
            return (bytes, try RequestBodies.decodeCase(bytes))
        } catch {
            service.metrics.evaluation(endpoint: request.uri.path.split(separator: "/").last.map(String.init) ?? "", outcome: "bad_input")
            throw error
        }
    }

    /// Runs `work` under the evaluation time limit; the limit passing is a 503 problem.
    private func evaluate<T: Sendable>(endpoint: String, _ work: @escaping @Sendable () throws -> T) async throws -> T {
        do {
            return try await service.runner.run(work)
        } catch is EvaluationRunner.TimedOut {
            service.metrics.evaluation(endpoint: endpoint, outcome: "timeout")
            throw Problem.timeout(service.configuration.limits.evaluationTimeout)
        } catch let problem as EvaluationOptions.Problem {
            switch problem {
            case .unreadableAsOf(let text): throw Problem.badTime("as_of", text, dateAllowed: true)
            case .tooManyResults:
                service.metrics.evaluation(endpoint: endpoint, outcome: "bad_input")
                throw Problem.badCase([problem.diagnostic(at: SourceLocation(file: "request", line: 1, column: 1))], text: nil)
            }
        }
    }

    private func record(
        endpoint: String, input: [UInt8], report: Report, body: String, current: PackStore.Current, decision: String,
        ruleIDs: [String], replay: String
    ) async throws {
        guard let log = service.decisionLog else { return }
        var rulesOption = ""
        if case .directory(let path) = service.packs.source { rulesOption = " --rules \(path)" }
        let entry = DecisionLog.Entry(
            time: RFC3339.format(RepoCheckService.now(), in: Zone.utc), endpoint: endpoint, inputSHA256: Digest.sha256(input),
            pack: .init(name: current.pack.name, version: current.pack.version, sha256: current.pack.contentHash),
            engineVersion: report.provenance.engineVersion, asOf: report.asOf, plannedAt: report.decision?.plannedAt, decision: decision,
            ruleIDs: Self.unique(ruleIDs), reportSHA256: Digest.sha256(Array(body.utf8)), replay: replay + rulesOption,
            caseID: service.configuration.logCaseIDs ? report.caseID : nil)
        do {
            try await log.append(JSONReport.encode(entry, pretty: false))
        } catch {
            // Fail closed: a decision that cannot be recorded is not served.
            service.logger.error("decision log write failed", metadata: ["error": "\(error.description)"])
            throw Problem(
                status: 500, code: "server.decision-log", title: "The decision could not be recorded",
                detail: "the decision log could not be written; nothing was decided")
        }
    }

    private func logCase(_ testCase: Case, endpoint: String) {
        guard service.configuration.logCaseIDs else { return }
        service.logger.info("case evaluated", metadata: ["endpoint": "\(endpoint)", "case_id": "\(testCase.id)"])
    }

    private static func unique(_ ids: [String]) -> [String] {
        var seen = Set<String>()
        return ids.filter { seen.insert($0).inserted }
    }
}

/// SHA-256 in hex, with the core's dependency-free implementation.
enum Digest {
    static func sha256(_ bytes: [UInt8]) -> String {
        var hash = SHA256()
        hash.update(bytes)
        return hash.hexDigest()
    }
}
