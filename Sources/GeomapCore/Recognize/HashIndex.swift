/// Indices of entries found by their FNV-1a hash: an open-addressing table (Fibonacci hashing,
/// linear probing) at most half full. `ReportKeys` and `KeyFactsCache` find their keys by the hash
/// the name scan already computed; a `Dictionary` ran SipHash over it again at every look-up.
struct HashIndex {
  /// Per slot, 0 when empty, else the entry's index + 1.
  private var slots: [Int32]
  private var count = 0

  /// A table of `slots` slots to start with (a power of two).
  init(slots: Int) {
    precondition(slots > 1 && slots & (slots - 1) == 0, "a power of two")
    self.slots = [Int32](filling: 0, count: slots)
  }

  /// The first entry in probe order whose hash (`hashes[k]`) is `hash` and that `isEntry` accepts.
  @inline(__always)
  func first(hash: UInt64, in hashes: [UInt64], where isEntry: (Int) -> Bool) -> Int? {
    var i = home(hash)
    while slots[i] != 0 {
      let k = Int(slots[i] - 1)
      if hashes[k] == hash && isEntry(k) { return k }
      i = (i + 1) & (slots.count - 1)
    }
    return nil
  }

  /// Adds entry `k`, whose hash is `hashes[k]`: entries are numbered from 0 in the order added,
  /// and `hashes` holds the hash of each.
  mutating func insert(_ k: Int, hashes: [UInt64]) {
    precondition(k == count && k < hashes.count, "entries numbered in the order added")
    count += 1
    if 2 * count > slots.count {
      slots = [Int32](filling: 0, count: 2 * slots.count)
      for e in 0..<count - 1 { place(e, hashes[e]) }
    }
    place(k, hashes[k])
  }

  /// `first(hash:in:where:)`'s answer, and the empty slot its search ended on when it found
  /// nothing: the slot `insert` would place a new entry of that hash in (linear probing places
  /// it at the first empty slot from its home), for `insert(_:hashes:at:)`.
  @inline(__always)
  func find(hash: UInt64, in hashes: [UInt64], where isEntry: (Int) -> Bool) -> (found: Int?, empty: Int) {
    var i = home(hash)
    while slots[i] != 0 {
      let k = Int(slots[i] - 1)
      if hashes[k] == hash && isEntry(k) { return (k, i) }
      i = (i + 1) & (slots.count - 1)
    }
    return (nil, i)
  }

  /// `insert(_:hashes:)` where `find` of its hash, just asked, found nothing and ended on slot
  /// `empty`: the entry goes there without probing again (unless the table grows first).
  mutating func insert(_ k: Int, hashes: [UInt64], at empty: Int) {
    precondition(k == count && k < hashes.count && slots[empty] == 0, "entries numbered in the order added")
    if 2 * (count + 1) > slots.count { return insert(k, hashes: hashes) }
    count += 1
    slots[empty] = Int32(k + 1)
  }

  /// Drops every entry, keeping the table's size.
  mutating func removeAll() {
    slots = [Int32](filling: 0, count: slots.count)
    count = 0
  }

  private func home(_ hash: UInt64) -> Int {
    let bits = UInt64(slots.count.trailingZeroBitCount)
    return Int(truncatingIfNeeded: (hash &* 0x9E37_79B9_7F4A_7C15) >> (64 - bits))
  }

  private mutating func place(_ k: Int, _ hash: UInt64) {
    var i = home(hash)
    while slots[i] != 0 { i = (i + 1) & (slots.count - 1) }
    slots[i] = Int32(k + 1)
  }
}
