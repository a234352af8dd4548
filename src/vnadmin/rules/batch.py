"""Checking many files: walking directories and streaming results.

Files are produced by a generator and checked one at a time (or by a process pool fed in
bounded windows), and each result is handed on as soon as it exists, so memory does not
grow with the number of files. How a file becomes a :class:`~vnadmin.model.Document` is
the caller's ``load`` function (the command line passes one that dispatches on the
extension to :mod:`vnadmin.text`, :mod:`vnadmin.xml` or :mod:`vnadmin.docx`); it must be a
module-level function so that worker processes can use it.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from pathlib import Path

import attrs

from vnadmin.model import Document, Finding
from vnadmin.rules.config import Config
from vnadmin.rules.engine import validate

__all__ = ["FileResult", "Skipped", "check_files", "check_one", "walk"]

Loader = Callable[[Path], Document]


@attrs.frozen
class FileResult:
    """The outcome for one file: its findings, or ``error`` (a one-line message) when it
    could not be read."""

    path: str
    findings: tuple[Finding, ...] = ()
    error: str | None = None


@attrs.frozen
class Skipped:
    """A file met while walking a directory whose extension no reader handles."""

    path: str


def walk(inputs: Iterable[str | Path], extensions: frozenset[str]) -> Iterator[Path | Skipped | FileResult]:
    """The files to check, lazily: each input file as given (whatever its extension: the
    loader says when it cannot read it), and inside each directory, in sorted order, the
    files whose extension is in ``extensions``; other files there come out as
    :class:`Skipped`. A missing input comes out as a :class:`FileResult` with an error."""
    for item in inputs:
        p = Path(item)
        if p.is_dir():
            for root, dirs, files in os.walk(p):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    f = Path(root) / name
                    if f.suffix.lower() in extensions:
                        yield f
                    elif not name.startswith("."):
                        yield Skipped(str(f))
        elif p.is_file():
            yield p
        else:
            yield FileResult(str(p), error="không tìm thấy tệp hoặc thư mục (no such file or directory)")


def check_one(path: Path, load: Loader, config: Config) -> FileResult:
    """Load and validate one file; a file that cannot be read gives a result with a
    one-line error instead of an exception."""
    try:
        doc = load(path)
    except OSError as exc:
        return FileResult(str(path), error=f"không đọc được tệp (cannot read the file): {exc.strerror or exc}")
    except ValueError as exc:  # VnAdminError, UnicodeDecodeError and the loader's own errors
        first = str(exc).strip().splitlines()
        return FileResult(str(path), error=first[0] if first else type(exc).__name__)
    return FileResult(str(path), tuple(validate(doc, config=config, source=str(path))))


# Worker-process state, set once per worker by the pool initialiser.
_WORKER: tuple[Loader, Config] | None = None


def _init_worker(load: Loader, config: Config) -> None:
    global _WORKER
    _WORKER = (load, config)


def _work(path: Path) -> FileResult:
    assert _WORKER is not None
    return check_one(path, *_WORKER)


def check_files(
    items: Iterable[Path | Skipped | FileResult],
    load: Loader,
    config: Config,
    *,
    jobs: int = 1,
    chunksize: int = 16,
) -> Iterator[FileResult | Skipped]:
    """Check every path of ``items`` (as :func:`walk` yields them) and yield results in
    input order; :class:`Skipped` and error results pass through in place.

    With ``jobs > 1`` a process pool checks the files; tasks are submitted in windows of
    ``jobs × chunksize × 4`` (at most two windows in flight) so that neither pending paths
    nor finished results pile up."""
    if jobs <= 1:
        for item in items:
            yield check_one(item, load, config) if isinstance(item, Path) else item
        return
    import multiprocessing

    window = jobs * chunksize * 4
    iterator = iter(items)
    with multiprocessing.Pool(jobs, initializer=_init_worker, initargs=(load, config)) as pool:
        # Two windows in flight: the next one is queued before the current one is
        # drained, so the workers never wait for the consumer.
        previous: tuple[list[Path | Skipped | FileResult], Iterator[FileResult]] | None = None
        while True:
            batch = list(islice(iterator, window))
            current = None
            if batch:
                paths = [b for b in batch if isinstance(b, Path)]
                current = (batch, pool.imap(_work, paths, chunksize=chunksize))
            if previous is not None:
                done_batch, done = previous
                for b in done_batch:
                    yield next(done) if isinstance(b, Path) else b
            if current is None:
                break
            previous = current
