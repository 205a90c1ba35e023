"""The benchmark's settings (bench/pages.py): production's, served over plain HTTP on loopback.

bench/pages.py sets the environment production reads (SECRET_KEY, ALLOWED_HOSTS, DATABASE_URL,
SECURE_SSL_REDIRECT=false, TASKS_BACKEND=immediate); only the collected files' folder is not
an environment variable in production, so it is one here.
"""

import os
from pathlib import Path

from .production import *  # noqa: F403 -- a settings module extends its base

STATIC_ROOT = Path(os.environ["STATIC_ROOT"])
