#ifndef FEDTUI_CCURL_LAZY_H
#define FEDTUI_CCURL_LAZY_H
// libcurl, loaded on the first call (dlopen) instead of at process start.
//
// `fedtui check` with files, `policy`, `explain` and the dashboard's start never touch the
// network, so they no longer pay for loading libcurl and its dependencies. Each function resolves
// its symbol once and caches it (atomics: transfers run on several threads). When libcurl cannot
// be loaded, calls fail the way libcurl itself reports failure (NULL handle, CURLE_FAILED_INIT).
#include <dlfcn.h>
#include <stddef.h>

#undef curl_global_init
#undef curl_easy_init
#undef curl_easy_cleanup
#undef curl_easy_perform
#undef curl_easy_strerror
#undef curl_slist_append
#undef curl_slist_free_all
#undef curl_version

/// The libcurl library handle, opened once.
static inline void *fed_curl_library(void) {
  static void *library;
  void *handle = __atomic_load_n(&library, __ATOMIC_ACQUIRE);
  if (handle == NULL) {
#if defined(__APPLE__)
    handle = dlopen("libcurl.4.dylib", RTLD_NOW | RTLD_LOCAL);
#else
    handle = dlopen("libcurl.so.4", RTLD_NOW | RTLD_LOCAL);
    if (handle == NULL) handle = dlopen("libcurl.so", RTLD_NOW | RTLD_LOCAL);
#endif
    if (handle != NULL) __atomic_store_n(&library, handle, __ATOMIC_RELEASE);
  }
  return handle;
}

/// The address of one libcurl function, resolved once into `slot`; NULL when unavailable.
static inline void *fed_curl_symbol(void **slot, const char *name) {
  void *function = __atomic_load_n(slot, __ATOMIC_ACQUIRE);
  if (function == NULL) {
    void *handle = fed_curl_library();
    function = handle != NULL ? dlsym(handle, name) : NULL;
    if (function != NULL) __atomic_store_n(slot, function, __ATOMIC_RELEASE);
  }
  return function;
}

#define FED_CURL_RESOLVE(type, name) \
  static void *slot_; \
  __typeof__(type) fn = (type)fed_curl_symbol(&slot_, name)

static inline CURLcode curl_global_init(long flags) {
  FED_CURL_RESOLVE(CURLcode (*)(long), "curl_global_init");
  return fn != NULL ? fn(flags) : CURLE_FAILED_INIT;
}
static inline CURL *curl_easy_init(void) {
  FED_CURL_RESOLVE(CURL *(*)(void), "curl_easy_init");
  return fn != NULL ? fn() : NULL;
}
static inline void curl_easy_cleanup(CURL *handle) {
  FED_CURL_RESOLVE(void (*)(CURL *), "curl_easy_cleanup");
  if (fn != NULL) fn(handle);
}
static inline CURLcode curl_easy_perform(CURL *handle) {
  FED_CURL_RESOLVE(CURLcode (*)(CURL *), "curl_easy_perform");
  return fn != NULL ? fn(handle) : CURLE_FAILED_INIT;
}
static inline const char *curl_easy_strerror(CURLcode code) {
  FED_CURL_RESOLVE(const char *(*)(CURLcode), "curl_easy_strerror");
  return fn != NULL ? fn(code) : "libcurl (libcurl.so.4) could not be loaded";
}
static inline struct curl_slist *curl_slist_append(struct curl_slist *list, const char *text) {
  FED_CURL_RESOLVE(struct curl_slist *(*)(struct curl_slist *, const char *), "curl_slist_append");
  return fn != NULL ? fn(list, text) : NULL;
}
static inline void curl_slist_free_all(struct curl_slist *list) {
  FED_CURL_RESOLVE(void (*)(struct curl_slist *), "curl_slist_free_all");
  if (fn != NULL) fn(list);
}
static inline char *curl_version(void) {
  FED_CURL_RESOLVE(char *(*)(void), "curl_version");
  return fn != NULL ? fn() : (char *)"libcurl unavailable";
}

/// `curl_easy_setopt`, variadic: callers pass exactly one argument of the option's type.
#define fed_lazy_curl_easy_setopt(handle, option, value) \
  (__extension__({ \
    FED_CURL_RESOLVE(CURLcode (*)(CURL *, CURLoption, ...), "curl_easy_setopt"); \
    fn != NULL ? fn((handle), (option), (value)) : CURLE_FAILED_INIT; \
  }))

/// `curl_easy_getinfo`, variadic: callers pass exactly one pointer of the info's type.
#define fed_lazy_curl_easy_getinfo(handle, info, pointer) \
  (__extension__({ \
    FED_CURL_RESOLVE(CURLcode (*)(CURL *, CURLINFO, ...), "curl_easy_getinfo"); \
    fn != NULL ? fn((handle), (info), (pointer)) : CURLE_FAILED_INIT; \
  }))
#endif
