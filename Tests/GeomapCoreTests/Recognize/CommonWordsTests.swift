import Foundation
import Testing

@testable import GeomapCore

/// The common-word keys shipped with the list are the ones the list gives, and a stale keys file is
/// not used.
@Suite struct CommonWordsTests {
  @Test func committedKeysAreUpToDate() throws {
    let dir = try #require(GeodataFilesDirectory())
    let list = try Data(contentsOf: dir.appendingPathComponent("common-words.tsv"))
    let committed = try Data(contentsOf: dir.appendingPathComponent(CommonWords.keysFileName))
    #expect(
      CommonWords.keysFile(forList: list) == committed,
      "common-keys.txt is stale: run `swift run geomap gazetteer-index`")
    let stored = try #require(CommonWords.storedKeys(committed, listBytes: list.count))
    #expect(Set(stored) == CommonWords.keys(ofList: String(decoding: list, as: UTF8.self)))
    #expect(Set(CommonWords.bundledKeys()) == Set(stored))
    // «دعم» (support) is an everyday word that is also a place name.
    #expect(PlaceContext.common.contains(NameKey.loose("دعم")))
    #expect(!PlaceContext.common.contains(NameKey.loose("الرقة")))
  }

  @Test func keysFileOfAnotherListIsNotUsed() {
    let list = Data("# test\nar\tدعم\nen\tOne\nen\tbroken line\textra\n".utf8)
    let file = CommonWords.keysFile(forList: list)
    #expect(
      CommonWords.storedKeys(file, listBytes: list.count).map(Set.init)
        == CommonWords.keys(ofList: String(decoding: list, as: UTF8.self)))
    #expect(CommonWords.storedKeys(file, listBytes: list.count).map(\.count) == 2)
    #expect(CommonWords.storedKeys(file, listBytes: list.count + 1) == nil)
    #expect(CommonWords.storedKeys(Data("a\nb\n".utf8), listBytes: 2) == nil)
  }

  /// `storedKeys` splits at newline bytes; the lines are those the Character split gives: on the
  /// real keys file, and on lines that start with a combining mark or are empty, and with a
  /// carriage return (one Character with the newline after it).
  @Test func storedKeysSplitAsCharacters() throws {
    func characterSplit(_ file: Data) -> [String] {
      String(decoding: file, as: UTF8.self).split(separator: "\n").dropFirst().map(String.init)
    }
    let header = "#geomap-common-keys v1 list-bytes=7\n"
    for text in [header + "دعم\n\u{064E}ب\n\n\nabc\u{0301}\nx", header + "a\r\nb\nc\r\n", header + "\nمن\n\n"] {
      #expect(CommonWords.storedKeys(Data(text.utf8), listBytes: 7) == characterSplit(Data(text.utf8)), "\(text)")
    }
    let dir = try #require(GeodataFilesDirectory())
    let list = try Data(contentsOf: dir.appendingPathComponent("common-words.tsv"))
    let committed = try Data(contentsOf: dir.appendingPathComponent(CommonWords.keysFileName))
    #expect(CommonWords.storedKeys(committed, listBytes: list.count) == characterSplit(committed))
  }
}
