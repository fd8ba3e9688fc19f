import Foundation
import Synchronization

/// A zone's UTC offsets as a sorted table of transitions, built once per zone and shared: converting an
/// instant to local time is then a binary search instead of a call into the system's time-zone library.
final class ZoneTable: Sendable {
    /// Instants (seconds) at which the offset changes, ascending.
    private let starts: [Int64]
    /// The offset in force from each start until the next.
    private let offsets: [Int]
    /// The offset before the first transition.
    private let initial: Int

    private static let cache = Mutex<[String: ZoneTable]>([:])

    /// The shared table for `timeZone`, built on first use.
    static func table(for timeZone: TimeZone) -> ZoneTable {
        if let table = cache.withLock({ $0[timeZone.identifier] }) { return table }
        let table = ZoneTable(timeZone)
        return cache.withLock { tables in
            if let existing = tables[timeZone.identifier] { return existing }
            tables[timeZone.identifier] = table
            return table
        }
    }

    private init(_ timeZone: TimeZone) {
        // The range a case can mention (RFC3339.years), with a margin either side.
        var cursor = Date(timeIntervalSince1970: -2_240_611_200)  // 1899-01-01
        let end = Date(timeIntervalSince1970: 7_289_654_400)  // 2201-01-01
        initial = timeZone.secondsFromGMT(for: cursor)
        var starts: [Int64] = []
        var offsets: [Int] = []
        while let next = timeZone.nextDaylightSavingTimeTransition(after: cursor), next < end {
            starts.append(Int64(next.timeIntervalSince1970.rounded()))
            offsets.append(timeZone.secondsFromGMT(for: next))
            cursor = next.addingTimeInterval(1)
        }
        self.starts = starts
        self.offsets = offsets
    }

    /// The offset in seconds east of UTC at `seconds` since the epoch.
    func offset(atSeconds seconds: Int64) -> Int {
        var low = 0
        var high = starts.count
        while low < high {
            let middle = (low + high) / 2
            if starts[middle] <= seconds { low = middle + 1 } else { high = middle }
        }
        return low == 0 ? initial : offsets[low - 1]
    }
}
