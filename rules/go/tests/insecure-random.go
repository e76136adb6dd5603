package session

import (
	"encoding/hex"
	"fmt"
	"math/rand"
	"strconv"
	"time"
)

const letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"

// generateToken returns a random API token.
func generateToken(n int) string {
	b := make([]byte, n)
	for i := range b {
		// expect: CWE-330
		b[i] = letters[rand.Intn(len(letters))]
	}
	return string(b)
}

func newSessionID() string {
	// expect: CWE-330
	return strconv.FormatInt(rand.Int63(), 36)
}

func resetCode() string {
	// expect: CWE-330
	code := rand.Intn(900000) + 100000
	return strconv.Itoa(code)
}

func makeSalt() []byte {
	salt := make([]byte, 16)
	// expect: CWE-330
	rand.Read(salt)
	return salt
}

func retryDelay(attempt int) time.Duration {
	base := time.Duration(1<<attempt) * 100 * time.Millisecond
	// ok: CWE-330
	jitter := time.Duration(rand.Int63n(int64(base / 2)))
	return base + jitter
}

func shuffleQuestions(qs []string) {
	// ok: CWE-330
	rand.Shuffle(len(qs), func(i, j int) { qs[i], qs[j] = qs[j], qs[i] })
}

func pickBackend(backends []string) string {
	// ok: CWE-330
	return backends[rand.Intn(len(backends))]
}

func newOTP() string {
	r := rand.New(rand.NewSource(time.Now().UnixNano()))
	// expect: CWE-330
	return fmt.Sprintf("%06d", r.Intn(1000000))
}

func simulateLoad() []int {
	r := rand.New(rand.NewSource(42))
	samples := make([]int, 100)
	for i := range samples {
		// ok: CWE-330
		samples[i] = r.Intn(1000)
	}
	return samples
}

func hexNonce() string {
	b := make([]byte, 12)
	// expect: CWE-330
	rand.Read(b)
	return hex.EncodeToString(b)
}

func cacheBucketKey(prefix string) string {
	// ok: CWE-330
	return fmt.Sprintf("%s:%d", prefix, rand.Intn(64))
}
