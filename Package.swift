// swift-tools-version: 6.1
import PackageDescription

let package = Package(
  name: "geomap",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "geomap", targets: ["geomap"]),
    .library(name: "GeomapCore", targets: ["GeomapCore"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.19"),
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
    .package(url: "https://github.com/jpsim/Yams", from: "5.0.0"),
    // Tests only: property-based checks of normalization, geometry and escaping.
    .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.0"),
  ],
  targets: [
    // The bundled gazetteer: data files as resources plus one Swift accessor.
    .target(
      name: "Geodata",
      path: "Geodata",
      exclude: ["README.md", "build.py", "build_basemap.py", "build_common_words.py", "supplement", "sources"],
      sources: ["Geodata.swift"],
      resources: [.copy("data")]
    ),
    // System libraries, reached through pkg-config; Debian packages libxml2-dev and libgeos-dev.
    .systemLibrary(
      name: "CLibXML2", pkgConfig: "libxml-2.0",
      providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]),
    .systemLibrary(
      name: "CGEOS", pkgConfig: "geos",
      providers: [.apt(["libgeos-dev"]), .brew(["geos"])]),
    // The pipeline: normalize → recognize → resolve → relate → geometry → export. Never prints or exits.
    .target(
      name: "GeomapCore",
      dependencies: ["Geodata", "CLibXML2", "CGEOS"]
    ),
    // KMZ packaging kept apart so the core does not pull in a zip library.
    .target(
      name: "GeomapKMZ",
      dependencies: ["GeomapCore", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
    ),
    // GeoPackage (SQLite) output kept apart so the core does not pull in SQLite.
    .target(
      name: "GeomapGPKG",
      dependencies: ["GeomapCore", .product(name: "GRDB", package: "GRDB.swift")]
    ),
    // The overrides file format (YAML), kept apart so the core does not pull in a YAML parser.
    .target(
      name: "GeomapOverrides",
      dependencies: ["GeomapCore", .product(name: "Yams", package: "Yams")]
    ),
    .executableTarget(
      name: "geomap",
      dependencies: [
        "GeomapCore", "GeomapKMZ", "GeomapGPKG", "GeomapOverrides",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .testTarget(
      name: "GeomapCoreTests",
      dependencies: [
        "GeomapCore", "GeomapKMZ", "GeomapGPKG", "GeomapOverrides",
        .product(name: "PropertyBased", package: "swift-property-based"),
      ],
      resources: [.copy("Fixtures")]
    ),
    .testTarget(
      name: "GeomapCLITests",
      dependencies: ["geomap"]
    ),
  ]
)
