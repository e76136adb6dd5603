package com.example.export;

import java.io.File;
import java.io.FileWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

public class CsvExporter {

    public File export(List<String> rows) throws IOException {
        // expect: CWE-377
        File out = new File("/tmp/export.csv");
        try (FileWriter w = new FileWriter(out)) {
            for (String row : rows) {
                w.write(row);
                w.write('\n');
            }
        }
        return out;
    }

    public Path exportNio(List<String> rows) throws IOException {
        // expect: CWE-377
        Path out = Paths.get("/tmp/report-latest.csv");
        return Files.write(out, rows);
    }

    public Path exportTmpdir(List<String> rows) throws IOException {
        // expect: CWE-377
        File out = new File(System.getProperty("java.io.tmpdir"), "export.csv");
        return Files.write(out.toPath(), rows);
    }

    public Path exportSafe(List<String> rows) throws IOException {
        // ok: CWE-377
        Path out = Files.createTempFile("export-", ".csv");
        return Files.write(out, rows);
    }

    public File exportLegacySafe(List<String> rows) throws IOException {
        // ok: CWE-377
        File out = File.createTempFile("export-", ".csv");
        out.deleteOnExit();
        Files.write(out.toPath(), rows);
        return out;
    }

    public File exportInTmpdir(List<String> rows) throws IOException {
        // ok: CWE-377
        File out = File.createTempFile("export-", ".csv", new File(System.getProperty("java.io.tmpdir")));
        Files.write(out.toPath(), rows);
        return out;
    }

    public void logLocation(org.slf4j.Logger log) {
        // ok: CWE-377
        log.info("temporary exports are cleaned from /tmp/exports nightly");
    }
}
