<?php
// Labelled cases for rules/php/tls-verification.yml
use GuzzleHttp\Client;
use GuzzleHttp\RequestOptions;
use Illuminate\Support\Facades\Http;

function fetch_rates($url)
{
    $ch = curl_init($url);
    curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
    // expect: CWE-295
    curl_setopt($ch, CURLOPT_SSL_VERIFYPEER, false);
    // expect: CWE-295
    curl_setopt($ch, CURLOPT_SSL_VERIFYHOST, 0);
    $body = curl_exec($ch);
    curl_close($ch);
    return $body;
}

function fetch_rates_safe($url)
{
    $ch = curl_init($url);
    curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
    // ok: CWE-295
    curl_setopt($ch, CURLOPT_SSL_VERIFYPEER, true);
    // ok: CWE-295
    curl_setopt($ch, CURLOPT_SSL_VERIFYHOST, 2);
    // ok: CWE-295
    curl_setopt($ch, CURLOPT_CAINFO, __DIR__ . '/certs/internal-ca.pem');
    return curl_exec($ch);
}

function post_json($url, array $data)
{
    $ch = curl_init();
    curl_setopt_array($ch, [
        CURLOPT_URL => $url,
        CURLOPT_POST => true,
        CURLOPT_POSTFIELDS => json_encode($data),
        // expect: CWE-295
        CURLOPT_SSL_VERIFYPEER => 0,
        // ok: CWE-295
        CURLOPT_TIMEOUT => 10,
    ]);
    return curl_exec($ch);
}

function read_feed($url)
{
    $ctx = stream_context_create([
        'ssl' => [
            // expect: CWE-295
            'verify_peer' => false,
            // expect: CWE-295
            'verify_peer_name' => false,
        ],
    ]);
    return file_get_contents($url, false, $ctx);
}

function read_feed_safe($url)
{
    $ctx = stream_context_create([
        'ssl' => [
            // ok: CWE-295
            'verify_peer' => true,
            'cafile' => '/etc/ssl/certs/ca-certificates.crt',
        ],
    ]);
    return file_get_contents($url, false, $ctx);
}

function selfsigned_socket($host)
{
    // expect: CWE-295
    $ctx = stream_context_create(['ssl' => ['allow_self_signed' => true, 'verify_peer' => true]]);
    return stream_socket_client("ssl://$host:8443", $e, $s, 10, STREAM_CLIENT_CONNECT, $ctx);
}

function guzzle_client()
{
    // expect: CWE-295
    return new Client(['base_uri' => 'https://api.internal.example', 'verify' => false]);
}

function guzzle_client_safe()
{
    // ok: CWE-295
    return new Client(['base_uri' => 'https://api.internal.example', 'verify' => '/etc/pki/internal-ca.pem']);
}

function guzzle_request(Client $client, $path)
{
    // expect: CWE-295
    return $client->request('GET', $path, [RequestOptions::VERIFY => false, 'timeout' => 5]);
}

function laravel_call()
{
    // expect: CWE-295
    return Http::withoutVerifying()->get('https://legacy.internal/status')->json();
}

function laravel_call_safe()
{
    // ok: CWE-295
    return Http::withOptions(['verify' => true])->get('https://legacy.internal/status')->json();
}

function form_field()
{
    // ok: CWE-295
    return ['verify_email' => false, 'newsletter' => true];
}
