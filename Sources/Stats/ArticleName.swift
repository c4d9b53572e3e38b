/// How the report names an article: by its title, else by its outlet and date ("kompas.com, 2025-06-18"), never by
/// its first words (an opening sentence fragment reads as a quote, and two articles can open alike).
public enum ArticleName {
    /// The title; else outlet and date, whichever are known; else the file name without folders and extension.
    public static func display(_ article: some ArticleHeading) -> String {
        if let title = article.metadata.title, !title.isEmpty { return title }
        let parts = [article.metadata.source, article.metadata.date].compactMap { $0 }.filter { !$0.isEmpty }
        if !parts.isEmpty { return parts.joined(separator: ", ") }
        return String(article.id.split(separator: "/").last ?? Substring(article.id))
    }

    /// Article id → display name for a whole corpus; names shared by several articles get " (2)", " (3)", … in id order,
    /// so every article stays distinguishable in a chart or table.
    public static func displayNames<A: ArticleHeading>(_ articles: [A]) -> [String: String] {
        var seen: [String: Int] = [:]
        var names: [String: String] = [:]
        seen.reserveCapacity(articles.count)
        names.reserveCapacity(articles.count)
        // Indices sorted, not the analyses: sorting those copied every article (most of this function's time).
        for i in articles.indices.sorted(by: { articles[$0].id < articles[$1].id }) {
            let name = display(articles[i])
            let n = (seen[name] ?? 0) + 1
            seen[name] = n
            names[articles[i].id] = n == 1 ? name : "\(name) (\(n))"
        }
        return names
    }
}
