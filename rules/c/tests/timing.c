#include <string.h>
#include <openssl/crypto.h>
#include <openssl/hmac.h>
#include <sodium.h>

#define MAC_LEN 32

int verify_mac(const unsigned char *msg, size_t n, const unsigned char *key,
               const unsigned char *received_mac)
{
    unsigned char expected_mac[MAC_LEN];
    unsigned int len = 0;
    HMAC(EVP_sha256(), key, 32, msg, n, expected_mac, &len);
    /* expect: CWE-208 */
    return memcmp(expected_mac, received_mac, MAC_LEN) == 0;
}

int verify_mac_ct(const unsigned char *msg, size_t n, const unsigned char *key,
                  const unsigned char *received_mac)
{
    unsigned char expected_mac[MAC_LEN];
    unsigned int len = 0;
    HMAC(EVP_sha256(), key, 32, msg, n, expected_mac, &len);
    /* ok: CWE-208 */
    return CRYPTO_memcmp(expected_mac, received_mac, MAC_LEN) == 0;
}

int check_api_key(const char *provided, const char *api_key)
{
    /* expect: CWE-208 */
    return strcmp(provided, api_key) == 0;
}

int check_token(const char *token, const char *expected, size_t n)
{
    /* ok: CWE-208 */
    return sodium_memcmp(token, expected, n) == 0;
}

int check_session(const char *cookie_token, const char *stored_token)
{
    /* expect: CWE-208 */
    if (strncmp(cookie_token, stored_token, 64) != 0)
        return 0;
    return 1;
}

int is_png(const unsigned char *buf)
{
    static const unsigned char sig_png[8] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };
    /* ok: CWE-208 */
    return memcmp(buf, sig_png, 8) == 0;
}

int same_hash_alg(const char *hash_alg, const char *wanted)
{
    /* ok: CWE-208 */
    return strcmp(hash_alg, wanted) == 0;
}

int parse_args(int argc, char **argv)
{
    for (int i = 1; i < argc; i++)
        /* ok: CWE-208 */
        if (strcmp(argv[i], "--token") == 0)
            return i;
    return 0;
}

struct object_id { unsigned char hash[32]; };

int oid_equal(const struct object_id *a, const struct object_id *b)
{
    /* ok: CWE-208 */
    return memcmp(a->hash, b->hash, sizeof a->hash) == 0;
}
