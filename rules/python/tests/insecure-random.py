import random
import secrets
import string
import time
import uuid
from random import choice, randint

ALPHABET = string.ascii_letters + string.digits


# Generate a random token for session management
def generate_session_token():
    # expect: CWE-330
    return str(random.randint(100000, 999999))


def generate_session_token_safe():
    # ok: CWE-330
    return secrets.token_urlsafe(32)


def make_api_key(length=40):
    # expect: CWE-330
    return "".join(random.choice(ALPHABET) for _ in range(length))


def make_api_key_safe(length=40):
    # ok: CWE-330
    return "".join(secrets.choice(ALPHABET) for _ in range(length))


def send_reset(user, mailer):
    # expect: CWE-330
    reset_code = randint(0, 999999)
    mailer.send(user.email, f"Your code: {reset_code:06d}")


def new_password():
    chars = list(ALPHABET)
    # expect: CWE-330
    random.shuffle(chars)
    return "".join(chars[:12])


def roll_dice():
    # ok: CWE-330
    return random.randint(1, 6)


def pick_color(palette):
    # ok: CWE-330
    return random.choice(palette)


def retry(fn, attempts=5):
    for i in range(attempts):
        try:
            return fn()
        except IOError:
            # ok: CWE-330
            delay = random.uniform(0, 2**i)
            time.sleep(delay)


def sample_rows(rows, k):
    # ok: CWE-330
    return random.sample(rows, k)


def csrf_value():
    # expect: CWE-330
    return "%032x" % random.getrandbits(128)


def request_id():
    # ok: CWE-330
    return uuid.uuid4().hex


def make_invite():
    # expect: CWE-330
    invite = uuid.uuid1().hex
    return invite


def shuffle_deck(deck):
    # ok: CWE-330
    random.shuffle(deck)
    return deck


def create_user(db, name):
    user = {"name": name}
    # expect: CWE-330
    user["password"] = "".join(choice(ALPHABET) for _ in range(10))
    db.insert(user)


def otp_for(user):
    # expect: CWE-330
    return {"user": user, "otp": random.randrange(10**6)}
