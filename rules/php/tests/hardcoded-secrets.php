<?php
// Labelled cases for rules/php/hardcoded-secrets.yml

// expect: CWE-798
define('DB_PASSWORD', 'Sup3rS3cret!');
// ok: CWE-798
define('DB_HOST', 'localhost');
// ok: CWE-798
define('AUTH_KEY_LENGTH', 64);

class MailerConfig
{
    // expect: CWE-798
    const SMTP_PASSWORD = 'mailpass2019';
    // ok: CWE-798
    const SMTP_USER = 'noreply@example.org';
    // expect: CWE-798
    private $apiToken = 'a8f5f167f44f4964e6c998dee827110c';
    // ok: CWE-798
    private $tokenHeader = 'X-Api-Token';
    // ok: CWE-798
    private $passwordField = 'user_password';
}

function db_connect()
{
    // expect: CWE-798
    $dbPass = 'r00tr00t';
    // expect: CWE-798
    return new PDO('mysql:host=127.0.0.1;dbname=shop', 'shop', 'Pr0dPassw0rd');
}

function db_connect_env()
{
    // ok: CWE-798
    $dbPass = getenv('DB_PASS');
    // ok: CWE-798
    return new PDO(getenv('DB_DSN'), getenv('DB_USER'), $dbPass);
}

function legacy_connect()
{
    // expect: CWE-798
    $link = mysqli_connect('db.internal', 'report', 'reportpw1', 'reports');
    // ok: CWE-798
    $local = mysqli_connect('localhost', 'root', '', 'dev');
    return [$link, $local];
}

function pg()
{
    // expect: CWE-798
    return pg_connect("host=10.0.0.5 dbname=billing user=billing password=b1ll1ng!");
}

function settings()
{
    return [
        'stripe' => [
            // expect: CWE-798
            'secret_key' => 'sk_live_4eC39HqLyjWDarjtT1zdp7dc',
            // ok: CWE-798
            'publishable_key' => getenv('STRIPE_PUBLISHABLE_KEY'),
        ],
        // ok: CWE-798
        'password_min_length' => 12,
        // ok: CWE-798
        'token' => $_ENV['APP_TOKEN'] ?? null,
        // ok: CWE-798
        'password' => '',
    ];
}

function admin_login($user, $password)
{
    // expect: CWE-798
    if ($user === 'admin' && $password === 'letmein2020') {
        return true;
    }
    return false;
}

function api_headers()
{
    return [
        // expect: CWE-798
        'Authorization' => 'Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjMifQ.c2lnbmF0dXJl',
        // ok: CWE-798
        'Accept' => 'application/json',
    ];
}

function aws_client()
{
    $cfg = [
        'region' => 'eu-west-1',
        'credentials' => [
            // expect: CWE-798
            'key' => 'AKIAIOSFODNN7EXAMPLQ',
            // expect: CWE-798
            'secret' => 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYzq81kLm3Qa',
        ],
    ];
    return $cfg;
}

function sample_config()
{
    // ok: CWE-798
    $apiKey = 'your-api-key-here';
    // ok: CWE-798
    $secret = '<replace with the shared secret>';
    return [$apiKey, $secret];
}

function form_labels()
{
    // ok: CWE-798
    $passwordLabel = 'Enter your password';
    // ok: CWE-798
    $token = 'csrf_token';
    return [$passwordLabel, $token];
}

function translations()
{
    return [
        // ok: CWE-798
        'password' => 'Passwort',
        // ok: CWE-798
        'password_rules' => 'required|string|min:12|confirmed',
    ];
}

function payments()
{
    // expect: CWE-798
    \Stripe\Stripe::setApiKey('sk_test_51HqLyjWDarjtT1zdp7dcXaB');
    // ok: CWE-798
    \Stripe\Stripe::setApiKey(getenv('STRIPE_SECRET'));
}

function cache_config()
{
    return [
        // expect: CWE-798
        'redis' => 'redis://:Qx7vL2mZr9@cache.internal:6379/0',
        // ok: CWE-798
        'queue' => 'redis://cache.internal:6379/1',
    ];
}

// expect: CWE-798
const LEGACY_JWT_SECRET = 'change-me-jwt-secret-2024';
// ok: CWE-798
const JWT_SECRET_PLACEHOLDER_TOKEN = 'changeme';
