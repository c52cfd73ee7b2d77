// swift-tools-version:6.0
// The libFuzzer target, a package of its own so that `swift build` and
// `swift test` of PolicySite never compile it. `scripts/fuzz` builds it
// with coverage and AddressSanitizer and links it with libFuzzer's main.
import Foundation
import PackageDescription

// A package found by path is known by its folder's name, which is the
// clone's name: whatever it is called, it is the folder above this one.
let policySite = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().lastPathComponent

let package = Package(
    name: "PolicySiteFuzz",
    products: [
        // Static: libFuzzer's main is linked in by `swiftc -sanitize=fuzzer`, not by SwiftPM.
        .library(name: "PolicySiteFuzz", type: .static, targets: ["PolicySiteFuzz"]),
    ],
    dependencies: [.package(path: "..")],
    targets: [
        .target(name: "PolicySiteFuzz", dependencies: [.product(name: "PolicySite", package: policySite)]),
    ]
)
