import os

from pygments.token import Token

import boto3
import jwt
import psycopg2
from flask import Flask

app = Flask(__name__)
# expect: CWE-798
app.config["SECRET_KEY"] = "f3b1c2d4e5a6978812ab34cd56ef7890"
# ok: CWE-798
app.config["SESSION_COOKIE_NAME"] = "sid_cookie"

# expect: CWE-798
DB_PASSWORD = "Summer2024!"
# ok: CWE-798
DB_PASSWORD_ENV = os.environ.get("DB_PASSWORD")
# ok: CWE-798
PASSWORD_FIELD = "password"
# ok: CWE-798
TOKEN_URL = "https://auth.example.com/oauth/token"
# ok: CWE-798
API_KEY = os.environ["API_KEY"]
# ok: CWE-798
admin_password = ""
# expect: CWE-798
AWS_ACCESS_KEY_ID = "AKIAIOSFODNN7EXAMPLE"


def connect():
    # expect: CWE-798
    return psycopg2.connect(host="db", user="app", password="pg_s3cret_pw")


def connect_env():
    # ok: CWE-798
    return psycopg2.connect(host="db", user="app", password=os.environ["PGPASSWORD"])


def s3_client():
    return boto3.client(
        "s3",
        aws_access_key_id=os.environ["AWS_ACCESS_KEY_ID"],
        # expect: CWE-798
        aws_secret_access_key="wJalrXUtnFEMI/K7MDENG/bPxRfiCYzzQ81mT0pKEY",
    )


def issue_token(user_id):
    # expect: CWE-798
    jwt_secret = "my-very-secret-signing-key-123"
    return jwt.encode({"sub": user_id}, jwt_secret, algorithm="HS256")


SETTINGS = {
    # expect: CWE-798
    "api_key": "a8f5f167f44f4964e6c998dee827110c",
    # ok: CWE-798
    "api_key_header": "X-API-Key",
    # ok: CWE-798
    "timeout": 30,
}


def login(username, password):
    # expect: CWE-798
    if username == "admin" and password == "hunter2":
        return True
    return False


def login_empty(password):
    # ok: CWE-798
    return password == ""


def deploy_key():
    # expect: CWE-798
    return "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA\n-----END RSA PRIVATE KEY-----"


def github_client(requests):
    # expect: CWE-798
    return requests.Session(), "ghp_aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789"


def prompt_text():
    # ok: CWE-798
    password_prompt = "Enter your password: "
    return password_prompt


def fixture_user(db, password_hasher):
    # ok: CWE-798
    token_type = "Bearer"
    return db, password_hasher, token_type


# expect: CWE-798
DATABASE_URL = "postgresql://reporting:Rp7!xq2Lw@db.internal:5432/reports"
# ok: CWE-798
DATABASE_URL_TEMPLATE = "postgresql://{user}:{password}@{host}/reports"
# ok: CWE-798
DOCS_EXAMPLE_URL = "postgresql://user:password@localhost/app"
BROKER = {
    # expect: CWE-798
    "url": "redis://:k9Vd3qLm@cache.internal:6379/0",
    # ok: CWE-798
    "fallback": "redis://cache.internal:6379/0",
}


# ok: CWE-798
SECRET_KEY_SETTING = "aws_secret_access_key"
# ok: CWE-798
REFRESH_GRANT = {"token_kind": "REFRESH_TOKEN_AUTH"}
STYLE = {
    # ok: CWE-798
    Token.Keyword: "#976806",
}


def tokens(claims, token):
    import os

    import jwt

    # expect: CWE-798
    signed = jwt.encode(claims, "pr0d-partner-hmac-secret!", algorithm="HS256")
    # ok: CWE-798
    signed2 = jwt.encode(claims, os.environ["JWT_KEY"], algorithm="HS256")
    # expect: CWE-798
    data = jwt.decode(token, "another-hardcoded-key-42", algorithms=["HS256"])
    # ok: CWE-798
    # expect: CWE-347
    data2 = jwt.decode(token, options={"verify_signature": False})
    return signed, signed2, data, data2


AWS_EXAMPLE = {
    # ok: CWE-798
    "SecretAccessKey": "wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLEKEY",
}
SCHEMA_HASHES = {
    # ok: CWE-798
    "AWS::AppSync::ApiKey": "3d104ea0be48564b",
}
# ok: CWE-798
FAKE_TOKEN = "fake-session-token-123"
# expect: CWE-798
API_TOKEN = "f3a9c2e1b7d64e0a9c3b"
