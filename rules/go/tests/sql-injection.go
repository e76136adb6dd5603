package store

import (
	"context"
	"database/sql"
	"fmt"
	"net/http"
	"strconv"
	"strings"

	"github.com/jackc/pgx/v5"
	"github.com/jmoiron/sqlx"
	"gorm.io/gorm"
)

type User struct {
	ID    int
	Name  string
	Email string
}

func findUserByName(db *sql.DB, name string) (*User, error) {
	var u User
	// expect: CWE-89
	row := db.QueryRow("SELECT id, name, email FROM users WHERE name = '" + name + "'")
	err := row.Scan(&u.ID, &u.Name, &u.Email)
	return &u, err
}

func findUserSafe(db *sql.DB, name string) (*User, error) {
	var u User
	// ok: CWE-89
	row := db.QueryRow("SELECT id, name, email FROM users WHERE name = ?", name)
	return &u, row.Scan(&u.ID, &u.Name, &u.Email)
}

func searchHandler(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		term := r.URL.Query().Get("q")
		query := fmt.Sprintf("SELECT id, title FROM posts WHERE title LIKE '%%%s%%'", term)
		// expect: CWE-89
		rows, err := db.Query(query)
		if err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		defer rows.Close()
		// ok: CWE-89
		rows2, _ := db.Query("SELECT id, title FROM posts WHERE title LIKE ?", "%"+term+"%")
		defer rows2.Close()
	}
}

func deleteOrder(ctx context.Context, db *sql.DB, orderID string) error {
	stmt := "DELETE FROM orders WHERE id = " + orderID
	// expect: CWE-89
	_, err := db.ExecContext(ctx, stmt)
	return err
}

func deleteOrderSafe(ctx context.Context, db *sql.DB, orderID string) error {
	// ok: CWE-89
	_, err := db.ExecContext(ctx, "DELETE FROM orders WHERE id = $1", orderID)
	return err
}

func updateEmail(tx *sql.Tx, id int, email string) error {
	q := "UPDATE users SET email = '"
	q += email
	q += "' WHERE id = " + fmt.Sprint(id)
	// expect: CWE-89
	_, err := tx.Exec(q)
	return err
}

func listByStatus(db *sql.DB, status string) (*sql.Rows, error) {
	const base = "SELECT id FROM jobs WHERE status = $1"
	// ok: CWE-89
	return db.Query(base, status)
}

func paged(db *sql.DB, limit, offset int) (*sql.Rows, error) {
	// ok: CWE-89
	return db.Query(fmt.Sprintf("SELECT id FROM jobs ORDER BY id LIMIT %d OFFSET %d", limit, offset))
}

func topScores(db *sql.DB, limit int) (*sql.Rows, error) {
	// ok: CWE-89
	return db.Query("SELECT name, score FROM scores ORDER BY score DESC LIMIT " + strconv.Itoa(limit))
}

func archiveOlderThan(ctx context.Context, db *sql.DB, days int) error {
	stmt := fmt.Sprintf("DELETE FROM events WHERE created_at < now() - interval '%d days'", days)
	// ok: CWE-89
	_, err := db.ExecContext(ctx, stmt)
	return err
}

func archiveTable(ctx context.Context, db *sql.DB, table string, days int) error {
	stmt := fmt.Sprintf("DELETE FROM %s WHERE created_at < now() - interval '%d days'", table, days)
	// expect: CWE-89
	_, err := db.ExecContext(ctx, stmt)
	return err
}

var sortableColumns = map[string]bool{"name": true, "created_at": true, "price": true}

func listProducts(w http.ResponseWriter, r *http.Request, db *sql.DB) {
	col := r.URL.Query().Get("sort")
	if !sortableColumns[col] {
		http.Error(w, "bad sort column", http.StatusBadRequest)
		return
	}
	// ok: CWE-89
	rows, err := db.Query("SELECT id, name, price FROM products ORDER BY " + col)
	if err == nil {
		rows.Close()
	}
}

func productByID(db *sql.DB, r *http.Request) *sql.Row {
	id, err := strconv.Atoi(r.URL.Query().Get("id"))
	if err != nil {
		return nil
	}
	// ok: CWE-89
	return db.QueryRow(fmt.Sprintf("SELECT * FROM products WHERE id = %v", id))
}

func runMigrations(db *sql.DB, statements []string) error {
	// ok: CWE-89
	_, err := db.Exec(strings.Join(statements, ";\n"))
	return err
}

func prepareLookup(db *sql.DB, table string) (*sql.Stmt, error) {
	// expect: CWE-89
	return db.Prepare("SELECT * FROM " + table + " WHERE id = ?")
}

func usePrepared(db *sql.DB, pattern string) error {
	stmt, err := db.Prepare("SELECT id FROM users WHERE name LIKE ?")
	if err != nil {
		return err
	}
	// ok: CWE-89
	_, err = stmt.Query("%" + pattern + "%")
	return err
}

func pgxLookup(ctx context.Context, conn *pgx.Conn, r *http.Request) error {
	sortCol := r.FormValue("sort")
	// expect: CWE-89
	rows, err := conn.Query(ctx, "SELECT id, name FROM accounts ORDER BY "+sortCol)
	if err != nil {
		return err
	}
	rows.Close()
	// ok: CWE-89
	_, err = conn.Exec(ctx, "UPDATE accounts SET seen = now() WHERE name = $1", r.FormValue("name"))
	return err
}

func sqlxGet(db *sqlx.DB, email string) (User, error) {
	var u User
	// expect: CWE-89
	err := db.Get(&u, fmt.Sprintf("SELECT * FROM users WHERE email = '%s'", email))
	return u, err
}

func sqlxSelect(db *sqlx.DB, email string) ([]User, error) {
	var us []User
	// ok: CWE-89
	err := db.Select(&us, "SELECT * FROM users WHERE email = ?", email)
	return us, err
}

func gormSearch(db *gorm.DB, name string) []User {
	var users []User
	// expect: CWE-89
	db.Where(fmt.Sprintf("name = '%s'", name)).Find(&users)
	// ok: CWE-89
	db.Where("name = ?", name).Find(&users)
	// ok: CWE-89
	db.Where(&User{Name: name}).Find(&users)
	return users
}

func gormRaw(db *gorm.DB, c *gin.Context) {
	var total int64
	dept := c.Query("dept")
	// expect: CWE-89
	db.Raw("SELECT count(*) FROM staff WHERE dept = '" + dept + "'").Scan(&total)
	// ok: CWE-89
	db.Raw("SELECT count(*) FROM staff WHERE dept = ?", dept).Scan(&total)
}

func gormOrder(db *gorm.DB, field, dir string) []User {
	var users []User
	// expect: CWE-89
	db.Order(field + " " + dir).Find(&users)
	return users
}

func gormInline(db *gorm.DB, name string) User {
	var u User
	// expect: CWE-89
	db.First(&u, "name = '"+name+"'")
	// ok: CWE-89
	db.First(&u, "name = ?", name)
	return u
}

func legacy(db *sql.DB, id string) {
	/*
		Do not bring this back, it was injectable:
		// expect-comment: CWE-89
		db.Exec("DELETE FROM sessions WHERE user_id = " + id)
	*/
	// ok: CWE-89
	db.Exec("DELETE FROM sessions WHERE user_id = ?", id)
}
