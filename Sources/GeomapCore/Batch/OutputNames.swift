/// File stems for exporting reports one by one, unique within a run.
///
/// A report's stem is its file name without the extension (`seed-000.ar.txt` → `seed-000.ar`).
/// When several reports share a stem (`2017-07/report.txt`, `2017-08/report.txt`), each of them —
/// not only the later ones, so the names do not depend on the order of the inputs — gets the
/// fewest trailing folder names that tell them apart, joined with `_` (`2017-07_report`,
/// `2017-08_report`); if the folders cannot tell them apart either, `-` and 8 hex digits of a
/// hash of the full path are appended.
public enum OutputNames {
  /// Stems by input path.
  public static func stems(for inputs: [BatchInput]) -> [String: String] {
    var byStem: [String: [BatchInput]] = [:]
    for input in inputs { byStem[stem(of: input.path), default: []].append(input) }
    var out: [String: String] = [:]
    let taken = Set(byStem.keys)
    for (stem, group) in byStem {
      if group.count == 1 {
        out[group[0].path] = stem
        continue
      }
      let folders = group.map { input -> [String] in
        input.folders.isEmpty ? parentFolders(of: input.path) : input.folders
      }
      let depth = folders.map(\.count).max() ?? 0
      var resolved = false
      for k in stride(from: 1, through: depth, by: 1) {
        let names = folders.map { ($0.suffix(k) + [stem]).joined(separator: "_") }
        if Set(names).count == names.count && taken.isDisjoint(with: names) {
          for (input, name) in zip(group, names) { out[input.path] = name }
          resolved = true
          break
        }
      }
      if !resolved {
        for input in group {
          let hex = String(FNV1a.hash64(input.path) & 0xffff_ffff, radix: 16)
          out[input.path] = stem + "-" + String(repeating: "0", count: 8 - hex.count) + hex
        }
      }
    }
    return out
  }

  /// `reports/seed-000.ar.txt` → `seed-000.ar`; `x.situation.json` → `x`; stdin → `stdin`.
  public static func stem(of path: String) -> String {
    if path == "-" { return "stdin" }
    var name = path.split(separator: "/").last.map(String.init) ?? path
    for suffix in [".situation.json", ".json", ".txt", ".text", ".md", ".html", ".htm"]
    where name.lowercased().hasSuffix(suffix) {
      name = String(name.dropLast(suffix.count))
      break
    }
    return name.isEmpty ? "report" : name
  }

  private static func parentFolders(of path: String) -> [String] {
    path.split(separator: "/").dropLast().map(String.init).filter { $0 != ".." }
  }
}
