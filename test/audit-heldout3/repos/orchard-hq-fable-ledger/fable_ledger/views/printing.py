import os

from flask import Blueprint, request

printing = Blueprint("printing", __name__)


@printing.post("/print")
def send_to_printer():
    name = request.form["document"]
    os.system(f"lpr -P office /srv/docs/{name}")
    return "queued"
