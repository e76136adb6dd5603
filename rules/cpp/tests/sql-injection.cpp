#include <memory>
#include <sstream>
#include <string>
#include <sqlite3.h>
#include <pqxx/pqxx>
#include <QSqlQuery>
#include <cppconn/statement.h>
#include <cppconn/prepared_statement.h>

int delete_user(sqlite3 *db, const std::string &name)
{
    std::string sql = "DELETE FROM users WHERE name = '" + name + "'";
    // expect: CWE-89
    return sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr);
}

int delete_user_bound(sqlite3 *db, const std::string &name)
{
    sqlite3_stmt *stmt = nullptr;
    // ok: CWE-89
    sqlite3_prepare_v2(db, "DELETE FROM users WHERE name = ?", -1, &stmt, nullptr);
    sqlite3_bind_text(stmt, 1, name.c_str(), -1, SQLITE_TRANSIENT);
    int rc = sqlite3_step(stmt);
    sqlite3_finalize(stmt);
    return rc;
}

int run_sql(sqlite3 *db, const std::string &sql)
{
    // ok: CWE-89
    return sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr);
}

pqxx::result orders_for(pqxx::work &txn, const std::string &customer)
{
    // expect: CWE-89
    return txn.exec("SELECT * FROM orders WHERE customer = '" + customer + "'");
}

pqxx::result orders_for_safe(pqxx::work &txn, const std::string &customer)
{
    // ok: CWE-89
    return txn.exec_params("SELECT * FROM orders WHERE customer = $1", customer);
}

pqxx::result orders_quoted(pqxx::work &txn, const std::string &customer)
{
    // ok: CWE-89
    return txn.exec("SELECT * FROM orders WHERE customer = " + txn.quote(customer));
}

std::unique_ptr<sql::ResultSet> find_product(sql::Connection *conn, const std::string &sku)
{
    std::unique_ptr<sql::Statement> stmt(conn->createStatement());
    std::ostringstream q;
    q << "SELECT id, price FROM products WHERE sku = '" << sku << "'";
    // expect: CWE-89
    return std::unique_ptr<sql::ResultSet>(stmt->executeQuery(q.str()));
}

std::unique_ptr<sql::ResultSet> count_products(sql::Connection *conn)
{
    std::unique_ptr<sql::Statement> stmt(conn->createStatement());
    std::ostringstream q;
    q << "SELECT count(*) FROM products WHERE active = 1";
    // ok: CWE-89
    return std::unique_ptr<sql::ResultSet>(stmt->executeQuery(q.str()));
}

std::unique_ptr<sql::ResultSet> find_product_prepared(sql::Connection *conn, const std::string &sku)
{
    // ok: CWE-89
    std::unique_ptr<sql::PreparedStatement> ps(conn->prepareStatement("SELECT id, price FROM products WHERE sku = ?"));
    ps->setString(1, sku);
    return std::unique_ptr<sql::ResultSet>(ps->executeQuery());
}

bool rename_tag(const QString &oldName, const QString &newName)
{
    QSqlQuery query;
    // expect: CWE-89
    return query.exec("UPDATE tags SET name = '" + newName + "' WHERE name = '" + oldName + "'");
}

bool rename_tag_bound(const QString &oldName, const QString &newName)
{
    QSqlQuery query;
    // ok: CWE-89
    query.prepare("UPDATE tags SET name = :new WHERE name = :old");
    query.bindValue(":new", newName);
    query.bindValue(":old", oldName);
    return query.exec();
}

int main(int argc, char **argv)
{
    sqlite3 *db = nullptr;
    sqlite3_open("app.db", &db);
    std::string filter = argv[1];
    std::string query = "SELECT * FROM logs WHERE level = ";
    query += filter;
    // expect: CWE-89
    sqlite3_exec(db, query.c_str(), nullptr, nullptr, nullptr);
    return 0;
}
