<?php
// Labelled cases for rules/php/sql-injection.yml

function find_user_by_name(mysqli $link, string $name)
{
    // expect: CWE-89
    $res = mysqli_query($link, "SELECT id, email FROM users WHERE name = '$name'");
    return mysqli_fetch_assoc($res);
}

function find_user_prepared(mysqli $link, string $name)
{
    // ok: CWE-89
    $stmt = mysqli_prepare($link, "SELECT id, email FROM users WHERE name = ?");
    mysqli_stmt_bind_param($stmt, "s", $name);
    mysqli_stmt_execute($stmt);
    return mysqli_stmt_get_result($stmt);
}

function search_products(mysqli $db)
{
    $term = $_GET['q'];
    $sql = "SELECT * FROM products WHERE title LIKE '%" . $term . "%'";
    // expect: CWE-89
    $result = $db->query($sql);
    return $result->fetch_all(MYSQLI_ASSOC);
}

function list_orders(PDO $pdo, $customerId, $sort)
{
    $sql = "SELECT * FROM orders WHERE customer_id = :cid ORDER BY created_at DESC";
    $stmt = $pdo->prepare($sql);
    // ok: CWE-89
    $stmt->execute(['cid' => $customerId]);
    // expect: CWE-89
    return $pdo->query("SELECT * FROM orders WHERE customer_id = {$customerId}")->fetchAll();
}

function order_sorted(PDO $pdo, $sort)
{
    $sql = "SELECT * FROM orders";
    $sql .= " ORDER BY " . $sort;
    // expect: CWE-89
    $stmt = $pdo->prepare($sql);
    $stmt->execute();
}

function count_users(PDO $pdo)
{
    // ok: CWE-89
    return $pdo->query("SELECT COUNT(*) FROM users")->fetchColumn();
}

function delete_session(PDO $pdo, $sid)
{
    // expect: CWE-89
    $pdo->exec("DELETE FROM sessions WHERE sid = '" . $sid . "'");
}

function delete_session_safe(PDO $pdo, $sid)
{
    $stmt = $pdo->prepare('DELETE FROM sessions WHERE sid = ?');
    // ok: CWE-89
    $stmt->execute([$sid]);
}

function pg_lookup($conn)
{
    $email = $_POST['email'];
    // expect: CWE-89
    $r = pg_query($conn, "SELECT * FROM accounts WHERE email = '$email'");
    // ok: CWE-89
    $r2 = pg_query_params($conn, 'SELECT * FROM accounts WHERE email = $1', [$email]);
    return [$r, $r2];
}

function legacy_login($user, $pass)
{
    // expect: CWE-89, CWE-328
    $q = mysql_query("SELECT * FROM members WHERE user='" . $user . "' AND pass='" . md5($pass) . "'");
    return mysql_num_rows($q) > 0;
}

function run_wrapper(PDO $pdo, string $sql)
{
    // ok: CWE-89
    return $pdo->query($sql);
}

class ReportRepository
{
    private $db;

    public function byRegion($region)
    {
        $where = sprintf("region = '%s'", $region);
        // expect: CWE-89
        return $this->db->fetchAll("SELECT * FROM reports WHERE " . $where);
    }

    public function byRegionSafe($region)
    {
        // ok: CWE-89
        return $this->db->fetchAll('SELECT * FROM reports WHERE region = ?', [$region]);
    }
}

function wp_posts_by_author($author)
{
    global $wpdb;
    // expect: CWE-89
    $rows = $wpdb->get_results("SELECT * FROM {$wpdb->posts} WHERE post_author = $author");
    // ok: CWE-89
    $safe = $wpdb->get_results($wpdb->prepare("SELECT * FROM {$wpdb->posts} WHERE post_author = %d", $author));
    return [$rows, $safe];
}

function laravel_stats($request)
{
    $year = $request->input('year');
    // expect: CWE-89
    $rows = DB::select("SELECT month, SUM(total) FROM sales WHERE year = $year GROUP BY month");
    // ok: CWE-89
    $rows2 = DB::select('SELECT month, SUM(total) FROM sales WHERE year = ? GROUP BY month', [$year]);
    // expect: CWE-89
    $top = User::query()->orderByRaw("FIELD(status, " . $request->input('order') . ")")->get();
    // ok: CWE-89
    $named = User::query()->where('name', $request->input('name'))->get();
    return [$rows, $rows2, $top, $named];
}

function doctrine_lookup($em, $status)
{
    // expect: CWE-89
    $q = $em->createQuery("SELECT u FROM App\Entity\User u WHERE u.status = '" . $status . "'");
    // ok: CWE-89
    $q2 = $em->createQuery('SELECT u FROM App\Entity\User u WHERE u.status = :status')->setParameter('status', $status);
    return [$q, $q2];
}

function sqlite_store(SQLite3 $db, $key, $value)
{
    $sql = <<<SQL
INSERT INTO kv (k, v) VALUES ('$key', '$value')
SQL;
    // expect: CWE-89
    $db->exec($sql);
}

function ssh_run($ssh, $dir)
{
    // ok: CWE-89
    return $ssh->exec("ls -la $dir");
}

function xpath_user(DOMXPath $xpath, $name)
{
    // expect: CWE-643
    return $xpath->query("//user[@name='" . $name . "']");
}

function xpath_user_fixed(DOMXPath $xpath)
{
    // ok: CWE-643
    return $xpath->query("//user[@active='1']");
}

function page_of_posts(mysqli $db, $page)
{
    // ok: CWE-89
    $res = $db->query(sprintf("SELECT * FROM posts ORDER BY id DESC LIMIT 20 OFFSET %d", $page * 20));
    // expect: CWE-89
    $res2 = $db->query(sprintf("SELECT * FROM posts WHERE slug = '%s'", $_GET['slug']));
    return [$res, $res2];
}

function legacy_escaped(mysqli $db)
{
    $name = mysqli_real_escape_string($db, $_POST['name']);
    // ok: CWE-89
    $r = mysqli_query($db, "SELECT * FROM members WHERE name = '$name'");
    // ok: CWE-89
    $r2 = $db->query("SELECT * FROM members WHERE id = " . (int) $_GET['id']);
    // expect: CWE-89
    $r3 = $db->query("SELECT * FROM members WHERE name = '" . $db->real_escape_string($_POST['name']) . "' AND role = " . $_POST['role']);
    return [$r, $r2, $r3];
}
