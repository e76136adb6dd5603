#include <openssl/evp.h>
#include <openssl/des.h>
#include <openssl/ssl.h>
#include <openssl/rsa.h>

int encrypt_legacy(const unsigned char *key, const unsigned char *iv,
                   const unsigned char *in, int inlen, unsigned char *out)
{
    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
    int len = 0, total = 0;
    /* expect: CWE-327 */
    EVP_EncryptInit_ex(ctx, EVP_des_ede3_cbc(), NULL, key, iv);
    EVP_EncryptUpdate(ctx, out, &len, in, inlen);
    total = len;
    EVP_EncryptFinal_ex(ctx, out + len, &len);
    EVP_CIPHER_CTX_free(ctx);
    return total + len;
}

int encrypt_ecb(const unsigned char *key, const unsigned char *in, int inlen, unsigned char *out)
{
    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
    int len = 0;
    /* expect: CWE-327 */
    EVP_EncryptInit_ex(ctx, EVP_aes_128_ecb(), NULL, key, NULL);
    EVP_EncryptUpdate(ctx, out, &len, in, inlen);
    EVP_CIPHER_CTX_free(ctx);
    return len;
}

int encrypt_gcm(const unsigned char *key, const unsigned char *iv,
                const unsigned char *in, int inlen, unsigned char *out)
{
    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
    int len = 0;
    /* ok: CWE-327 */
    EVP_EncryptInit_ex(ctx, EVP_aes_256_gcm(), NULL, key, iv);
    EVP_EncryptUpdate(ctx, out, &len, in, inlen);
    EVP_CIPHER_CTX_free(ctx);
    return len;
}

void des_block(DES_cblock *key, DES_cblock *in, DES_cblock *out)
{
    DES_key_schedule ks;
    DES_set_key_unchecked(key, &ks);
    /* expect: CWE-327 */
    DES_ecb_encrypt(in, out, &ks, DES_ENCRYPT);
}

const EVP_CIPHER *cipher_for(const char *name)
{
    /* expect: CWE-327 */
    const EVP_CIPHER *legacy = EVP_get_cipherbyname("des-cbc");
    /* ok: CWE-327 */
    const EVP_CIPHER *modern = EVP_get_cipherbyname("aes-256-cbc");
    return name ? modern : legacy;
}

SSL_CTX *old_client(void)
{
    /* expect: CWE-327 */
    SSL_CTX *ctx = SSL_CTX_new(TLSv1_client_method());
    return ctx;
}

SSL_CTX *compat_server(void)
{
    SSL_CTX *ctx = SSL_CTX_new(TLS_server_method());
    /* expect: CWE-327 */
    SSL_CTX_set_min_proto_version(ctx, TLS1_VERSION);
    /* expect: CWE-327 */
    SSL_CTX_set_cipher_list(ctx, "RC4-SHA:DES-CBC3-SHA:HIGH");
    return ctx;
}

SSL_CTX *modern_server(void)
{
    SSL_CTX *ctx = SSL_CTX_new(TLS_server_method());
    /* ok: CWE-327 */
    SSL_CTX_set_min_proto_version(ctx, TLS1_2_VERSION);
    /* ok: CWE-327 */
    SSL_CTX_set_cipher_list(ctx, "HIGH:!aNULL:!eNULL:!MD5:!RC4:!3DES");
    return ctx;
}

EVP_PKEY *make_key(void)
{
    /* expect: CWE-326 */
    return EVP_RSA_gen(1024);
}

int make_key_legacy(RSA *rsa, BIGNUM *e)
{
    const int bits = 3072;
    /* ok: CWE-326 */
    return RSA_generate_key_ex(rsa, bits, e, NULL);
}
