#include <stdio.h>
#include <stdlib.h>
#include <fcntl.h>
#include <unistd.h>

FILE *open_scratch(void)
{
    char name[L_tmpnam];
    /* expect: CWE-377 */
    tmpnam(name);
    return fopen(name, "w+");
}

FILE *open_scratch_safe(void)
{
    /* ok: CWE-377 */
    return tmpfile();
}

int make_workfile(void)
{
    char tmpl[] = "/tmp/worker-XXXXXX";
    /* ok: CWE-377 */
    int fd = mkstemp(tmpl);
    if (fd >= 0)
        unlink(tmpl);
    return fd;
}

int make_workfile_racy(void)
{
    char tmpl[] = "/tmp/worker-XXXXXX";
    /* expect: CWE-377 */
    char *name = mktemp(tmpl);
    return open(name, O_CREAT | O_WRONLY, 0600);
}

char *spool_name(void)
{
    /* expect: CWE-377 */
    return tempnam("/var/spool/app", "job");
}

void write_report(const char *text)
{
    /* expect: CWE-377 */
    FILE *f = fopen("/tmp/report.txt", "w");
    if (f) {
        fputs(text, f);
        fclose(f);
    }
}

void read_fixture(void)
{
    /* ok: CWE-377 */
    FILE *f = fopen("/tmp/fixture.json", "r");
    if (f)
        fclose(f);
}

int lock_instance(void)
{
    /* expect: CWE-377 */
    int fd = open("/tmp/daemon.lock", O_CREAT | O_RDWR, 0644);
    /* ok: CWE-377 */
    int fd2 = open("/tmp/daemon.pid", O_CREAT | O_EXCL | O_WRONLY, 0600);
    close(fd2);
    return fd;
}

FILE *open_job_log(int job_id)
{
    char path[64];
    snprintf(path, sizeof path, "/tmp/job-%d.log", job_id);
    /* expect: CWE-377 */
    return fopen(path, "w");
}

FILE *open_job_log_private(int job_id, const char *dir)
{
    char path[256];
    snprintf(path, sizeof path, "%s/job-%d.log", dir, job_id);
    /* ok: CWE-377 */
    return fopen(path, "w");
}
