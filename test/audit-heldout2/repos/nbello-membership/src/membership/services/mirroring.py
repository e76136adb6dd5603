"""Repository mirroring jobs."""

import os
import time

from ..vcs import git


MIRROR_ROOT = os.environ.get('MIRROR_ROOT', '/var/lib/mirrors')


def _target_dir(url):
    name = url.rstrip('/').rsplit('/', 1)[-1]
    if name.endswith('.git'):
        name = name[:-4]
    return os.path.join(MIRROR_ROOT, name or 'repo')


def start_mirror(url, branch='main'):
    dest = _target_dir(url)
    started = time.time()
    git.shallow_clone(url, branch, dest)
    return {'path': dest, 'seconds': round(time.time() - started, 2)}
