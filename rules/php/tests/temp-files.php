<?php
// Labelled cases for rules/php/temp-files.yml

function export_csv(array $rows)
{
    // expect: CWE-377
    $fh = fopen('/tmp/export.csv', 'w');
    foreach ($rows as $r) {
        fputcsv($fh, $r);
    }
    fclose($fh);
}

function export_csv_safe(array $rows)
{
    // ok: CWE-377
    $path = tempnam(sys_get_temp_dir(), 'export_');
    $fh = fopen($path, 'w');
    foreach ($rows as $r) {
        fputcsv($fh, $r);
    }
    fclose($fh);
    return $path;
}

function cache_report($html)
{
    // expect: CWE-377
    file_put_contents(sys_get_temp_dir() . '/report-' . date('Ymd') . '.html', $html);
}

function cache_lock()
{
    $lock = '/tmp/app-cron.lock';
    // expect: CWE-377
    touch($lock);
}

function scratch_file()
{
    // ok: CWE-377
    $fh = tmpfile();
    fwrite($fh, 'scratch');
    return $fh;
}

function random_scratch()
{
    // ok: CWE-377
    $fh = fopen('/tmp/upload_' . bin2hex(random_bytes(16)), 'x');
    return $fh;
}

function app_storage($data)
{
    // ok: CWE-377
    file_put_contents(__DIR__ . '/storage/cache.json', $data);
}

function stage_upload()
{
    // expect: CWE-377
    move_uploaded_file($_FILES['f']['tmp_name'], '/tmp/' . getmypid() . '.upload');
}
