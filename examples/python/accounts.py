"""Deliberately insecure example code: what `npm start` scans. Do not deploy."""
import hashlib
import os
import random
import sqlite3
import subprocess

import yaml
from flask import Flask, request

app = Flask(__name__)
DB = "accounts.db"


@app.route("/user")
def get_user():
    name = request.args.get("name", "")
    cur = sqlite3.connect(DB).cursor()
    cur.execute(f"SELECT id, email FROM users WHERE name = '{name}'")  # CWE-89
    return {"user": cur.fetchone()}


@app.route("/user/safe")
def get_user_safe():
    name = request.args.get("name", "")
    cur = sqlite3.connect(DB).cursor()
    cur.execute("SELECT id, email FROM users WHERE name = ?", (name,))
    return {"user": cur.fetchone()}


def hash_password(password):
    return hashlib.md5(password.encode()).hexdigest()  # CWE-328


def new_session_token():
    return str(random.randint(100000, 999999))  # CWE-330


def ping(host):
    return subprocess.check_output(f"ping -c 1 {host}", shell=True)  # CWE-78


def load_settings(path):
    with open(path) as fh:
        return yaml.load(fh)  # CWE-502


def cache_key(url):
    return hashlib.md5(url.encode()).hexdigest()  # fine: not a password


DB_PASSWORD = os.environ.get("DB_PASSWORD", "")
