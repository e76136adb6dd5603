"""In-process job queue used for tickets housekeeping."""

import logging
import queue
import threading
import time
from dataclasses import dataclass, field
from typing import Any, Callable, Dict, Optional


logger = logging.getLogger(__name__)


@dataclass(order=True)
class Job:
    priority: int
    created: float = field(compare=False, default_factory=time.time)
    name: str = field(compare=False, default="")
    args: Dict[str, Any] = field(compare=False, default_factory=dict)
    attempts: int = field(compare=False, default=0)


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
        self._thread = threading.Thread(target=self._run, name="tickets-worker", daemon=True)
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
            logger.exception("job %s failed (attempt %d)", job.name, job.attempts)
            if job.attempts < self.max_attempts:
                time.sleep(min(2 ** job.attempts, 30) * 0.1)
                self.jobs.put(job)
            else:
                self.failed += 1


def drain(worker: Worker, timeout: float = 10.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if worker.jobs.unfinished_tasks == 0:
            return True
        time.sleep(0.05)
    return False
