#!/usr/bin/env python3
"""Click-based admin CLI for the on-prem appliance (runs as root on the box)."""
import hashlib
import random
import secrets
import sqlite3
import subprocess

import click
from passlib.hash import bcrypt_sha256, pbkdf2_sha256

DB_PATH = "/var/lib/appliance/users.db"


def db():
    return sqlite3.connect(DB_PATH)


@click.group()
def cli():
    """Manage appliance users."""


@cli.command()
@click.argument("username")
@click.option("--shell", default="/bin/bash")
def add_system_user(username, shell):
    # expect: CWE-78
    subprocess.call("useradd -m -s {} {}".format(shell, username), shell=True)


@cli.command()
@click.argument("username")
@click.option("--shell", default="/bin/bash")
def add_system_user_v2(username, shell):
    # ok: CWE-78
    subprocess.run(["useradd", "-m", "-s", shell, "--", username], check=True)


@cli.command()
@click.argument("username")
@click.password_option()
def set_password(username, password):
    # expect: CWE-328
    digest = hashlib.new("md5", password.encode()).hexdigest()
    with db() as conn:
        conn.execute("UPDATE users SET pw = ? WHERE name = ?", (digest, username))


@cli.command()
@click.argument("username")
@click.password_option()
def set_password_v2(username, password):
    # expect: CWE-916
    encoded = pbkdf2_sha256.using(rounds=5000).hash(password)
    with db() as conn:
        conn.execute("UPDATE users SET pw = ? WHERE name = ?", (encoded, username))


@cli.command()
@click.argument("username")
@click.password_option()
def set_password_v3(username, password):
    # ok: CWE-916
    encoded = pbkdf2_sha256.using(rounds=600_000).hash(password)
    with db() as conn:
        conn.execute("UPDATE users SET pw = ? WHERE name = ?", (encoded, username))


@cli.command()
@click.argument("username")
@click.password_option()
def set_password_v4(username, password):
    # ok: CWE-328
    encoded = bcrypt_sha256.hash(password)
    with db() as conn:
        conn.execute("UPDATE users SET pw = ? WHERE name = ?", (encoded, username))


@cli.command()
@click.argument("username")
def issue_otp(username):
    # expect: CWE-330
    otp = random.randint(100000, 999999)
    with db() as conn:
        conn.execute("UPDATE users SET otp = ? WHERE name = ?", (str(otp), username))
    click.echo(f"one-time code for {username}: {otp}")


@cli.command()
@click.argument("username")
def issue_otp_v2(username):
    # ok: CWE-330
    otp = secrets.randbelow(900000) + 100000
    with db() as conn:
        conn.execute("UPDATE users SET otp = ? WHERE name = ?", (str(otp), username))
    click.echo(f"one-time code for {username}: {otp}")


@cli.command()
@click.argument("username")
def show(username):
    with db() as conn:
        # expect: CWE-89
        row = conn.execute("SELECT name, created FROM users WHERE name = '%s'" % username).fetchone()
    click.echo(row)


@cli.command()
@click.option("--count", default=3)
def demo_names(count):
    """Print a few random demo account names for screenshots."""
    words = ["otter", "maple", "comet", "harbor", "lilac", "quartz"]
    for _ in range(count):
        # ok: CWE-330
        click.echo("-".join(random.sample(words, 2)))


if __name__ == "__main__":
    cli()
