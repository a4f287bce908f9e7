import Foundation
import GeomapOverrides
import Testing

@testable import GeomapCore

@Suite struct OutputNamesTests {
  @Test func sharedStemsGetTheirFoldersWhateverTheOrder() {
    let inputs = [
      BatchInput(path: "in/2018-05/report.txt", folders: ["2018-05"]),
      BatchInput(path: "in/2018-04/report.txt", folders: ["2018-04"]),
      BatchInput(path: "in/other.md", folders: []),
    ]
    let stems = OutputNames.stems(for: inputs)
    #expect(stems == OutputNames.stems(for: inputs.reversed()))
    #expect(stems["in/2018-04/report.txt"] == "2018-04_report")
    #expect(stems["in/2018-05/report.txt"] == "2018-05_report")
    #expect(stems["in/other.md"] == "other")
  }

  @Test func foldersThatCannotTellApartFallBackToAPathHash() {
    let stems = OutputNames.stems(for: [BatchInput(path: "a/x.txt"), BatchInput(path: "a/x.md")])
    #expect(Set(stems.values).count == 2)
    #expect(stems.values.allSatisfy { $0.hasPrefix("x-") && $0.count == 10 })
  }
}

@Suite struct ChangeSetTests {
  func layer(_ lines: [String]) -> Data {
    Data(("{\"type\":\"FeatureCollection\",\"name\":\"P\",\"features\":[\n" + lines.joined(separator: ",\n") + "\n]}\n").utf8)
  }
  func feature(_ uid: String, _ name: String) -> String {
    "{\"type\":\"Feature\",\"id\":1,\"geometry\":null,\"properties\":{\"uid\":\"\(uid)\",\"name\":\"\(name)\"}}"
  }

  @Test func addedRemovedAndChangedByUID() {
    let old = layer([feature("place:a", "Raqqa"), feature("place:b", "Mayadin")])
    let new = layer([feature("place:a", "الرقة"), feature("place:c", "Palmyra")])
    let set = ChangeSet.between(old: old, new: new)
    #expect(set == ChangeSet(added: ["place:c"], removed: ["place:b"], changed: ["place:a"]))
    #expect(ChangeSet.between(old: new, new: new).isEmpty)
    #expect(ChangeSet.between(old: nil, new: new).added == ["place:a", "place:c"])
  }
}

@Suite struct DateWindowTests {
  @Test func claimsOutsideTheWindowAndUndatedOnesAreLeftOut() throws {
    let place = GazetteerEntry(id: "gn:1", kind: .city, country: "SY", coordinate: Coordinate(longitude: 39, latitude: 35.9), name: "Raqqa")
    func claim(_ d: String?) -> ControlClaim {
      ControlClaim(
        actor: .isis, place: place, control: .holds,
        evidence: Evidence(quote: "q", start: 0, end: 1, source: "r.txt", date: d.flatMap(CalendarDate.init(iso:)), confidence: 1))
    }
    let s = Situation(source: "r.txt", date: nil, control: [claim("2017-07-01"), claim("2017-07-10"), claim(nil)])
    let window = DateWindow(since: CalendarDate(iso: "2017-07-05"), until: CalendarDate(iso: "2017-07-31"))
    let (kept, leftOut) = window.filter(s)
    #expect(kept.control.map { $0.evidence.date?.description } == ["2017-07-10"])
    #expect(leftOut == 2)
    #expect(DateWindow().filter(s).situation == s)
  }
}

@Suite struct ControlTimelineTests {
  let raqqa = GazetteerEntry(id: "gn:1", kind: .city, country: "SY", coordinate: Coordinate(longitude: 39, latitude: 35.9), name: "Raqqa")

  func report(_ source: String, _ date: String, _ actor: Actor, _ control: ControlStatus) -> Situation {
    Situation(
      source: source, date: CalendarDate(iso: date),
      control: [
        ControlClaim(
          actor: actor, place: raqqa, control: control,
          evidence: Evidence(quote: "\(actor) \(control) Raqqa", start: 0, end: 5, source: source, date: nil, confidence: 0.8))
      ])
  }

  @Test func theLaterReportWinsAndTheDisagreementIsNoted() {
    let early = report("a.txt", "2017-06-01", .isis, .lost)
    let late = report("b.txt", "2017-06-10", .isis, .holds)
    for order in [[early, late], [late, early]] {
      let t = ControlTimeline(order)
      #expect(t.standing.map(\.evidence.source) == ["b.txt"])
      #expect(t.diagnostics.count == 1)
      #expect(t.diagnostics.first?.message.contains("ISIS lost 'Raqqa' per a.txt (2017-06-01), but holds per b.txt (2017-06-10)") == true)
    }
    let reversed = ControlTimeline([report("a.txt", "2017-06-01", .isis, .holds), report("b.txt", "2017-06-10", .isis, .lost)])
    #expect(reversed.standing.isEmpty)
    #expect(reversed.history["gn:1"]?.map(\.evidence.source) == ["b.txt", "a.txt"])
  }

  @Test func aLaterCaptureByAnotherActorSupersedesAnOlderHold() {
    let t = ControlTimeline([report("a.txt", "2017-06-01", .isis, .holds), report("b.txt", "2017-10-20", .sdf, .captured)])
    #expect(t.standing.map(\.actor) == [.sdf])
    #expect(t.disagreements["gn:1"]?.count == 1)
  }
}

@Suite struct ParallelMapTests {
  @Test func resultsComeBackInIndexOrderForAnyThreadCount() {
    let expected = (0..<500).map { $0 * $0 }
    for jobs in [1, 2, 7] {
      #expect(ParallelMap.map(count: 500, jobs: jobs) { $0 * $0 } == expected)
    }
  }
}

@Suite struct OverridesFileTests {
  @Test func everyRuleIsReadWithItsLine() throws {
    let o = try OverridesFile.parse(
      """
      pin:
        - {name: التضامن, to: "geomap:sy-damascus-tadamon"}
      names:
        - name: حي الزين
          at: [36.30, 33.47]
          kind: neighbourhood
      drop: [باب التسجيل, الجانبين]
      remove: ["corridor:ISIS:gn:172955>gn:170794"]
      force:
        movements:
          - {actor: ISIS, kind: evacuation, status: completed, from: "gn:8419677", to: "gn:174448", date: 2018-05-21}
      """, source: "o.yaml")
    #expect(o.pins.map(\.line) == [2])
    #expect(o.pins.first?.target == .entry("geomap:sy-damascus-tadamon"))
    #expect(o.names.first?.line == 4)
    #expect(o.drops.map(\.name) == ["باب التسجيل", "الجانبين"])
    #expect(o.removals.first?.uid == "corridor:ISIS:gn:172955>gn:170794")
    #expect(o.movements.first?.status == .completed)
    #expect(o.movements.first?.line == 11)
  }

  @Test func mistakesNameTheirLine() {
    func message(_ yaml: String) -> String {
      do {
        _ = try OverridesFile.parse(yaml, source: "o.yaml")
        return "no error"
      } catch let e as GeomapError {
        return e.description
      } catch {
        return "\(error)"
      }
    }
    #expect(message("pin:\n  - name: x\n") == "o.yaml:2: missing 'to' (a gazetteer id) or 'at' ([longitude, latitude])")
    #expect(message("remove:\n  - Raqqa\n") == "o.yaml:2: 'Raqqa' is not a claim uid (corridor:ACTOR:FROM>TO or control:ACTOR:PLACE)")
    #expect(message("force:\n  control:\n    - {actor: ISIS, place: gn:1, control: owns}\n") == "o.yaml:3: 'owns' is not a valid control")
    #expect(message("pins: []\n") == "o.yaml:1: unknown key 'pins' (expected one of pin, names, drop, remove, force)")
    #expect(message("drop: [a\n").hasPrefix("o.yaml:2:"))
  }

  @Test func pinsAndDropsShapeTheGazetteer() throws {
    let tadamon = GazetteerEntry(id: "t", kind: .neighbourhood, country: "SY", coordinate: Coordinate(longitude: 36.3, latitude: 33.48), name: "Tadamon")
    let elsewhere = GazetteerEntry(id: "e", kind: .village, country: "SY", coordinate: Coordinate(longitude: 38, latitude: 35), name: "Tadamon")
    let bab = GazetteerEntry(id: "b", kind: .city, country: "SY", coordinate: Coordinate(longitude: 37.5, latitude: 36.2), name: "al-Bab", nameAr: "الباب")
    let base = Gazetteer(entries: [tadamon, elsewhere, bab])
    var o = Overrides(source: "o.yaml")
    o.pins = [.init(name: "Tadamon", target: .entry("t"), line: 1)]
    o.names = [.init(name: "Tadamun quarter", target: .entry("t"), line: 2)]
    o.drops = [.init(name: "الباب", line: 3)]
    let g = try o.gazetteer(over: base)
    #expect(base.entries(forLooseKey: NameKey.loose("Tadamon")).count == 2)
    #expect(g.entries(forLooseKey: NameKey.loose("Tadamon")).map(\.id) == ["t"])
    #expect(g.entries(forLooseKey: NameKey.loose("Tadamun quarter")).map(\.id) == ["t"])
    #expect(g.entries(forLooseKey: NameKey.loose("الباب")).isEmpty)
    #expect(g.entry(id: "b")?.name == "al-Bab")
    o.names = [.init(name: "x", target: .entry("nope"), line: 7)]
    #expect(throws: GeomapError(.invalidArgument, "o.yaml:7", "no gazetteer entry has the id 'nope'")) { try o.gazetteer(over: base) }
  }
}
