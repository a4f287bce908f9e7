import Foundation
import GeomapCore
import GeomapGPKG
import GeomapKMZ

/// Runs `geomap export` over a batch: reads reports in parallel, applies the date window and the
/// overrides, writes one map per report (a window of reports at a time, `BatchWindows`) or one
/// merged map, and reports failures and changes.
struct BatchExport {
  let directory: URL
  let formats: Set<ExportFormat>
  let mergeName: String?
  let window: DateWindow
  let jobs: Int
  let maxBytes: Int
  let date: CalendarDate?
  let encoding: ReportEncoding?
  /// Also write `S.gpkg`.
  var gpkg = false
  /// Also write `S.svg` and `S.html` (per report; not drawn for --merge yet).
  var preview: SituationPreview? = nil

  /// What was read from one input: a situation, or the error that stopped it.
  typealias Reading = Result<Situation, GeomapError>

  func run(reports: [String], patterns: [String], situationJSON: [String], overrides: Overrides?) -> BatchResult {
    var result = BatchResult()
    let (found, missing, emptyFolders) = InputDiscovery.expandNamingEmptyFolders(reports, patterns: patterns)
    for folder in emptyFolders {
      printError("\(folder): warning: folder holds no report files matching \(patterns.joined(separator: " or "))")
    }
    let jsonInputs = Set(situationJSON.map { InputDiscovery.expand([$0]).inputs.first?.path ?? $0 })
    let (jsonFound, jsonMissing) = InputDiscovery.expand(situationJSON)
    for e in missing + jsonMissing { result.fail(e) }
    let inputs = Array(Set(found + jsonFound)).sorted()

    guard prepareFolder(&result) else { return result }
    let lock: FolderLock
    do {
      lock = try FolderLock(folder: directory)
    } catch let e as GeomapError {
      result.fatalError(e)
      return result
    } catch {
      result.fatalError(GeomapError(.output, directory.path, "\(error)"))
      return result
    }
    defer { lock.release() }
    // Temporaries of a run killed with SIGKILL; ours to remove now that we hold the lock.
    AtomicFile.removeTemporaries(in: directory)
    SignalCleanup.install(folder: directory)

    // The gazetteer loads once per process, and only when there are reports to read.
    var reader: ReportReader?
    var forced: Situation?
    if inputs.contains(where: { !jsonInputs.contains($0.path) }) || !(overrides?.isEmpty ?? true) {
      do {
        var gazetteer = try Gazetteer.bundled()
        if let overrides {
          gazetteer = try overrides.gazetteer(over: gazetteer)
          forced = try overrides.forcedSituation(base: gazetteer)
        }
        reader = ReportReader(gazetteer: gazetteer)
      } catch let e as GeomapError {
        result.fatalError(e)
        return result
      } catch {
        result.fatalError(GeomapError(.gazetteer, "Geodata", "\(error)"))
        return result
      }
    }
    let loadedReader = reader
    let stdinData = inputs.contains { $0.path == "-" } ? FileHandle.standardInput.readDataToEndOfFile() : nil
    func readGroups(_ groups: [Range<Int>]) -> [Reading] {
      read(groups, of: inputs, json: jsonInputs, reader: loadedReader, stdin: stdinData)
    }

    var zoneBuilder = ZoneBuilder()
    var boundariesLoaded = false
    // The outlines load once, the first time a situation claims a governorate or district.
    func loadBoundaries(for situations: [Situation]) {
      guard !boundariesLoaded,
        situations.contains(where: { $0.control.contains { [.governorate, .district].contains($0.place.kind) } })
      else { return }
      boundariesLoaded = true
      zoneBuilder.areaProvider = ExportRun.loadBoundaries()
    }
    let packager: @Sendable (Data) throws -> Data = { try KMZ.package(kml: $0) }

    if let mergeName {
      // A merged map needs every report at once.
      let (situations, _) = admit(
        readGroups(BatchWindows.groups(count: inputs.count, jobs: jobs)), of: Array(inputs.indices), inputs: inputs,
        overrides: overrides, forced: nil, into: &result)
      if let overrides {
        result.countOverrideMentions(overrides, situations: situations)
        result.noteOverrides(overrides)
      }
      let all = situations + (forced.map { [window.filter($0).situation] } ?? [])
      loadBoundaries(for: all)
      writeMerged(all, name: mergeName, zoneBuilder: zoneBuilder, packager: packager, into: &result)
      return result
    }

    // One map per report: a window of reports at a time is read, built and written, and only the
    // summaries are kept. Read failures are printed window by window, before that window's write
    // diagnostics, so with more than one window they interleave with the earlier windows' (each
    // kind in input order); the summary lists every read failure before any write failure, as
    // when the whole batch was read first.
    // Named after the input file (a situation JSON names its original report as its source); the
    // names are those of all the inputs, read or not.
    let stems = OutputNames.stems(for: inputs)
    var writes = BatchResult()
    var anyRead = false
    var anyResolved = false
    for groups in BatchWindows.windows(inputs.map { size(of: $0, stdin: stdinData) }, jobs: jobs) {
      let indices = Array((groups.first?.lowerBound ?? 0)..<(groups.last?.upperBound ?? 0))
      let (situations, readInputs) = admit(
        readGroups(groups), of: indices, inputs: inputs, overrides: overrides, forced: forced, into: &result)
      if let overrides { result.countOverrideMentions(overrides, situations: situations) }
      loadBoundaries(for: situations)
      anyRead = anyRead || !situations.isEmpty
      let resolved = writeEach(
        situations, inputs: readInputs, stems: stems, zoneBuilder: zoneBuilder, packager: packager, into: &writes)
      anyResolved = anyResolved || resolved
    }
    if let overrides { result.noteOverrides(overrides) }
    result.join(writes)
    result.nothingResolved = anyRead && !anyResolved
    return result
  }

  /// Reads `groups` of `inputs`, the groups in parallel; the readings come back in input order. A
  /// group goes through the pipeline together (`ReportReader.read(_:date:)` takes a group stage by
  /// stage, which is faster than one report at a time).
  private func read(
    _ groups: [Range<Int>], of inputs: [BatchInput], json jsonInputs: Set<String>, reader: ReportReader?, stdin: Data?
  ) -> [Reading] {
    ParallelMap.map(count: groups.count, jobs: jobs) { g -> [Reading] in
      var out: [Reading?] = Array(repeating: nil, count: groups[g].count)
      var pending: [(slot: Int, report: DecodedReport)] = []
      var pendingBytes = 0
      func readPending() {
        guard !pending.isEmpty else { return }
        if let reader {
          for (p, situation) in zip(pending, reader.read(pending.map(\.report), date: date)) {
            out[p.slot] = .success(situation)
          }
        } else {
          for p in pending { out[p.slot] = .failure(GeomapError(.gazetteer, "Geodata", "no gazetteer loaded")) }
        }
        pending.removeAll()
        pendingBytes = 0
      }
      for (slot, i) in groups[g].enumerated() {
        let input = inputs[i]
        do {
          if jsonInputs.contains(input.path) {
            out[slot] = .success(try SituationJSONFile().situation(forReport: input.path, date: date))
          } else {
            let report = try read(input.path, stdin: stdin)
            pending.append((slot, report))
            pendingBytes += report.text.utf8.count
            // Read once they fill a batch: a group of long reports is never held all at once.
            if pendingBytes >= ReportReader.batchBytes || pending.count == ReportReader.batchSize { readPending() }
          }
        } catch let e as GeomapError {
          out[slot] = .failure(e)
        } catch {
          out[slot] = .failure(GeomapError(.unreadable, input.path, "\(error)"))
        }
      }
      readPending()
      return out.map { $0! }
    }.flatMap { $0 }
  }

  /// The situations read from `inputs[indices]` (`readings`), with the date window and the overrides
  /// applied and `forced`'s claims added, and the inputs they came from; failures go to `result`.
  private func admit(
    _ readings: [Reading], of indices: [Int], inputs: [BatchInput], overrides: Overrides?, forced: Situation?,
    into result: inout BatchResult
  ) -> ([Situation], [BatchInput]) {
    var situations: [Situation] = []
    var readInputs: [BatchInput] = []
    for (i, reading) in zip(indices, readings) {
      switch reading {
      case .failure(let e): result.fail(e)
      case .success(var s):
        let (windowed, leftOut) = window.filter(s)
        s = windowed
        result.leftOut += leftOut
        if let overrides {
          let (kept, removed) = overrides.apply(to: s)
          s = kept
          for (line, n) in removed { result.overrideUse["\(overrides.source):\(line)", default: 0] += n }
        }
        if let forced {
          s.movements += forced.movements
          s.control += forced.control
        }
        readInputs.append(inputs[i])
        situations.append(s)
      }
    }
    return (situations, readInputs)
  }

  /// The bytes `input` holds, which sizes the windows (0 when it cannot be read; it fails when read).
  private func size(of input: BatchInput, stdin: Data?) -> Int {
    if input.path == "-" { return stdin?.count ?? 0 }
    var st = stat()
    return stat(input.path, &st) == 0 ? Int(st.st_size) : 0
  }

  private func read(_ path: String, stdin: Data?) throws -> DecodedReport {
    if path == "-" {
      let data = stdin ?? Data()
      guard data.count <= maxBytes || maxBytes >= ReportDecoder.maxBytes else {
        throw GeomapError(.tooLarge, "-", "report is larger than --max-bytes \(maxBytes)")
      }
      return try ReportDecoder.decode(data, source: "-", encoding: encoding)
    }
    var st = stat()
    // Past the decoder's own ceiling the decoder says so itself; --max-bytes only lowers it.
    if maxBytes < ReportDecoder.maxBytes, stat(path, &st) == 0, Int(st.st_size) > maxBytes {
      throw GeomapError(.tooLarge, path, "report is larger than --max-bytes \(maxBytes)")
    }
    return try ReportInput.read(path, encoding: encoding)
  }

  private func prepareFolder(_ result: inout BatchResult) -> Bool {
    var isDirectory: ObjCBool = false
    if !FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory) {
      do {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
      } catch {
        result.fatalError(GeomapError(.output, directory.path, "cannot create the output folder"))
        return false
      }
    } else if !isDirectory.boolValue {
      result.fatalError(GeomapError(.output, directory.path, "output path is not a folder"))
      return false
    }
    return true
  }

  private func writeMerged(
    _ situations: [Situation], name: String, zoneBuilder: ZoneBuilder,
    packager: @escaping @Sendable (Data) throws -> Data, into result: inout BatchResult
  ) {
    do {
      for s in situations { for d in s.diagnostics { printError(d.formatted) } }
      let merged = try MergedLayers(situations: situations, zoneBuilder: zoneBuilder)
      for d in merged.diagnostics { printError(d.formatted) }
      result.disagreements = merged.disagreements
      result.warnings += (situations.flatMap(\.diagnostics) + merged.diagnostics).filter { $0.severity == .warning }.count
      let counts = merged.layers.map(\.features.count)
      result.reports = situations.map {
        ReportSummary(source: $0.source, files: [], places: $0.places.count, corridors: -1, zones: -1, warnings: 0)
      }
      result.totals = (counts[0], counts[1], counts[2])
      if merged.isEmpty {
        printError("\(name): warning: no place could be resolved in any report; nothing written")
        result.nothingResolved = true
        return
      }
      let files = try LayerFiles(tables: merged.layers, stem: name, formats: formats, kmzPackager: packager)
      var outcome = try files.write(to: directory)
      if gpkg {
        let url = directory.appendingPathComponent("\(name).gpkg")
        // A merged map accumulates: each refresh updates features by uid and keeps earlier ones.
        try GeoPackageWriter().accumulate(merged.layers, title: name, into: url)
        outcome.written.append(url)
      }
      if preview != nil {
        printError("\(name): warning: --preview is drawn per report, not for --merge; no preview written")
      }
      result.record(outcome)
    } catch let e as GeomapError {
      result.fail(e)
    } catch {
      result.fail(GeomapError(.output, name, "\(error)"))
    }
  }

  /// Writes one map per situation; true when any place was resolved.
  private func writeEach(
    _ situations: [Situation], inputs: [BatchInput], stems: [String: String], zoneBuilder: ZoneBuilder,
    packager: @escaping @Sendable (Data) throws -> Data, into result: inout BatchResult
  ) -> Bool {
    let formats = self.formats
    // Geometry and file bytes in parallel; writing stays sequential and in path order.
    let built = ParallelMap.map(count: situations.count, jobs: jobs) { i -> Result<(MapLayers, LayerFiles?), GeomapError> in
      do {
        let layers = try MapLayers(situation: situations[i], zoneBuilder: zoneBuilder)
        if layers.isEmpty { return .success((layers, nil)) }
        let stem = stems[inputs[i].path] ?? OutputNames.stem(of: inputs[i].path)
        let tables = ExportLayers.build(layers)
        return .success((layers, try LayerFiles(tables: tables, stem: stem, formats: formats, kmzPackager: packager)))
      } catch let e as GeomapError {
        return .failure(e)
      } catch {
        return .failure(GeomapError(.output, situations[i].source, "\(error)"))
      }
    }
    var anyResolved = false
    for (i, (s, outcome)) in zip(situations, built).enumerated() {
      switch outcome {
      case .failure(let e): result.fail(e)
      case .success(let (layers, files)):
        for d in layers.diagnostics { printError(d.formatted) }
        var warnings = layers.diagnostics.filter { $0.severity == .warning }.count
        guard let files else {
          printError("\(s.source): warning: no place could be resolved; nothing written")
          warnings += 1
          result.reports.append(ReportSummary(source: s.source, files: [], places: 0, corridors: 0, zones: 0, warnings: warnings))
          result.warnings += warnings
          continue
        }
        anyResolved = true
        do {
          var out = try files.write(to: directory)
          let stem = stems[inputs[i].path] ?? OutputNames.stem(of: inputs[i].path)
          if gpkg {
            let url = directory.appendingPathComponent("\(stem).gpkg")
            try GeoPackageWriter().write(ExportLayers.build(layers), title: stem, to: url)
            out.written.append(url)
          }
          if let preview { out.written += try preview.write(layers, stem: stem, to: directory) }
          result.record(out)
          result.reports.append(
            ReportSummary(
              source: s.source, files: (out.written + out.unchanged).map(\.path), places: layers.places.count,
              corridors: layers.corridors.count, zones: layers.zones.count, warnings: warnings))
          result.warnings += warnings
          result.totals.places += layers.places.count
          result.totals.corridors += layers.corridors.count
          result.totals.zones += layers.zones.count
        } catch let e as GeomapError {
          result.fail(e)
        } catch {
          result.fail(GeomapError(.output, s.source, "\(error)"))
        }
      }
    }
    return anyResolved
  }
}
