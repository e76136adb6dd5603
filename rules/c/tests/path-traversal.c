#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <limits.h>
#include <fcntl.h>
#include <unistd.h>

#define DOC_ROOT "/srv/docs"

int serve_file(int client, const char *request_path);

int main(int argc, char **argv)
{
    char path[PATH_MAX];
    snprintf(path, sizeof path, "%s/%s", DOC_ROOT, argv[1]);
    /* expect: CWE-22 */
    FILE *f = fopen(path, "r");
    if (!f)
        return 1;
    fclose(f);
    return 0;
}

int cgi_download(void)
{
    const char *name = getenv("QUERY_STRING");
    char path[512];
    strcpy(path, "/var/www/files/");
    strncat(path, name, 200);
    /* expect: CWE-22 */
    int fd = open(path, O_RDONLY);
    return fd;
}

int cgi_download_checked(void)
{
    const char *name = getenv("QUERY_STRING");
    char path[512];
    char resolved[PATH_MAX];
    snprintf(path, sizeof path, "/var/www/files/%s", name);
    if (!realpath(path, resolved) || strncmp(resolved, "/var/www/files/", 15) != 0)
        return -1;
    /* ok: CWE-22 */
    return open(resolved, O_RDONLY);
}

int delete_upload(void)
{
    char name[128];
    char path[256];
    if (!fgets(name, sizeof name, stdin))
        return -1;
    name[strcspn(name, "\n")] = '\0';
    snprintf(path, sizeof path, "/srv/uploads/%s", name);
    /* expect: CWE-22 */
    return unlink(path);
}

int delete_upload_checked(void)
{
    char name[128];
    char path[256];
    if (!fgets(name, sizeof name, stdin))
        return -1;
    name[strcspn(name, "\n")] = '\0';
    if (strstr(name, "..") || strchr(name, '/'))
        return -1;
    snprintf(path, sizeof path, "/srv/uploads/%s", name);
    /* ok: CWE-22 */
    return unlink(path);
}

FILE *open_log(const char *name)
{
    char path[256];
    snprintf(path, sizeof path, "/var/log/app/%s.log", name);
    /* ok: CWE-22 */
    return fopen(path, "a");
}

int copy_file(int argc, char **argv)
{
    /* A command-line tool opening the file its user names. */
    /* ok: CWE-22 */
    FILE *in = fopen(argv[1], "rb");
    if (!in)
        return 1;
    fclose(in);
    return 0;
}

FILE *open_user_rc(void)
{
    char rc[PATH_MAX];
    snprintf(rc, sizeof rc, "%s/.toolrc", getenv("HOME"));
    /* ok: CWE-22 */
    return fopen(rc, "r");
}

int dump_file(int argc, char **argv)
{
    const char *input = argv[1];
    /* ok: CWE-22 */
    FILE *in = fopen(input, "rb");
    if (!in)
        return 1;
    fclose(in);
    return 0;
}

FILE *open_config(void)
{
    /* ok: CWE-22 */
    return fopen("/etc/app/app.conf", "r");
}
