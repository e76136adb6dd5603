import base64
import json
import pickle

import numpy as np
import torch
import yaml
from flask import Flask, request

app = Flask(__name__)


@app.route("/session", methods=["POST"])
def restore_session():
    blob = base64.b64decode(request.cookies["session"])
    # expect: CWE-502
    state = pickle.loads(blob)
    return state


@app.route("/session2", methods=["POST"])
def restore_session_json():
    blob = base64.b64decode(request.cookies["session"])
    # ok: CWE-502
    state = json.loads(blob)
    return state


def save_cache(obj, path):
    with open(path, "wb") as fh:
        # ok: CWE-502
        pickle.dump(obj, fh)


def load_cache(path):
    with open(path, "rb") as fh:
        # expect: CWE-502
        return pickle.load(fh)


def load_config(text):
    # expect: CWE-502
    return yaml.load(text)


def load_config_loader(text):
    # expect: CWE-502
    return yaml.load(text, Loader=yaml.Loader)


def load_config_full(text):
    # expect: CWE-502
    return yaml.load(text, Loader=yaml.FullLoader)


def load_config_safe(text):
    # ok: CWE-502
    return yaml.safe_load(text)


def load_config_safe_loader(text):
    # ok: CWE-502
    return yaml.load(text, Loader=yaml.SafeLoader)


def load_all_docs(stream):
    # ok: CWE-502
    return list(yaml.load_all(stream, yaml.CSafeLoader))


def unsafe_docs(stream):
    # expect: CWE-502
    return yaml.unsafe_load(stream)


def load_checkpoint(path):
    # expect: CWE-502
    return torch.load(path, map_location="cpu")


def load_checkpoint_safe(path):
    # ok: CWE-502
    return torch.load(path, map_location="cpu", weights_only=True)


def load_embeddings(path):
    # expect: CWE-502
    return np.load(path, allow_pickle=True)


def load_embeddings_safe(path):
    # ok: CWE-502
    return np.load(path)


@app.route("/import", methods=["POST"])
def import_yaml():
    # expect: CWE-502
    data = yaml.load(request.data, Loader=yaml.UnsafeLoader)
    return data


def round_trip(obj, blob):
    import pickle

    # ok: CWE-502
    copy = pickle.loads(pickle.dumps(obj))
    # expect: CWE-502
    other = pickle.loads(blob)
    return copy, other


def restore(raw, obj):
    import marshal

    # expect: CWE-502
    state = marshal.loads(raw)
    # ok: CWE-502
    same = marshal.loads(marshal.dumps(obj))
    return state, same


def round_trip_via_name(obj):
    import pickle

    blob = pickle.dumps(obj)
    # ok: CWE-502
    return pickle.loads(blob)
