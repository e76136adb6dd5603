#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <spawn.h>

extern char **environ;

int ping_host(const char *host)
{
    char cmd[256];
    snprintf(cmd, sizeof cmd, "ping -c 1 %s", host);
    /* expect: CWE-78 */
    return system(cmd);
}

int ping_host_exec(const char *host)
{
    pid_t pid = fork();
    if (pid == 0) {
        /* ok: CWE-78 */
        execl("/bin/ping", "ping", "-c", "1", host, (char *)NULL);
        _exit(127);
    }
    return pid;
}

int ping_checked(const char *host)
{
    char cmd[256];
    if (strspn(host, "abcdefghijklmnopqrstuvwxyz0123456789.-") != strlen(host))
        return -1;
    snprintf(cmd, sizeof cmd, "ping -c 1 %s", host);
    /* ok: CWE-78 */
    return system(cmd);
}

int list_dir(void)
{
    /* ok: CWE-78 */
    return system("ls -l /var/log");
}

void grep_logs(const char *pattern)
{
    char line[512];
    char cmd[300] = "grep -r ";
    strcat(cmd, pattern);
    strcat(cmd, " /var/log/app");
    /* expect: CWE-78 */
    FILE *p = popen(cmd, "r");
    while (p && fgets(line, sizeof line, p))
        fputs(line, stdout);
    if (p)
        pclose(p);
}

void grep_fixed(void)
{
    char cmd[64];
    strcpy(cmd, "uptime");
    strcat(cmd, " -p");
    /* ok: CWE-78 */
    FILE *p = popen(cmd, "r");
    if (p)
        pclose(p);
}

int run_shell(const char *script_arg)
{
    char buf[512];
    snprintf(buf, sizeof buf, "/opt/tools/report.sh %s", script_arg);
    // expect: CWE-78
    return execl("/bin/sh", "sh", "-c", buf, (char *)NULL);
}

int convert(const char *in, const char *out)
{
    char *argv[] = { "/usr/bin/convert", (char *)in, (char *)out, NULL };
    pid_t pid;
    // ok: CWE-78
    return posix_spawn(&pid, "/usr/bin/convert", NULL, NULL, argv, environ);
}

int main(int argc, char **argv)
{
    if (argc < 2)
        return 1;
    /* A wrapper like nice(1): the operator names the program. */
    // ok: CWE-78
    execvp(argv[1], &argv[1]);
    // ok: CWE-78
    execve("/usr/bin/env", argv, environ);
    return 0;
}

int run_cgi_action(void)
{
    const char *action = getenv("HTTP_X_ACTION");
    char prog[256];
    snprintf(prog, sizeof prog, "/usr/lib/cgi-actions/%s", action);
    char *args[] = { prog, NULL };
    /* expect: CWE-78 */
    return execv(prog, args);
}

void open_in_editor(const char *file)
{
    char cmd[512];
    const char *editor = getenv("EDITOR");
    snprintf(cmd, sizeof(cmd), "%s '%s'", editor ? editor : "vi", file);
    /* expect: CWE-78 */
    system(cmd);
}
