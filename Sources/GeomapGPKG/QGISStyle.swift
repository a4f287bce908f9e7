import GeomapCore

/// A QGIS layer style (QML, QGIS 3.x) for one export layer: categorized by `actor` in the faction
/// colours of `ActorStyle`, corridors drawn with QGIS's arrow symbol layer, labels from name and
/// name_ar. Stored in `layer_styles` so the layers open styled.
enum QGISStyle {
  /// One category of the renderer: the `actor` value it matches ("" = all other values) and its colour.
  struct Category: Hashable {
    let value: String
    let label: String
    let rgb: String
  }

  static func qml(for layer: ExportLayer, geometryType: String) -> String {
    let categories = self.categories(for: layer)
    let symbols = categories.enumerated().map { index, c in
      symbol(name: String(index), rgb: c.rgb, geometryType: geometryType)
    }
    let categoryLines = categories.enumerated().map { index, c in
      "      <category render=\"true\" symbol=\"\(index)\" value=\"\(escaped(c.value))\" label=\"\(escaped(c.label))\"/>"
    }
    return """
      <!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
      <qgis version="3.22.16-Białowieża" styleCategories="Symbology|Labeling" labelsEnabled="1">
        <renderer-v2 type="categorizedSymbol" attr="actor" symbollevels="0" enableorderby="0" forceraster="0" referencescale="-1">
          <categories>
      \(categoryLines.joined(separator: "\n"))
          </categories>
          <symbols>
      \(symbols.joined(separator: "\n"))
          </symbols>
          <rotation/>
          <sizescale/>
        </renderer-v2>
      \(labeling(geometryType: geometryType))
      </qgis>

      """
  }

  /// The actors that hold a feature alone, in code order, then a catch-all: contested zones,
  /// places nobody or several hold, corridors of any other actor.
  static func categories(for layer: ExportLayer) -> [Category] {
    let values = layer.features.compactMap { f -> String? in
      guard case .string(let s)? = f.properties.first(where: { $0.key == "actor" })?.value else { return nil }
      return s
    }
    let actors = Set(values.compactMap(Actor.init(rawValue:))).sorted()
    var result = actors.map { a -> Category in
      let style = ActorStyle.of(a)
      return Category(value: a.rawValue, label: "\(style.english) — \(style.arabic)", rgb: style.rgb)
    }
    let other: ActorStyle
    switch layer.suffix {
    case "zones": other = .contested
    case "places": other = .neutralPlace
    default: other = .of(.unknown)
    }
    result.append(Category(value: "", label: "\(other.english) — \(other.arabic)", rgb: other.rgb))
    return result
  }

  static func symbol(name: String, rgb: String, geometryType: String) -> String {
    let colour = qgisColor(rgb)
    switch geometryType {
    case "POINT", "MULTIPOINT":
      return """
              <symbol type="marker" name="\(name)" alpha="1" clip_to_extent="1" force_rhr="0">
                <layer class="SimpleMarker" enabled="1" pass="0" locked="0">
                  <Option type="Map">
        \(options([
          ("name", "circle"), ("color", colour), ("outline_color", "35,35,35,255"), ("outline_style", "solid"),
          ("outline_width", "0.3"), ("outline_width_unit", "MM"), ("size", "3"), ("size_unit", "MM"),
          ("angle", "0"), ("joinstyle", "bevel"), ("scale_method", "diameter"),
        ]))
                  </Option>
                </layer>
              </symbol>
        """
    case "LINESTRING", "MULTILINESTRING":
      // QGIS's "Arrow" symbol layer: one arrow along the whole corridor, head at the destination,
      // filled by a sub-symbol in the actor's colour.
      return """
              <symbol type="line" name="\(name)" alpha="0.9" clip_to_extent="1" force_rhr="0">
                <layer class="ArrowLine" enabled="1" pass="0" locked="0">
                  <Option type="Map">
        \(options([
          ("arrow_start_width", "0.6"), ("arrow_start_width_unit", "MM"), ("arrow_type", "0"),
          ("arrow_width", "1.2"), ("arrow_width_unit", "MM"), ("head_length", "3.5"), ("head_length_unit", "MM"),
          ("head_thickness", "2.2"), ("head_thickness_unit", "MM"), ("head_type", "0"), ("is_curved", "0"),
          ("is_repeated", "0"), ("offset", "0"), ("offset_unit", "MM"), ("ring_filter", "0"),
        ]))
                  </Option>
                  <symbol type="fill" name="@\(name)@0" alpha="1" clip_to_extent="1" force_rhr="0">
                    <layer class="SimpleFill" enabled="1" pass="0" locked="0">
                      <Option type="Map">
        \(options([
          ("color", colour), ("style", "solid"), ("outline_color", "255,255,255,255"), ("outline_style", "solid"),
          ("outline_width", "0.2"), ("outline_width_unit", "MM"), ("joinstyle", "miter"),
        ], indent: 20))
                      </Option>
                    </layer>
                  </symbol>
                </layer>
              </symbol>
        """
    default:
      return """
              <symbol type="fill" name="\(name)" alpha="1" clip_to_extent="1" force_rhr="0">
                <layer class="SimpleFill" enabled="1" pass="0" locked="0">
                  <Option type="Map">
        \(options([
          ("color", qgisColor(rgb, alpha: 90)), ("style", "solid"), ("outline_color", colour),
          ("outline_style", "solid"), ("outline_width", "0.5"), ("outline_width_unit", "MM"), ("joinstyle", "round"),
        ]))
                  </Option>
                </layer>
              </symbol>
        """
    }
  }

  /// Labels: the English name, and the Arabic one on a second line when there is one.
  static func labeling(geometryType: String) -> String {
    // QGIS placement codes: 6 cartographic around a point, 2 parallel to a line, 1 over the centroid.
    let placement: String
    switch geometryType {
    case "POINT", "MULTIPOINT": placement = "6"
    case "LINESTRING", "MULTILINESTRING": placement = "2"
    default: placement = "1"
    }
    let expression =
      "\"name\" || CASE WHEN coalesce(\"name_ar\", '') <> '' THEN '\\n' || \"name_ar\" ELSE '' END"
    return """
        <labeling type="simple">
          <settings calloutType="simple">
            <text-style fieldName="\(escaped(expression))" isExpression="1" fontFamily="DejaVu Sans" fontSize="8" fontSizeUnit="Point" textColor="25,25,25,255" textOpacity="1" fontWeight="50" fontItalic="0" namedStyle="Book" multilineHeight="1" allowHtml="0" previewBkgrdColor="255,255,255,255" capitalization="0" fontKerning="1" blendMode="0" useSubstitutions="0" fontLetterSpacing="0" fontWordSpacing="0" fontStrikeout="0" fontUnderline="0" textOrientation="horizontal">
              <text-buffer bufferDraw="1" bufferSize="0.8" bufferSizeUnits="MM" bufferColor="255,255,255,255" bufferOpacity="0.85" bufferNoFill="1" bufferJoinStyle="128" bufferBlendMode="0"/>
            </text-style>
            <text-format wrapChar="" multilineAlign="3" autoWrapLength="0" useMaxLineLengthForAutoWrap="1" reverseDirectionSymbol="0" leftDirectionSymbol="&lt;" rightDirectionSymbol="&gt;" addDirectionSymbol="0" placeDirectionSymbol="0" plussign="0" formatNumbers="0" decimals="3"/>
            <placement placement="\(placement)" placementFlags="10" dist="1.5" distUnits="MM" offsetType="0" quadOffset="4" xOffset="0" yOffset="0" offsetUnits="MM" priority="5" centroidWhole="0" centroidInside="1" fitInPolygonOnly="0" overrunDistance="0" overrunDistanceUnit="MM" repeatDistance="0" maxCurvedCharAngleIn="25" maxCurvedCharAngleOut="-25" layerType="\(layerType(geometryType))" lineAnchorPercent="0.5" lineAnchorType="0" polygonPlacementFlags="2" geometryGeneratorEnabled="0" rotationAngle="0" placementFlags2="0"/>
            <rendering drawLabels="1" obstacle="1" obstacleFactor="1" obstacleType="1" displayAll="0" labelPerPart="0" mergeLines="0" limitNumLabels="0" maxNumLabels="2000" minFeatureSize="0" scaleVisibility="0" fontLimitPixelSize="0" fontMinPixelSize="3" fontMaxPixelSize="10000" upsidedownLabels="0" zIndex="0" unplacedVisibility="0"/>
          </settings>
        </labeling>
      """
  }

  static func layerType(_ geometryType: String) -> String {
    switch geometryType {
    case "POINT", "MULTIPOINT": return "PointGeometry"
    case "LINESTRING", "MULTILINESTRING": return "LineGeometry"
    default: return "PolygonGeometry"
    }
  }

  /// `<Option>` lines of a symbol layer's property map.
  static func options(_ pairs: [(String, String)], indent: Int = 16) -> String {
    let pad = String(repeating: " ", count: indent)
    return pairs.map {
      "\(pad)<Option type=\"QString\" name=\"\(escaped($0.0))\" value=\"\(escaped($0.1))\"/>"
    }
    .joined(separator: "\n")
  }

  /// QGIS colour text `r,g,b,a` from `RRGGBB`.
  static func qgisColor(_ rgb: String, alpha: Int = 255) -> String {
    let value = Int(rgb, radix: 16) ?? 0
    return "\((value >> 16) & 0xFF),\((value >> 8) & 0xFF),\(value & 0xFF),\(alpha)"
  }

  /// Text escaped for an XML attribute value; characters XML 1.0 cannot hold are dropped.
  static func escaped(_ s: String) -> String {
    var out = ""
    for scalar in s.unicodeScalars {
      switch scalar {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&apos;"
      case "\t", "\n", "\r": out += "&#\(scalar.value);"
      default:
        if scalar.value >= 0x20 && scalar.value != 0xFFFE && scalar.value != 0xFFFF {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out
  }
}
