<?php
// Labelled cases for rules/php/timing.yml

function verify_webhook($payload, $secret)
{
    $expected = hash_hmac('sha256', $payload, $secret);
    $signature = $_SERVER['HTTP_X_SIGNATURE'] ?? '';
    // expect: CWE-208
    if ($signature !== $expected) {
        http_response_code(401);
        exit;
    }
}

function verify_webhook_safe($payload, $secret)
{
    $expected = hash_hmac('sha256', $payload, $secret);
    $signature = $_SERVER['HTTP_X_SIGNATURE'] ?? '';
    // ok: CWE-208
    if (!hash_equals($expected, $signature)) {
        http_response_code(401);
        exit;
    }
}

function check_csrf()
{
    // expect: CWE-208
    if ($_POST['csrf_token'] != $_SESSION['csrf_token']) {
        die('Bad request');
    }
}

function check_csrf_safe()
{
    // ok: CWE-208
    if (!hash_equals($_SESSION['csrf_token'], $_POST['csrf_token'] ?? '')) {
        die('Bad request');
    }
}

function api_auth($provided)
{
    $apiKey = getenv('API_KEY');
    // expect: CWE-208
    return strcmp($provided, $apiKey) === 0;
}

function token_missing($token)
{
    // ok: CWE-208
    return $token === null || $token === '';
}

function token_length_ok($token)
{
    // ok: CWE-208
    return strlen($token) === 64;
}

function same_user($a, $b)
{
    // ok: CWE-208
    return $a->id === $b->id;
}

function confirm_matches($password, $password_confirmation)
{
    // ok: CWE-208
    return $password === $password_confirmation;
}

function check_reset($row, $given)
{
    // expect: CWE-208
    return $row['reset_hash'] == hash('sha256', $given);
}
