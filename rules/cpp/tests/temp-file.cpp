#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <unistd.h>

namespace fs = std::filesystem;

void dump_state(const std::string &state)
{
    // expect: CWE-377
    std::ofstream out("/tmp/state.json");
    out << state;
}

void dump_state_tempdir(const std::string &state)
{
    // expect: CWE-377
    std::ofstream out(fs::temp_directory_path() / "state.json");
    out << state;
}

void dump_state_unique(const std::string &state)
{
    char path[] = "/tmp/state-XXXXXX";
    // ok: CWE-377
    int fd = mkstemp(path);
    if (fd < 0)
        return;
    ::write(fd, state.data(), state.size());
    ::close(fd);
}

void append_log(const std::string &line)
{
    std::ofstream log;
    // expect: CWE-377
    log.open("/tmp/service.log", std::ios::app);
    log << line << '\n';
}

std::string read_seed()
{
    // ok: CWE-377
    std::ifstream in("/tmp/seed.txt");
    std::string s;
    std::getline(in, s);
    return s;
}

std::string scratch_name()
{
    // expect: CWE-377
    return std::tmpnam(nullptr);
}

void write_cache(const std::string &dir, const std::string &data)
{
    // ok: CWE-377
    std::ofstream out(dir + "/cache.bin", std::ios::binary);
    out << data;
}
