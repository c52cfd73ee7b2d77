/// The tool's version, shown by `policysite --version`; a cache written by
/// another version is ignored.
public enum PolicySiteVersion {
    public static let current = "0.2.0"
}
