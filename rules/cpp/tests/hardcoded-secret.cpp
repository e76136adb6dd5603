#include <cstdlib>
#include <string>
#include <mysql/mysql.h>

namespace config {
// expect: CWE-798
const std::string password = "P4ssw0rd!2024";
// ok: CWE-798
const std::string password_env = "APP_DB_PASSWORD";
// expect: CWE-798
static const char *api_token = "tok_9f8e7d6c5b4a3210";
// ok: CWE-798
const std::string token_header = "X-Api-Token";
}

std::string load_secret()
{
    // ok: CWE-798
    const char *secret = std::getenv("APP_SECRET");
    return secret ? secret : "";
}

struct Client {
    std::string user;
    std::string secret;
};

Client make_client()
{
    Client c;
    c.user = "svc-reporting";
    // expect: CWE-798
    c.secret = "9b74c9897bac770ffc029102a200c5de";
    return c;
}

MYSQL *connect(MYSQL *conn)
{
    // expect: CWE-798
    return mysql_real_connect(conn, "localhost", "root", "toor!123", "app", 0, nullptr, 0);
}
