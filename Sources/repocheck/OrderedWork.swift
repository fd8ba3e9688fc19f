/// Runs work items on a bounded number of child tasks and delivers their results in input order.
///
/// At most `jobs` items run at once, and at most `window` items are between the oldest result not yet
/// delivered and the newest item taken, so the results waiting for an earlier one never exceed
/// `window`: memory stays flat whatever the input's length, and the output order is the input order.
/// `next` and `deliver` run on the main actor, one call at a time; `transform` runs on the child tasks.
@MainActor
enum OrderedWork {
    static func run<Input: Sendable, Output: Sendable>(
        jobs: Int, window: Int, next: () -> Input?, transform: @escaping @Sendable (Input) -> Output, deliver: (Output) throws -> Void
    ) async throws {
        let jobs = max(1, jobs)
        let window = max(jobs, window)
        try await withThrowingTaskGroup(of: (Int, Output).self) { group in
            var taken = 0
            var delivered = 0
            var running = 0
            var exhausted = false
            var waiting: [Int: Output] = [:]
            while true {
                while !exhausted && running < jobs && taken - delivered < window {
                    guard let input = next() else {
                        exhausted = true
                        break
                    }
                    let index = taken
                    group.addTask { (index, transform(input)) }
                    taken += 1
                    running += 1
                }
                // Running items exist whenever the window is full: the oldest undelivered one is one of them.
                guard let (index, output) = try await group.next() else { break }
                running -= 1
                waiting[index] = output
                while let ready = waiting.removeValue(forKey: delivered) {
                    try deliver(ready)
                    delivered += 1
                }
            }
        }
    }
}
