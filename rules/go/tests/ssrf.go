package proxy

import (
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httputil"
	"net/url"
)

func fetch(w http.ResponseWriter, r *http.Request) {
	target := r.URL.Query().Get("url")
	// expect: CWE-918
	resp, err := http.Get(target)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	io.Copy(w, resp.Body)
}

var allowedHosts = map[string]bool{"images.example.com": true, "cdn.example.com": true}

func fetchAllowed(w http.ResponseWriter, r *http.Request) {
	raw := r.URL.Query().Get("url")
	u, err := url.Parse(raw)
	if err != nil || !allowedHosts[u.Hostname()] {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	// ok: CWE-918
	resp, err := http.Get(raw)
	if err == nil {
		defer resp.Body.Close()
		io.Copy(w, resp.Body)
	}
}

func fetchUser(w http.ResponseWriter, r *http.Request) {
	id := r.URL.Query().Get("id")
	// ok: CWE-918
	resp, err := http.Get(fmt.Sprintf("https://api.example.com/users/%s", url.PathEscape(id)))
	if err == nil {
		resp.Body.Close()
	}
}

func webhook(client *http.Client, r *http.Request) error {
	callback := r.FormValue("callback")
	// expect: CWE-918
	req, err := http.NewRequest(http.MethodPost, callback, nil)
	if err != nil {
		return err
	}
	_, err = client.Do(req)
	return err
}

func preview(c *gin.Context) {
	client := &http.Client{}
	// expect: CWE-918
	resp, err := client.Get("http://" + c.Query("host") + "/status")
	if err == nil {
		resp.Body.Close()
	}
}

func probe(w http.ResponseWriter, r *http.Request) {
	addr := r.FormValue("addr")
	// expect: CWE-918
	conn, err := net.Dial("tcp", addr)
	if err == nil {
		conn.Close()
	}
}

func proxyTo(w http.ResponseWriter, r *http.Request) {
	u, _ := url.Parse(r.Header.Get("X-Upstream"))
	// expect: CWE-918
	httputil.NewSingleHostReverseProxy(u).ServeHTTP(w, r)
}

func health() error {
	// ok: CWE-918
	resp, err := http.Get("http://localhost:8080/healthz")
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
