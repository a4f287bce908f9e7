import Foundation
import Geodata

/// Everyday words that gazetteers also list as small places (`common-words.tsv`, from wordfreq),
/// as the loose keys `PlaceContext.common` tests one-word mentions against.
///
/// Keying the 4,900 words (tokenizing and folding each) was a fifth of reading one small report,
/// so `geomap gazetteer-index` writes the keys beside the list (`common-keys.txt`, its header naming
/// the list's size in bytes); a missing or stale keys file is ignored and the keys are computed.
public enum CommonWords {
  static let listFileName = "common-words.tsv"
  /// The keys file `geomap gazetteer-index` writes next to the list.
  public static let keysFileName = "common-keys.txt"
  static let headerPrefix = "#geomap-common-keys v1"

  /// The loose keys of the words of a common-words.tsv (`lang<TAB>word` lines, `#` comments).
  static func keys(ofList text: String) -> Set<String> {
    var keys = Set<String>()
    for line in text.split(separator: "\n") where !line.hasPrefix("#") {
      let cols = line.split(separator: "\t")
      guard cols.count == 2 else { continue }
      let key = NameKey.loose(String(cols[1]))
      if !key.isEmpty { keys.insert(key) }
    }
    return keys
  }

  /// The keys file of the list `list` (its bytes): a header line, then the keys in byte order.
  public static func keysFile(forList list: Data) -> Data {
    let keys = keys(ofList: String(decoding: list, as: UTF8.self)).sorted {
      $0.utf8.lexicographicallyPrecedes($1.utf8)
    }
    var text = "\(headerPrefix) list-bytes=\(list.count)\n"
    for key in keys { text += key + "\n" }
    return Data(text.utf8)
  }

  /// The keys in `file` when it was written for a list of `listBytes` bytes, else nil.
  static func storedKeys(_ file: Data, listBytes: Int) -> [String]? {
    // Lines split at the newline bytes: `String.split` broke the whole file into Characters first
    // (nearly all of the common words' set-up, once per process that reads Arabic). The lines are
    // the same: a newline always stands alone as a Character, except after a carriage return,
    // and a file holding one takes the Character split.
    // Read through a buffer (iterating `Data` itself went through its generic iterator, byte by byte).
    let lines = file.withUnsafeBytes { bytes -> [String] in
      guard !bytes.contains(UInt8(ascii: "\r")) else {
        return String(decoding: bytes, as: UTF8.self).split(separator: "\n").map(String.init)
      }
      return bytes.split(separator: UInt8(ascii: "\n")).map {
        String(decoding: UnsafeRawBufferPointer(rebasing: $0), as: UTF8.self)
      }
    }
    guard let header = lines.first, header == "\(headerPrefix) list-bytes=\(listBytes)" else { return nil }
    return Array(lines.dropFirst())
  }

  /// The keys of the bundled list: the stored ones when they are up to date, else computed; none
  /// when the list is missing.
  static func bundledKeys() -> [String] {
    guard let listURL = GeodataFiles.bundledURL(listFileName), let list = try? Data(contentsOf: listURL)
    else {
      return []
    }
    if let keysURL = GeodataFiles.bundledURL(keysFileName), let file = try? Data(contentsOf: keysURL),
      let stored = storedKeys(file, listBytes: list.count)
    {
      return stored
    }
    return Array(keys(ofList: String(decoding: list, as: UTF8.self)))
  }

  /// Writes the keys file next to the list in `directory`, when there is a list.
  static func rebuildKeys(directory: URL) throws {
    guard let list = try? Data(contentsOf: directory.appendingPathComponent(listFileName)) else { return }
    try keysFile(forList: list).write(to: directory.appendingPathComponent(keysFileName), options: .atomic)
  }
}
