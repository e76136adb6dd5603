using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Mvc;

namespace Gateway.Api
{
    [ApiController]
    public class ProxyController : ControllerBase
    {
        private static readonly HashSet<string> AllowedHosts = new() { "api.partner.com", "cdn.example.com" };
        private static readonly Dictionary<string, string> Backends = new() { ["billing"] = "https://billing.internal/api" };
        private readonly HttpClient _http;

        public ProxyController(HttpClient http) => _http = http;

        [HttpGet("proxy")]
        public async Task<IActionResult> Proxy([FromQuery] string url)
        {
            // expect: CWE-918
            var body = await _http.GetStringAsync(url);
            return Content(body);
        }

        [HttpGet("preview")]
        public async Task<IActionResult> Preview()
        {
            string target = Request.Query["target"];
            // expect: CWE-918
            var request = new HttpRequestMessage(HttpMethod.Get, target);
            var response = await _http.SendAsync(request);
            return StatusCode((int)response.StatusCode);
        }

        [HttpPost("webhook-test")]
        public IActionResult WebhookTest([FromBody] WebhookDto dto, [FromQuery] string callback)
        {
            using var client = new WebClient();
            // expect: CWE-918
            var result = client.DownloadString(callback);
            return Ok(result.Length);
        }

        [HttpGet("user/{id}")]
        public async Task<IActionResult> User([FromRoute] string id)
        {
            // ok: CWE-918
            var json = await _http.GetStringAsync("https://api.example.com/users/" + id);
            return Content(json, "application/json");
        }

        [HttpGet("backend")]
        public async Task<IActionResult> Backend([FromQuery] string name)
        {
            var baseUrl = Backends[name];
            // ok: CWE-918
            var json = await _http.GetStringAsync(baseUrl + "/status");
            return Content(json);
        }

        [HttpGet("image")]
        public async Task<IActionResult> Image([FromQuery] string src)
        {
            var uri = new Uri(src);
            if (!AllowedHosts.Contains(uri.Host))
            {
                return BadRequest();
            }
            // ok: CWE-918
            var bytes = await _http.GetByteArrayAsync(uri);
            return File(bytes, "image/png");
        }
    }

    public class LinkPreviewController : Controller
    {
        private readonly HttpClient _http;
        private readonly Dictionary<string, string> _feeds = new() { ["news"] = "https://feeds.example.com/news.xml" };

        public LinkPreviewController(HttpClient http) => _http = http;

        public async Task<IActionResult> Preview(string link)
        {
            // expect: CWE-918
            var html = await _http.GetStringAsync(link);
            return Content(html.Length.ToString());
        }

        public async Task<IActionResult> Avatar(string user)
        {
            // ok: CWE-918
            var bytes = await _http.GetByteArrayAsync($"https://avatars.example.com/{user}.png");
            return File(bytes, "image/png");
        }

        public async Task<IActionResult> Feed(string name)
        {
            var feedUrl = _feeds[name];
            // ok: CWE-918
            var xml = await _http.GetStringAsync(feedUrl);
            return Content(xml, "application/xml");
        }
    }
}
