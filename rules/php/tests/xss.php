<?php
// Labelled cases for rules/php/xss.yml

function greet()
{
    // expect: CWE-79
    echo "<h1>Hello, " . $_GET['name'] . "</h1>";
}

function greet_safe()
{
    // ok: CWE-79
    echo "<h1>Hello, " . htmlspecialchars($_GET['name'], ENT_QUOTES, 'UTF-8') . "</h1>";
}

function search_page()
{
    $q = $_REQUEST['q'];
    // expect: CWE-79
    echo "<p>Results for <b>$q</b></p>";
}

function search_page_escaped()
{
    $q = htmlspecialchars($_REQUEST['q'], ENT_QUOTES);
    // ok: CWE-79
    echo "<p>Results for <b>$q</b></p>";
}

function error_message()
{
    // expect: CWE-79
    print '<div class="error">' . $_POST['msg'] . '</div>';
}

function page_count()
{
    $page = intval($_GET['page']);
    // ok: CWE-79
    echo "<span>Page $page</span>";
}

function self_link()
{
    // expect: CWE-79
    printf('<form action="%s" method="post">', $_SERVER['PHP_SELF']);
}

function halt()
{
    // expect: CWE-79
    die("Unknown action: " . $_GET['action']);
}

function static_text($title)
{
    // ok: CWE-79
    echo "<title>" . $title . "</title>";
}

function profile($request)
{
    $bio = $request->input('bio');
    // expect: CWE-79
    echo '<div class="bio">', $bio, '</div>';
}
?>
<div class="search">
    <!-- expect: CWE-79 -->
    <input name="q" value="<?= $_GET['q'] ?>">
    <!-- ok: CWE-79 -->
    <span><?= htmlspecialchars($_GET['q'] ?? '') ?></span>
</div>
<?php

function go_next()
{
    // expect: CWE-601
    header('Location: ' . $_GET['next']);
    exit;
}

function go_home()
{
    // ok: CWE-601
    header('Location: /dashboard');
    exit;
}

function go_next_checked()
{
    $next = $_GET['next'] ?? '/';
    // ok: CWE-601
    header('X-Frame-Options: DENY');
}

function laravel_back($request)
{
    // expect: CWE-601
    return redirect()->to($request->input('return_to'));
}

function laravel_named()
{
    // ok: CWE-601
    return redirect()->route('home');
}

function wp_back()
{
    // expect: CWE-601
    wp_redirect($_REQUEST['redirect_to']);
    // ok: CWE-601
    wp_safe_redirect($_REQUEST['redirect_to']);
}

function welcome_braces()
{
    // expect: CWE-79
    echo "<p>Welcome back, {$_GET['user']}!</p>";
    // ok: CWE-79
    echo "<p>Welcome back, " . htmlspecialchars($_GET['user'] ?? '', ENT_QUOTES) . "!</p>";
}
