import Foundation

/// The result of running the built `geomap` binary.
struct ProcessOutput {
  var status: Int32
  var stdout: String
  var stderr: String
}

/// The built `geomap` binary next to the test bundle.
func geomapBinary() -> URL {
  var dir = Bundle.main.bundleURL
  for candidate in [dir, dir.deletingLastPathComponent()] {
    let url = candidate.appendingPathComponent("geomap")
    if FileManager.default.isExecutableFile(atPath: url.path) { return url }
  }
  // swift-corelibs-xctest / swift-testing: the bundle sits in .build/<config>/.
  dir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
  while dir.path != "/" {
    let url = dir.appendingPathComponent("geomap")
    if FileManager.default.isExecutableFile(atPath: url.path) { return url }
    dir = dir.deletingLastPathComponent()
  }
  return URL(fileURLWithPath: ".build/debug/geomap")
}

/// Runs `geomap` with `arguments`, optional stdin, and returns its exit status and output.
/// `launcher` (a program and its arguments, e.g. setpriv to drop root) runs it when given.
func runGeomap(
  _ arguments: [String], stdin: Data? = nil, environment: [String: String]? = nil,
  currentDirectory: URL? = nil, launcher: [String] = []
) throws -> ProcessOutput {
  let process = Process()
  if let program = launcher.first {
    process.executableURL = URL(fileURLWithPath: program)
    process.arguments = launcher.dropFirst() + [geomapBinary().path] + arguments
  } else {
    process.executableURL = geomapBinary()
    process.arguments = arguments
  }
  if let environment {
    process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
  }
  if let currentDirectory { process.currentDirectoryURL = currentDirectory }
  // Output goes to temporary files: no pipe can fill up and block the child.
  let dir = FileManager.default.temporaryDirectory.appendingPathComponent(
    "geomap-cli-\(UUID().uuidString)")
  try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
  defer { try? FileManager.default.removeItem(at: dir) }
  let outURL = dir.appendingPathComponent("stdout")
  let errURL = dir.appendingPathComponent("stderr")
  FileManager.default.createFile(atPath: outURL.path, contents: nil)
  FileManager.default.createFile(atPath: errURL.path, contents: nil)
  process.standardOutput = try FileHandle(forWritingTo: outURL)
  process.standardError = try FileHandle(forWritingTo: errURL)
  let inPipe = Pipe()
  process.standardInput = inPipe
  try process.run()
  if let stdin { inPipe.fileHandleForWriting.write(stdin) }
  try inPipe.fileHandleForWriting.close()
  process.waitUntilExit()
  let outData = try Data(contentsOf: outURL)
  let errData = try Data(contentsOf: errURL)
  return ProcessOutput(
    status: process.terminationStatus,
    stdout: String(decoding: outData, as: UTF8.self),
    stderr: String(decoding: errData, as: UTF8.self))
}
