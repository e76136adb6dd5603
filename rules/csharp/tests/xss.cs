using System.Text.Encodings.Web;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Blog.Web
{
    public static class ProfileHtmlHelpers
    {
        public static IHtmlContent Bio(this IHtmlHelper html, UserProfile profile)
        {
            // expect: CWE-79
            return html.Raw("<div class=\"bio\">" + profile.Bio + "</div>");
        }

        public static IHtmlContent Signature(this IHtmlHelper html, string signature)
        {
            // expect: CWE-79
            return new HtmlString($"<p class=\"sig\">{signature}</p>");
        }

        public static IHtmlContent SignatureSafe(this IHtmlHelper html, string signature)
        {
            // ok: CWE-79
            return new HtmlString($"<p class=\"sig\">{HtmlEncoder.Default.Encode(signature)}</p>");
        }

        public static IHtmlContent Divider(this IHtmlHelper html)
        {
            // ok: CWE-79
            return html.Raw("<hr class=\"divider\" />");
        }
    }

    public class GreetingController : Controller
    {
        [HttpGet("greet")]
        public IActionResult Greet([FromQuery] string name)
        {
            // expect: CWE-79
            return Content("<h1>Hello " + name + "</h1>", "text/html");
        }

        [HttpGet("greet-text")]
        public IActionResult GreetText([FromQuery] string name)
        {
            // ok: CWE-79
            return Content("Hello " + name, "text/plain");
        }

        [HttpGet("greet-safe")]
        public IActionResult GreetSafe([FromQuery] string name)
        {
            // ok: CWE-79
            return Content("<h1>Hello " + HtmlEncoder.Default.Encode(name) + "</h1>", "text/html");
        }
    }

    public class EchoMiddleware
    {
        private readonly RequestDelegate _next;

        public EchoMiddleware(RequestDelegate next) => _next = next;

        public async Task InvokeAsync(HttpContext context)
        {
            var q = context.Request.Query["q"];
            context.Response.ContentType = "text/html";
            // expect: CWE-79
            await context.Response.WriteAsync($"<p>No results for {q}</p>");
            await _next(context);
        }

        public Task NotFound(HttpContext context)
        {
            // ok: CWE-79
            return context.Response.WriteAsync("<p>Not found</p>");
        }
    }

    public class SearchController : Controller
    {
        public IActionResult Results(string q)
        {
            var html = "<p>Results for <b>" + q + "</b></p>";
            // expect: CWE-79
            return Content(html, "text/html");
        }

        public IActionResult ResultsEncoded(string q)
        {
            // ok: CWE-79
            return Content("<p>Results for <b>" + System.Net.WebUtility.HtmlEncode(q) + "</b></p>", "text/html");
        }
    }
}
