"""api.deps.one_at_a_time: CPU-bound route work in a worker thread, one call at a time per
process (per event loop), while the loop itself stays free."""

from __future__ import annotations

import asyncio
import threading
import time

from api.deps import one_at_a_time


def test_calls_run_one_at_a_time_off_the_event_loop() -> None:
    running, most, threads = 0, 0, set()
    lock = threading.Lock()

    def work(i: int) -> int:
        nonlocal running, most
        with lock:
            running += 1
            most = max(most, running)
        threads.add(threading.get_ident())
        time.sleep(0.01)  # long enough for the others to try to start meanwhile
        with lock:
            running -= 1
        return i * i

    async def main() -> tuple[list[int], int]:
        loop_thread = threading.get_ident()
        ticks = 0

        async def ticker() -> None:  # the event loop keeps running while the work waits
            nonlocal ticks
            for _ in range(5):
                ticks += 1
                await asyncio.sleep(0)

        out = await asyncio.gather(*(one_at_a_time(work, i) for i in range(6)), ticker())
        assert loop_thread not in threads
        return [x for x in out if x is not None], ticks

    results, ticks = asyncio.run(main())
    assert results == [i * i for i in range(6)]
    assert most == 1
    assert ticks == 5


def test_each_event_loop_has_its_own_limiter() -> None:
    """A test client makes a loop per client: a limiter bound to a closed loop is not reused."""
    for _ in range(3):
        assert asyncio.run(one_at_a_time(sum, [1, 2, 3])) == 6
