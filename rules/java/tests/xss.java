package com.example.web;

import java.io.IOException;
import java.io.PrintWriter;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.owasp.encoder.Encode;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

public class GreetingServlet extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = request.getParameter("name");
        response.setContentType("text/html");
        // expect: CWE-79
        response.getWriter().write("<h1>Hello, " + name + "</h1>");
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        PrintWriter out = response.getWriter();
        out.println("<html><body>");
        // expect: CWE-79
        out.println("<p>You searched for: " + request.getParameter("q") + "</p>");
        // ok: CWE-79
        out.println("<p>You searched for: " + Encode.forHtml(request.getParameter("q")) + "</p>");
        out.println("</body></html>");
    }

    protected void doPut(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String comment = request.getParameter("comment");
        String safe = HtmlUtils.htmlEscape(comment);
        // ok: CWE-79
        response.getWriter().print("<div class=\"comment\">" + safe + "</div>");
    }

    protected void doDelete(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // ok: CWE-79
        response.getWriter().write("<p>Deleted</p>");
    }
}

@RestController
class ProfileController {

    @GetMapping("/hello")
    public String hello(@RequestParam String name) {
        // expect: CWE-79
        return "<html><body>Welcome back, " + name + "!</body></html>";
    }

    @GetMapping("/hello/safe")
    public String helloSafe(@RequestParam String name) {
        // ok: CWE-79
        return "<html><body>Welcome back, " + HtmlUtils.htmlEscape(name) + "!</body></html>";
    }

    @GetMapping("/banner")
    public ResponseEntity<String> banner(@RequestParam("msg") String msg) {
        // expect: CWE-79
        return ResponseEntity.ok("<div class=\"banner\">" + msg + "</div>");
    }

    @GetMapping("/echo")
    public String echoJson(@RequestParam String value) {
        // ok: CWE-79
        return value.toUpperCase();
    }
}
