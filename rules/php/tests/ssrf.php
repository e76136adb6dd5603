<?php
// Labelled cases for rules/php/ssrf.yml
use GuzzleHttp\Client;
use Illuminate\Support\Facades\Http;

function preview_link()
{
    $url = $_GET['url'];
    // expect: CWE-918
    $ch = curl_init($url);
    curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
    return curl_exec($ch);
}

function preview_fixed_host()
{
    $id = $_GET['id'];
    // ok: CWE-918
    $ch = curl_init('https://api.example.com/items/' . urlencode($id));
    curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
    return curl_exec($ch);
}

function fetch_avatar()
{
    $ch = curl_init();
    // expect: CWE-918
    curl_setopt($ch, CURLOPT_URL, $_POST['avatar_url']);
    curl_setopt($ch, CURLOPT_RETURNTRANSFER, 1);
    return curl_exec($ch);
}

function import_feed()
{
    // expect: CWE-918
    $xml = file_get_contents($_GET['feed']);
    return simplexml_load_string($xml);
}

function import_feed_known()
{
    $feeds = ['news' => 'https://example.org/news.rss'];
    // ok: CWE-918
    $xml = file_get_contents($feeds['news']);
    return simplexml_load_string($xml);
}

function check_host()
{
    $host = $_GET['host'];
    // expect: CWE-918
    $fp = fsockopen($host, 80, $errno, $errstr, 5);
    return $fp !== false;
}

function webhook_test(Client $client)
{
    $target = $_POST['webhook'];
    // expect: CWE-918
    return $client->post($target, ['json' => ['ping' => true]]);
}

function webhook_test_request(Client $client, $request)
{
    // expect: CWE-918
    return $client->request('POST', $request->input('callback_url'), ['json' => ['ping' => true]]);
}

function laravel_proxy($request)
{
    // expect: CWE-918
    return Http::get($request->query('endpoint'))->body();
}

function laravel_fixed($request)
{
    // ok: CWE-918
    return Http::get('https://status.example.com/api/' . $request->query('component'))->json();
}

function fetch_config_url($url)
{
    // ok: CWE-918
    return file_get_contents($url);
}
