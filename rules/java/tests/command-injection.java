package com.example.tools;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.servlet.http.HttpServletRequest;
import org.apache.commons.exec.CommandLine;
import org.apache.commons.exec.DefaultExecutor;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

public class MediaTools {

    private static final String CONVERT = "/usr/bin/convert";

    public Process ping(String host) throws IOException {
        // expect: CWE-78
        return Runtime.getRuntime().exec("ping -c 3 " + host);
    }

    public Process pingSafe(String host) throws IOException {
        // ok: CWE-78
        return Runtime.getRuntime().exec(new String[] {"ping", "-c", "3", host});
    }

    public Process uptime() throws IOException {
        // ok: CWE-78
        return Runtime.getRuntime().exec("uptime");
    }

    public void thumbnail(String input, String output) throws IOException, InterruptedException {
        Runtime rt = Runtime.getRuntime();
        String cmd = String.format("%s %s -resize 128x128 %s", CONVERT, input, output);
        // expect: CWE-78
        Process p = rt.exec(cmd);
        p.waitFor();
    }

    public void thumbnailSafe(File input, File output) throws IOException, InterruptedException {
        // ok: CWE-78
        Process p = new ProcessBuilder(CONVERT, input.getPath(), "-resize", "128x128", output.getPath()).start();
        p.waitFor();
    }

    public void archive(String directory) throws IOException {
        // expect: CWE-78
        ProcessBuilder pb = new ProcessBuilder("bash", "-c", "tar czf /backups/site.tgz " + directory);
        pb.inheritIO().start();
    }

    public void archiveSafe(String directory) throws IOException {
        // ok: CWE-78
        ProcessBuilder pb = new ProcessBuilder("tar", "czf", "/backups/site.tgz", directory);
        pb.start();
    }

    public void cleanup() throws IOException {
        // ok: CWE-78
        new ProcessBuilder("/bin/sh", "-c", "rm -rf /var/cache/app/*").start();
    }

    public void grep(String pattern, String file) throws IOException {
        String[] command = {"/bin/sh", "-c", "grep '" + pattern + "' " + file};
        // expect: CWE-78
        Runtime.getRuntime().exec(command);
    }

    public void windowsDir(String folder) throws IOException {
        ProcessBuilder builder = new ProcessBuilder();
        // expect: CWE-78
        builder.command("cmd.exe", "/c", "dir " + folder);
        builder.start();
    }

    public void listing(String userDir) throws IOException {
        List<String> command = Arrays.asList("/bin/bash", "-c", "ls -la " + userDir);
        // expect: CWE-78
        new ProcessBuilder(command).start();
    }

    public void listingSafe(String userDir) throws IOException {
        List<String> command = Arrays.asList("ls", "-la", userDir);
        // ok: CWE-78
        new ProcessBuilder(command).start();
    }

    public void gitClone(String repoUrl, File target) throws IOException {
        List<String> args = new ArrayList<>();
        args.add("git");
        args.add("clone");
        args.add("--");
        args.add(repoUrl);
        args.add(target.getAbsolutePath());
        // ok: CWE-78
        new ProcessBuilder(args).directory(target.getParentFile()).start();
    }

    @PostMapping("/tools/lookup")
    public String lookup(@RequestParam String domain) throws IOException {
        // expect: CWE-78
        Process p = new ProcessBuilder("nslookup", domain).start();
        return new String(p.getInputStream().readAllBytes());
    }

    public void runReport(HttpServletRequest request) throws IOException {
        String name = request.getParameter("report");
        // expect: CWE-78
        CommandLine line = CommandLine.parse("/opt/reports/run.sh " + name);
        new DefaultExecutor().execute(line);
    }

    public void runReportSafe(String reportId) throws IOException {
        CommandLine line = new CommandLine("/opt/reports/run.sh");
        // ok: CWE-78
        line.addArgument(reportId, false);
        new DefaultExecutor().execute(line);
    }

    /*
     * Quick hack from the prototype, do not restore:
     *
     * // expect-comment: CWE-78
     * Runtime.getRuntime().exec("sh -c 'convert " + upload + " out.png'");
     */
    public void prototypeNote() {
    }
}
