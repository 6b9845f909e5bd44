"""Replacing files and whole directories so that readers see the old version
or the new one, never a mix, even when the process is killed half way.

Every record, data split and catalogue the package writes goes through
:func:`write_files_atomic` (or its one-file forms :func:`write_atomic` and
:func:`write_bytes_atomic`): written beside its target, fsynced, renamed over
it, and the folder fsynced so the rename itself survives a power cut. Many
sets at once (rescoring hundreds of runs) go through a :class:`FileBatch`:
the same guarantees with two flushes of the file system in all.

A directory is replaced by swapping it with a complete, fsynced copy staged
beside it: ``renameat2(RENAME_EXCHANGE)`` on Linux and ``renamex_np(RENAME_SWAP)``
on macOS do that in one step, so the target path always names a complete
directory. Where neither exists (Windows, an old kernel, a file system without
it) two renames are used; between them the target is briefly absent, and
callers keep a journal to finish the job on the next run.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import errno
import os
import secrets
import shutil
import sys
from collections.abc import Callable, Mapping
from pathlib import Path

from harness.errors import OutputError

_AT_FDCWD = -100
_RENAME_EXCHANGE = 2  # linux/fs.h
_RENAME_SWAP = 2  # macOS sys/stdio.h


def _libc():
    name = ctypes.util.find_library("c")
    try:
        return ctypes.CDLL(name, use_errno=True)
    except OSError:
        return None


_LIBC = _libc() if sys.platform in ("linux", "darwin") else None


def exchange_dirs(a: Path, b: Path) -> bool:
    """Swap two existing paths in one atomic step. False where the platform
    or file system cannot (the caller then falls back to two renames)."""
    if _LIBC is None:
        return False
    src, dst = os.fsencode(a), os.fsencode(b)
    if sys.platform == "linux":
        call = getattr(_LIBC, "renameat2", None)
        if call is None:  # glibc < 2.28
            return False
        result = call(_AT_FDCWD, src, _AT_FDCWD, dst, _RENAME_EXCHANGE)
    else:
        call = getattr(_LIBC, "renamex_np", None)
        if call is None:
            return False
        result = call(src, dst, _RENAME_SWAP)
    if result == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.ENOSYS, errno.EINVAL, errno.ENOTSUP, errno.EOPNOTSUPP):
        return False
    raise OSError(code, f"cannot swap {a} and {b}: {os.strerror(code)}")


def fsync_dir(folder: Path) -> None:
    if os.name == "nt":  # directories cannot be opened for fsync on Windows
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_tree(root: Path) -> None:
    """Flush every file and directory under ``root`` (and ``root``) to disk."""
    for folder, _dirs, files in os.walk(root):
        for name in files:
            fd = os.open(os.path.join(folder, name), os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
        fsync_dir(Path(folder))


def write_atomic(path: Path, text: str) -> None:
    """``text`` as UTF-8, written as :func:`write_bytes_atomic` writes bytes."""
    write_files_atomic(Path(path).parent, {Path(path).name: text})


def write_bytes_atomic(path: Path, data: bytes) -> None:
    """Readers see the old file or the new one (bytes kept exactly: CRLF stays)."""
    write_files_atomic(Path(path).parent, {Path(path).name: data})


def write_files_atomic(folder: Path, files: Mapping[str, str | bytes]) -> None:
    """Replace each named file in ``folder`` (text as UTF-8, bytes as they
    are) so that readers see the old file or the new one, never half of one.

    Every file is written in full and fsynced before the first is renamed
    into place, and a target that is a folder is refused before anything is
    written, so a failure while writing (a full disk, a folder in the way)
    leaves all of them as they were: a data split never gets a new train
    file beside an old validation file. Each temporary file
    gets a name of its own and is created anew (O_EXCL, O_NOFOLLOW): two
    writers never share one, and a symlink planted in the folder is never
    followed out of it. A failure leaves no temporary file and raises
    :class:`OutputError` (``FILE: cannot write``) naming the file, or the
    folder when it is the folder that cannot be made."""
    staged = _stage(folder, files, sync=True)
    failed = Path(folder)
    try:
        for tmp, failed in staged:
            os.replace(tmp, failed)
        fsync_dir(Path(folder))
    except OSError as exc:
        _discard([tmp for tmp, _ in staged])
        raise OutputError(failed, exc) from None


def _stage(folder: Path, files: Mapping[str, str | bytes], *, sync: bool) -> list[tuple[Path, Path]]:
    """Each file written in full to a temporary file of its own beside its
    target (fsynced with ``sync``): (temporary file, target) pairs. A failure
    leaves none of them and raises :class:`OutputError` naming the file, or
    the folder when it is the folder that cannot be made."""
    folder = Path(folder)
    targets = [folder / name for name in files]
    failed = targets[0] if len(targets) == 1 else folder
    temps: list[Path] = []
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for target in targets:
            if target.is_dir():
                failed = target
                raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR))
        for target, content in zip(targets, files.values()):
            failed = target
            data = content.encode("utf-8") if isinstance(content, str) else content
            temps.append(target.with_name(f".{target.name}.{secrets.token_hex(6)}.tmp"))
            _write_new(temps[-1], data, sync=sync)
    except OSError as exc:
        _discard(temps)
        raise OutputError(failed, exc) from None
    except BaseException:
        _discard(temps)
        raise
    return list(zip(temps, targets))


def _write_new(tmp: Path, data: bytes, *, sync: bool = True) -> None:
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
    with os.fdopen(os.open(tmp, flags, 0o666), "wb") as handle:  # 0o666: the umask decides, as for any file
        handle.write(data)
        handle.flush()
        if sync:
            os.fsync(handle.fileno())


# Linux's syncfs(2): flush one file system, data and metadata (renames included).
_SYNCFS = getattr(_LIBC, "syncfs", None) if sys.platform == "linux" and _LIBC is not None else None


def _syncfs(folders: set[Path]) -> None:
    """Flush the file systems that hold ``folders``, each once."""
    devices: dict[int, Path] = {}
    for folder in folders:
        devices.setdefault(os.stat(folder).st_dev, folder)
    for folder in devices.values():
        fd = os.open(folder, os.O_RDONLY)
        try:
            if _SYNCFS(fd) != 0:
                code = ctypes.get_errno()
                raise OSError(code, os.strerror(code), str(folder))
        finally:
            os.close(fd)


class FileBatch:
    """Sets of files replaced as :func:`write_files_atomic` replaces one set,
    made durable together: every set is written beside its targets as it is
    staged, and :meth:`commit` flushes the file system once, renames every
    file into place, and flushes it once more so that the renames survive a
    power cut too. Rescoring writes two files for each of hundreds of runs:
    two flushes in all instead of one fsync per file and one per folder.
    Readers see each target old or new, never half written: a set is staged
    whole or not at all (a failure discards it and raises
    :class:`OutputError`), and nothing is renamed before everything staged
    is on disk. Where syncfs is missing (not Linux) each file is fsynced as
    it is staged and each folder after the renames, as write_files_atomic does."""

    def __init__(self) -> None:
        self._staged: list[tuple[Path, Path]] = []  # (temporary file, target)

    def stage(self, folder: Path, files: Mapping[str, str | bytes]) -> None:
        self._staged.extend(_stage(folder, files, sync=_SYNCFS is None))

    def commit(self) -> None:
        """Put every staged file in place, durably; the batch is then empty."""
        staged, self._staged = self._staged, []
        if not staged:
            return
        folders = {target.parent for _, target in staged}
        failed = next(iter(folders))
        try:
            if _SYNCFS is not None:
                _syncfs(folders)
            for tmp, failed in staged:
                os.replace(tmp, failed)
            if _SYNCFS is not None:
                _syncfs(folders)
            else:
                for failed in folders:
                    fsync_dir(failed)
        except OSError as exc:
            _discard([tmp for tmp, _ in staged])
            raise OutputError(failed, exc) from None

    def discard(self) -> None:
        """Remove every staged file; the targets stay as they were."""
        staged, self._staged = self._staged, []
        _discard([tmp for tmp, _ in staged])


def _discard(temps: list[Path]) -> None:
    for tmp in temps:  # those already renamed are gone: nothing to remove
        try:
            tmp.unlink(missing_ok=True)
        except OSError:
            pass  # a read-only folder: nothing was created there either


def remove_tree(path: Path) -> None:
    if path.is_symlink() or path.is_file():
        path.unlink()
    elif path.exists():
        shutil.rmtree(path)


def replace_dir(staged: Path, target: Path, previous: Path, *,
                midway: Callable[[], None] | None = None) -> None:
    """Put the complete directory ``staged`` at ``target``; the directory that
    was there ends at ``previous`` (replacing an older one). ``staged`` must
    be fsynced already and lie in the same file system as ``target``.
    ``midway`` runs between the two steps of a replacement (after the
    exchange, or between the two renames): where a kill leaves the most to
    recover, so tests stop there."""
    parent = target.parent
    if not target.exists():
        os.rename(staged, target)
    elif exchange_dirs(staged, target):
        if midway:
            midway()
        remove_tree(previous)
        os.rename(staged, previous)
    else:
        remove_tree(previous)
        os.rename(target, previous)
        if midway:
            midway()
        os.rename(staged, target)
    fsync_dir(parent)
