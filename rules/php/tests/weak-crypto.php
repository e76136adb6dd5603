<?php
// Labelled cases for rules/php/weak-crypto.yml

// expect: CWE-327
const LEGACY_CIPHER = 'des-ede3-cbc';

class TokenBox
{
    // expect: CWE-327
    private $method = 'AES-128-ECB';

    public function seal($data, $key)
    {
        return openssl_encrypt($data, $this->method, $key, OPENSSL_RAW_DATA);
    }
}

function encrypt_card($pan, $key)
{
    // expect: CWE-327
    return openssl_encrypt($pan, 'aes-256-ecb', $key, 0);
}

function encrypt_card_gcm($pan, $key)
{
    $iv = random_bytes(12);
    // ok: CWE-327
    $ct = openssl_encrypt($pan, 'aes-256-gcm', $key, OPENSSL_RAW_DATA, $iv, $tag);
    return base64_encode($iv . $tag . $ct);
}

function legacy_decrypt($blob, $key)
{
    // expect: CWE-327
    return openssl_decrypt($blob, "bf-cbc", $key, 0, substr($key, 0, 8));
}

function stream_rc4($data, $key)
{
    // expect: CWE-327
    $cipher = 'rc4';
    return openssl_encrypt($data, $cipher, $key);
}

function cbc_mode($data, $key, $iv)
{
    // ok: CWE-327
    $cipher = 'aes-256-cbc';
    return openssl_encrypt($data, $cipher, $key, 0, $iv);
}

function iv_len()
{
    // expect: CWE-327
    return openssl_cipher_iv_length('DES-CBC');
}

function describe()
{
    // ok: CWE-327
    $label = 'des-cbc is obsolete';
    return $label;
}

function old_mcrypt($data, $key)
{
    // expect: CWE-327
    return mcrypt_encrypt(MCRYPT_RIJNDAEL_128, $key, $data, MCRYPT_MODE_ECB);
}

function old_iv()
{
    // ok: CWE-327
    return random_bytes(16);
}

function connect_legacy($host)
{
    $ctx = stream_context_create([
        'ssl' => [
            // expect: CWE-327
            'crypto_method' => STREAM_CRYPTO_METHOD_SSLv3_CLIENT,
        ],
    ]);
    return stream_socket_client("ssl://$host:443", $errno, $errstr, 30, STREAM_CLIENT_CONNECT, $ctx);
}

function connect_modern($host)
{
    $ctx = stream_context_create([
        'ssl' => [
            // ok: CWE-327
            'crypto_method' => STREAM_CRYPTO_METHOD_TLSv1_2_CLIENT | STREAM_CRYPTO_METHOD_TLSv1_3_CLIENT,
        ],
    ]);
    return stream_socket_client("tls://$host:443", $errno, $errstr, 30, STREAM_CLIENT_CONNECT, $ctx);
}

function enable_crypto($sock)
{
    // expect: CWE-327
    stream_socket_enable_crypto($sock, true, STREAM_CRYPTO_METHOD_TLSv1_0_CLIENT);
}

function curl_old_tls($ch)
{
    // expect: CWE-327
    curl_setopt($ch, CURLOPT_SSLVERSION, CURL_SSLVERSION_TLSv1_0);
    // expect: CWE-327
    curl_setopt($ch, CURLOPT_SSLVERSION, 3);
    // ok: CWE-327
    curl_setopt($ch, CURLOPT_SSLVERSION, CURL_SSLVERSION_TLSv1_2);
}

function sign_payload($data, $key)
{
    // expect: CWE-327
    openssl_sign($data, $sig, $key, OPENSSL_ALGO_SHA1);
    // ok: CWE-327
    openssl_sign($data, $sig2, $key, OPENSSL_ALGO_SHA256);
    return [$sig, $sig2];
}

function new_keypair()
{
    // expect: CWE-326
    $weak = openssl_pkey_new(['private_key_bits' => 1024, 'private_key_type' => OPENSSL_KEYTYPE_RSA]);
    $bits = 4096;
    // ok: CWE-326
    $strong = openssl_pkey_new(['private_key_bits' => $bits, 'private_key_type' => OPENSSL_KEYTYPE_RSA]);
    return [$weak, $strong];
}
