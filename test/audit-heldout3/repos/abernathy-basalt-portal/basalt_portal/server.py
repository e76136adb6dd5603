# SPDX-License-Identifier: Apache-2.0
# Copyright (c) 2019 Abernathy

import os

import tornado.ioloop
import tornado.web

from .handlers import jobs as h


def make_app(store):
    app = tornado.web.Application(
        [
            (r"/jobs", h.JobListHandler),
            (r"/jobs/([0-9]+)", h.JobHandler),
            (r"/healthz", h.HealthHandler),
        ],
        cookie_secret=os.environ["COOKIE_SECRET"],
        xsrf_cookies=True,
    )
    app.store = store
    return app


if __name__ == "__main__":
    from .store import Store
    make_app(Store.from_env()).listen(int(os.environ.get("PORT", "8888")))
    tornado.ioloop.IOLoop.current().start()
