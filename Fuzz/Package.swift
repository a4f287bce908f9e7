// swift-tools-version: 6.1
// libFuzzer targets for geomap, kept out of the main package so a normal build never needs
// -sanitize=fuzzer. Build and run with ./run.sh (see README.md).
import PackageDescription

let package = Package(
  name: "GeomapFuzz",
  dependencies: [.package(name: "geomap", path: "..")],
  targets: [
    // Bytes → decoder → reader → layers → GeoJSON and KML writers, each output parsed back.
    .executableTarget(
      name: "FuzzPipeline",
      dependencies: [.product(name: "GeomapCore", package: "geomap")],
      swiftSettings: [.unsafeFlags(["-parse-as-library"])]
    )
  ]
)
