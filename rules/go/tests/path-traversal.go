package files

import (
	"archive/tar"
	"archive/zip"
	"errors"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"

	"github.com/gin-gonic/gin"
)

const uploadDir = "/srv/uploads"

func download(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("file")
	// expect: CWE-22
	http.ServeFile(w, r, filepath.Join(uploadDir, name))
}

func downloadSafe(w http.ResponseWriter, r *http.Request) {
	name := filepath.Base(r.URL.Query().Get("file"))
	// ok: CWE-22
	http.ServeFile(w, r, filepath.Join(uploadDir, name))
}

func readReport(w http.ResponseWriter, r *http.Request) {
	path := "/var/reports/" + r.FormValue("report")
	// expect: CWE-22
	data, err := os.ReadFile(path)
	if err != nil {
		http.NotFound(w, r)
		return
	}
	w.Write(data)
}

func readReportChecked(w http.ResponseWriter, r *http.Request) {
	full := filepath.Join("/var/reports", r.FormValue("report"))
	if !strings.HasPrefix(filepath.Clean(full), "/var/reports/") {
		http.Error(w, "bad path", http.StatusBadRequest)
		return
	}
	// ok: CWE-22
	data, _ := os.ReadFile(full)
	w.Write(data)
}

func deleteAvatar(c *gin.Context) {
	user := c.Param("user")
	// expect: CWE-22
	if err := os.Remove(filepath.Join("/srv/avatars", user+".png")); err != nil {
		c.AbortWithStatus(500)
	}
}

func serveAsset(c *gin.Context) {
	// expect: CWE-22
	c.File("./public/" + c.Query("asset"))
}

func serveAssetFixed(c *gin.Context) {
	// ok: CWE-22
	c.File("./public/index.html")
}

func saveUpload(w http.ResponseWriter, r *http.Request) {
	file, header, err := r.FormFile("upload")
	if err != nil {
		return
	}
	defer file.Close()
	// expect: CWE-22
	out, err := os.Create(filepath.Join(uploadDir, header.Filename))
	if err != nil {
		return
	}
	defer out.Close()
	io.Copy(out, file)
}

func previewTheme(w http.ResponseWriter, r *http.Request) {
	theme := r.URL.Query().Get("theme")
	if strings.Contains(theme, "..") || strings.ContainsRune(theme, '/') {
		http.Error(w, "bad theme", http.StatusBadRequest)
		return
	}
	// ok: CWE-22
	css, err := os.ReadFile("/srv/themes/" + theme + ".css")
	if err == nil {
		w.Write(css)
	}
}

func openConfig(name string) (*os.File, error) {
	// ok: CWE-22
	return os.Open(filepath.Join("/etc/myapp", name))
}

func unzip(src, dst string) error {
	zr, err := zip.OpenReader(src)
	if err != nil {
		return err
	}
	defer zr.Close()
	for _, f := range zr.File {
		// expect: CWE-22
		target := filepath.Join(dst, f.Name)
		if f.FileInfo().IsDir() {
			os.MkdirAll(target, 0o755)
			continue
		}
		rc, _ := f.Open()
		out, _ := os.Create(target)
		io.Copy(out, rc)
		out.Close()
		rc.Close()
	}
	return nil
}

func untarSafe(r io.Reader, dst string) error {
	tr := tar.NewReader(r)
	for {
		hdr, err := tr.Next()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		// ok: CWE-22
		target := filepath.Join(dst, hdr.Name)
		if !strings.HasPrefix(target, filepath.Clean(dst)+string(os.PathSeparator)) {
			return errors.New("illegal path in archive: " + hdr.Name)
		}
		out, _ := os.Create(target)
		io.Copy(out, tr)
		out.Close()
	}
}

func catFile() {
	// A command-line tool reading the file its user names.
	// ok: CWE-22
	data, _ := os.ReadFile(os.Args[1])
	os.Stdout.Write(data)
}
