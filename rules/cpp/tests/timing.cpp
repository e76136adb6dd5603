#include <string>
#include <cstring>
#include <map>
#include <openssl/crypto.h>

bool check_token(const std::string &provided, const std::string &stored_token)
{
    // expect: CWE-208
    return provided == stored_token;
}

bool check_token_ct(const std::string &provided, const std::string &stored_token)
{
    // ok: CWE-208
    return provided.size() == stored_token.size() &&
           CRYPTO_memcmp(provided.data(), stored_token.data(), provided.size()) == 0;
}

bool verify_signature(const std::string &sig, const std::string &expected)
{
    // expect: CWE-208
    if (sig.compare(expected) != 0)
        return false;
    return true;
}

bool has_token(const std::string &token)
{
    // ok: CWE-208
    return token != "";
}

bool same_digest_type(const std::string &digest_alg, const std::string &wanted)
{
    // ok: CWE-208
    return digest_alg == wanted;
}

bool mac_ok(const unsigned char *mac, const unsigned char *expected_mac, std::size_t n)
{
    // expect: CWE-208
    return std::memcmp(mac, expected_mac, n) == 0;
}

bool session_exists(const std::map<std::string, int> &sessions, const std::string &token)
{
    // ok: CWE-208
    return sessions.find(token) != sessions.end();
}
