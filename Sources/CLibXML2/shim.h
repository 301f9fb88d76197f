#ifndef FAIRIFY_CLIBXML2_SHIM_H
#define FAIRIFY_CLIBXML2_SHIM_H
// Debian builds libxml2 with ICU; its unicode headers clash with the ICU that
// Foundation ships. Read the feature flags first, then switch ICU off before
// anything else from libxml2 is included.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/SAX2.h>
#include <libxml/tree.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>
#include <libxml/HTMLparser.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlsave.h>
#include <libxml/xmlschemas.h>
#include <libxml/xmlreader.h>
#endif
