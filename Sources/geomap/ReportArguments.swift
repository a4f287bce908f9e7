/// The command line with the report files of `places` and `export` handed to ArgumentParser
/// folded: every run of plain arguments (not starting with "-") but its first is replaced by one
/// placeholder, which `unfold` turns back into the run.
///
/// ArgumentParser copies the values parsed so far (and the set of their positions) for each value
/// of an array argument, so parsing n files cost some 280·n² + 28k·n instructions: 4.4M for 85
/// files, 280M for a thousand. Folded, a run of files is one value.
///
/// The parse is the same: the options of both subcommands take one value each (tests check it),
/// so a value after an option is the first of its run, which is kept as it is, and the others are
/// report files wherever options stand. Nothing after "--" is folded, nor any argument starting
/// with "-" ("-" reads standard input, once). Parsing errors quote no report file (any value is
/// one), and the checks in `validate` only ask whether there is one. A placeholder starts with a
/// NUL byte, which no command-line argument holds.
struct ReportArguments {
  /// The subcommands whose report files are folded.
  static let commands = [Places.configuration.commandName, Export.configuration.commandName].compactMap { $0 }

  /// The arguments to parse.
  private(set) var arguments: [String]
  /// The arguments each placeholder stands for, by its number.
  private var runs: [ArraySlice<String>] = []

  /// `arguments` (without the program's name) folded when they start with one of `commands`.
  init(_ arguments: [String]) {
    guard let first = arguments.first, Self.commands.contains(first) else {
      self.arguments = arguments
      return
    }
    var folded = [first]
    var i = 1
    while i < arguments.count && arguments[i] != "--" {
      folded.append(arguments[i])
      var end = i
      while end < arguments.count && !arguments[end].hasPrefix("-") { end += 1 }
      if end > i + 1 {
        folded.append("\u{0}\(runs.count)")
        runs.append(arguments[(i + 1)..<end])
        i = end
      } else {
        i += 1
      }
    }
    folded += arguments[i...]
    self.arguments = folded
  }

  /// `reports` parsed from `arguments`, each placeholder replaced by the run it stands for.
  func unfold(_ reports: [String]) -> [String] {
    guard !runs.isEmpty else { return reports }
    var out: [String] = []
    for report in reports {
      if report.utf8.first == 0, let k = Int(report.dropFirst()) {
        out += runs[k]
      } else {
        out.append(report)
      }
    }
    return out
  }
}
