package export

import (
	"fmt"
	"os"
	"path/filepath"
)

const lockPath = "/tmp/exporter.lock"

func writeReport(data []byte) error {
	// expect: CWE-377
	return os.WriteFile("/tmp/report.csv", data, 0o644)
}

func writeReportSafe(data []byte) (string, error) {
	// ok: CWE-377
	f, err := os.CreateTemp("", "report-*.csv")
	if err != nil {
		return "", err
	}
	defer f.Close()
	_, err = f.Write(data)
	return f.Name(), err
}

func acquireLock() (*os.File, error) {
	// expect: CWE-377
	return os.OpenFile(lockPath, os.O_CREATE|os.O_WRONLY, 0o644)
}

func scratchFile(jobID int) (*os.File, error) {
	// expect: CWE-377
	return os.Create(fmt.Sprintf("/tmp/job-%d.out", jobID))
}

func scratchInTempDir() (*os.File, error) {
	// expect: CWE-377
	return os.Create(filepath.Join(os.TempDir(), "cache.db"))
}

func scratchInOwnDir() (*os.File, error) {
	dir, err := os.MkdirTemp("", "exporter-")
	if err != nil {
		return nil, err
	}
	// ok: CWE-377
	return os.Create(filepath.Join(dir, "cache.db"))
}

func readFixture() ([]byte, error) {
	// ok: CWE-377
	return os.ReadFile("/tmp/fixture.json")
}

func pidFile() error {
	pidPath := "/var/tmp/exporter.pid"
	// expect: CWE-377
	return os.WriteFile(pidPath, []byte(fmt.Sprint(os.Getpid())), 0o644)
}

func appData() error {
	// ok: CWE-377
	return os.WriteFile("/var/lib/exporter/state.json", []byte("{}"), 0o600)
}
