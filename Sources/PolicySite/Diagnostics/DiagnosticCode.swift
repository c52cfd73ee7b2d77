/// Every diagnostic's stable code, `PS` and four digits, grouped by area:
/// 10xx files, 11xx site.yaml, 12xx front matter and YAML, 13xx Markdown,
/// 14xx glossary, 15xx indicator data, 16xx links between documents and
/// translations, 17xx the theme, 18xx the output. A code, once published,
/// keeps its meaning; a retired one is not reused.
public enum DiagnosticCode: Int, Sendable, CaseIterable, Comparable {
    // Files
    case notUTF8 = 1001
    case utf16 = 1002
    case nulCharacter = 1003
    case unreadable = 1004
    case nameNotUTF8 = 1005
    case linkLeavesFolder = 1006
    case linkLoops = 1007
    case linkPointsNowhere = 1008
    case folderTooDeep = 1009
    case noContentFolder = 1010
    case strayFile = 1011
    case misplacedFile = 1012
    case fileLanguage = 1013
    case fileSlug = 1014
    case twoFilesOneDocument = 1015
    case emptyFile = 1016

    // site.yaml
    case noSiteConfig = 1101
    case siteSettingMissing = 1102
    case siteLanguages = 1103
    case baseURL = 1104
    case siteTopics = 1105
    case siteSettingShape = 1106

    // Front matter and YAML
    case unknownField = 1201
    case missingField = 1202
    case yamlSyntax = 1203
    case fullWidthColon = 1204
    case duplicateKey = 1205
    case noFrontMatter = 1206
    case badDate = 1207
    case wrongType = 1208
    case invalidValue = 1209
    case notASlug = 1210
    case unknownTopic = 1211
    case invisibleCharacter = 1212
    case languageEntry = 1213
    case emptyValue = 1214
    case referenceNumber = 1215
    case attachmentOrVideo = 1216
    case missingStaticFile = 1217

    // Markdown
    case brokenLink = 1301
    case linkLeavesContent = 1302
    case externalResource = 1303
    case emptyDocument = 1304
    case emptySection = 1305
    case indicatorsBlock = 1306
    case imageWithoutAlt = 1307

    // Glossary
    case glossaryShape = 1401
    case glossaryID = 1402
    case duplicateGlossaryID = 1403
    case glossaryEntry = 1404
    case termClash = 1405
    case glossaryDefinition = 1406
    case unknownRelatedTerm = 1407
    case unusedTerm = 1408

    // Indicator data
    case dataSetID = 1501
    case dataSetFileMissing = 1502
    case dataSetDescription = 1503
    case csvHeader = 1504
    case csvUnknownColumn = 1505
    case csvFieldCount = 1506
    case indicatorID = 1507
    case indicatorName = 1508
    case indicatorValue = 1509
    case spreadsheetArtefact = 1510
    case indicatorAttribute = 1511

    // Links between documents, translations
    case unknownPolicy = 1601
    case unknownBasis = 1602
    case translationsDisagree = 1603
    case missingTranslation = 1604
    case slugTaken = 1605
    case unknownDataSet = 1606

    // Theme
    case templateNotUTF8 = 1701
    case templateSyntax = 1702
    case templateMissing = 1703

    // Output
    case outputRefused = 1801
    case cacheInsideSite = 1802
    case staticCollision = 1803
    case outputEdited = 1804
    case writeFailed = 1805

    /// `PS1201`.
    public var name: String { "PS\(rawValue)" }

    /// `PS1201`, `ps1201` or `1201`.
    public init?(name: String) {
        let digits = name.uppercased().hasPrefix("PS") ? String(name.dropFirst(2)) : name
        guard digits.count == 4, let number = Int(digits), let code = DiagnosticCode(rawValue: number) else { return nil }
        self = code
    }

    public static func < (a: DiagnosticCode, b: DiagnosticCode) -> Bool { a.rawValue < b.rawValue }
}
