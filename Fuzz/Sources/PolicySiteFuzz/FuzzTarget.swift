import PolicySite

/// libFuzzer's two entry points. Each input is built as a whole site in
/// memory (`FuzzInput`), through the stages a real build runs; libFuzzer
/// reports a crash, a trap, a memory error AddressSanitizer sees, or an
/// input slower than its `-timeout`.
enum FuzzTarget {
    /// Loaded once: the theme is the same for every input and takes longer than most builds.
    static let build: InMemoryBuild = {
        let diagnostics = Diagnostics()
        guard let theme = ThemeLoader().load(overrides: [:], diagnostics: diagnostics) else {
            fatalError("the default theme does not load: \(diagnostics.all)")
        }
        return InMemoryBuild(theme: theme)
    }()

    /// A site with a glossary and a data set, built before fuzzing starts:
    /// the first use of some things takes a while once per process (the
    /// tables that sort Chinese terms by pinyin), and counted against the
    /// first input that needs them it would look like a hang.
    static let warmUp = """
        -- Content/policies/a.zh.md --
        ---
        title: 科技创新规划
        issuer: 测试委员会
        published: 2021-03-01
        topics: [sci-tech]
        indicators: [set]
        ---

        ## 科技创新

        科技创新平台。

        -- Content/policies/a.en.md --
        ---
        title: Innovation plan
        issuer: Test Committee
        published: 2021-03-01
        ---

        Innovation platform.
        -- Content/glossary/terms.yaml --
        - id: platform
          zh: { term: 科技创新平台, definition: 平台。 }
          en: { term: innovation platform, definition: A platform. }
        -- Content/indicators/set.yaml --
        title: { zh: 指标, en: Indicators }
        baseline_year: 2020
        target_year: 2025
        -- Content/indicators/set.csv --
        id,name_zh,name_en,unit_zh,unit_en,baseline,target,attribute
        a,专利,Patents,件,patents,6.3,>12,expected

        """
}

/// AddressSanitizer's settings for this binary, also when an input is run
/// again by hand: LeakSanitizer takes the references Swift keeps in an
/// enum's spare bits for unreachable memory, so leaks are not looked for.
@_cdecl("__asan_default_options")
public func asanDefaultOptions() -> UnsafePointer<CChar> {
    UnsafeRawPointer(("detect_leaks=0" as StaticString).utf8Start).assumingMemoryBound(to: CChar.self)
}

@_cdecl("LLVMFuzzerInitialize")
public func fuzzerInitialize(_ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>) -> CInt {
    _ = FuzzTarget.build.run(FuzzInput(Array(FuzzTarget.warmUp.utf8)).site, diagnostics: Diagnostics())
    return 0
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzerTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    _ = FuzzTarget.build.run(FuzzInput(bytes).site, diagnostics: Diagnostics())
    return 0
}
