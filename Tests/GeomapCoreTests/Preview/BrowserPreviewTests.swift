import Foundation
import Testing

@testable import GeomapCore

/// Opens the seed preview in headless Chromium: the page must render a map (not a blank PNG),
/// log no script error, and its hover/click linking must work. Without Chromium the test says
/// why and skips, except under CI=true where it fails.
@Suite struct BrowserPreviewTests {
  /// Decodes a PNG with the Python standard library (zlib) and prints
  /// `width height distinct-colours` then, per wanted colour, 1 if some pixel has it exactly.
  static let pngProbe = #"""
    import struct, sys, zlib
    data = open(sys.argv[1], "rb").read()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos, idat, w = 8, b"", 0
    while pos < len(data):
        n, kind = struct.unpack(">I4s", data[pos:pos + 8]); body = data[pos + 8:pos + 8 + n]; pos += 12 + n
        if kind == b"IHDR":
            w, h, depth, ctype = struct.unpack(">IIBB", body[:10])
            assert depth == 8 and ctype in (2, 6), "unsupported PNG type"
            bpp = 3 if ctype == 2 else 4
        elif kind == b"IDAT":
            idat += body
    raw, stride, prev, colours = zlib.decompress(idat), w * bpp, bytearray(w * bpp), set()
    for y in range(h):
        f, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0; b = prev[i]; c = prev[i - bpp] if i >= bpp else 0
            if f == 1: line[i] = (line[i] + a) & 255
            elif f == 2: line[i] = (line[i] + b) & 255
            elif f == 3: line[i] = (line[i] + (a + b) // 2) & 255
            elif f == 4:
                p = a + b - c; pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        colours.update(bytes(line[i:i + 3]) for i in range(0, stride, bpp))
        prev = line
    print(w, h, len(colours))
    for hexcolour in sys.argv[2:]:
        print(1 if bytes.fromhex(hexcolour) in colours else 0)
    """#

  /// Injected into a copy of the page only: hovers a map feature and clicks a table row, then
  /// writes what it saw into `<body data-check>` for `--dump-dom` to show.
  static let interactionCheck = #"""
    <script>
    (function () {
      var out = [];
      try {
        var path = document.querySelector("svg path.corridor[data-uid]");
        var uid = path.getAttribute("data-uid");
        var row = document.querySelector("tr[data-uid='" + uid.replace(/'/g, "\\'") + "']");
        path.dispatchEvent(new MouseEvent("mouseenter"));
        out.push(row.classList.contains("hl") ? "hover-ok" : "hover-missed");
        path.dispatchEvent(new MouseEvent("mouseleave"));
        out.push(row.classList.contains("hl") ? "unhover-stuck" : "unhover-ok");
        var place = document.querySelector("tr[data-uid^='place:']");
        place.dispatchEvent(new MouseEvent("click"));
        var dot = document.querySelector("circle[data-uid='" + place.getAttribute("data-uid") + "']");
        out.push(dot.classList.contains("hl") ? "click-ok" : "click-missed");
      } catch (e) {
        out.push("error:" + e.message);
      }
      document.body.setAttribute("data-check", out.join(" "));
    })();
    </script>
    """#

  @Test func seedPreviewRendersInChromium() throws {
    guard let chromium = ExternalTools.require("chromium"), let python = ExternalTools.require("python3"),
      let timeout = ExternalTools.require("timeout")
    else { return }
    let dir = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let layers = try MapLayers(situation: try FixtureSituations.seed())
    let files = try SituationPreview(basemap: try Basemap.bundled()).write(
      layers, stem: "seed-000.ar", to: dir)
    let page = files[1]

    func browse(_ extra: [String], _ url: URL) throws -> ExternalTools.Output {
      // A profile per run: parallel tests must not share one.
      let profile = dir.appendingPathComponent("profile-\(UUID().uuidString)").path
      return try ExternalTools.run(
        timeout,
        [
          "90", chromium, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
          "--no-first-run",
          "--user-data-dir=\(profile)", "--window-size=1400,1000", "--enable-logging=stderr", "--v=0",
        ]
          + extra + [url.absoluteString])
    }

    // 1. Screenshot: a real map has many colours, the sea, the land and ISIS black among them.
    let png = dir.appendingPathComponent("seed.png")
    let shot = try browse(["--screenshot=\(png.path)"], page)
    #expect(shot.status == 0, "chromium failed: \(shot.stderr.suffix(600))")
    #expect(!shot.stderr.contains("Uncaught"), "script error: \(shot.stderr)")
    #expect(!shot.stderr.contains("CONSOLE"), "console output: \(shot.stderr)")
    let probe = dir.appendingPathComponent("probe.py")
    try Data(Self.pngProbe.utf8).write(to: probe)
    let sea = "cfe1ee"
    let land = "f1eee6"
    let isis = ActorStyle.of(.isis).rgb.lowercased()
    let decoded = try ExternalTools.run(python, [probe.path, png.path, sea, land, isis])
    #expect(decoded.status == 0, "PNG probe failed: \(decoded.stderr)")
    let lines = decoded.stdout.split(separator: "\n").map(String.init)
    let head = lines.first?.split(separator: " ").compactMap { Int($0) } ?? []
    try #require(head.count == 3 && lines.count == 4, "probe output: \(decoded.stdout)")
    #expect(head[0] == 1400 && head[1] == 1000)
    #expect(head[2] > 200, "only \(head[2]) colours: the page looks blank")
    #expect(lines[1] == "1", "no sea-coloured pixel")
    #expect(lines[2] == "1", "no land-coloured pixel")
    #expect(lines[3] == "1", "no ISIS-coloured pixel")

    // 2. The page's own script ran to its end.
    let dom = try browse(["--dump-dom"], page)
    #expect(dom.stdout.contains("data-preview=\"ready\""), "the preview script did not finish")
    #expect(!dom.stderr.contains("Uncaught"), "script error: \(dom.stderr)")

    // 3. Hover and click link the map and the table (checked in a copy with a test script added).
    var html = try String(contentsOf: page, encoding: .utf8)
    html = html.replacingOccurrences(of: "</body>", with: Self.interactionCheck + "\n</body>")
    let checked = dir.appendingPathComponent("checked.html")
    try Data(html.utf8).write(to: checked)
    let interaction = try browse(["--dump-dom"], checked)
    let result =
      interaction.stdout.components(separatedBy: "data-check=\"").dropFirst().first?
      .prefix { $0 != "\"" } ?? "no result"
    #expect(result == "hover-ok unhover-ok click-ok")
  }
}
