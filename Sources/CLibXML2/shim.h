// libxml2 as Debian builds it includes the system ICU headers (<unicode/ucnv.h>) from encoding.h.
// Foundation on Linux ships its own copy of ICU (_FoundationICU) with the same header names, and a
// module that sees both fails to build ("'U_MF_…' is not present in definition of 'enum UErrorCode'").
// geomap never touches libxml2's ICU converters, so the shim hides them: only a pointer to
// xmlCharEncodingHandler crosses into Swift, never the struct whose layout this changes.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/xmlwriter.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
