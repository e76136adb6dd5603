package web

import (
	"fmt"
	"html"
	"html/template"
	"io"
	"net/http"

	"github.com/labstack/echo/v4"
)

var page = template.Must(template.New("p").Parse(`<h1>{{.Title}}</h1><div>{{.Body}}</div>`))

type view struct {
	Title string
	Body  template.HTML
}

func greet(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("name")
	// expect: CWE-79
	fmt.Fprintf(w, "<h1>Hello, %s!</h1>", name)
}

func greetEscaped(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("name")
	// ok: CWE-79
	fmt.Fprintf(w, "<h1>Hello, %s!</h1>", html.EscapeString(name))
}

func greetPlain(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	// ok: CWE-79
	fmt.Fprintf(w, "Hello, %s!", r.FormValue("name"))
}

func echoBack(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	// expect: CWE-79
	w.Write([]byte("<pre>" + string(body) + "</pre>"))
}

func searchPage(w http.ResponseWriter, r *http.Request) {
	q := r.FormValue("q")
	// expect: CWE-79
	io.WriteString(w, "<p>No results for "+q+"</p>")
}

func showComment(w http.ResponseWriter, r *http.Request, comment string) {
	v := view{Title: "Comment"}
	// expect: CWE-79
	v.Body = template.HTML(comment)
	page.Execute(w, v)
}

func showStatic(w http.ResponseWriter, r *http.Request) {
	v := view{Title: "About"}
	// ok: CWE-79
	v.Body = template.HTML("<p>Built with <b>Go</b></p>")
	page.Execute(w, v)
}

func showSafe(w http.ResponseWriter, r *http.Request, comment string) {
	v := view{Title: "Comment"}
	// ok: CWE-79
	v.Body = template.HTML(template.HTMLEscapeString(comment))
	page.Execute(w, v)
}

func trackingScript(userID string) template.JS {
	// expect: CWE-79
	return template.JS("var uid = '" + userID + "';")
}

func profileLink(u string) template.URL {
	// expect: CWE-79
	return template.URL(u)
}

func echoHandler(c echo.Context) error {
	msg := c.QueryParam("msg")
	// expect: CWE-79
	return c.HTML(http.StatusOK, "<div class=\"flash\">"+msg+"</div>")
}

func echoSafe(c echo.Context) error {
	msg := c.QueryParam("msg")
	// ok: CWE-79
	return c.HTML(http.StatusOK, "<div class=\"flash\">"+html.EscapeString(msg)+"</div>")
}

func logToConsole(r *http.Request) {
	// ok: CWE-79
	fmt.Fprintf(os.Stderr, "bad request from %s: %s\n", r.RemoteAddr, r.URL.Query().Get("id"))
}
