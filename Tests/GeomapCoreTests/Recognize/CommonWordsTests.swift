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
}
