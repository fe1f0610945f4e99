#ifndef FEDTUI_CLIBXML_SHIM_H
#define FEDTUI_CLIBXML_SHIM_H
// libxml2's streaming reader (xmlTextReader, xmlreader.h), loaded on the first parse (dlopen).
//
// Linking libxml2 would load it with ICU and libstdc++ (~4 more shared libraries) into every
// `fedtui` start, though only `check --role-arn` reads XML. Only the reader API is used: its
// handles are opaque, so no libxml2 struct layout is assumed, and the prototypes below are the
// public, stable ones of libxml2 >= 2.5 (xmlreader.h). When libxml2 cannot be loaded, the reader
// cannot be created and callers report that.
#include <dlfcn.h>
#include <stddef.h>

/// Reader options (parser.h `xmlParserOption`): never touch the network, and no entity
/// substitution, no DTD loading (both stay off by leaving their flags unset).
enum { FED_XML_PARSE_NONET = 1 << 11, FED_XML_PARSE_NOERROR = 1 << 5, FED_XML_PARSE_NOWARNING = 1 << 6 };
/// Node types (xmlreader.h `xmlReaderTypes`).
enum {
  FED_XML_READER_ELEMENT = 1, FED_XML_READER_TEXT = 3, FED_XML_READER_CDATA = 4,
  FED_XML_READER_END_ELEMENT = 15
};

/// The libxml2 library handle, opened once.
static inline void *fed_xml_library(void) {
  static void *library;
  void *handle = __atomic_load_n(&library, __ATOMIC_ACQUIRE);
  if (handle == NULL) {
#if defined(__APPLE__)
    handle = dlopen("libxml2.2.dylib", RTLD_NOW | RTLD_LOCAL);
#else
    handle = dlopen("libxml2.so.2", RTLD_NOW | RTLD_LOCAL);
#endif
    if (handle != NULL) __atomic_store_n(&library, handle, __ATOMIC_RELEASE);
  }
  return handle;
}

static inline void *fed_xml_symbol(void **slot, const char *name) {
  void *function = __atomic_load_n(slot, __ATOMIC_ACQUIRE);
  if (function == NULL) {
    void *handle = fed_xml_library();
    function = handle != NULL ? dlsym(handle, name) : NULL;
    if (function != NULL) __atomic_store_n(slot, function, __ATOMIC_RELEASE);
  }
  return function;
}

#define FED_XML_RESOLVE(type, name) \
  static void *slot_; \
  __typeof__(type) fn = (type)fed_xml_symbol(&slot_, name)

/// True when libxml2 could be loaded and has the reader API.
static inline int fed_xml_available(void) {
  FED_XML_RESOLVE(void (*)(void), "xmlInitParser");
  if (fn == NULL) return 0;
  fn();  // idempotent; makes later use from several threads safe
  return 1;
}
/// `xmlReaderForMemory(buffer, size, URL, encoding, options)`; NULL on failure.
static inline void *fed_xml_reader_for_memory(const char *buffer, int size, int options) {
  FED_XML_RESOLVE(void *(*)(const char *, int, const char *, const char *, int), "xmlReaderForMemory");
  return fn != NULL ? fn(buffer, size, NULL, NULL, options) : NULL;
}
/// `xmlTextReaderRead`: 1 a node was read, 0 end of document, -1 error.
static inline int fed_xml_reader_read(void *reader) {
  FED_XML_RESOLVE(int (*)(void *), "xmlTextReaderRead");
  return fn != NULL ? fn(reader) : -1;
}
static inline int fed_xml_reader_node_type(void *reader) {
  FED_XML_RESOLVE(int (*)(void *), "xmlTextReaderNodeType");
  return fn != NULL ? fn(reader) : -1;
}
static inline int fed_xml_reader_is_empty_element(void *reader) {
  FED_XML_RESOLVE(int (*)(void *), "xmlTextReaderIsEmptyElement");
  return fn != NULL ? fn(reader) : -1;
}
/// The local name (no prefix); owned by the reader, valid until the next read.
static inline const unsigned char *fed_xml_reader_local_name(void *reader) {
  FED_XML_RESOLVE(const unsigned char *(*)(void *), "xmlTextReaderConstLocalName");
  return fn != NULL ? fn(reader) : NULL;
}
/// A text node's value; owned by the reader, valid until the next read.
static inline const unsigned char *fed_xml_reader_value(void *reader) {
  FED_XML_RESOLVE(const unsigned char *(*)(void *), "xmlTextReaderConstValue");
  return fn != NULL ? fn(reader) : NULL;
}
static inline void fed_xml_free_reader(void *reader) {
  FED_XML_RESOLVE(void (*)(void *), "xmlFreeTextReader");
  if (fn != NULL) fn(reader);
}
#endif
