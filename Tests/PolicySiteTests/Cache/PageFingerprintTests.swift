import Foundation
import Testing
@testable import PolicySite

/// A page's fingerprint is made from what other pages may read of the
/// documents (`Document`) and the page file's hash, never from a body: so it
/// is the same whether a body was rendered or deferred by a rebuild.
@Suite struct PageFingerprintTests {
    @Test func aDocumentsFingerprintIsTheSameWhetherItsBodyIsDeferredOrRendered() throws {
        let root = try TestSite.makeFolder(IncrementalBuildTests.site())
        defer { try? FileManager.default.removeItem(atPath: root) }
        #expect(Build(options: BuildOptions(root: root)).run().succeeded)
        let cache = try #require(CacheFile.read(from: root + "/.policysite-cache"))

        func fingerprints(reusing cache: BuildCache?) throws -> (fingerprints: [String: UInt64], deferred: Int) {
            let diagnostics = Diagnostics()
            let loaded = SiteLoader(root: root).load(into: diagnostics)
            let theme = try #require(ThemeLoader().load(overrides: loaded.themeOverrides, diagnostics: diagnostics))
            let (parsed, memo) = try #require(SiteParser().parse(loaded, theme: theme, diagnostics: diagnostics,
                                                                  reusing: ReusableParse(loaded, includeDrafts: false, baseURL: nil, cache: cache)))
            let site = SiteLinker().link(parsed, diagnostics: diagnostics)
            let pages = PageBuilder(site: site, theme: theme)
            var fingerprints: [String: UInt64] = [:]
            for group in site.groups.values {
                for document in group.versions.values {
                    fingerprints[document.sourcePath] = pages.fingerprint(document, in: group, sourceHash: memo.records[document.sourcePath]!.sourceHash)
                }
            }
            let deferred = site.bodies.values.count { if case .deferred = $0 { return true } else { return false } }
            return (fingerprints, deferred)
        }
        let rendered = try fingerprints(reusing: nil), deferred = try fingerprints(reusing: cache)
        #expect(rendered.deferred == 0)
        #expect(deferred.deferred == rendered.fingerprints.count)
        #expect(rendered.fingerprints.count == 14)
        #expect(deferred.fingerprints == rendered.fingerprints)
    }
}
