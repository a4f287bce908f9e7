import CLibXML2

/// A thin owner of a libxml2 `xmlTextWriter` writing into memory. All text goes through
/// libxml2's own escaping after `XMLText.sanitized` has removed what XML 1.0 forbids.
final class XMLWriter {
  private let buffer: xmlBufferPtr
  private let writer: xmlTextWriterPtr
  private var finished = false

  init() throws {
    guard let buffer = xmlBufferCreate() else {
      throw GeomapError(.output, "KML", "libxml2 could not allocate a buffer")
    }
    guard let writer = xmlNewTextWriterMemory(buffer, 0) else {
      xmlBufferFree(buffer)
      throw GeomapError(.output, "KML", "libxml2 could not create a text writer")
    }
    self.buffer = buffer
    self.writer = writer
    xmlTextWriterSetIndent(writer, 1)
    try Self.withXMLChars("  ") { _ = xmlTextWriterSetIndentString(writer, $0) }
    try check(xmlTextWriterStartDocument(writer, "1.0", "UTF-8", nil), "start document")
  }

  deinit {
    xmlFreeTextWriter(writer)
    xmlBufferFree(buffer)
  }

  func start(_ name: String) throws {
    try Self.withXMLChars(name) { try check(xmlTextWriterStartElement(writer, $0), "start \(name)") }
  }

  func end() throws { try check(xmlTextWriterEndElement(writer), "end element") }

  func attribute(_ name: String, _ value: String) throws {
    try Self.withXMLChars(name) { n in
      try Self.withXMLChars(XMLText.sanitized(value)) { v in
        try check(xmlTextWriterWriteAttribute(writer, n, v), "attribute \(name)")
      }
    }
  }

  /// `<name>text</name>`, text escaped by libxml2.
  func element(_ name: String, _ text: String) throws {
    try Self.withXMLChars(name) { n in
      try Self.withXMLChars(XMLText.sanitized(text)) { t in
        try check(xmlTextWriterWriteElement(writer, n, t), "element \(name)")
      }
    }
  }

  /// Character data in one or more CDATA sections: `]]>` cannot occur inside one, so it is split
  /// as `]]` + `>` across two sections.
  func cdata(_ text: String) throws {
    let parts = XMLText.sanitized(text).split(separator: "]]>", omittingEmptySubsequences: false)
    for (i, part) in parts.enumerated() {
      let piece = (i > 0 ? ">" : "") + part + (i < parts.count - 1 ? "]]" : "")
      try Self.withXMLChars(piece) { try check(xmlTextWriterWriteCDATA(writer, $0), "CDATA") }
    }
  }

  /// Ends the document and returns its bytes.
  func finish() throws -> [UInt8] {
    if !finished {
      try check(xmlTextWriterEndDocument(writer), "end document")
      try check(xmlTextWriterFlush(writer), "flush")
      finished = true
    }
    guard let content = xmlBufferContent(buffer) else { return [] }
    return Array(UnsafeBufferPointer(start: content, count: Int(xmlBufferLength(buffer))))
  }

  private func check(_ rc: Int32, _ what: String) throws {
    if rc < 0 { throw GeomapError(.output, "KML", "libxml2 failed to write (\(what))") }
  }

  private static func withXMLChars<T>(_ s: String, _ body: (UnsafePointer<xmlChar>) throws -> T) throws -> T {
    let bytes = Array(s.utf8) + [0]
    return try bytes.withUnsafeBufferPointer { buffer in
      guard let base = buffer.baseAddress else {
        throw GeomapError(.output, "KML", "empty buffer")
      }
      return try body(base)
    }
  }
}

/// Text cleaning shared by every XML value.
enum XMLText {
  /// Drops the characters XML 1.0 §2.2 forbids (C0 controls except tab, newline and carriage
  /// return; U+FFFE, U+FFFF): libxml2 would otherwise write a document no parser accepts.
  static func sanitized(_ s: String) -> String {
    var out = String.UnicodeScalarView()
    for scalar in s.unicodeScalars {
      let v = scalar.value
      if v == 0x9 || v == 0xA || v == 0xD || (v >= 0x20 && v != 0xFFFE && v != 0xFFFF) {
        out.append(scalar)
      }
    }
    return String(out)
  }

  /// Minimal HTML escaping for text placed inside a description balloon.
  static func html(_ s: String) -> String {
    var out = ""
    for ch in s {
      switch ch {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "\n": out += "<br/>"
      default: out.append(ch)
      }
    }
    return out
  }

  /// True when the text holds Arabic-script letters (then the balloon is laid out right to left).
  static func hasArabic(_ s: String) -> Bool {
    s.unicodeScalars.contains {
      (0x0600...0x06FF).contains($0.value) || (0x0750...0x077F).contains($0.value)
        || (0xFB50...0xFDFF).contains($0.value) || (0xFE70...0xFEFF).contains($0.value)
    }
  }
}
