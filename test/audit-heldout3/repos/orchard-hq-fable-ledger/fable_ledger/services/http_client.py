import requests

USER_AGENT = "fable-ledger/1.0 (+https://example.org/bot)"


def fetch_text(url, timeout=15):
    resp = requests.get(url, headers={"User-Agent": USER_AGENT}, timeout=timeout)
    resp.raise_for_status()
    return resp.text
