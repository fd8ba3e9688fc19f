import Dispatch
import Synchronization

extension Array where Element: Sendable {
    /// `transform` applied to every element, the elements spread over the cores; the results in order.
    func concurrentMap<T: Sendable>(_ transform: @Sendable (Element) -> T) -> [T] {
        concurrentMap(transform, alongside: {}).results
    }

    /// `concurrentMap(transform)`, with `other` run beside it: `other` starts first, on one core, while the
    /// others take the elements; whichever core is free takes the next element.
    func concurrentMap<T: Sendable, U: Sendable>(_ transform: @Sendable (Element) -> T, alongside other: @Sendable () -> U) -> (
        results: [T], other: U
    ) {
        let results = Mutex<[T?]>([T?](repeating: nil, count: count))
        let otherResult = Mutex<U?>(nil)
        DispatchQueue.concurrentPerform(iterations: count + 1) { position in
            if position == 0 {
                let result = other()
                otherResult.withLock { $0 = result }
            } else {
                let result = transform(self[position - 1])
                results.withLock { $0[position - 1] = result }
            }
        }
        return (results.withLock { $0.map { $0! } }, otherResult.withLock { $0! })
    }
}
