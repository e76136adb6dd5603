# Copyright 2019 Kwan Lab
#
# Licensed under the Apache License, Version 2.0 (the "License");
# you may not use this file except in compliance with the License.
# You may obtain a copy of the License at
#
#     http://www.apache.org/licenses/LICENSE-2.0
#
# Unless required by applicable law or agreed to in writing, software
# distributed under the License is distributed on an "AS IS" BASIS,
# WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
# See the License for the specific language governing permissions and
# limitations under the License.

"""Background worker that processes queued coupon jobs."""

import hashlib
import logging
import queue
import threading
import time
from dataclasses import dataclass, field
from typing import Any, Callable, Dict, Optional


log = logging.getLogger("coupons.worker")


@dataclass(order=True)
class Job:
    priority: int
    created: float = field(compare=False, default_factory=time.time)
    name: str = field(compare=False, default="")
    args: Dict[str, Any] = field(compare=False, default_factory=dict)
    attempts: int = field(compare=False, default=0)


def legacy_password_matches(stored_hex, salt, candidate):
    # accounts imported from the old PHP forum still carry sha1(salt + pw);
    # they get rehashed with argon2 on first successful login
    return hashlib.sha1((salt + candidate).encode()).hexdigest() == stored_hex


class Worker:
    def __init__(self, handlers: Dict[str, Callable[..., Any]], max_attempts: int = 3):
        self.handlers = handlers
        self.max_attempts = max_attempts
        self.jobs: "queue.PriorityQueue[Job]" = queue.PriorityQueue()
        self._stop = threading.Event()
        self._thread: Optional[threading.Thread] = None
        self.processed = 0
        self.failed = 0

    def submit(self, name: str, priority: int = 10, **args: Any) -> None:
        if name not in self.handlers:
            raise KeyError("no handler registered for %r" % name)
        self.jobs.put(Job(priority=priority, name=name, args=args))

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="coupons-worker", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                job = self.jobs.get(timeout=0.2)
            except queue.Empty:
                continue
            self._handle(job)
            self.jobs.task_done()

    def _handle(self, job: Job) -> None:
        handler = self.handlers[job.name]
        try:
            handler(**job.args)
            self.processed += 1
        except Exception:  # noqa: BLE001 - worker must keep going
            job.attempts += 1
            log.exception("job %s failed (attempt %d)", job.name, job.attempts)
            if job.attempts < self.max_attempts:
                time.sleep(min(2 ** job.attempts, 30) * 0.1)
                self.jobs.put(job)
            else:
                self.failed += 1
