import Testing
@testable import PolicySite

/// Zero-width characters and bidi controls: errors in ids and slugs,
/// warnings in text to be read, and always shown as `<U+XXXX>` in messages.
@Suite struct InvisibleCharactersTests {
    static let zwsp = "\u{200B}", rlo = "\u{202E}"

    @Test func anIdWithOneIsAnErrorThatShowsIt() throws {
        let site = try TestSite.build([
            "Content/pages/a.zh.md": "---\ntitle: 页\n---\n\n科技成果转化。\n",
            "Content/glossary/terms.yaml": "- id: tech\(Self.zwsp)-transfer\n  zh:\n    term: 科技成果转化\n    definition: 转化。\n",
        ])
        #expect(!site.result.succeeded)
        #expect(site.report.contains("""
            Content/glossary/terms.yaml:1:7: error[PS1402]: 'tech<U+200B>-transfer' is not a valid glossary id
                hint: it holds <U+200B> (ZERO WIDTH SPACE), an invisible character that usually comes with pasted text: delete it;
            """))
        #expect(!site.report.contains(Self.zwsp))
    }

    @Test func aFileNameWithABidiControlIsAnErrorShownEscaped() throws {
        let site = try TestSite.build(["Content/policies/plan\(Self.rlo)fdp.zh.md": policy("规划")])
        #expect(!site.result.succeeded)
        #expect(site.report.contains("Content/policies/plan<U+202E>fdp.zh.md: error[PS1014]: 'plan<U+202E>fdp' is not a valid slug for a file name"))
        #expect(site.report.contains("<U+202E> (RIGHT-TO-LEFT OVERRIDE)"))
        #expect(!site.report.contains(Self.rlo))
    }

    @Test func aPolicyFieldOrIndicatorIdWithOneIsAnError() throws {
        let site = try TestSite.build([
            "Content/policies/plan.zh.md": policy("规划"),
            "Content/interpretations/i.zh.md": interpretation("解读", policy: "plan\(Self.zwsp)"),
            "Content/indicators/s.yaml": "title: 指标\nbaseline_year: 2020\ntarget_year: 2025\n",
            "Content/indicators/s.csv": "id,name_zh,name_en,unit_zh,unit_en,baseline,target,attribute\nr\(Self.zwsp)d,研发,R&D,%,%,1,2,expected\n",
        ])
        #expect(site.errors.map(\.message).sorted() == [
            "'policy' must be the slug of a policy file, not 'plan\(Self.zwsp)'",
            "field 1 (id): 'r\(Self.zwsp)d' is not a valid indicator id",
        ])
        #expect(site.errors.allSatisfy { $0.hint?.hasPrefix("it holds <U+200B> (ZERO WIDTH SPACE)") == true })
        #expect(site.report.contains("error[PS1507]: field 1 (id): 'r<U+200B>d' is not a valid indicator id"))
    }

    @Test func textToBeReadWithOneIsAWarningAtItsPlace() throws {
        let body = "第一行。\n\n科技\(Self.zwsp)创新与\(Self.rlo)反转\(Self.zwsp)。\n\n家人 👩\u{200D}💻 不算。\n"
        let site = try TestSite.build([
            "Content/policies/plan.zh.md": policy("科技\(Self.zwsp)规划", extra: "doc_number: 崂科\(Self.rlo)发\n", body: body),
            "Content/glossary/terms.yaml": "- id: tech\n  zh:\n    term: 科技\n    aliases: [科\(Self.zwsp)技]\n    definition: 科学技术。\n",
            "Content/indicators/s.yaml": "title: { zh: \"指标\(Self.zwsp)\", en: Indicators }\nbaseline_year: 2020\ntarget_year: 2025\n",
            "Content/indicators/s.csv": "id,name_zh,name_en,unit_zh,unit_en,baseline,target,attribute\nrd,研\(Self.zwsp)发,R&D,%,%,1,翻一番\(Self.rlo),expected\n",
        ])
        #expect(site.result.succeeded, "\(site.report)")
        let found = site.warnings.filter { $0.message.contains("invisible") }.map { "\($0.file):\($0.line):\($0.column) \($0.message)" }
        #expect(found == [
            "Content/glossary/terms.yaml:4:15 'aliases' holds an invisible character, <U+200B> (ZERO WIDTH SPACE)",
            "Content/indicators/s.csv:2:2 field 2 (name_zh): the text holds an invisible character, <U+200B> (ZERO WIDTH SPACE)",
            "Content/indicators/s.csv:2:7 field 7 (target): the text holds an invisible character, <U+202E> (RIGHT-TO-LEFT OVERRIDE)",
            "Content/indicators/s.yaml:1:14 'title.zh' holds an invisible character, <U+200B> (ZERO WIDTH SPACE)",
            "Content/policies/plan.zh.md:2:8 'title' holds an invisible character, <U+200B> (ZERO WIDTH SPACE)",
            "Content/policies/plan.zh.md:5:13 'doc_number' holds an invisible character, <U+202E> (RIGHT-TO-LEFT OVERRIDE)",
            "Content/policies/plan.zh.md:10:3 this line holds invisible characters, <U+200B> (ZERO WIDTH SPACE), <U+202E> (RIGHT-TO-LEFT OVERRIDE)",
        ])
        let strict = try TestSite.build(["Content/pages/a.zh.md": "---\ntitle: 页\(Self.zwsp)\n---\n\n正文。\n", "Content/pages/a.en.md": "---\ntitle: Page\n---\n\nText.\n"]) { $0.strict = true }
        #expect(!strict.result.succeeded)
    }

    @Test func aLinkWithAnEncodedLineBreakDoesNotBreakTheMessageLine() throws {
        let site = try TestSite.build(["Content/policies/plan.zh.md": policy("规划", body: "[原文](../policies/a%0Ab.zh.md)")])
        #expect(site.report.contains("error[PS1301]: the link '../policies/a%0Ab.zh.md' points at Content/policies/a<U+000A>b.zh.md, which does not exist\n"))
    }

    @Test func everyFormatShowsThemEscaped() {
        let diagnostic = Diagnostic.error("Content/a\(Self.zwsp).md", SourcePosition(line: 1, column: 1), .plain("'a\(Self.rlo)b'\nnext", hint: "x\(Self.zwsp)"))
        #expect(DiagnosticFormat.text.render([diagnostic]).hasPrefix(
            "Content/a<U+200B>.md:1:1: error[PS1203]: 'a<U+202E>b'<U+000A>next\n    hint: x<U+200B>\n"))
        #expect(DiagnosticFormat.github.render([diagnostic]).contains("::'a<U+202E>b'%0Anext%0Ahint: x<U+200B>\n"))
        #expect(DiagnosticFormat.json.render([diagnostic]).contains(#""message":"'a<U+202E>b'<U+000A>next""#))
        #expect(ErrorPanel.html([diagnostic], in: .en).contains("<code>Content/a&lt;U+200B&gt;.md:1:1</code> <strong>error[PS1203]:</strong> &#39;a&lt;U+202E&gt;b&#39;&lt;U+000A&gt;next"))
    }

    /// The fast scan of Markdown decodes only where `mayStartInvisible`
    /// says a character may be invisible: it must say so for every one.
    @Test func theFastScanMissesNoInvisibleCharacter() {
        var missed: [String] = []
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value), InvisibleCharacters.isStray(scalar) else { continue }
            let bytes = Array(String(scalar).utf8)
            let may = bytes.withUnsafeBufferPointer { InvisibleCharacters.mayStartInvisible($0, at: 0) }
            if !may { missed.append(InvisibleCharacters.code(scalar)) }
        }
        #expect(missed.isEmpty)
        #expect(InvisibleCharacters.lines(in: "a\u{E0041}b\n\u{FEFF}"[...]) == [
            .init(line: 1, column: 2, scalars: ["\u{E0041}"]), .init(line: 2, column: 1, scalars: ["\u{FEFF}"]),
        ])
    }
}
