import Dispatch
import Synchronization

extension Array where Element: Sendable {
    /// `transform` applied to every element, the elements spread over the cores; the results in order.
    func concurrentMap<T: Sendable>(_ transform: @Sendable (Element) -> T) -> [T] {
        let results = Mutex<[T?]>([T?](repeating: nil, count: count))
        DispatchQueue.concurrentPerform(iterations: count) { position in
            let result = transform(self[position])
            results.withLock { $0[position] = result }
        }
        return results.withLock { $0.map { $0! } }
    }
}
