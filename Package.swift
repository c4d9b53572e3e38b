// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "report-gen",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "report-gen", targets: ["report-gen"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        // cairo, cairo-pdf, cairo-svg and pangocairo from the system (pkg-config supplies the flags).
        .systemLibrary(
            name: "CCairo",
            pkgConfig: "pangocairo",
            providers: [.apt(["libcairo2-dev", "libpango1.0-dev", "zlib1g-dev"])]
        ),
        // Articles, text, numbers, the entity lexicon, facts and corpus statistics. Foundation only.
        .target(
            name: "Stats",
            resources: [.copy("Resources/lexicon.txt"), .copy("Resources/places.txt")]
        ),
        // Chart and page values, their layout, and the Cairo + Pango backend. Knows nothing of articles.
        .target(
            name: "Render",
            dependencies: ["CCairo"]
        ),
        // Turns corpus statistics into the report (charts, tables, pages) and writes Output/.
        .target(
            name: "ReportKit",
            dependencies: ["Stats", "Render", "CCairo"]
        ),
        .executableTarget(
            name: "report-gen",
            dependencies: [
                "ReportKit", "Stats",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Benchmark (d): the extractor alone, in MB/s (see bench/run.sh and BENCHMARKS.md).
        .executableTarget(name: "extract-bench", dependencies: ["Stats"]),
        .testTarget(name: "StatsTests", dependencies: ["Stats"], exclude: ["Fixtures"]),
        .testTarget(name: "RenderTests", dependencies: ["Render"], exclude: ["Baselines"]),
        .testTarget(
            name: "ReportGenTests",
            dependencies: ["ReportKit", "Stats", "report-gen"]
        ),
    ]
)
