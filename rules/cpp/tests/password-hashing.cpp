#include <string>
#include <openssl/evp.h>
#include <openssl/md5.h>
#include <openssl/sha.h>

std::string hash_password(const std::string &password)
{
    unsigned char digest[MD5_DIGEST_LENGTH];
    // expect: CWE-328
    MD5(reinterpret_cast<const unsigned char *>(password.data()), password.size(), digest);
    return std::string(reinterpret_cast<char *>(digest), sizeof digest);
}

std::string etag_for(const std::string &body)
{
    unsigned char digest[SHA_DIGEST_LENGTH];
    // ok: CWE-328
    SHA1(reinterpret_cast<const unsigned char *>(body.data()), body.size(), digest);
    return std::string(reinterpret_cast<char *>(digest), sizeof digest);
}

bool derive_key(const std::string &passphrase, const unsigned char *salt, unsigned char *out)
{
    constexpr int kIterations = 10000;
    // expect: CWE-916
    return PKCS5_PBKDF2_HMAC(passphrase.c_str(), static_cast<int>(passphrase.size()), salt, 16, kIterations, EVP_sha256(), 32, out) == 1;
}

bool derive_key_strong(const std::string &passphrase, const unsigned char *salt, unsigned char *out)
{
    // ok: CWE-916
    return PKCS5_PBKDF2_HMAC(passphrase.c_str(), static_cast<int>(passphrase.size()), salt, 16, 600000, EVP_sha256(), 32, out) == 1;
}
