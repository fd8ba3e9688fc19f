/// Strict RFC 3339 timestamps and ISO dates, parsed and printed without Foundation formatters.
public enum RFC3339 {
    /// Why a timestamp could not be read.
    public enum Problem: Error, Equatable, Sendable {
        /// Not of the form `YYYY-MM-DDTHH:MM:SS[.fff](Z|±HH:MM)`.
        case malformed
        /// Well formed, but there is no time-zone offset.
        case missingOffset
        /// Well formed, but the calendar has no such date or time (`2025-02-30`, `25:00`).
        case impossibleDate
        /// The year lies outside the range RepoCheck accepts.
        case yearOutOfRange
        /// The wall-clock time never happened in the zone: clocks skipped it.
        case nonexistentLocalTime(CivilDate, TimeOfDay)
    }

    /// Years a case may mention. Nanosecond instants cover 1678–2262; we keep well inside.
    public static let years = 1900...2199

    /// A parsed timestamp: the instant, and the wall-clock reading and offset it was written with.
    public struct Timestamp: Equatable, Sendable {
        /// The point on the time line.
        public let instant: Instant
        /// The local date as written.
        public let date: CivilDate
        /// The local time as written.
        public let time: TimeOfDay
        /// The offset as written, in seconds east of UTC.
        public let offset: Int
    }

    /// Parses `YYYY-MM-DD`.
    public static func parseDate(_ text: some StringProtocol) -> Result<CivilDate, Problem> {
        var text = String(text)
        return text.withUTF8(parseDate(bytes:))
    }

    private static func parseDate(bytes b: UnsafeBufferPointer<UInt8>) -> Result<CivilDate, Problem> {
        guard b.count == 10, b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-"),
            let y = digits(b, 0, 4), let m = digits(b, 5, 2), let d = digits(b, 8, 2)
        else { return .failure(.malformed) }
        guard years.contains(y) else { return .failure(.yearOutOfRange) }
        guard let date = CivilDate(year: y, month: m, day: d) else { return .failure(.impossibleDate) }
        return .success(date)
    }

    /// Parses an RFC 3339 timestamp; the offset (`Z` or `±HH:MM`) is required.
    public static func parseTimestamp(_ text: some StringProtocol) -> Result<Timestamp, Problem> {
        var text = String(text)
        return text.withUTF8(parseTimestamp(bytes:))
    }

    private static func parseTimestamp(bytes b: UnsafeBufferPointer<UInt8>) -> Result<Timestamp, Problem> {
        guard b.count >= 19, b[10] == UInt8(ascii: "T") || b[10] == UInt8(ascii: "t") || b[10] == UInt8(ascii: " "),
            b[13] == UInt8(ascii: ":"), b[16] == UInt8(ascii: ":"),
            let hh = digits(b, 11, 2), let mm = digits(b, 14, 2), let ss = digits(b, 17, 2)
        else { return .failure(.malformed) }
        let date: CivilDate
        switch parseDate(bytes: UnsafeBufferPointer(rebasing: b[0..<10])) {
        case .success(let d): date = d
        case .failure(let problem): return .failure(problem)
        }
        var i = 19
        var nanos: Int64 = 0
        if i < b.count, b[i] == UInt8(ascii: ".") {
            i += 1
            var scale: Int64 = 100_000_000
            let start = i
            while i < b.count, let digit = digit(b[i]) {
                guard i - start < 9 else { return .failure(.malformed) }
                nanos += Int64(digit) * scale
                scale /= 10
                i += 1
            }
            guard i > start else { return .failure(.malformed) }
        }
        let offset: Int
        if i == b.count { return .failure(.missingOffset) }
        if b[i] == UInt8(ascii: "Z") || b[i] == UInt8(ascii: "z"), i + 1 == b.count {
            offset = 0
        } else if b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-"), b.count == i + 6, b[i + 3] == UInt8(ascii: ":"),
            let oh = digits(b, i + 1, 2), let om = digits(b, i + 4, 2), oh < 24, om < 60
        {
            offset = (b[i] == UInt8(ascii: "-") ? -1 : 1) * (oh * 3600 + om * 60)
        } else {
            return .failure(.malformed)
        }
        // RFC 3339 allows a leap second (:60); a case timeline has no use for one.
        guard let time = TimeOfDay(hour: hh, minute: mm, second: ss), hh < 24 else { return .failure(.impossibleDate) }
        let local = Int64(date.dayNumber) * 86_400 + Int64(time.secondsOfDay)
        return .success(
            Timestamp(
                instant: Instant(seconds: local - Int64(offset), nanos: nanos), date: date, time: time, offset: offset))
    }

    /// Formats an instant as RFC 3339 in `zone`'s local time with its offset;
    /// fractional seconds appear only when not zero.
    public static func format(_ instant: Instant, in zone: Zone) -> String {
        let offset = zone.offset(at: instant)
        let (year, month, day) = zone.date(of: instant).components
        let seconds = zone.timeOfDay(of: instant).secondsOfDay
        let nanos = Int(instant.subsecondNanos)
        guard (0...9_999).contains(year) else { return formatSlowly(instant, in: zone) }
        return String(unsafeUninitializedCapacity: 40) { text in
            var end = 0
            func put(_ value: Int, digits: Int) {
                var rest = value
                for place in (0..<digits).reversed() {
                    text[end + place] = UInt8(ascii: "0") + UInt8(rest % 10)
                    rest /= 10
                }
                end += digits
            }
            func put(_ character: Unicode.Scalar) {
                text[end] = UInt8(ascii: character)
                end += 1
            }
            put(year, digits: 4)
            put("-")
            put(month, digits: 2)
            put("-")
            put(day, digits: 2)
            put("T")
            put(seconds / 3600, digits: 2)
            put(":")
            put(seconds / 60 % 60, digits: 2)
            put(":")
            put(seconds % 60, digits: 2)
            if nanos != 0 {
                put(".")
                put(nanos, digits: 9)
                while text[end - 1] == UInt8(ascii: "0") { end -= 1 }
            }
            if offset == 0 {
                put("Z")
            } else {
                put(offset < 0 ? "-" : "+")
                put(abs(offset) / 3600, digits: 2)
                put(":")
                put(abs(offset) / 60 % 60, digits: 2)
            }
            return end
        }
    }

    /// `format` for years outside 0–9999 (never in a valid case), by string interpolation.
    private static func formatSlowly(_ instant: Instant, in zone: Zone) -> String {
        let offset = zone.offset(at: instant)
        let date = zone.date(of: instant)
        let time = zone.timeOfDay(of: instant)
        var text = "\(date)T\(pad(time.secondsOfDay / 3600, 2)):\(pad(time.secondsOfDay / 60 % 60, 2)):"
        text += pad(time.secondsOfDay % 60, 2)
        let nanos = instant.subsecondNanos
        if nanos != 0 {
            var fraction = pad(Int(nanos), 9)
            while fraction.hasSuffix("0") { fraction.removeLast() }
            text += "." + fraction
        }
        return text + offsetString(offset)
    }

    /// `Z` for zero, otherwise `±HH:MM`.
    public static func offsetString(_ seconds: Int) -> String {
        if seconds == 0 { return "Z" }
        let sign = seconds < 0 ? "-" : "+"
        return "\(sign)\(pad(abs(seconds) / 3600, 2)):\(pad(abs(seconds) / 60 % 60, 2))"
    }

    private static func digit(_ byte: UInt8) -> Int? {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") ? Int(byte - UInt8(ascii: "0")) : nil
    }

    private static func digits(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ count: Int) -> Int? {
        guard start + count <= b.count else { return nil }
        var value = 0
        for index in start..<(start + count) {
            guard let d = digit(b[index]) else { return nil }
            value = value * 10 + d
        }
        return value
    }
}
