package com.example.files;

import java.io.File;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.apache.commons.io.FilenameUtils;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class DownloadController {

    private static final String UPLOAD_DIR = "/srv/app/uploads";
    private final Path baseDir = Paths.get(UPLOAD_DIR);

    @GetMapping("/download")
    public byte[] download(@RequestParam String name) throws IOException {
        // expect: CWE-22
        File file = new File(UPLOAD_DIR, name);
        return Files.readAllBytes(file.toPath());
    }

    @GetMapping("/avatar/{user}")
    public Resource avatar(@PathVariable("user") String user) {
        // expect: CWE-22
        return new FileSystemResource(UPLOAD_DIR + "/avatars/" + user + ".png");
    }

    public void legacy(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String report = request.getParameter("report");
        // expect: CWE-22
        try (InputStream in = new FileInputStream("/var/reports/" + report)) {
            in.transferTo(response.getOutputStream());
        }
    }

    @GetMapping("/preview")
    public String preview(@RequestParam String template) throws IOException {
        // expect: CWE-22
        Path p = baseDir.resolve(template);
        return Files.readString(p);
    }

    @GetMapping("/logs")
    public String logs(@RequestParam String day) throws IOException {
        // expect: CWE-22
        return Files.readString(Paths.get("/var/log/app", day + ".log"));
    }

    @GetMapping("/download/safe")
    public byte[] downloadSafe(@RequestParam String name) throws IOException {
        // ok: CWE-22
        Path target = baseDir.resolve(name).normalize();
        if (!target.startsWith(baseDir)) {
            throw new SecurityException("path escapes upload folder");
        }
        return Files.readAllBytes(target);
    }

    @GetMapping("/download/basename")
    public byte[] downloadBasename(@RequestParam String name) throws IOException {
        String fileName = FilenameUtils.getName(name);
        // ok: CWE-22
        return Files.readAllBytes(baseDir.resolve(fileName));
    }

    @GetMapping("/download/canonical")
    public byte[] downloadCanonical(@RequestParam String name) throws IOException {
        // ok: CWE-22
        File file = new File(UPLOAD_DIR, name);
        if (!file.getCanonicalPath().startsWith(new File(UPLOAD_DIR).getCanonicalPath() + File.separator)) {
            throw new SecurityException("bad path");
        }
        return Files.readAllBytes(file.toPath());
    }

    public byte[] internal(String fileName) throws IOException {
        // ok: CWE-22
        return Files.readAllBytes(new File(UPLOAD_DIR, fileName).toPath());
    }

    public byte[] fixedFile() throws IOException {
        // ok: CWE-22
        return Files.readAllBytes(Paths.get(UPLOAD_DIR, "index.json"));
    }

    public void unzip(InputStream archive, File destDir) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(archive)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                // expect: CWE-22
                File out = new File(destDir, entry.getName());
                try (FileOutputStream fos = new FileOutputStream(out)) {
                    zip.transferTo(fos);
                }
            }
        }
    }

    public void unzipSafe(InputStream archive, Path destDir) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(archive)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                // ok: CWE-22
                Path out = destDir.resolve(entry.getName()).normalize();
                if (!out.startsWith(destDir)) {
                    throw new IOException("zip entry outside target: " + entry.getName());
                }
                Files.copy(zip, out);
            }
        }
    }
}
