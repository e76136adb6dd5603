using System;
using System.IO;
using Microsoft.Extensions.Logging;

namespace Reports.Export
{
    public class CsvExporter
    {
        private readonly ILogger<CsvExporter> _log;

        public CsvExporter(ILogger<CsvExporter> log) => _log = log;

        public string Export(string csv)
        {
            // expect: CWE-377
            var path = "/tmp/export.csv";
            File.WriteAllText(path, csv);
            return path;
        }

        public string ExportToTemp(string csv)
        {
            // expect: CWE-377
            var path = Path.Combine(Path.GetTempPath(), "export.csv");
            File.WriteAllText(path, csv);
            return path;
        }

        public string ExportSafe(string csv)
        {
            // ok: CWE-377
            var path = Path.GetTempFileName();
            File.WriteAllText(path, csv);
            return path;
        }

        public string ExportRandomName(string csv)
        {
            // ok: CWE-377
            var path = Path.Combine(Path.GetTempPath(), Path.GetRandomFileName());
            File.WriteAllText(path, csv);
            return path;
        }

        public void Report()
        {
            // ok: CWE-377
            _log.LogInformation("Old exports in /tmp/exports are removed nightly");
        }
    }
}
