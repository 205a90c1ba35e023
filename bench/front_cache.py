"""The front cache of docs/deploy/nginx-front-cache.conf, run for a test or a benchmark.

``render`` fills the configuration's placeholders; ``running`` starts Debian's nginx with it in
a folder of its own (pid file, logs, temporary files and the cache) and stops it afterwards.
``missing`` says what is not installed, for a skip or a benchmark column left out.
"""

import contextlib
import getpass
import shutil
import socket
import subprocess
import time
from pathlib import Path

CONF = Path(__file__).resolve().parent.parent / "docs" / "deploy" / "nginx-front-cache.conf"
PURGE_MODULE = Path("/usr/lib/nginx/modules/ngx_http_cache_purge_module.so")


def missing():
    """Why the front cache cannot run here, or "" when it can."""
    if shutil.which("nginx") is None and not Path("/usr/sbin/nginx").exists():
        return "nginx is not installed (apt-get install nginx-light libnginx-mod-http-cache-purge)"
    if not PURGE_MODULE.exists():
        return f"{PURGE_MODULE} is missing (apt-get install libnginx-mod-http-cache-purge)"
    return ""


def render(prefix, listen, upstreams):
    """The configuration for nginx listening on ``listen`` in front of ``upstreams``
    (host:port strings), with everything nginx writes kept under ``prefix``."""
    values = {
        "user": getpass.getuser(),
        "prefix": str(prefix),
        "cache_dir": str(Path(prefix) / "cache"),
        "listen": listen,
        "upstream": " ".join(f"server {upstream};" for upstream in upstreams),
    }
    text = CONF.read_text()
    for name, value in values.items():
        text = text.replace("{{ %s }}" % name, value)  # noqa: UP031 -- the braces are literal
    return text


def free_port(host="127.0.0.1"):
    with socket.socket() as sock:
        sock.bind((host, 0))
        return sock.getsockname()[1]


@contextlib.contextmanager
def running(prefix, upstreams, host="127.0.0.1"):
    """nginx in the foreground on a free port of ``host``; yields the port."""
    prefix = Path(prefix)
    prefix.mkdir(parents=True, exist_ok=True)
    port = free_port(host)
    conf = prefix / "nginx.conf"
    conf.write_text(render(prefix, f"{host}:{port}", upstreams))
    nginx = shutil.which("nginx") or "/usr/sbin/nginx"
    command = [nginx, "-p", str(prefix), "-c", str(conf), "-g", "daemon off;"]
    process = subprocess.Popen(command, stderr=subprocess.PIPE, text=True)  # noqa: S603 -- nginx
    try:
        deadline = time.monotonic() + 10
        while True:
            if process.poll() is not None:
                raise RuntimeError(f"nginx did not start: {process.stderr.read()}")
            with contextlib.suppress(OSError), socket.create_connection((host, port), 1):
                break
            if time.monotonic() > deadline:
                raise RuntimeError("nginx did not listen within 10 seconds")
            time.sleep(0.05)
        yield port
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
