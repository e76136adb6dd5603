package config

import (
	"database/sql"
	"net/http"
	"net/smtp"
	"os"
	"time"

	"github.com/go-sql-driver/mysql"
	"github.com/golang-jwt/jwt/v5"
)

// expect: CWE-798
const adminPassword = "Sup3rS3cret!"

// expect: CWE-798
var apiKey = "sk_live_51HxQ2bKc8vG7rT0pWm"

// expect: CWE-798
var jwtSecret = []byte("my-very-secret-signing-key")

// ok: CWE-798
const passwordField = "password"

// ok: CWE-798
const tokenHeader = "X-Auth-Token"

// ok: CWE-798
const apiKeyEnv = "PAYMENTS_API_KEY"

// ok: CWE-798
var sessionSecret = os.Getenv("SESSION_SECRET")

const (
	// ok: CWE-798
	minPasswordLength = 12
	// ok: CWE-798
	tokenTTL = 15 * time.Minute
)

func dbConfig() *mysql.Config {
	return &mysql.Config{
		User:   "app",
		// expect: CWE-798
		Passwd: "w4rehouse-2023",
		Net:    "tcp",
		Addr:   "db.internal:3306",
		DBName: "inventory",
	}
}

func dbConfigEnv() *mysql.Config {
	return &mysql.Config{
		User:   "app",
		// ok: CWE-798
		Passwd: os.Getenv("MYSQL_PASSWORD"),
		Addr:   "db.internal:3306",
	}
}

func openDB() (*sql.DB, error) {
	// expect: CWE-798
	return sql.Open("postgres", "postgres://billing:Rt7#kq2Lz@db.internal:5432/billing?sslmode=require")
}

func openDBEnv() (*sql.DB, error) {
	// ok: CWE-798
	return sql.Open("postgres", os.Getenv("DATABASE_URL"))
}

func openMySQL() (*sql.DB, error) {
	// expect: CWE-798
	dsn := "root:toor1234@tcp(127.0.0.1:3306)/shop?parseTime=true"
	return sql.Open("mysql", dsn)
}

func callPartner(req *http.Request) {
	// expect: CWE-798
	req.SetBasicAuth("integration", "P@ssw0rd-2024")
	// ok: CWE-798
	req.SetBasicAuth("integration", os.Getenv("PARTNER_PASSWORD"))
}

func signToken(claims jwt.MapClaims) (string, error) {
	token := jwt.NewWithClaims(jwt.SigningMethodHS256, claims)
	// expect: CWE-798
	return token.SignedString([]byte("hmac-signing-secret-0001"))
}

func signTokenEnv(claims jwt.MapClaims) (string, error) {
	token := jwt.NewWithClaims(jwt.SigningMethodHS256, claims)
	// ok: CWE-798
	return token.SignedString([]byte(os.Getenv("JWT_KEY")))
}

func setCookie(w http.ResponseWriter, token string) {
	// ok: CWE-798
	http.SetCookie(w, &http.Cookie{Name: "session_token", Value: token, HttpOnly: true, Secure: true})
}

func mailer() smtp.Auth {
	// expect: CWE-798
	return smtp.PlainAuth("", "alerts@example.com", "m4il-Pa55word", "smtp.example.com")
}

func mailerEnv() smtp.Auth {
	// ok: CWE-798
	return smtp.PlainAuth("", "alerts@example.com", os.Getenv("SMTP_PASSWORD"), "smtp.example.com")
}

func parseToken(raw string) (*jwt.Token, error) {
	// expect: CWE-798
	return jwt.Parse(raw, func(t *jwt.Token) (interface{}, error) {
		return []byte("legacy-signing-key-2019"), nil
	})
}

func parseTokenEnv(raw string, key []byte) (*jwt.Token, error) {
	// ok: CWE-798
	return jwt.Parse(raw, func(t *jwt.Token) (interface{}, error) {
		return key, nil
	})
}

func cacheURL() string {
	// expect: CWE-798
	return "redis://:Qw9xT7vLr2mZ@cache.internal:6379/1"
}

func localSecret() string {
	// expect: CWE-798
	secret := "a1b2c3d4e5f6a7b8"
	return secret
}

func testEnv() {
	// expect: CWE-798
	os.Setenv("STRIPE_SECRET_KEY", "sk_test_4eC39HqLyjWDarjtT1zdp7dc")
	// ok: CWE-798
	os.Setenv("STRIPE_MODE", "live")
}

func emptyDefault() string {
	// ok: CWE-798
	password := ""
	return password
}
