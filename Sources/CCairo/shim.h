// The one header Swift sees: cairo (image, PDF and SVG surfaces), Pango's cairo bindings, and zlib
// (the renderer writes its own PNGs: cairo's writer spent most of a small run choosing row filters).
// Kept to includes only so the renderer library owns every decision about the C API.
#ifndef CCAIRO_SHIM_H
#define CCAIRO_SHIM_H
#include <cairo.h>
#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <pango/pangocairo.h>
#include <zlib.h>
#endif
