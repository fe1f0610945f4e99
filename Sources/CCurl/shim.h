#ifndef FEDTUI_CCURL_SHIM_H
#define FEDTUI_CCURL_SHIM_H
// libcurl for Swift: curl_easy_setopt / curl_easy_getinfo are variadic, so each
// argument type gets a typed wrapper.
#include <curl/curl.h>

static inline CURLcode fed_curl_setopt_long(CURL *h, CURLoption o, long v) { return curl_easy_setopt(h, o, v); }
static inline CURLcode fed_curl_setopt_string(CURL *h, CURLoption o, const char *v) { return curl_easy_setopt(h, o, v); }
static inline CURLcode fed_curl_setopt_pointer(CURL *h, CURLoption o, void *v) { return curl_easy_setopt(h, o, v); }
static inline CURLcode fed_curl_setopt_slist(CURL *h, CURLoption o, struct curl_slist *v) { return curl_easy_setopt(h, o, v); }
typedef size_t (*fed_curl_write_cb)(char *ptr, size_t size, size_t nmemb, void *userdata);
static inline CURLcode fed_curl_setopt_write_function(CURL *h, CURLoption o, fed_curl_write_cb cb) { return curl_easy_setopt(h, o, cb); }
typedef int (*fed_curl_xferinfo_cb)(void *clientp, curl_off_t dltotal, curl_off_t dlnow, curl_off_t ultotal, curl_off_t ulnow);
static inline CURLcode fed_curl_setopt_xferinfo_function(CURL *h, CURLoption o, fed_curl_xferinfo_cb cb) { return curl_easy_setopt(h, o, cb); }
static inline CURLcode fed_curl_getinfo_long(CURL *h, CURLINFO i, long *v) { return curl_easy_getinfo(h, i, v); }
static inline CURLcode fed_curl_getinfo_double(CURL *h, CURLINFO i, double *v) { return curl_easy_getinfo(h, i, v); }
static inline CURLcode fed_curl_getinfo_string(CURL *h, CURLINFO i, char **v) { return curl_easy_getinfo(h, i, v); }
static inline CURLcode fed_curl_getinfo_certinfo(CURL *h, struct curl_certinfo **v) { return curl_easy_getinfo(h, CURLINFO_CERTINFO, v); }
static inline CURLcode fed_curl_setopt_off(CURL *h, CURLoption o, curl_off_t v) { return curl_easy_setopt(h, o, v); }
static inline CURLcode fed_curl_setopt_blob(CURL *h, CURLoption o, struct curl_blob *v) { return curl_easy_setopt(h, o, v); }
static inline CURLcode fed_curl_global_init_all(void) { return curl_global_init(CURL_GLOBAL_ALL); }
// A flag shared between a transfer's thread and the task that may cancel it.
static inline void fed_atomic_store_int(int *p, int v) { __atomic_store_n(p, v, __ATOMIC_SEQ_CST); }
static inline int fed_atomic_load_int(const int *p) { return __atomic_load_n(p, __ATOMIC_SEQ_CST); }
#endif
