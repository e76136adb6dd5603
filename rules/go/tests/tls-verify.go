package client

import (
	"crypto/tls"
	"crypto/x509"
	"errors"
	"net/http"
	"os"
)

func newInsecureClient() *http.Client {
	tr := &http.Transport{
		// expect: CWE-295
		TLSClientConfig: &tls.Config{InsecureSkipVerify: true},
	}
	return &http.Client{Transport: tr}
}

func patchDefault() {
	// expect: CWE-295
	http.DefaultTransport.(*http.Transport).TLSClientConfig.InsecureSkipVerify = true
}

func verifiedClient(caFile string) (*http.Client, error) {
	pem, err := os.ReadFile(caFile)
	if err != nil {
		return nil, err
	}
	pool := x509.NewCertPool()
	pool.AppendCertsFromPEM(pem)
	tr := &http.Transport{
		// ok: CWE-295
		TLSClientConfig: &tls.Config{RootCAs: pool, MinVersion: tls.VersionTLS12},
	}
	return &http.Client{Transport: tr}, nil
}

func explicitFalse() *tls.Config {
	// ok: CWE-295
	return &tls.Config{InsecureSkipVerify: false}
}

func pinned(fingerprint []byte) *tls.Config {
	return &tls.Config{
		// ok: CWE-295
		InsecureSkipVerify: true,
		VerifyPeerCertificate: func(raw [][]byte, _ [][]*x509.Certificate) error {
			if len(raw) == 0 || !matchesPin(raw[0], fingerprint) {
				return errors.New("certificate pin mismatch")
			}
			return nil
		},
	}
}

func dialer(cfg *tls.Config, devMode bool) *tls.Config {
	if devMode {
		// expect: CWE-295
		cfg.InsecureSkipVerify = true
	}
	return cfg
}
