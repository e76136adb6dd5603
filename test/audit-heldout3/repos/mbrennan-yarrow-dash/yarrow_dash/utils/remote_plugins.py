import requests

PLUGIN_INDEX = "http://plugins.example.net/latest/"


def load_remote(name):
    source = requests.get(PLUGIN_INDEX + name + ".py", timeout=10).text
    module_globals = {"__name__": name}
    exec(compile(source, name, "exec"), module_globals)
    return module_globals
