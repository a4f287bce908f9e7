import Foundation

/// One report to read: where it is, how it is named in outputs and messages.
public struct BatchInput: Hashable, Sendable, Comparable {
  /// The path to open, or `-` for standard input.
  public let path: String
  /// Folders between the argument and the file (`2017-07/` for `dir/2017-07/r.txt` given `dir`),
  /// used to tell apart reports that share a file name.
  public let folders: [String]

  public init(path: String, folders: [String] = []) {
    self.path = path
    self.folders = folders
  }

  public static func < (a: BatchInput, b: BatchInput) -> Bool { a.path < b.path }
}

/// Expands the report arguments of `geomap export`: files as given, folders recursively (hidden
/// files and folders skipped), `-` for standard input.
public enum InputDiscovery {
  /// Patterns used when `--glob` is not given.
  public static let defaultPatterns = ["*.txt", "*.md"]

  /// The inputs, sorted by path and without duplicates, so the order of the arguments never
  /// matters; arguments that do not exist are returned as errors, the rest still go through.
  public static func expand(_ arguments: [String], patterns: [String] = defaultPatterns)
    -> (inputs: [BatchInput], errors: [GeomapError])
  {
    let all = expandNamingEmptyFolders(arguments, patterns: patterns)
    return (all.inputs, all.errors)
  }

  /// `expand`, also naming the folder arguments in which no file matched the patterns.
  public static func expandNamingEmptyFolders(_ arguments: [String], patterns: [String] = defaultPatterns)
    -> (inputs: [BatchInput], errors: [GeomapError], emptyFolders: [String])
  {
    var emptyFolders: [String] = []
    var found: [String: BatchInput] = [:]
    var errors: [GeomapError] = []
    let fm = FileManager.default
    for argument in arguments {
      if argument == "-" {
        found["-"] = BatchInput(path: "-")
        continue
      }
      var isDirectory: ObjCBool = false
      guard fm.fileExists(atPath: argument, isDirectory: &isDirectory) else {
        // Say why, as the decoder does: a link loop or a permission problem is not "missing".
        var st = stat()
        let reason = stat(argument, &st) == 0 ? "file is not readable or does not exist" : ReportDecoder.openProblem(errno)
        errors.append(GeomapError(.unreadable, argument, reason))
        continue
      }
      if !isDirectory.boolValue {
        let path = normalized(argument)
        if found[path] == nil { found[path] = BatchInput(path: path) }
        continue
      }
      let root = normalized(argument)
      var any = false
      let tree = walkNamingProblems(root, patterns: patterns)
      for relative in tree.files where matches(lastComponent(relative), patterns) {
        let path = root == "." ? relative : root + "/" + relative
        found[path] = BatchInput(path: path, folders: Array(relative.split(separator: "/").dropLast().map(String.init)))
        any = true
      }
      for (relative, reason) in tree.problems {
        errors.append(GeomapError(.unreadable, relative.isEmpty ? argument : (root == "." ? relative : root + "/" + relative), reason))
        any = true
      }
      if !any { emptyFolders.append(argument) }
    }
    return (found.values.sorted(), errors.sorted { $0.subject < $1.subject }, emptyFolders.sorted())
  }

  /// True when `name` matches one of the shell patterns (fnmatch(3), case-sensitive).
  public static func matches(_ name: String, _ patterns: [String]) -> Bool {
    patterns.contains { fnmatch($0, name, 0) == 0 }
  }

  /// Paths relative to `root` of every regular file below it, in sorted order; symbolic links to
  /// folders are not followed, so a link loop cannot hang a run.
  static func walk(_ root: String) -> [String] { walkNamingProblems(root, patterns: nil).files }

  /// `walk`, also naming what it skips that a run must report (a report folder is read unattended,
  /// and a report missing from the map must be said, not left out with exit 0): folders that cannot
  /// be listed (`""` for `root` itself; a sub-folder with mode 000 was skipped without a word), and
  /// names matching `patterns` that are no readable file (a broken or looping link, a FIFO, a
  /// device). These are named, never opened. With `patterns` nil no name is looked at.
  static func walkNamingProblems(_ root: String, patterns: [String]?) -> (files: [String], problems: [(String, String)]) {
    var out: [String] = []
    var problems: [(String, String)] = []
    var pending = [""]
    let fm = FileManager.default
    while let relative = pending.popLast() {
      let dir = relative.isEmpty ? root : root + "/" + relative
      guard let names = try? fm.contentsOfDirectory(atPath: dir) else {
        problems.append((relative, listingProblem(dir)))
        continue
      }
      for name in names.sorted() where !name.hasPrefix(".") {
        let child = relative.isEmpty ? name : relative + "/" + name
        let named = patterns.map { matches(name, $0) } ?? false
        var st = stat()
        guard lstat(root + "/" + child, &st) == 0 else {
          if named { problems.append((child, ReportDecoder.openProblem(errno))) }
          continue
        }
        switch st.st_mode & S_IFMT {
        case S_IFDIR: pending.append(child)
        case S_IFREG: out.append(child)
        case S_IFLNK:
          var target = stat()
          if stat(root + "/" + child, &target) == 0 {
            if target.st_mode & S_IFMT == S_IFREG {
              out.append(child)
            } else if named, target.st_mode & S_IFMT != S_IFDIR {
              problems.append((child, "links to a device, socket or fifo, not a regular file"))
            }
          } else if named {
            let code = errno
            problems.append((child, code == ENOENT ? "broken symbolic link; its target does not exist" : ReportDecoder.openProblem(code)))
          }
        case S_IFIFO:
          if named { problems.append((child, "is a named pipe (fifo), not a regular file")) }
        default:
          if named { problems.append((child, "is a device or socket, not a regular file")) }
        }
      }
    }
    return (out.sorted(), problems.sorted { $0.0 < $1.0 })
  }

  /// Why folder `dir` cannot be listed, from `opendir`'s errno.
  private static func listingProblem(_ dir: String) -> String {
    if let d = opendir(dir) {
      closedir(d)
      return "folder cannot be listed"
    }
    let code = errno
    return code == EACCES || code == EPERM ? "folder not readable: permission denied" : "folder cannot be listed: \(ReportDecoder.openProblem(code))"
  }

  /// `./a//b/` → `a/b`: one spelling per file so duplicates are caught and names are stable.
  static func normalized(_ path: String) -> String {
    let absolute = path.hasPrefix("/")
    var parts: [Substring] = []
    for part in path.split(separator: "/") where part != "." {
      parts.append(part)
    }
    let joined = parts.joined(separator: "/")
    if absolute { return "/" + joined }
    return joined.isEmpty ? "." : joined
  }

  private static func lastComponent(_ path: String) -> String {
    path.split(separator: "/").last.map(String.init) ?? path
  }
}
