// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "sentra",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "sentra", targets: ["sentra"]),
        .library(name: "SentraKit", targets: ["SentraKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.0.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        // Debian's libxlsxwriter-dev (make installs it when missing).
        .systemLibrary(name: "CXlsxWriter", pkgConfig: "xlsxwriter", providers: [.apt(["libxlsxwriter-dev"])]),
        // Debian's libxml2-dev: its SAX2 push parser reads the sheets and shared strings of an .xlsx.
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        .target(
            name: "SentraKit",
            dependencies: [
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                "CXlsxWriter",
                "CLibXML2",
            ],
        ),
        .executableTarget(
            name: "sentra",
            dependencies: [
                "SentraKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // libFuzzer harnesses (make fuzz); built normally, a replayer of corpus files.
        .executableTarget(name: "sentra-fuzz", dependencies: ["SentraKit"]),
        .target(
            name: "SentraTestSupport",
            dependencies: ["SentraKit", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            path: "Tests/SentraTestSupport"
        ),
        .testTarget(
            name: "SentraKitTests",
            dependencies: ["SentraKit", "SentraTestSupport"]
        ),
        .testTarget(
            name: "EndToEndTests",
            dependencies: ["SentraTestSupport"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
