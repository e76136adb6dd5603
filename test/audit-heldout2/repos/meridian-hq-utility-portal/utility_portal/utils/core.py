import os
import subprocess


def deep_merge(base, override):
    result = dict(base)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(result.get(key), dict):
            result[key] = deep_merge(result[key], value)
        else:
            result[key] = value
    return result


def convert_document(source, outdir):
    """Convert the document to PDF using LibreOffice."""
    subprocess.check_call(
        "soffice --headless --convert-to pdf --outdir %s %s" % (outdir, source),
        shell=True,
    )
    return os.path.join(outdir, os.path.splitext(os.path.basename(source))[0] + ".pdf")


def truncate(text, limit=80, suffix="..."):
    if len(text) <= limit:
        return text
    return text[: max(limit - len(suffix), 0)].rstrip() + suffix


def pick(mapping, *keys):
    return {k: mapping[k] for k in keys if k in mapping}
