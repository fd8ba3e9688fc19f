/// Bar charts as inline SVG: no script, no external resource. Each bar is a `<g class="bar">` with
/// `data-key` and `data-value`, so a test (or a person with the inspector) can read the numbers back.
enum HTMLChart {
    /// One bar.
    struct Bar {
        var key: String
        var value: Int
        /// CSS class of the bar (severity colours).
        var style = "bar-default"
    }

    /// Horizontal bars, one row per item, labels on the left.
    static func horizontal(id: String, title: String, bars: [Bar], note: String? = nil) -> String {
        let rowHeight = 24
        let labelWidth = min(300, max(80, (bars.map(\.key.count).max() ?? 0) * 7 + 12))
        let width = 720
        let barSpace = width - labelWidth - 70
        let maximum = max(1, bars.map(\.value).max() ?? 1)
        let height = max(1, bars.count) * rowHeight + 8
        var svg = [
            #"<svg class="chart" viewBox="0 0 \#(width) \#(height)" width="\#(width)" height="\#(height)" role="img" aria-label="\#(HTMLText.escape(title))">"#
        ]
        if bars.isEmpty {
            svg.append(#"<text class="empty" x="8" y="20">No violations</text>"#)
        }
        for (row, bar) in bars.enumerated() {
            let y = row * rowHeight + 4
            let length = bar.value == 0 ? 0 : max(2, bar.value * barSpace / maximum)
            svg.append(
                #"<g class="bar" data-key="\#(HTMLText.escape(bar.key))" data-value="\#(bar.value)">"#
                    + #"<text class="label" x="\#(labelWidth - 8)" y="\#(y + 15)" text-anchor="end">\#(HTMLText.escape(bar.key))</text>"#
                    + #"<rect class="\#(bar.style)" x="\#(labelWidth)" y="\#(y + 2)" width="\#(length)" height="\#(rowHeight - 6)" rx="2"></rect>"#
                    + #"<text class="value" x="\#(labelWidth + length + 6)" y="\#(y + 15)">\#(HTMLText.count(bar.value))</text></g>"#)
        }
        svg.append("</svg>")
        return figure(id: id, title: title, svg: svg.joined(separator: "\n"), note: note)
    }

    /// Vertical columns, one per item in the order given (months), labels below.
    static func columns(id: String, title: String, bars: [Bar], note: String? = nil) -> String {
        let width = 720
        let plotHeight = 160
        let left = 8
        let slot = bars.isEmpty ? width : max(6, (width - 2 * left) / bars.count)
        let fullWidth = max(width, 2 * left + slot * bars.count)
        let height = plotHeight + 70
        let maximum = max(1, bars.map(\.value).max() ?? 1)
        let labelEvery = max(1, (52 + slot - 1) / slot)
        var svg = [
            #"<svg class="chart" viewBox="0 0 \#(fullWidth) \#(height)" width="\#(fullWidth)" height="\#(height)" role="img" aria-label="\#(HTMLText.escape(title))">"#
        ]
        if bars.isEmpty {
            svg.append(#"<text class="empty" x="8" y="20">No violations</text>"#)
        }
        for (index, bar) in bars.enumerated() {
            let x = left + index * slot
            let length = bar.value == 0 ? 0 : max(2, bar.value * plotHeight / maximum)
            let top = 20 + plotHeight - length
            var group =
                #"<g class="bar" data-key="\#(HTMLText.escape(bar.key))" data-value="\#(bar.value)">"#
                + #"<rect class="\#(bar.style)" x="\#(x + 2)" y="\#(top)" width="\#(slot - 4)" height="\#(length)" rx="2"></rect>"#
            if bar.value > 0 {
                group +=
                    #"<text class="value" x="\#(x + slot / 2)" y="\#(top - 4)" text-anchor="middle">\#(HTMLText.count(bar.value))</text>"#
            }
            if index % labelEvery == 0 {
                group +=
                    #"<text class="label" x="\#(x + slot / 2)" y="\#(plotHeight + 36)" text-anchor="middle">\#(HTMLText.escape(bar.key))</text>"#
            }
            svg.append(group + "</g>")
        }
        svg.append("</svg>")
        return figure(id: id, title: title, svg: svg.joined(separator: "\n"), note: note)
    }

    private static func figure(id: String, title: String, svg: String, note: String?) -> String {
        let caption = HTMLText.escape(title) + (note.map { #" <span class="muted">\#(HTMLText.escape($0))</span>"# } ?? "")
        return #"<figure class="chart-box" id="\#(id)"><figcaption>\#(caption)</figcaption><div class="scroll">"# + svg + "</div></figure>"
    }
}
