package render

import (
	"html/template"
	"net/http"
	"plugin"

	"github.com/dop251/goja"
	"github.com/traefik/yaegi/interp"
)

func preview(w http.ResponseWriter, r *http.Request) {
	src := r.FormValue("template")
	// expect: CWE-94
	tmpl, err := template.New("preview").Parse(src)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	tmpl.Execute(w, nil)
}

func previewFixed(w http.ResponseWriter, r *http.Request) {
	// ok: CWE-94
	tmpl := template.Must(template.New("preview").Parse(`<p>{{.}}</p>`))
	tmpl.Execute(w, r.FormValue("template"))
}

func parseCallback(r *http.Request) (*url.URL, error) {
	// ok: CWE-94
	return url.Parse(r.URL.Query().Get("callback"))
}

func loadExtension(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("ext")
	// expect: CWE-94
	p, err := plugin.Open("/opt/app/plugins/" + name + ".so")
	if err != nil {
		return
	}
	_ = p
}

func loadBuiltin() (*plugin.Plugin, error) {
	// ok: CWE-94
	return plugin.Open("/opt/app/plugins/audit.so")
}

func calc(w http.ResponseWriter, r *http.Request) {
	vm := goja.New()
	// expect: CWE-94
	v, err := vm.RunString(r.FormValue("expr"))
	if err == nil {
		w.Write([]byte(v.String()))
	}
}

func calcFixed(w http.ResponseWriter, r *http.Request) {
	vm := goja.New()
	vm.Set("input", r.FormValue("expr"))
	// ok: CWE-94
	v, _ := vm.RunString(`input.length`)
	w.Write([]byte(v.String()))
}

func runSnippet(c *gin.Context) {
	i := interp.New(interp.Options{})
	code := c.PostForm("code")
	// expect: CWE-94
	i.Eval(code)
}
