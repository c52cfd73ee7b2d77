import Foundation
@testable import PolicySite

/// A site written inline in a test: paths to text, built into a temporary
/// folder, with the output read back. The folder goes when the test is done.
final class TestSite {
    let root: String
    let result: BuildResult

    init(root: String, result: BuildResult) {
        self.root = root
        self.result = result
    }

    deinit {
        try? FileManager.default.removeItem(atPath: root)
    }

    /// The minimal settings most tests share.
    static let siteYAML = """
        title: { zh: 测试站, en: Test Site }
        base_url: https://example.gov.cn/policy/
        languages: [zh, en]
        publisher: { zh: 测试委员会, en: Test Committee }
        topics:
          sci-tech: { zh: 科技创新, en: Science and technology }
        """

    static func build(
        _ files: [String: String], siteYAML: String? = TestSite.siteYAML,
        configure: (inout BuildOptions) -> Void = { _ in }
    ) throws -> TestSite {
        let root = try makeFolder(files, siteYAML: siteYAML)
        var options = BuildOptions(root: root)
        configure(&options)
        return TestSite(root: root, result: Build(options: options).run())
    }

    static func makeFolder(_ files: [String: String], siteYAML: String? = TestSite.siteYAML) throws -> String {
        let root = FileManager.default.temporaryDirectory
            .appendingPathComponent("policysite-test-\(UUID().uuidString)").path
        var all = files
        if let siteYAML, all["Content/site.yaml"] == nil { all["Content/site.yaml"] = siteYAML }
        for (path, text) in all {
            let url = URL(fileURLWithPath: root + "/" + path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        return root
    }

    /// The text of a generated file, or nil when it was not written.
    func output(_ path: String) -> String? {
        (try? Data(contentsOf: URL(fileURLWithPath: root + "/Output/" + path))).map { String(decoding: $0, as: UTF8.self) }
    }

    var errors: [Diagnostic] { result.diagnostics.filter { $0.severity == .error } }
    var warnings: [Diagnostic] { result.diagnostics.filter { $0.severity == .warning } }

    /// The diagnostics as the command line prints them.
    var report: String { DiagnosticFormat.text.render(result.diagnostics) }
}

/// Front matter and body for a policy file.
func policy(_ title: String, published: String = "2021-03-01", extra: String = "", body: String = "正文。") -> String {
    "---\ntitle: \(title)\nissuer: 测试委员会\npublished: \(published)\n\(extra)---\n\n\(body)\n"
}

/// Front matter and body for an interpretation file.
func interpretation(_ title: String, policy: String, published: String = "2021-03-02", extra: String = "", body: String = "解读正文。") -> String {
    "---\ntitle: \(title)\npublished: \(published)\npolicy: \(policy)\nagency: 测试委员会\n\(extra)---\n\n\(body)\n"
}
