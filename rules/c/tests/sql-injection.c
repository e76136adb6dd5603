#include <stdio.h>
#include <string.h>
#include <sqlite3.h>
#include <mysql/mysql.h>
#include <libpq-fe.h>

int find_user(sqlite3 *db, const char *name)
{
    char sql[512];
    char *err = NULL;
    snprintf(sql, sizeof(sql), "SELECT id FROM users WHERE name = '%s'", name);
    /* expect: CWE-89 */
    int rc = sqlite3_exec(db, sql, NULL, NULL, &err);
    sqlite3_free(err);
    return rc;
}

int find_user_bound(sqlite3 *db, const char *name)
{
    sqlite3_stmt *stmt;
    /* ok: CWE-89 */
    int rc = sqlite3_prepare_v2(db, "SELECT id FROM users WHERE name = ?", -1, &stmt, NULL);
    if (rc != SQLITE_OK)
        return rc;
    sqlite3_bind_text(stmt, 1, name, -1, SQLITE_TRANSIENT);
    rc = sqlite3_step(stmt);
    sqlite3_finalize(stmt);
    return rc;
}

int delete_by_id(sqlite3 *db, int argc, char **argv)
{
    char query[256] = "DELETE FROM sessions WHERE token = '";
    strcat(query, argv[1]);
    strcat(query, "'");
    sqlite3_stmt *stmt;
    // expect: CWE-89
    return sqlite3_prepare_v2(db, query, -1, &stmt, NULL);
}

int count_rows(sqlite3 *db)
{
    char sql[128];
    snprintf(sql, sizeof sql, "SELECT count(*) FROM %s", "audit_log");
    // ok: CWE-89
    return sqlite3_exec(db, sql, NULL, NULL, NULL);
}

int delete_post(sqlite3 *db, int post_id)
{
    char sql[128];
    snprintf(sql, sizeof sql, "DELETE FROM posts WHERE id = %d", post_id);
    /* ok: CWE-89 */
    return sqlite3_exec(db, sql, NULL, NULL, NULL);
}

int delete_posts_by(sqlite3 *db, int limit, const char *author)
{
    char sql[256];
    snprintf(sql, sizeof sql, "DELETE FROM posts WHERE author = '%s' LIMIT %d", author, limit);
    /* expect: CWE-89 */
    return sqlite3_exec(db, sql, NULL, NULL, NULL);
}

int purge_user(sqlite3 *db, int argc, char **argv)
{
    char sql[128];
    long uid = strtol(argv[1], NULL, 10);
    snprintf(sql, sizeof sql, "DELETE FROM users WHERE id = %ld", uid);
    /* ok: CWE-89 */
    return sqlite3_exec(db, sql, NULL, NULL, NULL);
}

int archive(sqlite3 *db, const char *user)
{
    char *sql = sqlite3_mprintf("INSERT INTO archive SELECT * FROM posts WHERE author = '%s'", user);
    // expect: CWE-89
    int rc = sqlite3_exec(db, sql, NULL, NULL, NULL);
    sqlite3_free(sql);
    return rc;
}

int archive_quoted(sqlite3 *db, const char *user)
{
    char *sql = sqlite3_mprintf("INSERT INTO archive SELECT * FROM posts WHERE author = %Q", user);
    // ok: CWE-89
    int rc = sqlite3_exec(db, sql, NULL, NULL, NULL);
    sqlite3_free(sql);
    return rc;
}

int mysql_lookup(MYSQL *conn, const char *email)
{
    char q[1024];
    sprintf(q, "SELECT id, name FROM customers WHERE email = '%s'", email);
    /* expect: CWE-89 */
    return mysql_query(conn, q);
}

int mysql_lookup_escaped(MYSQL *conn, const char *email)
{
    char esc[513];
    char q[1200];
    mysql_real_escape_string(conn, esc, email, strlen(email));
    snprintf(q, sizeof q, "SELECT id, name FROM customers WHERE email = '%s'", esc);
    /* ok: CWE-89 */
    return mysql_query(conn, q);
}

PGresult *pg_orders(PGconn *conn, const char *status)
{
    char q[256];
    snprintf(q, sizeof q, "SELECT * FROM orders WHERE status = '%s' ORDER BY id", status);
    /* expect: CWE-89 */
    return PQexec(conn, q);
}

PGresult *pg_orders_params(PGconn *conn, const char *status)
{
    const char *values[1] = { status };
    /* ok: CWE-89 */
    return PQexecParams(conn, "SELECT * FROM orders WHERE status = $1", 1, NULL, values, NULL, NULL, 0);
}

int cgi_search(MYSQL *conn)
{
    const char *qs = getenv("QUERY_STRING");
    char sql[512];
    strcpy(sql, "SELECT title FROM books WHERE title LIKE '%");
    strncat(sql, qs, 200);
    strcat(sql, "%'");
    // expect: CWE-89
    return mysql_real_query(conn, sql, strlen(sql));
}

// Old version, kept for reference - it was injectable:
//     char sql[256];
//     sprintf(sql, "DELETE FROM notes WHERE id = %s", argv[1]);  // expect-comment: CWE-89
//     sqlite3_exec(db, sql, NULL, NULL, NULL);
