// swift-tools-version:6.1
import PackageDescription

// Layers; each imports only those to its left:
//   FairifyModel -> FairifyFormats -> FairifyMetrics -> FairifyRecipes -> FairifyReports -> fairify (CLI)
// Metrics/*.yaml, Recipes/*.yaml and each target's Bundled/ folder are compiled into the
// binary by the EmbedBundledFiles plugin, so a copied `fairify` needs nothing beside it.
let embed: [Target.PluginUsage] = [.plugin(name: "EmbedBundledFiles")]

let package = Package(
    name: "fairify",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "fairify", targets: ["fairify"]),
        .library(name: "FairifyKit", targets: ["FairifyModel", "FairifyFormats", "FairifyMetrics", "FairifyRecipes", "FairifyReports"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/JohnSundell/Plot", from: "0.14.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .executableTarget(name: "EmbedTool", path: "Sources/EmbedTool"),
        .plugin(name: "EmbedBundledFiles", capability: .buildTool(), dependencies: ["EmbedTool"]),

        .target(name: "FairifyModel"),
        .target(
            name: "FairifyFormats",
            dependencies: ["FairifyModel", "CLibXML2", "Yams"],
            exclude: ["Bundled"],
            plugins: embed
        ),
        .target(
            name: "FairifyMetrics",
            dependencies: ["FairifyModel", "FairifyFormats", "Yams"],
            plugins: embed
        ),
        .target(
            name: "FairifyRecipes",
            dependencies: ["FairifyModel", "FairifyFormats", "FairifyMetrics", "Yams"],
            exclude: ["Bundled"],
            plugins: embed
        ),
        .target(
            name: "FairifyReports",
            dependencies: ["FairifyModel", "FairifyMetrics", "FairifyFormats", "FairifyRecipes", .product(name: "Plot", package: "Plot")]
        ),
        .executableTarget(
            name: "fairify",
            dependencies: [
                "FairifyModel", "FairifyFormats", "FairifyMetrics", "FairifyRecipes", "FairifyReports",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "fairify-bench",
            dependencies: ["FairifyModel", "FairifyFormats", "FairifyMetrics"],
            path: "Benchmarks/FairifyBench"
        ),

        .testTarget(name: "FairifyModelTests", dependencies: ["FairifyModel"]),
        .testTarget(name: "FairifyFormatsTests", dependencies: ["FairifyFormats", "FairifyModel"]),
        .testTarget(name: "FairifyMetricsTests", dependencies: ["FairifyMetrics", "FairifyFormats", "FairifyModel"]),
        .testTarget(name: "FairifyRecipesTests", dependencies: ["FairifyRecipes", "FairifyMetrics", "FairifyFormats", "FairifyModel"]),
        .testTarget(name: "FairifyReportsTests", dependencies: ["FairifyReports", "FairifyMetrics", "FairifyFormats", "FairifyModel", "CLibXML2"]),
        .testTarget(name: "FairifyCLITests", dependencies: ["fairify"]),
    ],
    swiftLanguageModes: [.v5]
)
