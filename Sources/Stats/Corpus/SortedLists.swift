/// Sorted lists kept sorted: the corpus keeps articles, facts and sources in corpus order, and a run that merges
/// statistics joins lists that are sorted already instead of sorting their union again.
extension Array {
    /// This list and `other`, both sorted by `less`, as one sorted list; on ties this list's element comes first.
    public func mergedSorted(with other: [Element], by less: (Element, Element) -> Bool) -> [Element] {
        guard !other.isEmpty else { return self }
        guard !isEmpty else { return other }
        var result: [Element] = []
        result.reserveCapacity(count + other.count)
        var i = 0, j = 0
        while i < count, j < other.count {
            if less(other[j], self[i]) { result.append(other[j]); j += 1 } else { result.append(self[i]); i += 1 }
        }
        result += self[i...]
        result += other[j...]
        return result
    }

    /// `self = mergedSorted(with: other, by: less)`, done in place when `other` is short (a run with a few changed
    /// articles): each element is inserted where it belongs, which moves the list's bytes instead of copying its
    /// 100,000 facts (a retain and a release for every string of each).
    public mutating func mergeSorted(_ other: [Element], by less: (Element, Element) -> Bool) {
        guard other.count <= 64 else { self = mergedSorted(with: other, by: less); return }
        for element in other {
            // After every element it does not precede: ties keep this list's elements first, as `mergedSorted`.
            var low = 0, high = count
            while low < high {
                let mid = (low + high) / 2
                if less(element, self[mid]) { high = mid } else { low = mid + 1 }
            }
            insert(element, at: low)
        }
    }
}

extension Array {
    /// Where the element whose key is `key` stands in this list, sorted by that key, found by halving: the corpus's
    /// articles, the state's articles and a run's articles are all looked up by id this way.
    public func sortedIndex<Key: Comparable>(of key: Key, by keyOf: (Element) -> Key) -> Int? {
        var low = 0, high = count
        while low < high {
            let mid = (low + high) / 2
            if keyOf(self[mid]) < key { low = mid + 1 } else { high = mid }
        }
        return low < count && keyOf(self[low]) == key ? low : nil
    }
}

extension Array where Element == ArticleAnalysis {
    /// The analyses in id order; they usually come in it already (files are listed in order), so it is checked first.
    public var sortedByID: [ArticleAnalysis] {
        // By index: zipping the list with itself copied every analysis twice.
        indices.dropFirst().allSatisfy({ self[$0 - 1].id < self[$0].id }) ? self : sorted { $0.id < $1.id }
    }
}
