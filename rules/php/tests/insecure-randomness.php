<?php
// Labelled cases for rules/php/insecure-randomness.yml

function new_session_token()
{
    // expect: CWE-330
    $token = md5(mt_rand());
    $_SESSION['token'] = $token;
    return $token;
}

function new_session_token_safe()
{
    // ok: CWE-330
    $token = bin2hex(random_bytes(32));
    $_SESSION['token'] = $token;
    return $token;
}

function generate_password($length = 12)
{
    $chars = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
    // expect: CWE-330
    $password = substr(str_shuffle($chars), 0, $length);
    return $password;
}

function generate_password_safe($length = 12)
{
    $chars = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
    $password = '';
    for ($i = 0; $i < $length; $i++) {
        // ok: CWE-330
        $password .= $chars[random_int(0, strlen($chars) - 1)];
    }
    return $password;
}

function send_otp($phone)
{
    // expect: CWE-330
    $otp = rand(100000, 999999);
    sms_send($phone, "Your code is $otp");
}

function send_otp_safe($phone)
{
    // ok: CWE-330
    $otp = random_int(100000, 999999);
    sms_send($phone, "Your code is $otp");
}

function retry_delay($attempt)
{
    // ok: CWE-330
    $delay = (2 ** $attempt) + mt_rand(0, 1000) / 1000;
    usleep((int) ($delay * 1e6));
}

function pick_banner(array $banners)
{
    // ok: CWE-330
    return $banners[array_rand($banners)];
}

function quiz(array $questions)
{
    // ok: CWE-330
    shuffle($questions);
    return array_slice($questions, 0, 10);
}

function make_salt()
{
    // expect: CWE-330
    return substr(sha1(lcg_value()), 0, 16);
}

function remember_me_cookie($userId)
{
    // expect: CWE-330
    setcookie('remember', $userId . ':' . mt_rand(), time() + 86400 * 30, '/', '', true, true);
}

function api_key_for($user)
{
    // expect: CWE-330
    $apiKey = md5(uniqid($user->id, true));
    return $apiKey;
}

function reset_password_link($email)
{
    // expect: CWE-330
    $resetToken = sha1($email . time());
    return "/reset/$resetToken";
}

function upload_name($ext)
{
    // ok: CWE-330
    $filename = uniqid('img_') . '.' . $ext;
    return $filename;
}

function invite_code()
{
    // expect: CWE-330
    $invite = strtoupper(dechex(microtime(true) * 1000));
    return $invite;
}

function invite_code_safe()
{
    // ok: CWE-330
    $invite = strtoupper(bin2hex(random_bytes(6)));
    return $invite;
}

function expiry_stamp()
{
    // ok: CWE-330
    $_SESSION['token_created'] = time();
}
