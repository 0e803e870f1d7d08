"""Peak memory of concurrent wrong logins: argon2-cffi's default hasher (64 MiB, t=3, p=4)
computed on each request thread, against globalsell's (19 MiB, t=2, p=1, OWASP) computed on two
dedicated hashing threads. Each configuration runs in a fresh subprocess (peak RSS only grows),
N request threads each verify one wrong password at the same time.

    python benchmarks/login_memory.py [N ...]
"""

from __future__ import annotations

import subprocess
import sys

CHILD = """
import resource, sys, threading
from argon2 import PasswordHasher
mode, n = sys.argv[1], int(sys.argv[2])
if mode == "default-per-thread":
    hasher = PasswordHasher()
    def verify(stored):
        hasher.verify(stored, "wrong password!!")
    stored = hasher.hash("correct horse battery")
else:
    from globalsell.accounts import service
    hasher = service._hasher
    stored = hasher.hash("correct horse battery")
    def verify(stored):
        service._bounded(lambda: hasher.verify(stored, "wrong password!!"))
base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
def attempt():
    try:
        verify(stored)
    except Exception:
        pass
threads = [threading.Thread(target=attempt) for _ in range(n)]
for t in threads:
    t.start()
for t in threads:
    t.join()
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(base // 1024, peak // 1024)
"""


def main(sizes: list[int]) -> None:
    print(f"{'configuration':<34}{'logins':>7}{'base MiB':>10}{'peak MiB':>10}{'added':>8}")
    for n in sizes:
        for mode in ("default-per-thread", "globalsell"):
            out = subprocess.run(
                [sys.executable, "-c", CHILD, mode, str(n)],
                check=True,
                capture_output=True,
                text=True,
            ).stdout.split()
            base, peak = int(out[0]), int(out[1])
            print(f"{mode:<34}{n:>7}{base:>10}{peak:>10}{peak - base:>8}")


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [1, 20])
