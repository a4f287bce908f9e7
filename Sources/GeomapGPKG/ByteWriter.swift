import Foundation

/// Appends little-endian binary values.
struct ByteWriter {
  var data = Data()

  mutating func bytes(_ b: [UInt8]) { data.append(contentsOf: b) }

  mutating func uint32(_ v: UInt32) {
    withUnsafeBytes(of: v.littleEndian) { data.append(contentsOf: $0) }
  }

  mutating func int32(_ v: Int32) {
    withUnsafeBytes(of: v.littleEndian) { data.append(contentsOf: $0) }
  }

  mutating func double(_ v: Double) {
    withUnsafeBytes(of: v.bitPattern.littleEndian) { data.append(contentsOf: $0) }
  }
}
