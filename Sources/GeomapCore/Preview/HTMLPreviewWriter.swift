import Foundation

/// A single self-contained HTML page: the SVG map inline, then a table of every feature with its
/// evidence; hovering or clicking a feature on the map highlights its row and the other way round.
/// No network, no framework: a few lines of plain JavaScript that work from file://.
public struct HTMLPreviewWriter: Sendable {
  public var map: SVGMapWriter

  public init(map: SVGMapWriter) {
    self.map = map
  }

  /// The page for `layers`.
  public func html(_ layers: MapLayers) -> String {
    let tables = ExportLayers.build(layers)
    return html(
      tables: tables, source: layers.source,
      svg: map.svg(tables: tables, source: layers.source, date: layers.date))
  }

  /// The page around an already drawn `svg` of the same tables.
  func html(tables: [ExportLayer], source: String, svg: String) -> String {
    let language = PreviewLanguage.of(tables)
    let title = language.strings.title + " — " + source
    var out = "<!DOCTYPE html>\n"
    out += "<html lang=\"\(language.rawValue)\" dir=\"\(language.isRightToLeft ? "rtl" : "ltr")\">\n<head>\n"
    out += "<meta charset=\"utf-8\">\n"
    out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
    out += "<title>\(PreviewText.escape(title))</title>\n"
    out += "<style>\n\(Self.css)</style>\n</head>\n<body>\n"
    out += "<main>\n<div class=\"map\">\n\(svg)</div>\n"
    out += table(tables, language: language)
    out += "</main>\n<script>\n\(Self.script)</script>\n</body>\n</html>\n"
    return out
  }

  /// UTF-8 bytes of `html(_:)`.
  public func data(_ layers: MapLayers) -> Data { Data(html(layers).utf8) }

  private struct Column {
    let english: String
    let arabic: String
  }

  private static let columns = [
    Column(english: "Layer", arabic: "الطبقة"), Column(english: "Name", arabic: "الاسم"),
    Column(english: "Actor", arabic: "الطرف"), Column(english: "Kind", arabic: "النوع"),
    Column(english: "Status", arabic: "الحالة"), Column(english: "Date", arabic: "التاريخ"),
    Column(english: "Confidence", arabic: "الثقة"),
    Column(english: "Evidence (quote)", arabic: "الدليل (اقتباس)"),
    Column(english: "Notes", arabic: "ملاحظات"),
  ]

  private func table(_ tables: [ExportLayer], language: PreviewLanguage) -> String {
    var out = "<table class=\"features\">\n<thead><tr>"
    for c in Self.columns {
      out += "<th>\(PreviewText.escape(language == .arabic ? c.arabic : c.english))</th>"
    }
    out += "</tr></thead>\n<tbody>\n"
    for layer in tables {
      for f in layer.features {
        out += row(f, layer: Self.layerName(layer.name, language), language: language)
      }
    }
    out += "</tbody>\n</table>\n"
    return out
  }

  private static func layerName(_ name: String, _ language: PreviewLanguage) -> String {
    guard language == .arabic else { return name }
    switch name {
    case "Places": return "الأماكن"
    case "Corridors": return "الممرات"
    case "Zones": return "مناطق السيطرة"
    default: return name
    }
  }

  private func row(_ f: ExportFeature, layer: String, language: PreviewLanguage) -> String {
    func prop(_ key: String) -> String { f.properties.first { $0.key == key }?.value.text ?? "" }
    let other = language == .arabic ? f.name : f.nameAr
    var name = "<bdi>\(PreviewText.escape(language.name(f)))</bdi>"
    if !other.isEmpty && other != language.name(f) {
      name += "<br><small><bdi>\(PreviewText.escape(other))</bdi></small>"
    }
    let actors = prop("actor").split(separator: ";").map { code -> String in
      let style = Actor(rawValue: String(code)).map(ActorStyle.of) ?? ActorStyle.of(.unknown)
      return "<span class=\"swatch\" style=\"background:#\(style.rgb)\"></span><bdi>"
        + PreviewText.escape(language.actor(style)) + "</bdi>"
    }.joined(separator: " ")
    func terms(_ codes: String) -> String {
      codes.split(separator: ";").map { language.term(String($0)) }
        .joined(separator: language == .arabic ? "، " : ", ")
    }
    let kind = [prop("movement"), prop("place_kind"), prop("control")].first { !$0.isEmpty } ?? ""
    let dates = prop("date_end").isEmpty ? prop("date") : prop("date") + " – " + prop("date_end")
    let quote = f.quote.split(separator: "\n").map { "<q dir=\"auto\">\(PreviewText.escape(String($0)))</q>" }
      .joined(separator: "<br>")
    let cells = [
      PreviewText.escape(layer), name, actors,
      PreviewText.escape(terms(kind)), PreviewText.escape(terms(prop("status"))), PreviewText.escape(dates),
      PreviewText.escape(prop("confidence")), quote, "<bdi>\(PreviewText.escape(prop("notes")))</bdi>",
    ]
    return "<tr data-uid=\"\(PreviewText.escape(f.uid))\" tabindex=\"0\">"
      + cells.enumerated().map { i, cell in
        // Dates and numbers never break across lines.
        "<td dir=\"auto\"\(i == 5 || i == 6 ? " class=\"nowrap\"" : "")>\(cell)</td>"
      }.joined() + "</tr>\n"
  }

  static let css = """
    body { margin: 0; font-family: DejaVu Sans, Noto Sans, Noto Naskh Arabic, Arial, sans-serif; color: #1d1d1d; background: #f4f3ef; }
    main { max-width: 1240px; margin: 0 auto; padding: 12px; }
    .map svg { width: 100%; height: auto; display: block; background: #fbfaf7; border: 1px solid #bbbbbb; }
    table.features { border-collapse: collapse; width: 100%; margin-top: 14px; font-size: 13px; background: #ffffff; }
    table.features th, table.features td { border: 1px solid #d0d0d0; padding: 4px 6px; vertical-align: top; text-align: start; }
    table.features th { background: #e9e7e0; }
    table.features tr { cursor: pointer; }
    table.features q { quotes: "«" "»"; }
    .swatch { display: inline-block; width: 10px; height: 10px; margin-inline-end: 4px; border: 1px solid #555555; }
    td.nowrap { white-space: nowrap; }
    tr.hl td { background: #fff3b0; }
    .feature { cursor: pointer; }
    .zone.hl { fill-opacity: 0.7; stroke-width: 4; }
    .corridor.hl { stroke-width: 6; }
    circle.place.hl { r: 7; stroke-width: 2.5; }
    .label.hl text { font-weight: bold; fill: #000000; }

    """

  /// Links every element sharing a `data-uid`: hover highlights, click pins and scrolls to the
  /// partner. Marks `<body data-preview="ready">` last so a headless check can see it ran.
  static let script = """
    (function () {
      "use strict";
      var items = document.querySelectorAll("[data-uid]");
      var byUID = {};
      var pinned = null;
      items.forEach(function (el) {
        var uid = el.getAttribute("data-uid");
        (byUID[uid] = byUID[uid] || []).push(el);
      });
      function mark(uid, on) {
        (byUID[uid] || []).forEach(function (el) { el.classList.toggle("hl", on); });
      }
      items.forEach(function (el) {
        var uid = el.getAttribute("data-uid");
        el.addEventListener("mouseenter", function () { mark(uid, true); });
        el.addEventListener("mouseleave", function () { if (pinned !== uid) { mark(uid, false); } });
        el.addEventListener("click", function () {
          if (pinned !== null) { mark(pinned, false); }
          pinned = pinned === uid ? null : uid;
          if (pinned === null) { return; }
          mark(uid, true);
          var partner = (byUID[uid] || []).filter(function (o) { return o !== el; })[0];
          if (partner && partner.scrollIntoView) { partner.scrollIntoView({ block: "nearest" }); }
        });
      });
      document.body.setAttribute("data-preview", "ready");
    })();

    """
}
