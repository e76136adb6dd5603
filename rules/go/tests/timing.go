package webhook

import (
	"bytes"
	"crypto/hmac"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/hex"
	"io"
	"net/http"
	"os"
	"strings"
)

func verifySignature(r *http.Request, secret []byte) bool {
	body, _ := io.ReadAll(r.Body)
	mac := hmac.New(sha256.New, secret)
	mac.Write(body)
	expected := hex.EncodeToString(mac.Sum(nil))
	// expect: CWE-208
	return r.Header.Get("X-Hub-Signature-256") == "sha256="+expected
}

func verifySignatureSafe(r *http.Request, secret []byte) bool {
	body, _ := io.ReadAll(r.Body)
	mac := hmac.New(sha256.New, secret)
	mac.Write(body)
	want := []byte("sha256=" + hex.EncodeToString(mac.Sum(nil)))
	// ok: CWE-208
	return hmac.Equal([]byte(r.Header.Get("X-Hub-Signature-256")), want)
}

func checkAPIKey(w http.ResponseWriter, r *http.Request) bool {
	apiKey := r.Header.Get("X-Api-Key")
	// expect: CWE-208
	if apiKey != os.Getenv("API_KEY") {
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return false
	}
	return true
}

func checkAPIKeySafe(w http.ResponseWriter, r *http.Request) bool {
	given := []byte(r.Header.Get("X-Api-Key"))
	// ok: CWE-208
	if subtle.ConstantTimeCompare(given, []byte(os.Getenv("API_KEY"))) != 1 {
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return false
	}
	return true
}

func macMatches(computedMAC, receivedMAC []byte) bool {
	// expect: CWE-208
	return bytes.Equal(computedMAC, receivedMAC)
}

func sameLength(sig, expected []byte) bool {
	// ok: CWE-208
	return len(sig) == len(expected)
}

func missingToken(r *http.Request) bool {
	// ok: CWE-208
	return r.Header.Get("Authorization") == ""
}

func sameAlgorithm(hashAlg, wantAlg string) bool {
	// ok: CWE-208
	return hashAlg == wantAlg
}

func resetAllowed(storedToken, token string) bool {
	// expect: CWE-208
	return storedToken == token
}

func registerForm(password, confirmPassword string) bool {
	// ok: CWE-208
	return password == confirmPassword
}

func headerMagic(data []byte) bool {
	// ok: CWE-208
	return bytes.Equal(data[:4], []byte("\x89PNG"))
}

type object struct{ Hash string }

func sameObject(a, b *object) bool {
	// ok: CWE-208
	return a.Hash == b.Hash
}

func (p *parser) atSemicolon() bool {
	// ok: CWE-208
	return p.tok == token.SEMICOLON
}

func tokensMatch(token, presented string) bool {
	// expect: CWE-208
	return strings.Compare(token, presented) == 0
}
