using System.Diagnostics;
using System.IO;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Mvc;

namespace Ops.Tools
{
    public class DiagnosticsController : Controller
    {
        private const string Ping = "ping";

        [HttpGet("ping")]
        public IActionResult PingHost([FromQuery] string host)
        {
            // expect: CWE-78
            var p = Process.Start("cmd.exe", "/c ping -n 3 " + host);
            p.WaitForExit();
            return Ok();
        }

        [HttpGet("ping-safe")]
        public IActionResult PingHostSafe([FromQuery] string host)
        {
            var psi = new ProcessStartInfo(Ping) { UseShellExecute = false, RedirectStandardOutput = true };
            psi.ArgumentList.Add("-n");
            psi.ArgumentList.Add("3");
            // ok: CWE-78
            psi.ArgumentList.Add(host);
            using var p = Process.Start(psi);
            return Ok(p.StandardOutput.ReadToEnd());
        }

        public string Convert(string input, string output)
        {
            var psi = new ProcessStartInfo
            {
                FileName = "/bin/bash",
                // expect: CWE-78
                Arguments = $"-c \"convert {input} -resize 50% {output}\"",
                UseShellExecute = false,
            };
            using var p = Process.Start(psi);
            p.WaitForExit();
            return output;
        }

        public void Backup(string database)
        {
            var psi = new ProcessStartInfo();
            psi.FileName = "pg_dump";
            // expect: CWE-78
            psi.Arguments = "-Fc -f /backups/db.dump " + database;
            Process.Start(psi)?.WaitForExit();
        }

        public void BackupFixed()
        {
            var psi = new ProcessStartInfo();
            psi.FileName = "pg_dump";
            // ok: CWE-78
            psi.Arguments = "-Fc -f /backups/db.dump shop";
            Process.Start(psi)?.WaitForExit();
        }

        public void OpenDocs()
        {
            // ok: CWE-78
            Process.Start(new ProcessStartInfo("https://docs.example.com") { UseShellExecute = true });
        }

        public void RunScript(string scriptName)
        {
            // expect: CWE-78
            var info = new ProcessStartInfo("powershell.exe", string.Format("-File C:\\scripts\\{0}.ps1", scriptName));
            Process.Start(info);
        }

        public void RunTool()
        {
            // ok: CWE-78
            var info = new ProcessStartInfo("git", "status --porcelain");
            Process.Start(info);
        }

        public IActionResult Launch()
        {
            // expect: CWE-78
            Process.Start(Request.Query["tool"].ToString());
            return Ok();
        }

        [HttpPost("version")]
        public IActionResult Version([FromForm] string program)
        {
            // expect: CWE-78
            using var p = Process.Start(program, "--version");
            return Ok(p.StandardOutput.ReadToEnd());
        }

        /* Old implementation, replaced because it went through the shell: */
        /* expect-comment: CWE-78 */
        // Process.Start("cmd.exe", "/c del /q " + folder + "\\*.tmp");
        private void CleanTemp(string folder)
        {
            foreach (var file in Directory.GetFiles(folder, "*.tmp"))
            {
                File.Delete(file);
            }
        }

        public Task Compress(string folder)
        {
            var psi = new ProcessStartInfo("tar") { UseShellExecute = false };
            psi.ArgumentList.Add("-czf");
            psi.ArgumentList.Add("/backups/site.tgz");
            // ok: CWE-78
            psi.ArgumentList.Add(folder);
            return Process.Start(psi)!.WaitForExitAsync();
        }
    }
}
