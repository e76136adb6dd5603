#include <openssl/ssl.h>
#include <curl/curl.h>

static int accept_any(int preverify_ok, X509_STORE_CTX *store)
{
    (void)preverify_ok;
    (void)store;
    return 1;
}

static int check_cert(int preverify_ok, X509_STORE_CTX *store)
{
    if (!preverify_ok)
        log_cert_error(store);
    return preverify_ok;
}

SSL_CTX *client_ctx(void)
{
    SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());
    /* expect: CWE-295 */
    SSL_CTX_set_verify(ctx, SSL_VERIFY_NONE, NULL);
    return ctx;
}

SSL_CTX *client_ctx_verified(void)
{
    SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());
    /* ok: CWE-295 */
    SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER, NULL);
    SSL_CTX_set_default_verify_paths(ctx);
    return ctx;
}

SSL_CTX *client_ctx_callback(void)
{
    SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());
    /* expect: CWE-295 */
    SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER, accept_any);
    return ctx;
}

SSL_CTX *client_ctx_checked(void)
{
    SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());
    /* ok: CWE-295 */
    SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER, check_cert);
    return ctx;
}

CURLcode fetch(const char *url)
{
    CURL *curl = curl_easy_init();
    curl_easy_setopt(curl, CURLOPT_URL, url);
    /* expect: CWE-295 */
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 0L);
    /* expect: CWE-295 */
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 0L);
    CURLcode rc = curl_easy_perform(curl);
    curl_easy_cleanup(curl);
    return rc;
}

CURLcode fetch_verified(const char *url)
{
    CURL *curl = curl_easy_init();
    curl_easy_setopt(curl, CURLOPT_URL, url);
    /* ok: CWE-295 */
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 1L);
    /* ok: CWE-295 */
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 2L);
    CURLcode rc = curl_easy_perform(curl);
    curl_easy_cleanup(curl);
    return rc;
}
