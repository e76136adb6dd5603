package session

import (
	"crypto/rand"
	"encoding/base64"
	"math/big"
	mrand "math/rand"
)

func secureToken() (string, error) {
	b := make([]byte, 32)
	// ok: CWE-330
	if _, err := rand.Read(b); err != nil {
		return "", err
	}
	return base64.RawURLEncoding.EncodeToString(b), nil
}

func securePin() (string, error) {
	// ok: CWE-330
	n, err := rand.Int(rand.Reader, big.NewInt(1000000))
	if err != nil {
		return "", err
	}
	return n.String(), nil
}

func weakInviteCode() int {
	// expect: CWE-330
	return mrand.Intn(1 << 30)
}

func demoColor() int {
	// ok: CWE-330
	return mrand.Intn(256)
}
