package auth

import (
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"os"

	"golang.org/x/crypto/argon2"
	"golang.org/x/crypto/bcrypt"
	"golang.org/x/crypto/pbkdf2"
	"golang.org/x/crypto/scrypt"
	stdpbkdf2 "crypto/pbkdf2"
)

type Account struct {
	Email        string
	PasswordHash string
}

func hashPasswordMD5(password string) string {
	// expect: CWE-328
	sum := md5.Sum([]byte(password))
	return hex.EncodeToString(sum[:])
}

func (a *Account) SetPassword(pw string) {
	// expect: CWE-328
	a.PasswordHash = fmt.Sprintf("%x", sha1.Sum([]byte(pw)))
}

func checkLegacyPassword(stored, password string) bool {
	// expect: CWE-328
	h := md5.New()
	io.WriteString(h, password)
	return hex.EncodeToString(h.Sum(nil)) == stored
}

func fileChecksum(path string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	// ok: CWE-328
	h := md5.New()
	io.Copy(h, f)
	return hex.EncodeToString(h.Sum(nil)), nil
}

func gravatarURL(email string) string {
	// ok: CWE-328
	sum := md5.Sum([]byte(email))
	return "https://www.gravatar.com/avatar/" + hex.EncodeToString(sum[:])
}

func storePassword(password string) string {
	// expect: CWE-916
	digest := sha256.Sum256([]byte(password))
	return hex.EncodeToString(digest[:])
}

func contentID(body []byte) string {
	// ok: CWE-916
	digest := sha256.Sum256(body)
	return hex.EncodeToString(digest[:])
}

func bcryptPrehashedPassword(password string) ([]byte, error) {
	// ok: CWE-916
	pre := sha256.Sum256([]byte(password))
	return bcrypt.GenerateFromPassword([]byte(hex.EncodeToString(pre[:])), 12)
}

func deriveKey(password, salt []byte) []byte {
	// expect: CWE-916
	return pbkdf2.Key(password, salt, 1000, 32, sha256.New)
}

func deriveKeyStrong(password, salt []byte) []byte {
	const iterations = 600000
	// ok: CWE-916
	return pbkdf2.Key(password, salt, iterations, 32, sha256.New)
}

func deriveKeyStd(password string, salt []byte) ([]byte, error) {
	iter := 4096
	// expect: CWE-916
	return stdpbkdf2.Key(sha256.New, password, salt, iter, 32)
}

func hashWithBcrypt(password string) ([]byte, error) {
	// expect: CWE-916
	return bcrypt.GenerateFromPassword([]byte(password), bcrypt.MinCost)
}

func hashWithBcryptLow(password string) ([]byte, error) {
	cost := 6
	// expect: CWE-916
	return bcrypt.GenerateFromPassword([]byte(password), cost)
}

func hashWithBcryptDefault(password string) ([]byte, error) {
	// ok: CWE-916
	return bcrypt.GenerateFromPassword([]byte(password), bcrypt.DefaultCost)
}

func scryptWeak(password, salt []byte) ([]byte, error) {
	// expect: CWE-916
	return scrypt.Key(password, salt, 1024, 8, 1, 32)
}

func scryptOK(password, salt []byte) ([]byte, error) {
	// ok: CWE-916
	return scrypt.Key(password, salt, 32768, 8, 1, 32)
}

func argon(password, salt []byte) []byte {
	// ok: CWE-916, CWE-328
	return argon2.IDKey(password, salt, 1, 64*1024, 4, 32)
}
