# SPDX-License-Identifier: Apache-2.0
# Copyright (c) 2024 Aiko Yukimura

import logging

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from app.core.config import settings
from app.routers import episodes

logging.basicConfig(level=settings.log_level)

app = FastAPI(title="yarrow-well", version="0.1.0")
app.add_middleware(
    CORSMiddleware,
    allow_origins=settings.cors_origins,
    allow_methods=["GET", "POST", "PUT", "DELETE"],
    allow_headers=["Authorization", "Content-Type"],
)
app.include_router(episodes.router)


@app.get("/healthz")
def healthz():
    return {"status": "ok"}
