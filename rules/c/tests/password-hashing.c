#include <string.h>
#include <crypt.h>
#include <openssl/md5.h>
#include <openssl/sha.h>
#include <openssl/evp.h>

#define ITERATIONS 600000

void hash_password_md5(const char *password, unsigned char out[MD5_DIGEST_LENGTH])
{
    /* expect: CWE-328 */
    MD5((const unsigned char *)password, strlen(password), out);
}

void store_user(const char *user, const char *pw, unsigned char digest[20])
{
    /* expect: CWE-328 */
    SHA1((const unsigned char *)pw, strlen(pw), digest);
}

int verify_password(const char *password, const unsigned char *stored)
{
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int mdlen = 0;
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    /* expect: CWE-328 */
    EVP_DigestInit_ex(ctx, EVP_md5(), NULL);
    EVP_DigestUpdate(ctx, password, strlen(password));
    EVP_DigestFinal_ex(ctx, md, &mdlen);
    EVP_MD_CTX_free(ctx);
    return memcmp(md, stored, mdlen) == 0;
}

void file_checksum(const unsigned char *data, size_t len, unsigned char out[16])
{
    /* ok: CWE-328 */
    MD5(data, len, out);
}

void hash_password_sha256(const char *password, unsigned char out[32])
{
    /* expect: CWE-916 */
    SHA256((const unsigned char *)password, strlen(password), out);
}

void content_digest(const unsigned char *body, size_t n, unsigned char out[32])
{
    /* ok: CWE-916 */
    SHA256(body, n, out);
}

int derive_password_key(const char *password, const unsigned char *salt, unsigned char *key)
{
    /* expect: CWE-916 */
    return PKCS5_PBKDF2_HMAC(password, strlen(password), salt, 16, 1000, EVP_sha256(), 32, key);
}

int derive_password_key_strong(const char *password, const unsigned char *salt, unsigned char *key)
{
    /* ok: CWE-916 */
    return PKCS5_PBKDF2_HMAC(password, strlen(password), salt, 16, ITERATIONS, EVP_sha256(), 32, key);
}

int derive_sha1(const char *pass, const unsigned char *salt, unsigned char *key)
{
    int rounds = 4096;
    /* ok: CWE-328 */
    /* expect: CWE-916 */
    return PKCS5_PBKDF2_HMAC_SHA1(pass, strlen(pass), salt, 8, rounds, 20, key);
}

char *legacy_crypt(const char *password)
{
    /* expect: CWE-328 */
    return crypt(password, "ab");
}

char *modern_crypt(const char *password, const char *setting)
{
    /* ok: CWE-328 */
    return crypt(password, setting);
}
