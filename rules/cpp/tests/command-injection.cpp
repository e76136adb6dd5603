#include <cstdio>
#include <cstdlib>
#include <string>
#include <unistd.h>
#include <sys/wait.h>

int convert_image(const std::string &input, const std::string &output)
{
    std::string cmd = "convert " + input + " -resize 50% " + output;
    // expect: CWE-78
    return std::system(cmd.c_str());
}

int convert_image_argv(const std::string &input, const std::string &output)
{
    pid_t pid = fork();
    if (pid == 0) {
        // ok: CWE-78
        execlp("convert", "convert", input.c_str(), "-resize", "50%", output.c_str(), static_cast<char *>(nullptr));
        _exit(127);
    }
    int status = 0;
    waitpid(pid, &status, 0);
    return status;
}

std::string git_log(const std::string &branch)
{
    std::string out;
    char buf[256];
    // expect: CWE-78
    FILE *p = popen(("git log --oneline " + branch).c_str(), "r");
    while (p && fgets(buf, sizeof buf, p))
        out += buf;
    if (p)
        pclose(p);
    return out;
}

int restart_service()
{
    const std::string cmd = "systemctl restart app";
    // ok: CWE-78
    return std::system(cmd.c_str());
}

int run_hook(int argc, char **argv)
{
    std::string hook = std::string("/opt/hooks/") + argv[1] + ".sh";
    // expect: CWE-78
    return execl("/bin/sh", "sh", "-c", hook.c_str(), static_cast<char *>(nullptr));
}

// Legacy helper, removed in 2.0:
// expect-comment: CWE-78
//   std::system(("tar xzf " + archive).c_str());
