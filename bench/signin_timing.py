"""Password sign-in time with the product's argon2 parameters (64 MiB, 3 passes, 4 lanes),
for an unknown address, a confirmed one (wrong password), one with a confirmed account and
6 unconfirmed sign-ups (wrong password), and the owner's right password behind those 6:
each should check the same number of hashes (1 + PASSWORD_SLOTS) and take the same time.

    python bench/signin_timing.py [--runs 15]

Runs are interleaved (one of each case per round) so a busy machine slows them alike.
"""

from __future__ import annotations

import argparse
import contextlib
import statistics
import time

from embeddings.encoder import FakeEncoder
from matcher.accounts import PASSWORD_SLOTS, AccountSettings
from matcher.community import Community
from matcher.errors import NotAuthenticated

PASSWORD = "correct horse battery"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    runs = parser.parse_args().runs
    settings = AccountSettings()  # the product's argon2 parameters
    c = Community(":memory:", FakeEncoder(dim=32), accounts=settings)
    for name in ("Ana", "Cyd"):  # confirmed, as opening the e-mailed link does
        account = c.accounts.sign_up(name, f"{name.lower()}@example.org", PASSWORD)
        with c.db.transaction():
            c.accounts.store.confirm(account.id, c.accounts.clock())
    c.accounts.sign_up("Vic", "vic@example.org", PASSWORD)  # the owner, unconfirmed
    for n in range(5):
        c.accounts.sign_up(f"Mal {n}", "vic@example.org", f"stranger password {n}")
    cases = {
        "unknown address": ("nobody@example.org", "wrong password!"),
        "confirmed, wrong password": ("ana@example.org", "wrong password!"),
        "6 unconfirmed, wrong password": ("vic@example.org", "wrong password!"),
        "owner behind 5 strangers, right": ("vic@example.org", PASSWORD),
    }
    times: dict[str, list[float]] = {k: [] for k in cases}
    for r in range(runs):
        for i, (name, (address, password)) in enumerate(cases.items()):
            start = time.perf_counter()
            # a client of its own per attempt: the throttles stay out of the way
            with contextlib.suppress(NotAuthenticated):
                c.accounts.verify(address, password, client=f"10.0.{r}.{i}")
            times[name].append(time.perf_counter() - start)
            with c.db.transaction():  # the failure buckets too
                c.db.execute("DELETE FROM throttle_buckets")
    print(f"hashes checked per sign-in: {1 + PASSWORD_SLOTS}; {runs} runs each, seconds")
    for name, values in times.items():
        print(
            f"{name:34} median {statistics.median(values):.3f}"
            f"  min {min(values):.3f}  max {max(values):.3f}"
        )


if __name__ == "__main__":
    main()
