import Foundation

/// A set of 64-bit key hashes, each with marks (name, prefix of a name), by linear probing.
///
/// One `UInt64` per slot: the hash with its two low bits replaced by the marks (0 is an empty
/// slot), so a probe reads one word. Built from 700k keys it took a tenth of a 2 MB run and
/// half of every small one; the bundled gazetteer ships the slots as a file (`names.slots`, built
/// by `geomap gazetteer-index`) that is memory-mapped and used in place.
struct HashSlots: @unchecked Sendable {
  static let name: UInt64 = 1
  static let prefix: UInt64 = 2
  private static let markBits: UInt64 = 3

  /// Owns the slots' memory (allocated, or a mapping of `names.slots`).
  private let memory: MappedBytes
  /// Read through a plain pointer: a probe retains nothing.
  private let slots: UnsafePointer<UInt64>
  private let mask: Int
  private let shift: UInt64

  /// The first slot to try: Fibonacci hashing takes the high bits of the product (FNV's low bits
  /// depend only on the low bits of its input). The bits the marks take are no part of it.
  @inline(__always)
  private static func home(_ hash: UInt64, _ shift: UInt64) -> Int {
    Int(truncatingIfNeeded: ((hash & ~markBits) &* 0x9E37_79B9_7F4A_7C15) >> shift)
  }

  /// Slot bits for `count` keys with the table at most half full.
  private static func bits(for count: Int) -> Int {
    var bits = 4
    while 1 << bits < 2 * max(1, count) { bits += 1 }
    return bits
  }

  /// The table of the keys `forEachKey` yields: (FNV-1a hash, names an entry).
  init(_ forEachKey: ((UInt64, Bool) -> Void) -> Void) {
    var keys: [UInt64] = []
    forEachKey { hash, isName in keys.append(hash & ~Self.markBits | (isName ? Self.name : Self.prefix)) }
    let bits = Self.bits(for: keys.count)
    let count = 1 << bits
    let table = UnsafeMutablePointer<UInt64>.allocate(capacity: count)
    table.initialize(repeating: 0, count: count)
    let shift = UInt64(64 - bits)
    // Slots are stored little-endian, as in the file.
    for key in keys {
      var i = Self.home(key, shift)
      while table[i] != 0 && UInt64(littleEndian: table[i]) & ~Self.markBits != key & ~Self.markBits {
        i = (i + 1) & (count - 1)
      }
      table[i] = (UInt64(littleEndian: table[i]) | key).littleEndian
    }
    self.init(
      memory: MappedBytes(adopting: UnsafeMutableRawPointer(table), count: count * 8),
      slots: UnsafePointer(table), bits: bits)
  }

  private init(memory: MappedBytes, slots: UnsafePointer<UInt64>, bits: Int) {
    self.memory = memory
    self.slots = slots
    mask = (1 << bits) - 1
    shift = UInt64(64 - bits)
  }

  /// The marks of `hash`, 0 when absent.
  @inline(__always)
  func marks(of hash: UInt64) -> UInt64 {
    var i = Self.home(hash, shift)
    while true {
      let s = UInt64(littleEndian: slots[i])
      if s == 0 || s & ~Self.markBits == hash & ~Self.markBits { return s & Self.markBits }
      i = (i + 1) & mask
    }
  }

  /// `marks(of:)` of each hash, in order. The slots are spread over megabytes and nearly every
  /// probe misses the caches; asked one at a time, each waits for memory before the next starts,
  /// while in this loop no probe depends on another, so the processor has several in flight.
  func marks(of hashes: [UInt64]) -> [UInt8] {
    hashes.map { UInt8(truncatingIfNeeded: marks(of: $0)) }
  }

  // MARK: - The names.slots file

  /// Bytes before the slots: one header line padded to a multiple of 8.
  static let headerLength = 128

  /// The header line of the slots of a names.idx of `namesBytes` bytes for a places.tsv of
  /// `placesBytes` (a file whose header differs belongs to other index files and is not used).
  static func header(placesBytes: Int, namesBytes: Int, bits: Int) -> [UInt8] {
    let line = "#geomap-name-slots v1 places-bytes=\(placesBytes) names-bytes=\(namesBytes) slot-bits=\(bits)"
    var bytes = Array(line.utf8)
    bytes += Array(repeating: UInt8(ascii: " "), count: max(0, headerLength - 1 - bytes.count))
    bytes.append(UInt8(ascii: "\n"))
    return bytes
  }

  /// The file form of these slots (little-endian), for index files of the given sizes.
  func fileData(placesBytes: Int, namesBytes: Int) -> Data {
    var data = Data(header(placesBytes: placesBytes, namesBytes: namesBytes))
    let count = mask + 1
    data.reserveCapacity(Self.headerLength + 8 * count)
    data.append(UnsafeBufferPointer(start: slots, count: count))
    return data
  }

  private func header(placesBytes: Int, namesBytes: Int) -> [UInt8] {
    Self.header(placesBytes: placesBytes, namesBytes: namesBytes, bits: 64 - Int(shift))
  }

  /// The slots in the file at `path`, memory-mapped, when it was built for index files of these
  /// sizes; nil when it is missing, unreadable or belongs to other index files.
  static func mapped(path: String, placesBytes: Int, namesBytes: Int) -> HashSlots? {
    guard let memory = MappedBytes.map(path: path), let base = memory.base else { return nil }
    // The slot count is read from the size; the header must then say the same.
    let slotBytes = memory.count - headerLength
    guard slotBytes >= 16 * 8, slotBytes % 8 == 0, (slotBytes / 8).nonzeroBitCount == 1 else { return nil }
    let bits = (slotBytes / 8).trailingZeroBitCount
    let expected = header(placesBytes: placesBytes, namesBytes: namesBytes, bits: bits)
    let found = UnsafeRawBufferPointer(start: base, count: headerLength)
    guard found.elementsEqual(expected) else { return nil }
    let slots = (base + headerLength).assumingMemoryBound(to: UInt64.self)
    return HashSlots(memory: memory, slots: slots, bits: bits)
  }
}
