/// Takes a value of one of the types page contexts are made of (`String`,
/// `Bool`, `[String: Any]`, `[[String: Any]]`, …) out of an `Any` whose type
/// is exactly that one.
///
/// Why not `value as! T`: from `Any`, that is the runtime's general cast,
/// which asks of the target type whether it is an optional, a class, a
/// bridged or an existential type before it copies. Rendering and
/// fingerprinting a page make hundreds of these, and the casts were a
/// tenth of rendering. Once the type is known to be `T`, the value is taken
/// out of the existential as it is (`_openExistential`) for half the work.
enum ContextValue {
    @inline(__always)
    static func exactly<T>(_ value: Any, as _: T.Type) -> T? {
        guard type(of: value) == T.self else { return nil }
        // `Stored` is `T`, or an existential holding a `T` (an `Any` passed
        // on as an `Any` holds the first one), which the runtime's cast unwraps.
        func same<Stored>(_ stored: Stored) -> T {
            Stored.self == T.self ? unsafeBitCast(stored, to: T.self) : stored as! T
        }
        return _openExistential(value, do: same)
    }
}
