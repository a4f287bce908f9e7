import Foundation
import PropertyBased
import Testing

@testable import GeomapCore

/// Properties that must hold for any text and any set of points, not only for the fixtures.
@Suite struct HostilePropertyTests {
  /// Folding's offset map points inside the original text, never goes backwards, and every token
  /// span covers its own surface form.
  @Test func foldedOffsetsStayInsideTheOriginalAndCoverTokens() async {
    await propertyCheck(count: 300, input: awkwardString) { text in
      let count = text.unicodeScalars.count
      let folded = FoldedText(text)
      #expect(folded.originalOffsets.count == folded.scalars.count + 1)
      #expect(folded.originalOffsets.last == count)
      #expect(zip(folded.originalOffsets, folded.originalOffsets.dropFirst()).allSatisfy { $0 < $1 || $1 == count })
      #expect(folded.originalOffsets.allSatisfy { (0...count).contains($0) })
      for i in folded.scalars.indices {
        let range = folded.originalRange(i..<(i + 1))
        #expect(range.lowerBound >= 0 && range.upperBound <= count && !range.isEmpty)
      }
      let report = ReportText(text)
      for t in report.tokens {
        #expect(0 <= t.start && t.start < t.end && t.end <= count, "token \(t) in \(text.debugDescription)")
        // The token's folded text is the folding of what its span holds in the original.
        #expect(FoldedText(report.slice(t.start, t.end)).string.contains(t.text) || t.text.isEmpty)
      }
    }
  }

  /// Any string survives the GeoJSON writer and comes back equal through JSONSerialization.
  @Test func anyStringRoundTripsThroughGeoJSON() async throws {
    await propertyCheck(count: 300, input: awkwardString) { text in
      let json = GeoJSONWriter.string(text)
      let parsed = try? JSONSerialization.jsonObject(with: Data("[\(json)]".utf8)) as? [String]
      #expect(parsed == [text], "\(text.debugDescription) → \(json)")
    }
  }

  /// Any string as a place name, Arabic name, quote, source and title gives a KML that parses and
  /// GeoJSON that parses, with the text intact (minus what XML 1.0 forbids).
  @Test func anyStringSurvivesTheWholeExportToKMLAndGeoJSON() async throws {
    await propertyCheck(count: 150, input: awkwardString, awkwardString) { name, quote in
      let a = GazetteerEntry(
        id: "geomap:p-a", kind: .town, country: "SY",
        coordinate: Coordinate(longitude: 39.0, latitude: 35.9), name: name, nameAr: quote)
      let b = GazetteerEntry(
        id: "geomap:p-b", kind: .town, country: "SY",
        coordinate: Coordinate(longitude: 40.4, latitude: 35.0), name: "B", nameAr: name)
      let ev = Evidence(quote: quote, start: 0, end: 1, source: name, date: nil, confidence: 0.5)
      let situation = Situation(
        source: name, date: nil, mentions: [PlaceMention(surface: quote, start: 0, end: 1, entry: a, score: 0.9)],
        movements: [Movement(actor: .isis, kind: .withdrawal, status: .reported, origin: a, destination: b, evidence: ev)],
        control: [ControlClaim(actor: .isis, place: a, control: .holds, evidence: ev)], diagnostics: [])
      guard let layers = try? MapLayers(situation: situation) else {
        Issue.record("layers failed for \(name.debugDescription)")
        return
      }
      let exportLayers = ExportLayers.build(layers)
      for layer in exportLayers {
        let data = GeoJSONWriter.data(for: layer)
        let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
        #expect(object != nil, "GeoJSON does not parse for \(name.debugDescription)")
        let features = object?["features"] as? [[String: Any]] ?? []
        let names = features.compactMap { ($0["properties"] as? [String: Any])?["name"] as? String }
        if layer.suffix == "places" { #expect(names.contains(name)) }
      }
      guard let kml = try? KMLWriter.data(for: exportLayers, title: name) else {
        Issue.record("KML writer threw for \(name.debugDescription)")
        return
      }
      let texts = KMLTexts.parse(kml)
      #expect(texts != nil, "KML does not parse for \(name.debugDescription)")
      // The document <name> is the title: what XML allows of it comes back unchanged.
      #expect(texts?.texts["name"]?.first == XMLText.sanitized(name))
    }
  }

  /// Zones from claims on any points: rings closed, exterior counter-clockwise, holes clockwise,
  /// and GEOS calls each polygon valid.
  @Test func zonesAreClosedCounterClockwiseAndValidForAnyPoints() async throws {
    await propertyCheck(count: 120, input: theatreLongitudes, theatreLatitudes, Gen<Bool>.bool) { lons, lats, partial in
      let ev = Evidence(quote: "q", start: 0, end: 1, source: "p.txt", date: nil, confidence: 0.5)
      let kinds: [PlaceKind] = [.town, .village, .neighbourhood, .camp, .city]
      let claims = zip(lons, lats).enumerated().map { i, p in
        ControlClaim(
          actor: i % 3 == 0 ? .sdf : .isis,
          place: GazetteerEntry(
            id: "geomap:z\(i)", kind: kinds[i % kinds.count], country: "SY",
            coordinate: Coordinate(longitude: p.0, latitude: p.1), name: "Z\(i)"),
          control: i % 4 == 1 ? .besieged : .holds, partial: partial, evidence: ev)
      }
      guard let (zones, _) = try? ZoneBuilder().zones(for: claims) else {
        Issue.record("zone building threw for \(claims.map(\.place.coordinate))")
        return
      }
      #expect(!zones.isEmpty)
      for zone in zones {
        let p = zone.polygon
        for ring in p.rings {
          #expect(ring.count >= 4 && ring.first == ring.last)
        }
        #expect(Polygon.signedArea2(p.exterior) > 0)
        #expect(p.holes.allSatisfy { Polygon.signedArea2($0) < 0 })
        #expect(Self.geosValid(p), "invalid zone from \(claims.map(\.place.coordinate))")
      }
    }
  }

  /// GEOS's own validity check of each ring as a polygon, in degrees (validity does not change
  /// under the projection's affine frame); the wrapper builds single-ring polygons only.
  static func geosValid(_ p: Polygon) -> Bool {
    guard let context = try? GEOSContext() else { return false }
    return p.rings.allSatisfy { ring in
      (try? context.polygon(ring: ring.map { PlanarPoint(x: $0.longitude, y: $0.latitude) }))?.isValid == true
    }
  }
}
