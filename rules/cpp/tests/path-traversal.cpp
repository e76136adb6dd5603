#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <cstdio>
#include <httplib.h>

namespace fs = std::filesystem;

static const fs::path kBase = "/srv/static";

int main(int argc, char **argv)
{
    std::string name = argv[1];
    // expect: CWE-22
    std::ifstream in("/srv/static/" + name);
    std::cout << in.rdbuf();
    return 0;
}

void register_routes(httplib::Server &svr)
{
    svr.Get("/download", [](const httplib::Request &req, httplib::Response &res) {
        std::string file = req.get_param_value("file");
        // expect: CWE-22
        std::ifstream in(kBase.string() + "/" + file, std::ios::binary);
        std::stringstream ss;
        ss << in.rdbuf();
        res.set_content(ss.str(), "application/octet-stream");
    });

    svr.Get("/download-safe", [](const httplib::Request &req, httplib::Response &res) {
        fs::path requested = kBase / req.get_param_value("file");
        fs::path real = fs::weakly_canonical(requested);
        auto [b, r] = std::mismatch(kBase.begin(), kBase.end(), real.begin());
        if (b != kBase.end()) {
            res.status = 403;
            return;
        }
        // ok: CWE-22
        std::ifstream in(real.string() + "", std::ios::binary);
        std::stringstream ss;
        ss << in.rdbuf();
        res.set_content(ss.str(), "application/octet-stream");
    });
}

void purge(const std::string &user_dir)
{
    const char *target = std::getenv("PURGE_TARGET");
    // expect: CWE-22
    fs::remove_all(std::string("/var/cache/app/") + target);
}

void write_note(const std::string &title, const std::string &body)
{
    // ok: CWE-22
    std::ofstream out("/var/notes/" + title + ".txt");
    out << body;
}

void c_api(int argc, char **argv)
{
    // A command-line tool opening the file its user names.
    // ok: CWE-22
    FILE *f = std::fopen(argv[2], "rb");
    if (f)
        std::fclose(f);
}

void cgi_view()
{
    char path[512];
    snprintf(path, sizeof path, "/srv/pages/%s.html", std::getenv("PATH_INFO"));
    // expect: CWE-22
    FILE *f = std::fopen(path, "r");
    if (f)
        std::fclose(f);
}
