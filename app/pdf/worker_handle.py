"""One render process seen from the GUI process: its pipes, its sender thread, its pixel slots.

Split from ``render_client`` so that the client holds the policy (requests, generations, cache,
events) and this module the mechanics of one process's lifetime. A restart replaces the whole handle.
"""

from __future__ import annotations

import contextlib
import queue
import threading
import time
from multiprocessing.shared_memory import SharedMemory
from typing import Any

from app.pdf.render_worker import WorkerOptions, worker_main

COPY_CHUNK = 256 * 1024


class WorkerHandle:
    """One render process and its pipes; replaced as a whole on restart."""

    def __init__(self, context: Any, options: WorkerOptions) -> None:
        command_reader, self.commands = context.Pipe(duplex=False)
        self.results, result_writer = context.Pipe(duplex=False)
        self.process = context.Process(
            target=worker_main,
            args=(command_reader, result_writer, options),
            name="pdf-render-worker",
            daemon=True,  # never outlives the GUI, even if close() is never called
        )
        self.process.start()
        # Our copies of the child's ends must go, or we would never see EOF when the child dies.
        command_reader.close()
        result_writer.close()
        self.outbox: queue.SimpleQueue[tuple[Any, ...] | None] = queue.SimpleQueue()
        self.attachments: dict[str, SharedMemory] = {}  # the worker's pixel slots; listener thread only
        self.ready = threading.Event()
        self.lost = False
        self.sender = threading.Thread(target=self._send_loop, name="pdf-render-sender", daemon=True)
        self.sender.start()

    def _send_loop(self) -> None:
        """Write queued commands in batches; a batch lets the worker see a whole view update at once."""
        while True:
            command = self.outbox.get()
            if command is None:
                return
            batch = [command]
            while True:
                try:
                    more = self.outbox.get_nowait()
                except queue.Empty:
                    break
                if more is None:
                    self._write(batch)
                    return
                batch.append(more)
            if not self._write(batch):
                return

    def _write(self, batch: list[tuple[Any, ...]]) -> bool:
        try:
            self.commands.send(batch)
        except (OSError, ValueError):
            return False  # the worker is gone; the listener reports it
        return True

    def send(self, command: tuple[Any, ...]) -> None:
        self.outbox.put(command)

    def copy_pixels(self, slot_name: str, nbytes: int) -> bytearray:
        """Copy a page out of a shared slot and give the slot back to the worker.

        The copy goes in chunks with a pause for other threads between them: writing into fresh memory
        costs page faults (2-12 ms for a fit-width page on the reference machine), and one big copy
        would hold the interpreter lock, and so the GUI thread, for all of that.
        """
        slot = self.attachments.get(slot_name)
        if slot is None:
            slot = self.attachments[slot_name] = SharedMemory(name=slot_name)
        buffer = slot.buf
        assert buffer is not None  # None only after close()
        data = bytearray(nbytes)
        with buffer[:nbytes] as source:
            for start in range(0, nbytes, COPY_CHUNK):
                data[start : start + COPY_CHUNK] = source[start : start + COPY_CHUNK]
                time.sleep(0)  # releases the interpreter lock for a moment
        self.send(("release", slot_name))
        return data

    def drop_slot(self, slot_name: str) -> None:
        slot = self.attachments.pop(slot_name, None)
        if slot is not None:
            slot.close()

    def detach(self) -> None:
        """Close the pixel slots; unlink them too, in case the worker died without doing so."""
        for slot in self.attachments.values():
            slot.close()
            with contextlib.suppress(OSError):
                slot.unlink()
        self.attachments.clear()

    def stop(self, timeout: float) -> None:
        """Ask the worker to finish, then make sure it is gone and reaped (no zombie)."""
        self.outbox.put(("shutdown",))
        self.outbox.put(None)
        self.sender.join(timeout)
        self.process.join(timeout)
        if self.process.is_alive():
            self.process.terminate()
            self.process.join(1.0)
        if self.process.is_alive():
            self.process.kill()
            self.process.join(1.0)
        self.commands.close()

    def kill(self) -> None:
        """End a worker that is being replaced: no waiting for a render that may never finish."""
        self.outbox.put(None)
        self.process.kill()
        self.process.join(1.0)
        self.commands.close()
