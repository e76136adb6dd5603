package vault

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/des"
	"crypto/rand"
	"crypto/rc4"
	"crypto/rsa"
	"crypto/tls"
	"net/http"
)

func legacyEncrypt(key, plaintext []byte) ([]byte, error) {
	// expect: CWE-327
	block, err := des.NewCipher(key[:8])
	if err != nil {
		return nil, err
	}
	out := make([]byte, len(plaintext))
	mode := cipher.NewCBCEncrypter(block, key[8:16])
	mode.CryptBlocks(out, plaintext)
	return out, nil
}

func tripleDES(key []byte) (cipher.Block, error) {
	// expect: CWE-327
	return des.NewTripleDESCipher(key)
}

func streamObfuscate(key, data []byte) []byte {
	// expect: CWE-327
	c, _ := rc4.NewCipher(key)
	out := make([]byte, len(data))
	c.XORKeyStream(out, data)
	return out
}

func modernEncrypt(key, plaintext []byte) ([]byte, error) {
	// ok: CWE-327
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, err
	}
	aead, err := cipher.NewGCM(block)
	if err != nil {
		return nil, err
	}
	nonce := make([]byte, aead.NonceSize())
	rand.Read(nonce)
	return aead.Seal(nonce, nonce, plaintext, nil), nil
}

func ecbEncrypt(key, plaintext []byte) []byte {
	block, _ := aes.NewCipher(key)
	bs := block.BlockSize()
	out := make([]byte, len(plaintext))
	for i := 0; i+bs <= len(plaintext); i += bs {
		// expect: CWE-327
		block.Encrypt(out[i:i+bs], plaintext[i:i+bs])
	}
	return out
}

func singleBlock(block cipher.Block, counter []byte) []byte {
	out := make([]byte, block.BlockSize())
	// ok: CWE-327
	block.Encrypt(out, counter)
	return out
}

func oldClient() *http.Client {
	cfg := &tls.Config{
		// expect: CWE-327
		MinVersion: tls.VersionTLS10,
	}
	return &http.Client{Transport: &http.Transport{TLSClientConfig: cfg}}
}

func modernClient() *http.Client {
	cfg := &tls.Config{
		// ok: CWE-327
		MinVersion: tls.VersionTLS12,
	}
	return &http.Client{Transport: &http.Transport{TLSClientConfig: cfg}}
}

func serverConfig(cert tls.Certificate) *tls.Config {
	cfg := &tls.Config{Certificates: []tls.Certificate{cert}}
	// expect: CWE-327
	cfg.MinVersion = tls.VersionSSL30
	cfg.CipherSuites = []uint16{
		// expect: CWE-327
		tls.TLS_RSA_WITH_RC4_128_SHA,
		// ok: CWE-327
		tls.TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,
	}
	return cfg
}

func pinnedMax() *tls.Config {
	// expect: CWE-327
	return &tls.Config{MaxVersion: tls.VersionTLS11}
}

func signingKey() (*rsa.PrivateKey, error) {
	// expect: CWE-326
	return rsa.GenerateKey(rand.Reader, 1024)
}

func strongSigningKey() (*rsa.PrivateKey, error) {
	const bits = 4096
	// ok: CWE-326
	return rsa.GenerateKey(rand.Reader, bits)
}
