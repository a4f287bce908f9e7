"""Opens each layer of a GeoPackage in headless QGIS and reports, as JSON on stdout, what QGIS
applied: renderer, categories and colours, symbol layer classes, labelling. With a second argument,
also renders the three layers to that PNG and counts the pixels of each category colour.

Run with the system Python that has python3-qgis: QT_QPA_PLATFORM=offscreen /usr/bin/python3 qgis_probe.py S.gpkg [S.png]
"""
import json
import os
import sys

from qgis.core import (QgsApplication, QgsCoordinateReferenceSystem, QgsMapRendererSequentialJob,
                       QgsMapSettings, QgsRectangle, QgsRenderContext, QgsVectorLayer)
from qgis.PyQt.QtCore import QSize
from qgis.PyQt.QtGui import QColor

app = QgsApplication([], False)
app.initQgis()
path = sys.argv[1]
report = {"layers": []}
layers = []
for name in ["places", "corridors", "zones"]:
    layer = QgsVectorLayer(f"{path}|layername={name}", name, "ogr")
    layers.append(layer)
    renderer = layer.renderer()
    info = {"name": name, "valid": layer.isValid(), "features": layer.featureCount(),
            "renderer": renderer.type() if renderer else None, "labels": layer.labelsEnabled(),
            "attribute": "", "categories": [], "symbolLayers": [], "labelExpression": "",
            "featureColors": {}}
    if renderer is not None and renderer.type() == "categorizedSymbol":
        info["attribute"] = renderer.classAttribute()
        info["categories"] = [{"value": c.value(), "color": c.symbol().color().name()} for c in renderer.categories()]
        info["symbolLayers"] = sorted({sl.layerType() for c in renderer.categories() for sl in c.symbol().symbolLayers()})
    if renderer is not None:
        # The colour QGIS draws each feature with, by uid.
        context = QgsRenderContext()
        r = renderer.clone()
        r.startRender(context, layer.fields())
        for feature in layer.getFeatures():
            symbol = r.symbolForFeature(feature, context)
            info["featureColors"][feature["uid"]] = symbol.color().name() if symbol else ""
        r.stopRender(context)
    if layer.labeling() is not None:
        info["labelExpression"] = layer.labeling().settings().fieldName
    report["layers"].append(info)

if len(sys.argv) > 2:
    extent = QgsRectangle(layers[0].extent())
    for layer in layers[1:]:
        extent.combineExtentWith(layer.extent())
    extent.scale(1.15)
    settings = QgsMapSettings()
    settings.setLayers(layers)
    settings.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:4326"))
    settings.setExtent(extent)
    settings.setOutputSize(QSize(1400, 1000))
    settings.setBackgroundColor(QColor(245, 242, 235))
    job = QgsMapRendererSequentialJob(settings)
    job.start()
    job.waitForFinished()
    image = job.renderedImage()
    image.save(sys.argv[2], "png")
    wanted = {c["color"] for info in report["layers"] for c in info["categories"]}
    counts = {colour: 0 for colour in wanted}
    targets = [(colour, QColor(colour)) for colour in wanted]
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            p = QColor(image.pixel(x, y))
            for colour, t in targets:
                if abs(p.red() - t.red()) + abs(p.green() - t.green()) + abs(p.blue() - t.blue()) <= 12:
                    counts[colour] += 1
    report["pixels"] = counts

print(json.dumps(report, ensure_ascii=False))
sys.stdout.flush()
# exitQgis() with layers still referenced from Python crashes QGIS 3.22 on the way out; the
# report is written, so leave without tearing down.
os._exit(0)
