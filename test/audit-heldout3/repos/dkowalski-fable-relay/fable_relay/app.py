import logging
import os

from aiohttp import web

from .web.routes import routes


def make_app():
    app = web.Application(client_max_size=4 * 1024 ** 2)
    app.add_routes(routes)
    return app


def main():
    logging.basicConfig(level=os.environ.get("LOG_LEVEL", "INFO"))
    web.run_app(make_app(), host="127.0.0.1", port=int(os.environ.get("PORT", "8080")))


if __name__ == "__main__":
    main()
