import NIOConcurrencyHelpers

/// Runs one evaluation under the service's time limit.
///
/// The engine is pure, synchronous code and cannot be interrupted, so an evaluation runs on its own
/// task and the request waits for whichever comes first: its result, or the limit. On the limit the
/// request is answered with 503 at once; the abandoned evaluation finishes in the background and its
/// result is dropped (counted in `repocheck_evaluations_abandoned_total`).
struct EvaluationRunner: Sendable {
    /// The time limit.
    let timeout: Duration
    /// Test hook: a pause inside the limit.
    let delay: Duration?
    /// Called when an evaluation is abandoned.
    let onAbandon: @Sendable () -> Void

    /// Thrown when the limit passes first.
    struct TimedOut: Error {}

    /// The result of `work`, or `TimedOut`; a cancelled request stops waiting at once.
    func run<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        let outcome = Outcome<T>()
        let delay = delay
        let worker = Task.detached {
            do {
                if let delay { try await Task.sleep(for: delay) }
                outcome.finish(.success(try work()))
            } catch {
                outcome.finish(.failure(error))
            }
        }
        let timer = Task {
            try await Task.sleep(for: timeout)
            if outcome.finish(.failure(TimedOut())) {
                worker.cancel()
                onAbandon()
            }
        }
        defer { timer.cancel() }
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { continuation in outcome.attach(continuation) }
        } onCancel: {
            worker.cancel()
            outcome.finish(.failure(CancellationError()))
        }
    }
}

/// The first result to arrive, handed to the one waiting continuation whichever comes first.
private final class Outcome<T: Sendable>: Sendable {
    private struct State {
        var result: Result<T, any Error>?
        var continuation: CheckedContinuation<T, any Error>?
    }

    private let state = NIOLockedValueBox(State())

    /// Records `result` if none came first; returns whether it did.
    @discardableResult
    func finish(_ result: Result<T, any Error>) -> Bool {
        state.withLockedValue { state in
            guard state.result == nil else { return false }
            state.result = result
            state.continuation?.resume(with: result)
            state.continuation = nil
            return true
        }
    }

    /// Waits with `continuation`, resuming it at once if the result is already in.
    func attach(_ continuation: CheckedContinuation<T, any Error>) {
        state.withLockedValue { state in
            if let result = state.result {
                continuation.resume(with: result)
            } else {
                state.continuation = continuation
            }
        }
    }
}
