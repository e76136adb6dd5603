#include <stdlib.h>
#include <string.h>
#include <mysql/mysql.h>
#include <libpq-fe.h>
#include <curl/curl.h>

/* expect: CWE-798 */
#define API_KEY "AKIAIOSFODNN7EXAMPLE9"
/* expect: CWE-798 */
#define DB_PASSWORD "Tr0ub4dor&3"
/* ok: CWE-798 */
#define PASSWORD_MAX_LEN 64
/* ok: CWE-798 */
#define TOKEN_HEADER "X-Auth-Token"
/* ok: CWE-798 */
#define API_KEY_ENV "SERVICE_API_KEY"

/* expect: CWE-798 */
static const char *admin_password = "s3cr3t-admin!";
/* ok: CWE-798 */
static const char *password_prompt = "Password:";

/* ok: CWE-798 */
static const char *token_kinds[] = { "IDENT", "NUMBER", "STRING", "OPERATOR" };

struct db_config {
    const char *host;
    const char *user;
    char password[64];
};

MYSQL *connect_db(void)
{
    MYSQL *conn = mysql_init(NULL);
    /* expect: CWE-798 */
    return mysql_real_connect(conn, "db.internal", "app", "w4rehouse2023", "inventory", 3306, NULL, 0);
}

MYSQL *connect_db_env(void)
{
    MYSQL *conn = mysql_init(NULL);
    /* ok: CWE-798 */
    return mysql_real_connect(conn, "db.internal", "app", getenv("DB_PASSWORD"), "inventory", 3306, NULL, 0);
}

PGconn *connect_pg(void)
{
    /* expect: CWE-798 */
    return PQconnectdb("host=db.internal dbname=billing user=billing password=Rt7kq2Lz");
}

PGconn *connect_pg_env(void)
{
    /* ok: CWE-798 */
    return PQconnectdb(getenv("PG_CONNINFO"));
}

void init_config(struct db_config *cfg)
{
    cfg->host = "db.internal";
    cfg->user = "app";
    /* expect: CWE-798 */
    strcpy(cfg->password, "hunter2hunter2");
}

int check_login(const char *user, const char *password)
{
    /* expect: CWE-798 */
    return strcmp(user, "admin") == 0 && strcmp(password, "letmein123") == 0;
}

void fetch_with_auth(CURL *curl)
{
    /* expect: CWE-798 */
    curl_easy_setopt(curl, CURLOPT_USERPWD, "deploy:Zx9!pQ2r");
    /* ok: CWE-798 */
    curl_easy_setopt(curl, CURLOPT_USERPWD, getenv("DEPLOY_CREDENTIALS"));
}

void set_token(char **out)
{
    char *token;
    /* expect: CWE-798 */
    token = "ghp_4f8a9b2c7d1e6f3a0b5c";
    *out = token;
}

void configure_env(void)
{
    /* expect: CWE-798 */
    setenv("SMTP_PASSWORD", "Mailer#2023", 1);
    /* ok: CWE-798 */
    setenv("SMTP_HOST", "mail.internal", 1);
}

void empty_secret(void)
{
    /* ok: CWE-798 */
    const char *secret = "";
    (void)secret;
}
