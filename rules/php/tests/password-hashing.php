<?php
// Labelled cases for rules/php/password-hashing.yml

function register_user(PDO $db, $username, $password)
{
    // expect: CWE-328
    $hash = md5($password);
    $db->prepare('INSERT INTO users (name, pass) VALUES (?, ?)')->execute([$username, $hash]);
}

function register_user_safe(PDO $db, $username, $password)
{
    // ok: CWE-328
    $hash = password_hash($password, PASSWORD_DEFAULT);
    $db->prepare('INSERT INTO users (name, pass) VALUES (?, ?)')->execute([$username, $hash]);
}

function check_login($row)
{
    // expect: CWE-328, CWE-208
    return $row['pass'] === sha1($row['salt'] . $_POST['password']);
}

function check_login_safe($row)
{
    // ok: CWE-328
    return password_verify($_POST['password'], $row['pass']);
}

function legacy_hash($plain, $salt)
{
    // expect: CWE-328
    $userPassword = hash('md5', $salt . $plain);
    return $userPassword;
}

/** Hashes the account password before it is stored. */
function hashPassword($plain)
{
    // expect: CWE-328
    return sha1($plain);
}

function gravatar_url($email)
{
    // ok: CWE-328
    return 'https://www.gravatar.com/avatar/' . md5(strtolower(trim($email)));
}

function cache_key($query)
{
    // ok: CWE-328
    return 'q_' . md5($query);
}

function reset_link($password_reset_token)
{
    // ok: CWE-328
    return '/reset?t=' . sha1($password_reset_token);
}

function store_pin($pdo, $pwd)
{
    // expect: CWE-916
    $digest = hash('sha256', $pwd);
    $pdo->prepare("UPDATE cfg SET v = ? WHERE k = 'pin'")->execute([$digest]);
}

function sign_webhook($payload, $secret)
{
    // ok: CWE-916
    return hash_hmac('sha256', $payload, $secret);
}

function file_digest($path)
{
    // ok: CWE-916
    return hash('sha256', file_get_contents($path));
}

function legacy_crypt($password)
{
    // expect: CWE-916
    return crypt($password, '$1$rasmusle$');
}

function modern_crypt($password)
{
    // ok: CWE-916
    return crypt($password, '$2y$12$' . substr(strtr(base64_encode(random_bytes(16)), '+', '.'), 0, 22));
}

function derive_key($password, $salt)
{
    // expect: CWE-916
    return hash_pbkdf2('sha256', $password, $salt, 1000, 32, true);
}

function derive_key_const($password, $salt)
{
    $iterations = 10000;
    // expect: CWE-916
    return hash_pbkdf2('sha1', $password, $salt, $iterations, 20);
}

function derive_key_strong($password, $salt)
{
    // ok: CWE-916
    return hash_pbkdf2('sha256', $password, $salt, 600000, 32, true);
}

function derive_openssl($password, $salt)
{
    // expect: CWE-916
    return openssl_pbkdf2($password, $salt, 32, 5000, 'sha256');
}

function cheap_bcrypt($password)
{
    // expect: CWE-916
    return password_hash($password, PASSWORD_BCRYPT, ['cost' => 4]);
}

function default_bcrypt($password)
{
    $options = [
        // ok: CWE-916
        'cost' => 12,
    ];
    return password_hash($password, PASSWORD_BCRYPT, $options);
}
