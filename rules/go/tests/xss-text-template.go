package mail

import (
	"net/http"
	"text/template"
)

var report = template.Must(template.New("r").Parse("<html><body>Hello {{.Name}}</body></html>"))

func renderReport(w http.ResponseWriter, r *http.Request) {
	data := struct{ Name string }{Name: r.FormValue("name")}
	// expect: CWE-79
	report.Execute(w, data)
}

func renderEmail(out *bytes.Buffer, name string) error {
	// ok: CWE-79
	return report.Execute(out, struct{ Name string }{name})
}
