#include <string>
#include <cryptopp/aes.h>
#include <cryptopp/des.h>
#include <cryptopp/modes.h>
#include <cryptopp/gcm.h>
#include <botan/cipher_mode.h>
#include <openssl/evp.h>

using CryptoPP::byte;

std::string encrypt_ecb(const std::string &plain, const byte *key, size_t keylen)
{
    std::string out;
    // expect: CWE-327
    CryptoPP::ECB_Mode<CryptoPP::AES>::Encryption enc(key, keylen);
    CryptoPP::StringSource ss(plain, true,
        new CryptoPP::StreamTransformationFilter(enc, new CryptoPP::StringSink(out)));
    return out;
}

std::string encrypt_3des(const std::string &plain, const byte *key, const byte *iv)
{
    std::string out;
    // expect: CWE-327
    CryptoPP::CBC_Mode<CryptoPP::DES_EDE3>::Encryption enc(key, 24, iv);
    CryptoPP::StringSource ss(plain, true,
        new CryptoPP::StreamTransformationFilter(enc, new CryptoPP::StringSink(out)));
    return out;
}

std::string encrypt_gcm(const std::string &plain, const byte *key, const byte *iv)
{
    std::string out;
    // ok: CWE-327
    CryptoPP::GCM<CryptoPP::AES>::Encryption enc;
    enc.SetKeyWithIV(key, 32, iv, 12);
    CryptoPP::StringSource ss(plain, true,
        new CryptoPP::AuthenticatedEncryptionFilter(enc, new CryptoPP::StringSink(out)));
    return out;
}

std::unique_ptr<Botan::Cipher_Mode> legacy_mode()
{
    // expect: CWE-327
    return Botan::Cipher_Mode::create("DES/CBC/PKCS7", Botan::Cipher_Dir::Encryption);
}

std::unique_ptr<Botan::Cipher_Mode> block_mode()
{
    // expect: CWE-327
    return Botan::Cipher_Mode::create("AES-128/ECB", Botan::Cipher_Dir::Encryption);
}

std::unique_ptr<Botan::Cipher_Mode> modern_mode()
{
    // ok: CWE-327
    return Botan::Cipher_Mode::create("AES-256/GCM", Botan::Cipher_Dir::Encryption);
}

int evp_rc4(EVP_CIPHER_CTX *ctx, const unsigned char *key)
{
    // expect: CWE-327
    return EVP_EncryptInit_ex(ctx, EVP_rc4(), nullptr, key, nullptr);
}

int evp_chacha(EVP_CIPHER_CTX *ctx, const unsigned char *key, const unsigned char *iv)
{
    // ok: CWE-327
    return EVP_EncryptInit_ex(ctx, EVP_chacha20_poly1305(), nullptr, key, iv);
}
