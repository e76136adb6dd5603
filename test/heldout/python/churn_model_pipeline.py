# %% [markdown]
# # Churn model - training pipeline
# Exported from `notebooks/churn_v3.ipynb`. Run with:
#     python churn_model_pipeline.py EMEA 2024-01-01

# %%
import hashlib
import os
import pickle
import random
import sys
import tempfile
import urllib.request

import joblib
import numpy as np
import pandas as pd
import requests
import torch
import yaml
from sqlalchemy import create_engine, text

REGION = sys.argv[1] if len(sys.argv) > 1 else "EMEA"
START_DATE = sys.argv[2] if len(sys.argv) > 2 else "2024-01-01"
SEED = 42
COMMUNITY_MODELS = "https://models.community-hub.example.org/churn"

random.seed(SEED)
np.random.seed(SEED)

# %%
# ok: CWE-798
engine = create_engine(os.environ["WAREHOUSE_URL"])
# expect-comment: CWE-798
# engine = create_engine("postgresql://analyst:An4lyst!2023@warehouse.internal:5432/dw")

# %%
with open("config/features.yaml") as fh:
    # ok: CWE-502
    feature_cfg = yaml.safe_load(fh)

# expect: CWE-89
events = pd.read_sql(f"SELECT * FROM events WHERE region = '{REGION}'", engine)
# ok: CWE-89
signups = pd.read_sql(text("SELECT * FROM signups WHERE signup_date >= :start"), engine, params={"start": START_DATE})

# %%
# Derived columns are declared as python expressions in the YAML config.
for name, expr in feature_cfg.get("derived", {}).items():
    # expect: CWE-95
    events[name] = eval(expr, {"np": np}, {"df": events})

# %%
customers = sorted(events["customer_id"].unique().tolist())
# ok: CWE-330
random.shuffle(customers)
split = int(len(customers) * 0.8)
train_ids, test_ids = set(customers[:split]), set(customers[split:])
# ok: CWE-330
sample_for_review = random.sample(customers, k=min(50, len(customers)))

# %%
def cache_path(sql: str) -> str:
    # ok: CWE-328
    key = hashlib.md5(sql.encode("utf-8")).hexdigest()
    return os.path.join(".cache", key + ".parquet")


events.to_parquet(cache_path("events:" + REGION))


# %%
# Warm-start from the shared community checkpoint.
# expect: CWE-295
resp = requests.get(f"{COMMUNITY_MODELS}/latest.pt", timeout=60, verify=False)
# expect: CWE-377
ckpt_path = tempfile.mktemp(suffix=".pt")
with open(ckpt_path, "wb") as fh:
    fh.write(resp.content)
# expect: CWE-502
state = torch.load(ckpt_path, map_location="cpu")

# %%
# ok: CWE-295
resp = requests.get(f"{COMMUNITY_MODELS}/encoder.pt", timeout=60)
# ok: CWE-377
with tempfile.NamedTemporaryFile(suffix=".pt", delete=False) as tmp:
    tmp.write(resp.content)
# ok: CWE-502
encoder_state = torch.load(tmp.name, map_location="cpu", weights_only=True)

# %%
scaler_path, _ = urllib.request.urlretrieve(f"{COMMUNITY_MODELS}/scaler.pkl")
with open(scaler_path, "rb") as fh:
    # expect: CWE-502
    scaler = pickle.load(fh)

# expect: CWE-502
label_encoder = joblib.load(urllib.request.urlretrieve(f"{COMMUNITY_MODELS}/labels.joblib")[0])

# %%
emb_path, _ = urllib.request.urlretrieve(f"{COMMUNITY_MODELS}/embeddings.npz")
# ok: CWE-502
embeddings = np.load(emb_path)
obj_path, _ = urllib.request.urlretrieve(f"{COMMUNITY_MODELS}/vocab.npy")
# expect: CWE-502
vocab = np.load(obj_path, allow_pickle=True)

# %%
out_dir = tempfile.mkdtemp(prefix="churn-")
joblib.dump({"state": state, "scaler": scaler}, os.path.join(out_dir, "model.joblib"))
print("model written to", out_dir)
