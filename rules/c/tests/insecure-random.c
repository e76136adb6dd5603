#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <sys/random.h>
#include <openssl/rand.h>

static const char charset[] = "abcdefghijklmnopqrstuvwxyz0123456789";

/* Builds a session token for the login cookie. */
void make_session_token(char *out, size_t len)
{
    srand((unsigned)time(NULL));
    for (size_t i = 0; i + 1 < len; i++)
        /* expect: CWE-330 */
        out[i] = charset[rand() % (sizeof charset - 1)];
    out[len - 1] = '\0';
}

unsigned int new_pin(void)
{
    /* expect: CWE-330 */
    return (unsigned int)(random() % 10000);
}

void generate_key(unsigned char *key, size_t n)
{
    for (size_t i = 0; i < n; i++)
        /* expect: CWE-330 */
        key[i] = (unsigned char)(lrand48() & 0xff);
}

void generate_key_secure(unsigned char *key, size_t n)
{
    /* ok: CWE-330 */
    if (RAND_bytes(key, (int)n) != 1)
        abort();
}

void make_nonce(unsigned char *nonce, size_t n)
{
    /* ok: CWE-330 */
    getrandom(nonce, n, 0);
}

int retry_delay_ms(int attempt)
{
    int base = 100 << attempt;
    /* ok: CWE-330 */
    int jitter = rand() % (base / 2 + 1);
    return base + jitter;
}

void shuffle_deck(int *cards, int n)
{
    for (int i = n - 1; i > 0; i--) {
        /* ok: CWE-330 */
        int j = rand() % (i + 1);
        int t = cards[i];
        cards[i] = cards[j];
        cards[j] = t;
    }
}

void reset_code(char buf[7])
{
    /* expect: CWE-330 */
    int code = rand() % 1000000;
    snprintf(buf, 7, "%06d", code);
}
