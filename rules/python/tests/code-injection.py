import ast
import builtins
import json
import operator

from flask import Flask, render_template, render_template_string, request
from jinja2 import Environment, Template

app = Flask(__name__)
OPS = {"+": operator.add, "-": operator.sub}


@app.route("/calc")
def calc():
    expr = request.args.get("expr", "")
    # expect: CWE-95
    result = eval(expr)
    return str(result)


@app.route("/calc2")
def calc_safe():
    expr = request.args.get("expr", "")
    # ok: CWE-95
    result = ast.literal_eval(expr)
    return str(result)


def apply_op(a, op, b):
    # ok: CWE-95
    return OPS[op](a, b)


def load_settings(text):
    # expect: CWE-95
    return eval(text)


def load_settings_json(text):
    # ok: CWE-95
    return json.loads(text)


def constant_expression():
    # ok: CWE-95
    return eval("2 ** 10")


def run_plugin(source_code, env):
    # expect: CWE-95
    exec(source_code, env)


def make_getter(field):
    code = f"def get(obj):\n    return obj.{field}\n"
    ns = {}
    # expect: CWE-95
    exec(code, ns)
    return ns["get"]


def make_getter_safe(field):
    # ok: CWE-95
    return operator.attrgetter(field)


def builtin_alias(payload):
    # expect: CWE-95
    return builtins.eval(payload)


def torch_like(model):
    # A method called eval is not the builtin.
    # ok: CWE-95
    model.eval()


@app.route("/hello")
def hello():
    name = request.args.get("name", "world")
    # expect: CWE-94
    return render_template_string("<h1>Hello " + name + "</h1>")


@app.route("/hello2")
def hello_safe():
    name = request.args.get("name", "world")
    # ok: CWE-94
    return render_template_string("<h1>Hello {{ name }}</h1>", name=name)


@app.route("/hello3")
def hello_file():
    name = request.args.get("name", "world")
    # ok: CWE-94
    return render_template("hello.html", name=name)


def render_email(user_template, ctx):
    env = Environment(autoescape=True)
    # expect: CWE-94
    return env.from_string(f"Dear {ctx['name']},\n" + user_template).render(**ctx)


def render_fixed(ctx):
    env = Environment(autoescape=True)
    # ok: CWE-94
    return env.from_string("Dear {{ name }}").render(**ctx)


def greeting(title):
    # expect: CWE-94
    return Template("<title>%s</title>" % title).render()


if __name__ == "__main__":
    # expect: CWE-94
    app.run(host="0.0.0.0", debug=True)


def run_quiet():
    # ok: CWE-94
    app.run(host="127.0.0.1", debug=False)


def doc_example():
    """Evaluate a formula.

    >>> # expect-comment: CWE-95
    >>> eval(request.form["formula"])
    """


def preview_layout(request):
    from django.template import Context
    from django.template import Template as DjangoTemplate

    # expect: CWE-94
    tpl = DjangoTemplate(request.POST["layout"])
    return tpl.render(Context({}))


def footer_from_file(path):
    from mako.template import Template as MakoTemplate

    # ok: CWE-94
    return MakoTemplate(filename=path).render()



def console(request):
    import code

    interp = code.InteractiveInterpreter()
    # expect: CWE-95
    interp.runsource(request.form["line"])
    # ok: CWE-95
    interp.runsource("print(1)")


def run_loop(main):
    import asyncio

    # ok: CWE-94
    asyncio.run(main(), debug=True)


def literal_table():
    for text in ("1.5e3", "0x1f", "-2"):
        # ok: CWE-95
        print(eval(text))
    for line in open("/etc/formulas.txt"):
        # expect: CWE-95
        print(eval(line))
