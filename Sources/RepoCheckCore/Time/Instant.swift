/// A point on the time line, in nanoseconds since 1970-01-01T00:00:00Z.
///
/// Elapsed-time arithmetic ("within one hour") is done on instants, so it is correct across
/// daylight-saving changes.
public struct Instant: Hashable, Comparable, Sendable {
    /// Nanoseconds since the Unix epoch.
    public let nanoseconds: Int64

    /// The instant `nanoseconds` after the epoch.
    public init(nanoseconds: Int64) { self.nanoseconds = nanoseconds }

    /// The instant `seconds` (plus `nanos`) after the epoch.
    public init(seconds: Int64, nanos: Int64 = 0) { nanoseconds = seconds * 1_000_000_000 + nanos }

    /// Whole seconds since the epoch, rounded down.
    public var seconds: Int64 { nanoseconds >= 0 ? nanoseconds / 1_000_000_000 : (nanoseconds + 1) / 1_000_000_000 - 1 }

    /// Nanoseconds past `seconds` (0 ..< 1e9).
    public var subsecondNanos: Int64 { nanoseconds - seconds * 1_000_000_000 }

    /// This instant moved by `seconds`.
    public func adding(seconds: Int64) -> Instant { Instant(nanoseconds: nanoseconds + seconds * 1_000_000_000) }

    /// Seconds from `other` to this instant (positive when this is later), rounded toward zero.
    public func seconds(since other: Instant) -> Int64 { (nanoseconds - other.nanoseconds) / 1_000_000_000 }

    /// The instant one nanosecond earlier: turns an exclusive bound into an inclusive one.
    public var previous: Instant { Instant(nanoseconds: nanoseconds - 1) }

    /// Whether `lhs` comes first.
    public static func < (lhs: Instant, rhs: Instant) -> Bool { lhs.nanoseconds < rhs.nanoseconds }
}

/// A wall-clock time of day, `08:00`, to the second.
public struct TimeOfDay: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Seconds since local midnight.
    public let secondsOfDay: Int

    /// The time `hour:minute:second`, or `nil` if out of range.
    public init?(hour: Int, minute: Int, second: Int = 0) {
        guard (0...24).contains(hour), (0...59).contains(minute), (0...59).contains(second),
            hour < 24 || (minute == 0 && second == 0)
        else { return nil }
        secondsOfDay = hour * 3600 + minute * 60 + second
    }

    init(secondsOfDay: Int) { self.secondsOfDay = secondsOfDay }

    /// `HH:MM`, or `HH:MM:SS` when seconds are not zero.
    public var description: String {
        let base = "\(pad(secondsOfDay / 3600, 2)):\(pad(secondsOfDay / 60 % 60, 2))"
        return secondsOfDay % 60 == 0 ? base : base + ":" + pad(secondsOfDay % 60, 2)
    }

    /// Whether `lhs` comes first.
    public static func < (lhs: TimeOfDay, rhs: TimeOfDay) -> Bool { lhs.secondsOfDay < rhs.secondsOfDay }
}
