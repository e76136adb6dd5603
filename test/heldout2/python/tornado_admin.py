"""Admin console for the pricing engine (Tornado).

Analysts use it to try pricing formulas, load small plugin snippets and preview
e-mail templates before they are rolled out.
"""
import ast
import code
import io
import json
import math
import operator
from contextlib import redirect_stdout

import tornado.ioloop
import tornado.web
from jinja2 import Environment, FileSystemLoader, select_autoescape
from tornado.escape import xhtml_escape
from tornado.template import Template

MAIL_ENV = Environment(loader=FileSystemLoader("templates/mail"), autoescape=select_autoescape(["html"]))
SAFE_OPS = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv}
GREETING = Template("<p>Hello {{ name }}, your plan is {{ plan }}.</p>")
DASHBOARD_PATHS = {"/admin", "/admin/pricing", "/admin/mail"}


def _evaluate_formula(expr, price):
    """Evaluate an analyst supplied formula against a base price.

    Older revisions did this with

    # expect-comment: CWE-95
        eval(self.get_argument("expr"), {"price": price})

    directly inside the handler.
    """
    # expect: CWE-95
    return eval(expr, {"__builtins__": {}, "math": math}, {"price": price})


def _apply_op(op, a, b):
    if op not in SAFE_OPS:
        raise ValueError("unsupported operator")
    return SAFE_OPS[op](a, b)


def _load_plugin(source, namespace):
    # expect: CWE-95
    exec(compile(source, "<plugin>", "exec"), namespace)
    return namespace


class BaseHandler(tornado.web.RequestHandler):
    def write_json(self, payload):
        self.set_header("Content-Type", "application/json")
        self.write(json.dumps(payload))


class FormulaHandler(BaseHandler):
    def get(self):
        expr = self.get_argument("expr")
        price = float(self.get_argument("price", "100"))
        self.write_json({"result": _evaluate_formula(expr, price)})


class SafeFormulaHandler(BaseHandler):
    def get(self):
        a = float(self.get_argument("a"))
        b = float(self.get_argument("b"))
        self.write_json({"result": _apply_op(self.get_argument("op", "+"), a, b)})


class ListLiteralHandler(BaseHandler):
    def post(self):
        raw = self.get_body_argument("tiers")
        # ok: CWE-95
        tiers = ast.literal_eval(raw)
        self.write_json({"tiers": sorted(float(t) for t in tiers)})


class PluginHandler(BaseHandler):
    def post(self):
        source = self.get_body_argument("source")
        ns = _load_plugin(source, {"__name__": "plugin"})
        self.write_json({"exports": sorted(k for k in ns if not k.startswith("_"))})


class ConsoleHandler(BaseHandler):
    def post(self):
        line = self.get_body_argument("line")
        interp = code.InteractiveInterpreter(locals={"engine": self.application.settings.get("engine")})
        buf = io.StringIO()
        with redirect_stdout(buf):
            # expect: CWE-95
            incomplete = interp.runsource(line)
        self.write_json({"incomplete": incomplete, "output": buf.getvalue()})


class GreetingHandler(BaseHandler):
    def get(self):
        name = self.get_query_argument("name", "customer")
        plan = self.get_query_argument("plan", "basic")
        # ok: CWE-94
        self.write(GREETING.generate(name=name, plan=plan))


class TemplatePreviewHandler(BaseHandler):
    def post(self):
        body = self.get_body_argument("template")
        # expect: CWE-94
        rendered = Template(body).generate(name="Preview User", plan="pro")
        self.write_json({"preview": rendered.decode("utf-8")})


class MailPreviewHandler(BaseHandler):
    def post(self):
        subject_tpl = self.get_body_argument("subject")
        env = Environment(autoescape=True)
        # expect: CWE-94
        subject = env.from_string(subject_tpl).render(customer="Preview User")
        self.write_json({"subject": subject})


class MailRenderHandler(BaseHandler):
    def get(self, template_name):
        customer = self.get_query_argument("customer", "Preview User")
        tpl = MAIL_ENV.get_template("welcome.html")
        # ok: CWE-79
        self.write(tpl.render(customer=customer, variant=template_name))


class BannerHandler(BaseHandler):
    def get(self):
        title = self.get_argument("title", "")
        # expect: CWE-79
        self.write("<div class='banner'>" + title + "</div>")


class SafeBannerHandler(BaseHandler):
    def get(self):
        title = self.get_argument("title", "")
        # ok: CWE-79
        self.write("<div class='banner'>" + xhtml_escape(title) + "</div>")


class ReturnHandler(BaseHandler):
    def get(self):
        # expect: CWE-601
        self.redirect(self.get_query_argument("next", "/admin"))


class SafeReturnHandler(BaseHandler):
    def get(self):
        target = self.get_query_argument("next", "/admin")
        if target not in DASHBOARD_PATHS:
            target = "/admin"
        # ok: CWE-601
        self.redirect(target)


def make_app():
    return tornado.web.Application([
        (r"/formula", FormulaHandler),
        (r"/formula/simple", SafeFormulaHandler),
        (r"/tiers", ListLiteralHandler),
        (r"/plugins", PluginHandler),
        (r"/console", ConsoleHandler),
        (r"/greeting", GreetingHandler),
        (r"/templates/preview", TemplatePreviewHandler),
        (r"/mail/preview", MailPreviewHandler),
        (r"/mail/render/([a-z_]+)", MailRenderHandler),
        (r"/banner", BannerHandler),
        (r"/banner/safe", SafeBannerHandler),
        (r"/return", ReturnHandler),
        (r"/return/safe", SafeReturnHandler),
    ])


if __name__ == "__main__":
    make_app().listen(8899, address="127.0.0.1")
    tornado.ioloop.IOLoop.current().start()
