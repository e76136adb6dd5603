package tokens

// A snippet without its import block: rand.Intn exists only in math/rand.
func generateAPIKey() string {
	const chars = "abcdef0123456789"
	key := make([]byte, 32)
	for i := range key {
		// expect: CWE-330
		key[i] = chars[rand.Intn(len(chars))]
	}
	return string(key)
}

func randomDelayMillis() int {
	// ok: CWE-330
	return 50 + rand.Intn(100)
}
