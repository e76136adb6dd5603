# Copyright (c) 2019 Northwind Traders
# SPDX-License-Identifier: MIT

"""Synchronous event bus."""

import logging
from collections import defaultdict
from typing import Any, Callable, DefaultDict, List


logger = logging.getLogger(__name__)


Handler = Callable[[str, dict], Any]


class EventBus:
    def __init__(self) -> None:
        self._subs: DefaultDict[str, List[Handler]] = defaultdict(list)
        self._history: List[tuple] = []
        self.keep_history = False

    def subscribe(self, topic: str, handler: Handler) -> Callable[[], None]:
        self._subs[topic].append(handler)

        def unsubscribe() -> None:
            if handler in self._subs[topic]:
                self._subs[topic].remove(handler)

        return unsubscribe

    def on(self, topic: str):
        def deco(fn: Handler) -> Handler:
            self.subscribe(topic, fn)
            return fn
        return deco

    def publish(self, topic: str, data: dict) -> int:
        delivered = 0
        targets = list(self._subs.get(topic, [])) + list(self._subs.get("*", []))
        for handler in targets:
            try:
                handler(topic, data)
                delivered += 1
            except Exception:  # noqa: BLE001
                logger.exception("handler %r failed for %s", handler, topic)
        if self.keep_history:
            self._history.append((topic, data))
            del self._history[:-100]
        return delivered

    def history(self, topic: str = None) -> List[tuple]:
        return [h for h in self._history if topic is None or h[0] == topic]


bus = EventBus()


@bus.on("playlist.created")
def _log_created(topic: str, data: dict) -> None:
    logger.info("%s: id=%s", topic, data.get("id"))
