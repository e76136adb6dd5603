"""Newsletter / notification rendering service."""
import html
import os

import jinja2
from flask import Flask, render_template, render_template_string, request
from jinja2 import Environment, FileSystemLoader, PackageLoader, select_autoescape
from mako.template import Template as MakoTemplate

app = Flask(__name__)

TEMPLATE_DIR = os.path.join(os.path.dirname(__file__), "templates")
PROFILE_SNIPPET = "<div class='bio'>{{ bio }}</div>"

mail_env = Environment(
    loader=FileSystemLoader(TEMPLATE_DIR),
    # ok: CWE-79
    autoescape=select_autoescape(["html", "xml"]),
)

# expect: CWE-79
report_env = Environment(loader=PackageLoader("newsletter", "report_templates"), autoescape=False)


@app.route("/preview", methods=["POST"])
def preview_newsletter():
    # expect: CWE-94
    return render_template_string(request.form["body"], user=request.form.get("user"))


@app.route("/hello")
def hello():
    # ok: CWE-94, CWE-79
    return render_template_string("<p>Hello {{ name }}!</p>", name=request.args.get("name", "friend"))


@app.route("/profile/<int:user_id>")
def profile(user_id):
    bio = request.args.get("bio", "")
    # ok: CWE-94, CWE-79
    return render_template("profile.html", user_id=user_id, bio=bio)


@app.route("/subject", methods=["POST"])
def render_subject():
    payload = request.get_json()
    subject_tpl = payload["subject_template"]
    # expect: CWE-94
    subject = mail_env.from_string(subject_tpl).render(first_name=payload["first_name"])
    return {"subject": subject}


@app.route("/subject/v2", methods=["POST"])
def render_subject_v2():
    payload = request.get_json()
    # ok: CWE-94
    subject = mail_env.get_template("subjects/default.txt").render(first_name=payload["first_name"])
    return {"subject": subject}


def render_saved_campaign(campaign):
    """campaign.body_template is edited by customers in the campaign builder."""
    # expect: CWE-94
    return jinja2.Template(campaign.body_template).render(contact=campaign.contact)


@app.route("/bio-card")
def bio_card():
    bio = request.args.get("bio", "")
    # expect: CWE-79
    return jinja2.Template(PROFILE_SNIPPET).render(bio=bio)


@app.route("/bio-card/v2")
def bio_card_v2():
    bio = request.args.get("bio", "")
    # ok: CWE-79
    return mail_env.from_string(PROFILE_SNIPPET).render(bio=bio)


@app.route("/legacy/footer")
def legacy_footer():
    # expect: CWE-94
    return MakoTemplate(request.args.get("footer", "")).render()


@app.route("/legacy/footer/v2")
def legacy_footer_v2():
    footer_tpl = MakoTemplate(filename=os.path.join(TEMPLATE_DIR, "footer.mako"), default_filters=["h"])
    # ok: CWE-94
    return footer_tpl.render(company=request.args.get("company", ""))


@app.route("/unsubscribe")
def unsubscribe():
    email = request.args.get("email", "")
    # ok: CWE-79
    return "<p>%s has been unsubscribed.</p>" % html.escape(email)


@app.route("/unsubscribe/legacy")
def unsubscribe_legacy():
    email = request.args.get("email", "")
    # expect: CWE-79
    return "<p>{} has been unsubscribed.</p>".format(email)
