extension RandomAccessCollection {
    /// The index of the first element for which `isBefore` is false, found by halving; `isBefore` must hold
    /// for a prefix of the collection only (events in time order, for a condition on their time).
    func partitionPoint(where isBefore: (Element) -> Bool) -> Index {
        var (low, count) = (startIndex, self.count)
        while count > 0 {
            let half = count / 2
            let middle = index(low, offsetBy: half)
            if isBefore(self[middle]) {
                low = index(after: middle)
                count -= half + 1
            } else {
                count = half
            }
        }
        return low
    }
}
