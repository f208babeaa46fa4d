#include <libxml/xmlversion.h>
// Debian builds libxml2 with ICU, so encoding.h would include the system's ICU headers, whose
// UErrorCode clashes with the copy inside Foundation. sentra uses none of libxml2's ICU
// converter fields (they sit in xmlCharEncodingHandler, only ever reached through pointers).
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/SAX2.h>
#include <libxml/xmlerror.h>
