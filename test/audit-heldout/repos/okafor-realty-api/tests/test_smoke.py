def test_sample_listings_have_ids(sample_listings):
    assert [row["id"] for row in sample_listings] == [1, 2]


def test_tmp_db_roundtrip(tmp_db):
    tmp_db.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT)")
    tmp_db.execute("INSERT INTO t (name) VALUES (?)", ("x",))
    assert tmp_db.execute("SELECT name FROM t").fetchone()["name"] == "x"


def test_env_is_test(env):
    assert env["APP_ENV"] == "test"
