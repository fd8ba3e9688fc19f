import RepoCheckCore
import Yams

/// Reads the eight constraint kinds and the counting options they share.
struct ConstraintDecoder {
    let reader: NodeReader
    let patterns: PatternDecoder

    /// The constraint kinds, by DSL key.
    static let kinds = ["deadline", "waiting_period", "forbidden", "gate", "frequency", "time_of_day", "contents", "recipients"]
    static let countingKeys = ["calendar", "roll_forward", "count_from", "extend_if", "encompassing"]

    func constraint(kind: String, _ node: Node) -> Constraint? {
        switch kind {
        case "deadline": deadline(node).map(Constraint.deadline)
        case "waiting_period": waitingPeriod(node).map(Constraint.waitingPeriod)
        case "forbidden": forbidden(node).map(Constraint.forbidden)
        case "gate": gate(node).map(Constraint.gate)
        case "frequency": frequency(node).map(Constraint.frequency)
        case "time_of_day": timeOfDay(node).map(Constraint.timeOfDay)
        case "contents": contents(node).map(Constraint.contents)
        default: recipients(node).map(Constraint.recipients)
        }
    }

    private func deadline(_ node: Node) -> Constraint.Deadline? {
        let keys = ["trigger", "required", "within", "variants", "alternative", "same", "to", "unless", "per_party"] + Self.countingKeys
        guard let f = reader.fields(node, in: "`deadline`", allowed: keys, required: ["trigger", "required", "within"]) else { return nil }
        let trigger = f["trigger"].flatMap { patterns.pattern($0, "`trigger`") }
        let required = f["required"].flatMap { patterns.pattern($0, "`required`") }
        let counting = counting(f, durationKey: "within")
        guard let trigger, let required, let counting else { return nil }
        return Constraint.Deadline(
            trigger: trigger, required: required, counting: counting, variants: variants(f["variants"], base: counting),
            alternative: f["alternative"].flatMap { alternative($0, base: counting) },
            same: f["same"].flatMap { reader.strings($0, "`same`") } ?? [], to: f["to"].flatMap { reader.string($0, "`to`") },
            unless: f["unless"].flatMap { patterns.pattern($0, "`unless`") }, perParty: f["per_party"].flatMap(perParty))
    }

    private func perParty(_ node: Node) -> Constraint.PerParty? {
        guard let f = reader.fields(node, in: "`per_party`", allowed: ["roles", "property"], required: ["roles"]),
            let roles = f["roles"].flatMap({ reader.strings($0, "`roles`") })
        else { return nil }
        patterns.checkRoles(.oneOf(roles), at: f["roles"]!)
        return Constraint.PerParty(roles: roles, property: f["property"].flatMap { reader.string($0, "`property`") } ?? "to")
    }

    private func waitingPeriod(_ node: Node) -> Constraint.WaitingPeriod? {
        let keys = ["after", "restricted", "period", "variants", "alternative", "extended_by", "requires_trigger"] + Self.countingKeys
        guard let f = reader.fields(node, in: "`waiting_period`", allowed: keys, required: ["after", "restricted", "period"]) else {
            return nil
        }
        let after = f["after"].flatMap { patterns.pattern($0, "`after`") }
        let restricted = f["restricted"].flatMap { patterns.pattern($0, "`restricted`") }
        let counting = counting(f, durationKey: "period")
        var extendedBy: EventPattern?
        var extensionPeriod: Duration?
        if let node = f["extended_by"],
            let ext = reader.fields(node, in: "`extended_by`", allowed: ["event", "period"], required: ["event", "period"])
        {
            extendedBy = ext["event"].flatMap { patterns.pattern($0, "`extended_by.event`") }
            extensionPeriod = ext["period"].flatMap { reader.duration($0, "`extended_by.period`") }
            if let extensionPeriod, extensionPeriod.unit != .days {
                reader.error(
                    "rule.bad-duration", "an extension must be counted in calendar days", at: ext["period"]!, hint: "write `N days`")
            }
        }
        guard let after, let restricted, let counting else { return nil }
        return Constraint.WaitingPeriod(
            after: after, restricted: restricted, counting: counting, variants: variants(f["variants"], base: counting),
            alternative: f["alternative"].flatMap { alternative($0, base: counting) }, extendedBy: extendedBy,
            extensionPeriod: extensionPeriod,
            requiresTrigger: f["requires_trigger"].flatMap { reader.bool($0, "`requires_trigger`") } ?? false)
    }

    private func forbidden(_ node: Node) -> Constraint.Forbidden? {
        guard let f = reader.fields(node, in: "`forbidden`", allowed: ["event", "while"], required: ["event"]) else { return nil }
        guard let event = f["event"].flatMap({ patterns.pattern($0, "`event`") }) else { return nil }
        guard let during = f["while"] else { return Constraint.Forbidden(event: event) }
        if case .scalar = during {
            return patterns.stateName(during).flatMap { patterns.scope.states[$0] }.map { Constraint.Forbidden(event: event, during: $0) }
        }
        // A state written inline is named after its place, which no state name can be.
        let place = reader.location(during)
        return state(during, name: "\(place.file):\(place.line):\(place.column)", inline: true).map {
            Constraint.Forbidden(event: event, during: $0)
        }
    }

    /// A state definition: `opened_by`, `closed_by` and/or `lasts` (with counting options).
    func state(_ node: Node, name: String, inline: Bool = false) -> StateDefinition? {
        let keys = ["description", "opened_by", "closed_by", "lasts", "tail"] + Self.countingKeys
        guard let f = reader.fields(node, in: inline ? "`while`" : "state `\(name)`", allowed: keys, required: ["opened_by"]) else {
            return nil
        }
        let opened = f["opened_by"].flatMap { patterns.pattern($0, "`opened_by`") }
        let closed = f["closed_by"].flatMap { patterns.pattern($0, "`closed_by`") }
        let lasts = f["lasts"] == nil ? nil : counting(f, durationKey: "lasts")
        let tail = f["tail"] == nil ? nil : counting(f, durationKey: "tail")
        if tail != nil, f["closed_by"] == nil {
            reader.error(
                "rule.missing-key", "a state with a `tail` needs `closed_by`", at: f["tail"]!, hint: "the tail runs from the closing event")
        }
        guard let opened else { return nil }
        return StateDefinition(
            name: name, description: f["description"].flatMap { reader.string($0, "`description`") } ?? "", openedBy: opened,
            closedBy: closed, lasts: lasts, tail: tail)
    }

    private func gate(_ node: Node) -> Constraint.Gate? {
        guard let f = reader.fields(node, in: "`gate`", allowed: ["at", "require"], required: ["at", "require"]) else { return nil }
        let at = f["at"].flatMap { patterns.pattern($0, "`at`") }
        let require = f["require"].flatMap { patterns.predicate($0, "`require`") }
        guard let at, let require else { return nil }
        return Constraint.Gate(at: at, require: require)
    }

    private func frequency(_ node: Node) -> Constraint.Frequency? {
        let keys = ["event", "max", "window", "per", "local_time_of"]
        guard let f = reader.fields(node, in: "`frequency`", allowed: keys, required: ["event", "max", "window"]) else { return nil }
        let event = f["event"].flatMap { patterns.pattern($0, "`event`") }
        let max = f["max"].flatMap { reader.int($0, "`max`") }
        let window = f["window"].flatMap { reader.duration($0, "`window`") }
        if let window, case .businessDays = window.unit {
            reader.error("rule.bad-duration", "a frequency window is counted in minutes, hours or calendar days", at: f["window"]!)
        }
        guard let event, let max, let window else { return nil }
        let local = f["local_time_of"].flatMap { reader.string($0, "`local_time_of`") }
        return Constraint.Frequency(
            event: event, max: max, window: window, per: f["per"].flatMap { reader.strings($0, "`per`") } ?? [],
            partyProperty: local == "case" ? nil : local)
    }

    private func timeOfDay(_ node: Node) -> Constraint.TimeOfDayWindow? {
        let keys = ["event", "earliest", "latest", "local_time_of"]
        guard let f = reader.fields(node, in: "`time_of_day`", allowed: keys, required: ["event", "earliest", "latest"]) else { return nil }
        let event = f["event"].flatMap { patterns.pattern($0, "`event`") }
        let from = f["earliest"].flatMap { reader.timeOfDay($0, "`earliest`") }
        let to = f["latest"].flatMap { reader.timeOfDay($0, "`latest`") }
        let local = f["local_time_of"].flatMap { reader.string($0, "`local_time_of`") }
        guard let event, let from, let to else { return nil }
        return Constraint.TimeOfDayWindow(event: event, from: from, to: to, partyProperty: local == "case" ? nil : local)
    }

    private func contents(_ node: Node) -> Constraint.Contents? {
        let keys = ["event", "property", "items", "conditional_items", "exact", "ordered"]
        guard let f = reader.fields(node, in: "`contents`", allowed: keys, required: ["event", "items"]) else { return nil }
        let event = f["event"].flatMap { patterns.pattern($0, "`event`") }
        let items = f["items"].flatMap { reader.strings($0, "`items`") }
        let conditional = f["conditional_items"].flatMap { reader.items($0, in: "`conditional_items`") }?.compactMap {
            node -> Constraint.ConditionalItem? in
            guard let c = reader.fields(node, in: "a conditional item", allowed: ["item", "when"], required: ["item", "when"]),
                let item = c["item"].flatMap({ reader.nonEmptyString($0, "`item`") }),
                let when = c["when"].flatMap({ patterns.predicate($0, "`when`") })
            else { return nil }
            return Constraint.ConditionalItem(item: item, when: when)
        }
        guard let event, let items else { return nil }
        return Constraint.Contents(
            event: event, property: f["property"].flatMap { reader.string($0, "`property`") } ?? "contents", items: items,
            conditionalItems: conditional ?? [], exact: f["exact"].flatMap { reader.bool($0, "`exact`") } ?? false,
            ordered: f["ordered"].flatMap { reader.bool($0, "`ordered`") } ?? false)
    }

    private func recipients(_ node: Node) -> Constraint.Recipients? {
        guard
            let f = reader.fields(
                node, in: "`recipients`", allowed: ["event", "property", "roles", "joint"], required: ["event", "roles"])
        else {
            return nil
        }
        let event = f["event"].flatMap { patterns.pattern($0, "`event`") }
        let roles = f["roles"].flatMap { reader.strings($0, "`roles`") }
        if let node = f["roles"], let roles { patterns.checkRoles(.oneOf(roles), at: node) }
        guard let event, let roles else { return nil }
        var joint: Constraint.Joint?
        if let node = f["joint"], let j = reader.fields(node, in: "`joint`", allowed: ["link", "same"], required: ["link", "same"]),
            let link = j["link"].flatMap({ reader.nonEmptyString($0, "`link`") }),
            let same = j["same"].flatMap({ reader.strings($0, "`same`") })
        {
            joint = Constraint.Joint(link: link, same: same)
        }
        return Constraint.Recipients(
            event: event, property: f["property"].flatMap { reader.string($0, "`property`") } ?? "to", roles: roles, joint: joint)
    }

    // MARK: Counting

    /// The duration under `durationKey` with `calendar`, `roll_forward` and `count_from`.
    func counting(_ f: Fields, durationKey: String) -> Counting? {
        guard let node = f[durationKey], let duration = reader.duration(node, "`\(durationKey)`") else { return nil }
        var counting = Counting(duration: duration)
        counting.calendar = f["calendar"].flatMap(calendarName)
        counting.rollForward = f["roll_forward"].flatMap(calendarName)
        if let node = f["count_from"], let start = reader.choice(node, "`count_from`", Counting.Start.self, from: [.nextDay, .sameDay]) {
            counting.start = start
        }
        if let node = f["extend_if"] { counting.extensions = extensions(node) }
        if let node = f["encompassing"] {
            counting.encompassing =
                reader.choice(node, "`encompassing`", Counting.Encompassing.self, from: [.anyPart, .wholeDay]) ?? .anyPart
        }
        if duration.isDayBased, f["extend_if"] != nil || f["encompassing"] != nil {
            reader.error(
                "rule.bad-counting", "`extend_if` and `encompassing` apply only to periods counted in hours or minutes", at: node,
                hint: "a period of days already skips or rolls over holidays with `calendar` and `roll_forward`")
        }
        if !duration.countsBusinessDays, duration.isDayBased, let node = f["calendar"] {
            reader.error(
                "rule.bad-counting", "`calendar` applies only to business, court or working days; `\(duration)` counts every day", at: node,
                hint:
                    "write `N court days` (or business / working days) to skip closed days, or use `roll_forward` to move only the last day"
            )
        }
        if case .businessDays(let word) = duration.unit, counting.calendar == nil {
            reader.error(
                "rule.missing-calendar", "`\(duration)` needs a calendar to say which days are \(word) days", at: node,
                hint: "add `calendar:` with one of: \(patterns.scope.calendars.sorted().joined(separator: ", "))")
        } else if !duration.isDayBased, counting.calendar != nil || counting.rollForward != nil || f["count_from"] != nil {
            reader.error(
                "rule.bad-counting", "`calendar`, `roll_forward` and `count_from` apply only to periods counted in days", at: node,
                hint: "hours and minutes are elapsed time; remove the day-counting options")
        }
        return counting
    }

    /// `extend_if`: longer periods of hours when the base period encompasses weekend days or holidays.
    private func extensions(_ node: Node) -> [Counting.Extension] {
        (reader.items(node, in: "`extend_if`") ?? []).compactMap { item in
            let keys = ["encompasses", "require", "calendar", "within"]
            guard let f = reader.fields(item, in: "an `extend_if` entry", allowed: keys, required: ["encompasses", "calendar", "within"]),
                let kinds = f["encompasses"].flatMap({ reader.strings($0, "`encompasses`") }),
                let calendar = f["calendar"].flatMap(calendarName), let within = f["within"].flatMap({ reader.duration($0, "`within`") })
            else { return nil }
            if within.elapsedSeconds == nil {
                reader.error(
                    "rule.bad-duration", "an `extend_if` period is counted in hours or minutes", at: f["within"]!, hint: "write `N hours`")
            }
            for kind in kinds where !["weekend", "holiday"].contains(kind) {
                reader.error(
                    "rule.bad-value", "unknown day kind `\(kind)` in `encompasses`", at: f["encompasses"]!,
                    hint: "use `weekend`, `holiday` or both")
            }
            let require = f["require"].flatMap { reader.string($0, "`require`") } ?? "any"
            if !["any", "all"].contains(require) {
                reader.error("rule.bad-value", "unknown `require` `\(require)`", at: f["require"]!, hint: "use `any` or `all`")
            }
            return Counting.Extension(
                calendar: calendar, weekend: kinds.contains("weekend"), holiday: kinds.contains("holiday"), requireAll: require == "all",
                duration: within)
        }
    }

    private func alternative(_ node: Node, base: Counting) -> Counting? {
        guard let f = reader.fields(node, in: "`alternative`", allowed: ["calendar", "roll_forward", "count_from", "encompassing"]) else {
            return nil
        }
        var other = base
        if let node = f["calendar"] { other.calendar = calendarName(node) }
        if let node = f["roll_forward"] { other.rollForward = node.scalar?.string == "none" ? nil : calendarName(node) }
        if let node = f["count_from"], let start = reader.choice(node, "`count_from`", Counting.Start.self, from: [.nextDay, .sameDay]) {
            other.start = start
        }
        if let node = f["encompassing"],
            let reading = reader.choice(node, "`encompassing`", Counting.Encompassing.self, from: [.anyPart, .wholeDay])
        {
            other.encompassing = reading
        }
        return other
    }

    private func variants(_ node: Node?, base: Counting) -> [Constraint.Variant] {
        guard let node, let items = reader.items(node, in: "`variants`") else { return [] }
        return items.compactMap { item in
            guard let f = reader.fields(item, in: "a variant", allowed: ["when", "period"], required: ["when", "period"]),
                let when = f["when"].flatMap({ patterns.pattern($0, "`when`") }),
                let duration = f["period"].flatMap({ reader.duration($0, "`period`") })
            else { return nil }
            if duration.isDayBased != base.duration.isDayBased {
                reader.error(
                    "rule.bad-duration", "a variant must count in the same kind of unit as the period it replaces", at: f["period"]!)
            }
            return Constraint.Variant(when: when, duration: duration)
        }
    }

    private func calendarName(_ node: Node) -> String? {
        guard let name = reader.string(node, "a calendar name") else { return nil }
        guard patterns.scope.calendars.contains(name) else {
            reader.error(
                "rule.unknown-calendar", "unknown calendar `\(name)`", at: node,
                hint: Suggestions.hint(for: name, in: patterns.scope.calendars) + " (calendars live in `rules/calendars/`)")
            return nil
        }
        return name
    }
}
