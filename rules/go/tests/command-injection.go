package ops

import (
	"context"
	"net/http"
	"os"
	"os/exec"
	"strings"
)

func pingHost(w http.ResponseWriter, r *http.Request) {
	host := r.URL.Query().Get("host")
	// expect: CWE-78
	out, err := exec.Command("sh", "-c", "ping -c 1 "+host).CombinedOutput()
	if err != nil {
		http.Error(w, err.Error(), 500)
		return
	}
	w.Write(out)
}

func pingHostSafe(w http.ResponseWriter, r *http.Request) {
	host := r.URL.Query().Get("host")
	// ok: CWE-78
	out, _ := exec.Command("ping", "-c", "1", host).CombinedOutput()
	w.Write(out)
}

func archive(ctx context.Context, dir, name string) error {
	script := "tar czf /backups/" + name + ".tgz " + dir
	// expect: CWE-78
	cmd := exec.CommandContext(ctx, "/bin/bash", "-c", script)
	return cmd.Run()
}

func archiveSafe(ctx context.Context, dir, name string) error {
	// ok: CWE-78
	cmd := exec.CommandContext(ctx, "tar", "czf", "/backups/"+name+".tgz", dir)
	return cmd.Run()
}

func cleanup() error {
	// ok: CWE-78
	return exec.Command("sh", "-c", "rm -rf /var/cache/app/*").Run()
}

func positional(file string) error {
	// The file name reaches the script as $1, never as shell code.
	// ok: CWE-78
	return exec.Command("sh", "-c", `wc -l "$1"`, "sh", file).Run()
}

func runWindows(user string) ([]byte, error) {
	line := strings.Join([]string{"net", "user", user}, " ")
	// expect: CWE-78
	return exec.Command("cmd.exe", "/C", line).Output()
}

func runTool(w http.ResponseWriter, r *http.Request) {
	tool := r.FormValue("tool")
	// expect: CWE-78
	out, _ := exec.Command(tool, "--version").Output()
	w.Write(out)
}

func runToolAllowed(w http.ResponseWriter, r *http.Request) {
	tools := map[string]string{"git": "/usr/bin/git", "go": "/usr/local/go/bin/go"}
	path, ok := tools[r.FormValue("tool")]
	if !ok {
		http.Error(w, "unknown tool", http.StatusBadRequest)
		return
	}
	// ok: CWE-78
	out, _ := exec.Command(path, "version").Output()
	w.Write(out)
}

func reexec() error {
	// ok: CWE-78
	return exec.Command(os.Args[0], "--child").Run()
}

func main() {
	if len(os.Args) > 1 {
		// expect: CWE-78
		exec.Command("bash", "-c", os.Args[1]).Run()
	}
	// Usage example kept from the old README:
	// expect-comment: CWE-78
	//	exec.Command("sh", "-c", "grep "+r.FormValue("q")+" /var/log/app.log").Run()
}
