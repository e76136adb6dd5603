<?php
// Labelled cases for rules/php/path-traversal.yml
use Illuminate\Http\Request;
use Illuminate\Support\Facades\Storage;

const UPLOAD_DIR = '/srv/app/uploads';

function download()
{
    $name = $_GET['file'];
    // expect: CWE-22
    readfile(UPLOAD_DIR . '/' . $name);
}

function download_basename()
{
    $name = basename($_GET['file']);
    // ok: CWE-22
    readfile(UPLOAD_DIR . '/' . $name);
}

function show_doc()
{
    // expect: CWE-22
    $text = file_get_contents('docs/' . $_GET['page'] . '.md');
    return $text;
}

function show_doc_whitelist()
{
    $pages = ['intro' => 'intro.md', 'faq' => 'faq.md'];
    $page = $pages[$_GET['page']] ?? 'intro.md';
    // ok: CWE-22
    return file_get_contents('docs/' . $page);
}

function delete_avatar()
{
    $user = $_POST['user'];
    // expect: CWE-22
    unlink("/var/www/avatars/$user.png");
}

function delete_avatar_id()
{
    $id = (int) $_POST['user_id'];
    // ok: CWE-22
    unlink("/var/www/avatars/$id.png");
}

function save_upload()
{
    $target = 'uploads/' . $_FILES['doc']['name'];
    // expect: CWE-22
    move_uploaded_file($_FILES['doc']['tmp_name'], $target);
}

function save_upload_safe()
{
    $target = 'uploads/' . bin2hex(random_bytes(16)) . '.pdf';
    // ok: CWE-22
    move_uploaded_file($_FILES['doc']['tmp_name'], $target);
}

function read_config($name)
{
    // ok: CWE-22
    return parse_ini_file(__DIR__ . "/config/$name.ini");
}

function write_log()
{
    $channel = $_REQUEST['channel'];
    // expect: CWE-22
    $fh = fopen(__DIR__ . "/logs/{$channel}.log", 'a');
    fwrite($fh, date('c') . "\n");
}

function laravel_download(Request $request)
{
    // expect: CWE-22
    return Storage::download('invoices/' . $request->input('invoice'));
}

function laravel_download_safe(Request $request)
{
    $invoice = $request->user()->invoices()->findOrFail($request->input('invoice'));
    // ok: CWE-22
    return Storage::download($invoice->path);
}

function zip_entry()
{
    // expect: CWE-22
    $f = new SplFileObject('/srv/exports/' . $_GET['export']);
    return $f->fgets();
}

function fetch_remote()
{
    // ok: CWE-22
    // expect: CWE-918
    return file_get_contents($_GET['url']);
}
