package com.example.proxy;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;
import javax.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.client.RestTemplate;

@RestController
public class FetchController {

    private static final Set<String> ALLOWED_HOSTS = Set.of("api.partner.com", "cdn.example.com");
    private static final Map<String, String> BACKENDS = Map.of("billing", "https://billing.internal/api");

    private final RestTemplate restTemplate = new RestTemplate();
    private final HttpClient client = HttpClient.newHttpClient();

    @GetMapping("/fetch")
    public String fetch(@RequestParam String url) {
        // expect: CWE-918
        return restTemplate.getForObject(url, String.class);
    }

    @GetMapping("/preview")
    public byte[] preview(HttpServletRequest request) throws IOException {
        String target = request.getParameter("target");
        // expect: CWE-918
        try (InputStream in = new URL(target).openStream()) {
            return in.readAllBytes();
        }
    }

    @GetMapping("/webhook/test")
    public int testWebhook(@RequestParam("callback") String callback) throws Exception {
        // expect: CWE-918
        HttpRequest req = HttpRequest.newBuilder(URI.create(callback)).GET().build();
        return client.send(req, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @GetMapping("/user")
    public String user(@RequestParam String id) {
        // ok: CWE-918
        return restTemplate.getForObject("https://api.example.com/users/" + id, String.class);
    }

    @GetMapping("/backend")
    public String backend(@RequestParam String name) {
        String base = BACKENDS.get(name);
        // ok: CWE-918
        return restTemplate.getForObject(base + "/status", String.class);
    }

    @GetMapping("/image")
    public byte[] image(@RequestParam String src) throws IOException {
        URL url = new URL(src);
        if (!ALLOWED_HOSTS.contains(url.getHost())) {
            throw new SecurityException("host not allowed");
        }
        // ok: CWE-918
        try (InputStream in = url.openStream()) {
            return in.readAllBytes();
        }
    }

    public String health(String serviceUrl) {
        // ok: CWE-918
        return restTemplate.getForObject(serviceUrl + "/health", String.class);
    }
}
