<?php
// Labelled cases for rules/php/deserialization.yml
use Symfony\Component\Yaml\Yaml;

function restore_cart()
{
    // expect: CWE-502
    $cart = unserialize($_COOKIE['cart']);
    return is_array($cart) ? $cart : [];
}

function restore_cart_json()
{
    // ok: CWE-502
    $cart = json_decode($_COOKIE['cart'] ?? '[]', true);
    return is_array($cart) ? $cart : [];
}

function restore_cart_restricted()
{
    // ok: CWE-502
    $cart = unserialize($_COOKIE['cart'], ['allowed_classes' => false]);
    return is_array($cart) ? $cart : [];
}

function load_job(PDO $db, $id)
{
    $stmt = $db->prepare('SELECT payload FROM jobs WHERE id = ?');
    $stmt->execute([$id]);
    $payload = $stmt->fetchColumn();
    // expect: CWE-502
    return unserialize(base64_decode($payload));
}

function load_prefs($raw)
{
    // expect: CWE-502
    return unserialize($raw, ['allowed_classes' => true]);
}

function load_money($raw)
{
    // ok: CWE-502
    return unserialize($raw, ['allowed_classes' => [Money::class, Currency::class]]);
}

function defaults()
{
    // ok: CWE-502
    return unserialize('a:1:{s:4:"mode";s:4:"fast";}');
}

function wp_meta($value)
{
    // expect: CWE-502
    return maybe_unserialize($value);
}

function import_yaml($upload)
{
    $text = file_get_contents($upload);
    // expect: CWE-502
    $data = Yaml::parse($text, Yaml::PARSE_OBJECT | Yaml::PARSE_DATETIME);
    // ok: CWE-502
    $plain = Yaml::parse($text, Yaml::PARSE_DATETIME);
    return [$data, $plain];
}
