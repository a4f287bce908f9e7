import Foundation

/// A date pattern's `Regex`, compiled on first use. `PlainMatcher` searches nearly every window,
/// so most runs never need the `Regex`, and compiling the 21 date regexes costs more than finding
/// the dates of a 2 MB report. Thread-safe: reports may be read concurrently.
final class LazyRegex: @unchecked Sendable {
  let pattern: String
  private let lock = NSLock()
  private var compiled: Regex<AnyRegexOutput>?

  /// nil when `pattern` is not a valid regex; only patterns `CompiledDatePattern` accepts (a subset
  /// of regex syntax) are left to compile later, others are compiled, and checked, now.
  convenience init?(_ pattern: String) {
    self.init(pattern, plain: CompiledDatePattern(pattern))
  }

  /// The same when the caller has already parsed `pattern` for `PlainMatcher` (`plain`), so it is
  /// not parsed twice when the date rules are built (that parse was a visible share of reading a
  /// short report).
  init?(_ pattern: String, plain: CompiledDatePattern?) {
    self.pattern = pattern
    if plain == nil {
      guard let regex = try? Regex(pattern) else { return nil }
      compiled = regex
    }
  }

  var regex: Regex<AnyRegexOutput> {
    lock.withLock {
      if let compiled { return compiled }
      // The subset parser accepted the pattern, so it compiles; the verbatim fallback only keeps
      // this total (it matches the pattern's own text, which no report contains).
      let regex = (try? Regex(pattern)) ?? Regex<AnyRegexOutput>(Regex<Substring>(verbatim: pattern))
      compiled = regex
      return regex
    }
  }
}
