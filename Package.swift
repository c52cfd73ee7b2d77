// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "PolicySite",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "policysite", targets: ["policysite"]),
        .library(name: "PolicySite", targets: ["PolicySite"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.0"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
    ],
    targets: [
        // Debian's libcmark-gfm-dev and libcmark-gfm-extensions-dev.
        .systemLibrary(
            name: "CMarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        // Debian's libqrencode-dev: the QR code of each document page's URL (SPEC §8).
        .systemLibrary(
            name: "CQRencode",
            pkgConfig: "libqrencode",
            providers: [.apt(["libqrencode-dev"])]
        ),
        // Linux calls Swift's Glibc module does not export: renameat2, copy_file_range.
        .target(name: "CFileCalls"),
        // The default theme, compiled into the tool so that a folder holding
        // only Content/ builds wherever the binary is copied.
        .target(
            name: "DefaultTheme",
            path: "Templates",
            resources: [.embedInCode("layouts"), .embedInCode("i18n"), .embedInCode("assets")]
        ),
        .target(
            name: "PolicySite",
            dependencies: [
                "CMarkGFM",
                "CQRencode",
                "CFileCalls",
                "DefaultTheme",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "CSV", package: "CSV.swift"),
            ]
        ),
        // `policysite serve`'s HTTP side, kept out of PolicySite so that the
        // build library links no networking code (SPEC §9: the build never
        // touches the network).
        .target(
            name: "PolicySiteServer",
            dependencies: [
                "PolicySite",
                .product(name: "FlyingFox", package: "FlyingFox"),
            ]
        ),
        .executableTarget(
            name: "policysite",
            dependencies: [
                "PolicySite",
                "PolicySiteServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // Debian's libmimalloc-dev, in place of glibc's malloc for the
            // whole process: a build makes and frees millions of small
            // values, and mimalloc made a cold build and a rebuild about a
            // fifteenth faster (scripts/benchmark.py).
            linkerSettings: [.linkedLibrary("mimalloc")]
        ),
        .testTarget(
            name: "PolicySiteTests",
            dependencies: ["PolicySite", "PolicySiteServer", .product(name: "FlyingFox", package: "FlyingFox")],
            // The Mustache specification's test cases (MIT; see its README).
            resources: [.copy("MustacheSpec")]
        ),
    ]
)
