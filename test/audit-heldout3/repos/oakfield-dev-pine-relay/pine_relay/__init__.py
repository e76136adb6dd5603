# Copyright 2021 Oakfield Developers. All rights reserved.

import os

from flask import Flask

from .models import db


def create_app(config=None):
    app = Flask(__name__)
    app.config.from_mapping(
        SQLALCHEMY_DATABASE_URI=os.environ.get("DATABASE_URL", "sqlite:///episodes.db"),
        SQLALCHEMY_TRACK_MODIFICATIONS=False,
        SECRET_KEY=os.environ.get("SECRET_KEY"),
        MAX_CONTENT_LENGTH=8 * 1024 * 1024,
    )
    if config:
        app.config.update(config)
    db.init_app(app)

    from .views.views import bp
    app.register_blueprint(bp)

    @app.get("/healthz")
    def healthz():
        return {"ok": True}

    return app
