import Foundation

/// The temporary files being written, removed if the process is interrupted (SIGINT, SIGTERM).
///
/// Files are created under the registry's lock and the interrupt handler keeps the lock until the process
/// ends, so no temporary file can appear between the handler's clean-up and the exit.
final class TemporaryFiles: @unchecked Sendable {
    /// The process's registry.
    static let shared = TemporaryFiles()

    private let lock = NSLock()
    private var paths: Set<String> = []
    private var sources: [any DispatchSourceSignal] = []

    /// Creates (or truncates) the file at `path` for writing and registers it; returns the descriptor, or -1
    /// with `errno` set.
    func create(_ path: String) -> Int32 {
        lock.withLock {
            let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
            if descriptor >= 0 { paths.insert(path) }
            return descriptor
        }
    }

    /// Forgets `path` (renamed into place or deleted).
    func remove(_ path: String) { lock.withLock { _ = paths.remove(path) } }

    /// On SIGINT or SIGTERM: run `cleanup` (clear the progress line), delete the temporary files, exit 130 or 143.
    func removeOnInterrupt(_ cleanup: @escaping @Sendable () -> Void) {
        lock.withLock {
            for signalNumber in [SIGINT, SIGTERM] {
                signal(signalNumber, SIG_IGN)
                let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
                source.setEventHandler { [self] in
                    lock.lock()  // never released: the process ends holding it
                    cleanup()
                    for path in paths { unlink(path) }
                    _exit(128 + signalNumber)
                }
                source.resume()
                sources.append(source)
            }
        }
    }
}
