<?php
// Labelled cases for rules/php/command-injection.yml

function ping_host()
{
    $host = $_GET['host'];
    // expect: CWE-78
    system("ping -c 4 " . $host);
}

function ping_host_quoted()
{
    $host = $_GET['host'];
    // ok: CWE-78
    system("ping -c 4 " . escapeshellarg($host));
}

function ping_host_prequoted()
{
    $host = escapeshellarg($_GET['host']);
    // ok: CWE-78
    system("ping -c 4 $host");
}

function thumbnail($src, $width)
{
    $cmd = "convert $src -resize {$width}x thumb.png";
    // expect: CWE-78
    exec($cmd, $output, $status);
    return $status;
}

function thumbnail_safe($src, $width)
{
    $cmd = 'convert ' . escapeshellarg($src) . ' -resize ' . intval($width) . 'x thumb.png';
    // ok: CWE-78
    exec($cmd, $output, $status);
    return $status;
}

function disk_usage($dir)
{
    // expect: CWE-78
    return shell_exec('du -sh ' . $dir);
}

function uptime()
{
    // ok: CWE-78
    return shell_exec('uptime');
}

function run_job(string $command)
{
    // ok: CWE-78
    passthru($command);
}

function archive(array $files, $name)
{
    $list = implode(' ', $files);
    // expect: CWE-78
    passthru("tar czf /backups/$name.tgz $list", $rc);
}

function tail_log()
{
    $lines = $_POST['lines'];
    // expect: CWE-78
    $fp = popen("tail -n $lines /var/log/app.log", 'r');
    return stream_get_contents($fp);
}

function tail_log_int()
{
    $lines = (int) $_POST['lines'];
    // ok: CWE-78
    $fp = popen("tail -n $lines /var/log/app.log", 'r');
    return stream_get_contents($fp);
}

function git_log($branch)
{
    $spec = [0 => ['pipe', 'r'], 1 => ['pipe', 'w'], 2 => ['pipe', 'w']];
    // expect: CWE-78
    $p = proc_open("git log --oneline " . $branch, $spec, $pipes);
    // ok: CWE-78
    $q = proc_open(['git', 'log', '--oneline', $branch], $spec, $pipes);
    return [$p, $q];
}

function whois_lookup()
{
    $domain = $_REQUEST['domain'];
    // expect: CWE-78
    $out = `whois $domain`;
    // ok: CWE-78
    $date = `date +%Y-%m-%d`;
    return $out . $date;
}

function convert_doc($file)
{
    // expect: CWE-78
    return `libreoffice --headless --convert-to pdf {$file}`;
}

function php_version()
{
    // ok: CWE-78
    exec(PHP_BINARY . ' -v', $out);
    return $out[0];
}

class Deployer
{
    private $repo;

    public function pull($ref)
    {
        // expect: CWE-78
        exec(sprintf('cd %s && git checkout %s', $this->repo, $ref));
    }

    public function pullSafe($ref)
    {
        // ok: CWE-78
        exec(sprintf('cd %s && git checkout %s', escapeshellarg($this->repo), escapeshellarg($ref)));
    }
}
