using System.IO;
using System.IO.Compression;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Docs.Api
{
    [ApiController]
    [Route("files")]
    public class FilesController : ControllerBase
    {
        private const string Root = "/srv/docs";

        [HttpGet("raw")]
        public IActionResult Raw([FromQuery] string name)
        {
            var path = Path.Combine(Root, name);
            // expect: CWE-22
            return Content(System.IO.File.ReadAllText(path));
        }

        [HttpGet("download")]
        public IActionResult Download([FromQuery] string file)
        {
            // expect: CWE-22
            return PhysicalFile(Path.Combine(Root, "exports", file), "application/octet-stream");
        }

        [HttpPost("upload")]
        public async Task<IActionResult> Upload([FromForm] string folder)
        {
            // expect: CWE-22
            using var target = new FileStream(Root + "/" + folder + "/upload.bin", FileMode.Create);
            await Request.Body.CopyToAsync(target);
            return Ok();
        }

        [HttpDelete]
        public IActionResult Delete()
        {
            string name = Request.Query["name"];
            // expect: CWE-22
            System.IO.File.Delete(Path.Combine(Root, name));
            return NoContent();
        }

        [HttpGet("safe")]
        public IActionResult Safe([FromQuery] string name)
        {
            var full = Path.GetFullPath(Path.Combine(Root, name));
            if (!full.StartsWith(Root + Path.DirectorySeparatorChar))
            {
                return BadRequest();
            }
            // ok: CWE-22
            return Content(System.IO.File.ReadAllText(full));
        }

        [HttpGet("basename")]
        public IActionResult Basename([FromQuery] string name)
        {
            var fileName = Path.GetFileName(name);
            // ok: CWE-22
            return PhysicalFile(Path.Combine(Root, fileName), "text/plain");
        }

        private string ReadTemplate(string templateName)
        {
            // ok: CWE-22
            return System.IO.File.ReadAllText(Path.Combine(Root, "templates", templateName + ".html"));
        }

        public void Extract(Stream zip, string destination)
        {
            using var archive = new ZipArchive(zip);
            foreach (var entry in archive.Entries)
            {
                // expect: CWE-22
                var target = Path.Combine(destination, entry.FullName);
                entry.ExtractToFile(target, overwrite: true);
            }
        }

        public void ExtractSafe(Stream zip, string destination)
        {
            var root = Path.GetFullPath(destination);
            using var archive = new ZipArchive(zip);
            foreach (var entry in archive.Entries)
            {
                // ok: CWE-22
                var target = Path.GetFullPath(Path.Combine(root, entry.FullName));
                if (!target.StartsWith(root + Path.DirectorySeparatorChar))
                {
                    throw new IOException("Entry is outside the target folder: " + entry.FullName);
                }
                entry.ExtractToFile(target, overwrite: true);
            }
        }
    }

    // Conventional MVC routing: public action parameters come from the query string or form.
    public class DocumentsController : Controller
    {
        private readonly string _root = "/data/docs";

        [HttpGet]
        public IActionResult Download(string fileName)
        {
            // expect: CWE-22
            var bytes = System.IO.File.ReadAllBytes(Path.Combine(_root, fileName));
            return File(bytes, "application/octet-stream");
        }

        public IActionResult Show(string name)
        {
            var path = Path.Combine(_root, "pages", name);
            // expect: CWE-22
            return Content(System.IO.File.ReadAllText(path));
        }

        [HttpPost]
        public IActionResult Upload(IFormFile file)
        {
            var target = Path.Combine(_root, "incoming", file.FileName);
            // expect: CWE-22
            using var stream = new FileStream(target, FileMode.Create);
            file.CopyTo(stream);
            return Ok();
        }

        [HttpPost]
        public IActionResult UploadRenamed(IFormFile file)
        {
            var target = Path.Combine(_root, "incoming", Path.GetRandomFileName());
            // ok: CWE-22
            using var stream = new FileStream(target, FileMode.Create);
            file.CopyTo(stream);
            return Ok();
        }

        [HttpGet]
        public IActionResult DownloadBaseName(string fileName)
        {
            // ok: CWE-22
            var bytes = System.IO.File.ReadAllBytes(Path.Combine(_root, Path.GetFileName(fileName)));
            return File(bytes, "application/octet-stream");
        }

        [HttpGet]
        public IActionResult Invoice(int id)
        {
            // ok: CWE-22
            var bytes = System.IO.File.ReadAllBytes(Path.Combine(_root, "invoices", id + ".pdf"));
            return File(bytes, "application/pdf");
        }

        [HttpPost]
        public IActionResult Save(string content)
        {
            // ok: CWE-22
            System.IO.File.WriteAllText(Path.Combine(_root, "notes.txt"), content);
            return Ok();
        }
    }
}
