#include <random>
#include <string>
#include <vector>
#include <algorithm>
#include <openssl/rand.h>

static const std::string kAlphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

std::string make_reset_token(std::size_t n)
{
    // expect: CWE-330
    std::mt19937 gen(std::random_device{}());
    std::uniform_int_distribution<std::size_t> pick(0, kAlphabet.size() - 1);
    std::string out;
    for (std::size_t i = 0; i < n; ++i)
        out += kAlphabet[pick(gen)];
    return out;
}

std::vector<unsigned char> make_session_key()
{
    std::vector<unsigned char> key(32);
    // ok: CWE-330
    RAND_bytes(key.data(), static_cast<int>(key.size()));
    return key;
}

int make_pin()
{
    // expect: CWE-330
    return std::rand() % 10000;
}

void shuffle_playlist(std::vector<std::string> &songs)
{
    // ok: CWE-330
    std::mt19937 gen(std::random_device{}());
    std::shuffle(songs.begin(), songs.end(), gen);
}

double simulate_noise(double sigma)
{
    // ok: CWE-330
    static std::default_random_engine engine(42);
    std::normal_distribution<double> d(0.0, sigma);
    return d(engine);
}

std::string generate_api_key()
{
    // expect: CWE-330
    std::default_random_engine engine(static_cast<unsigned>(time(nullptr)));
    std::uniform_int_distribution<int> hex(0, 15);
    std::string key;
    for (int i = 0; i < 40; ++i)
        key += "0123456789abcdef"[hex(engine)];
    return key;
}
