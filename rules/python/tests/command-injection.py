import asyncio
import os
import shlex
import subprocess
import sys

from flask import Flask, request

app = Flask(__name__)
BACKUP_DIR = "/var/backups"


def ping(host):
    # expect: CWE-78
    os.system("ping -c 1 " + host)


def ping_safe(host):
    # ok: CWE-78
    subprocess.run(["ping", "-c", "1", host], check=True)


def disk_usage():
    # ok: CWE-78
    os.system("df -h")


@app.route("/lookup")
def lookup():
    domain = request.args.get("domain")
    # expect: CWE-78
    output = subprocess.check_output(f"nslookup {domain}", shell=True)
    return output


@app.route("/lookup2")
def lookup_safe():
    domain = request.args.get("domain")
    # ok: CWE-78
    output = subprocess.check_output(["nslookup", domain])
    return output


def archive(name):
    cmd = "tar czf %s/%s.tgz /srv/data" % (BACKUP_DIR, name)
    # expect: CWE-78
    subprocess.call(cmd, shell=True)


def archive_const():
    # ok: CWE-78
    subprocess.call("tar czf /var/backups/nightly.tgz /srv/data", shell=True)


def run_user_script(path):
    # expect: CWE-78
    proc = subprocess.Popen("python3 {}".format(path), shell=True, stdout=subprocess.PIPE)
    return proc.communicate()


def run_user_script_safe(path):
    # ok: CWE-78
    proc = subprocess.Popen([sys.executable, path], stdout=subprocess.PIPE)
    return proc.communicate()


def list_dir(directory):
    # expect: CWE-78
    return os.popen("ls -la " + directory).read()


def list_dir_quoted(directory):
    # ok: CWE-78
    return subprocess.run(["ls", "-la", directory], capture_output=True, text=True).stdout


def git_log(branch):
    # expect: CWE-78
    return subprocess.getoutput(f"git log --oneline {branch}")


def git_status():
    # ok: CWE-78
    return subprocess.getoutput("git status --short")


def via_sh(user_glob):
    # expect: CWE-78
    subprocess.run(["bash", "-c", f"rm -f {user_glob}"])


def via_sh_const():
    # ok: CWE-78
    subprocess.run(["bash", "-c", "rm -f /tmp/cache/*.tmp"])


async def convert(src, dst):
    # expect: CWE-78
    proc = await asyncio.create_subprocess_shell(f"ffmpeg -i {src} {dst}")
    await proc.wait()
    # ok: CWE-78
    proc2 = await asyncio.create_subprocess_exec("ffmpeg", "-i", src, dst)
    await proc2.wait()


def execute(command):
    # expect: CWE-78
    return subprocess.run(command, shell=True, capture_output=True)


def execute_list(argv):
    # ok: CWE-78
    return subprocess.run(argv, shell=False, capture_output=True)


def shell_quoted(filename):
    # ok: CWE-78
    subprocess.run(["wc", "-l", shlex.quote(filename)])


def cli_main():
    target = sys.argv[1]
    # expect: CWE-78
    os.system(f"nmap {target}")


def notes():
    # Old version, kept for reference:
    # expect-comment: CWE-78
    # os.system("rm -rf " + request.form["path"])
    pass



def spawn_shell(suite, request):
    import os

    # expect: CWE-78
    os.spawnlp(os.P_WAIT, "sh", "sh", "-c", "make test SUITE=" + request.args["suite"])
    # ok: CWE-78
    os.spawnlp(os.P_WAIT, "sh", "sh", "-c", "make test")
    # expect: CWE-78
    os.execl("/bin/sh", "sh", "-c", "deploy " + suite)
