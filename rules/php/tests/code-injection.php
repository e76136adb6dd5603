<?php
// Labelled cases for rules/php/code-injection.yml

function calculate()
{
    $expr = $_GET['expr'];
    // expect: CWE-95
    $result = eval("return $expr;");
    return $result;
}

function calculate_safe()
{
    $a = (float) $_GET['a'];
    $b = (float) $_GET['b'];
    $ops = ['add' => fn ($x, $y) => $x + $y, 'mul' => fn ($x, $y) => $x * $y];
    // ok: CWE-95
    return ($ops[$_GET['op']] ?? $ops['add'])($a, $b);
}

function load_cached_config($path)
{
    $php = file_get_contents($path);
    // expect: CWE-95
    eval('?>' . $php);
}

function constant_eval()
{
    // ok: CWE-95
    eval('$version = "1.0";');
    return $version;
}

function check_rule($rule)
{
    // expect: CWE-95
    assert("$rule > 0");
}

function check_positive($n)
{
    // ok: CWE-95
    assert($n > 0);
}

function make_multiplier($factor)
{
    // expect: CWE-95
    return create_function('$x', 'return $x * ' . $factor . ';');
}

function make_multiplier_closure($factor)
{
    // ok: CWE-95
    return function ($x) use ($factor) { return $x * $factor; };
}

function render_template($tpl, $vars)
{
    // expect: CWE-95
    return preg_replace('/\{(\w+)\}/e', '$vars["\\1"]', $tpl);
}

function render_template_safe($tpl, $vars)
{
    // ok: CWE-95
    return preg_replace_callback('/\{(\w+)\}/', fn ($m) => $vars[$m[1]] ?? '', $tpl);
}

function strip_tags_re($html)
{
    // ok: CWE-95
    return preg_replace('#<script[^>]*>.*?</script>#is', '', $html);
}

function show_page()
{
    $page = $_GET['page'];
    // expect: CWE-98
    include 'pages/' . $page . '.php';
}

function show_lang()
{
    // expect: CWE-98
    require_once($_COOKIE['lang'] . '/messages.php');
}

function show_page_whitelisted()
{
    $pages = ['home' => 'home.php', 'about' => 'about.php'];
    $file = $pages[$_GET['page'] ?? 'home'] ?? 'home.php';
    // ok: CWE-98
    include __DIR__ . '/pages/' . basename($file);
}

function bootstrap()
{
    // ok: CWE-98
    require_once __DIR__ . '/../vendor/autoload.php';
    // ok: CWE-98
    include $_SERVER['DOCUMENT_ROOT'] . '/includes/header.php';
}

function dispatch()
{
    $action = $_GET['action'];
    // expect: CWE-94
    return call_user_func($action, $_GET['arg']);
}

function dispatch_map()
{
    $handlers = ['list' => 'list_items', 'show' => 'show_item'];
    $fn = $handlers[$_GET['action']] ?? 'list_items';
    // ok: CWE-94
    return call_user_func($fn);
}

function instantiate()
{
    $class = $_POST['type'];
    // expect: CWE-94
    return new $class();
}

function hook($request)
{
    $method = $request->input('callback');
    // expect: CWE-94
    return $method($request);
}

/**
 * Evaluates a formula typed by the user. Do not do this:
 *
 * // expect-comment: CWE-95
 * eval('$total = ' . $_POST['formula'] . ';');
 */
function formula_doc()
{
}
