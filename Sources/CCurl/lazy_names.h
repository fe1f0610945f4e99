#ifndef FEDTUI_CCURL_LAZY_NAMES_H
#define FEDTUI_CCURL_LAZY_NAMES_H
// Included before <curl/curl.h>: renames the libcurl functions FedTUI calls so that their
// header declarations (which would need -lcurl) do not clash with the lazy definitions in
// lazy.h. A libcurl function not listed here and in lazy.h fails to link: add it to both.
#define curl_global_init fed_linked_curl_global_init
#define curl_easy_init fed_linked_curl_easy_init
#define curl_easy_cleanup fed_linked_curl_easy_cleanup
#define curl_easy_perform fed_linked_curl_easy_perform
#define curl_easy_strerror fed_linked_curl_easy_strerror
#define curl_slist_append fed_linked_curl_slist_append
#define curl_slist_free_all fed_linked_curl_slist_free_all
#define curl_version fed_linked_curl_version
#endif
