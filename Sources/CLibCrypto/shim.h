#ifndef FEDTUI_CLIBCRYPTO_SHIM_H
#define FEDTUI_CLIBCRYPTO_SHIM_H
// OpenSSL libcrypto (3.x) for Swift: only what signature verification,
// key import and certificate thumbprints need.
#include <openssl/evp.h>
#include <openssl/rsa.h>
#include <openssl/ec.h>
#include <openssl/bn.h>
#include <openssl/ecdsa.h>
#include <openssl/err.h>
#include <openssl/x509.h>
#include <openssl/pem.h>
#include <openssl/sha.h>
#include <openssl/core_names.h>
#include <openssl/param_build.h>
#include <openssl/params.h>

/// EVP_PKEY_CTX_set_rsa_padding is a macro in some OpenSSL versions.
static inline int fed_set_rsa_pss(EVP_PKEY_CTX *ctx, const EVP_MD *md) {
  if (EVP_PKEY_CTX_set_rsa_padding(ctx, RSA_PKCS1_PSS_PADDING) <= 0) return 0;
  if (EVP_PKEY_CTX_set_rsa_pss_saltlen(ctx, RSA_PSS_SALTLEN_DIGEST) <= 0) return 0;
  if (EVP_PKEY_CTX_set_rsa_mgf1_md(ctx, md) <= 0) return 0;
  return 1;
}
/// EVP_PKEY_PUBLIC_KEY is a compound macro, which Swift does not import.
static inline int fed_evp_pkey_public_key_selection(void) { return EVP_PKEY_PUBLIC_KEY; }
/// OSSL_PARAM_BLD keeps the key-name pointers until OSSL_PARAM_BLD_to_param, so the names
/// must have static storage: Swift's bridged String constants are temporaries.
static inline const char *fed_param_rsa_n(void) { return OSSL_PKEY_PARAM_RSA_N; }
static inline const char *fed_param_rsa_e(void) { return OSSL_PKEY_PARAM_RSA_E; }
static inline const char *fed_param_group_name(void) { return OSSL_PKEY_PARAM_GROUP_NAME; }
static inline const char *fed_param_pub_key(void) { return OSSL_PKEY_PARAM_PUB_KEY; }
/// RSASSA-PSS accepting any salt length: used only to explain a failure (a producer that used
/// a salt other than the digest length, which RFC 7518 §3.5 requires).
static inline int fed_set_rsa_pss_any_salt(EVP_PKEY_CTX *ctx, const EVP_MD *md) {
  if (EVP_PKEY_CTX_set_rsa_padding(ctx, RSA_PKCS1_PSS_PADDING) <= 0) return 0;
  if (EVP_PKEY_CTX_set_rsa_pss_saltlen(ctx, RSA_PSS_SALTLEN_AUTO) <= 0) return 0;
  if (EVP_PKEY_CTX_set_rsa_mgf1_md(ctx, md) <= 0) return 0;
  return 1;
}
/// PKCS#1 v1.5 padding for signature recovery (EVP_PKEY_CTX_set_rsa_padding may be a macro).
static inline int fed_set_rsa_pkcs1(EVP_PKEY_CTX *ctx) {
  return EVP_PKEY_CTX_set_rsa_padding(ctx, RSA_PKCS1_PADDING) > 0;
}
#endif
