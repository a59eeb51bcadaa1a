"""Where the offline cache lives, and this process's one ``JourneyCache`` for each folder.

One ``JourneyCache`` object per cache folder and process (``shared_journey_cache``): the
caching source, clearing the cache and anonymise's purge (service/access.py) all use it, so no
second in-memory index can write a purged customer back into the folder's index. No Qt.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from journey_widget.paths import cache_dir
from journey_widget.sources.cache import JourneyCache

log = logging.getLogger(__name__)


def journey_cache_folder() -> Path:
    """Where the offline cache keeps journeys: the platform's cache folder."""
    return cache_dir() / "journeys"


_caches: dict[Path, JourneyCache] = {}
_caches_lock = threading.Lock()


def shared_journey_cache(folder: Path | None = None) -> JourneyCache:
    """This process's one cache object for ``folder`` (by default the platform's)."""
    folder = Path(folder or journey_cache_folder()).absolute()
    with _caches_lock:
        cache = _caches.get(folder)
        if cache is None:
            cache = _caches[folder] = JourneyCache(folder)
        return cache


def clear_cache(folder: Path | None = None) -> None:
    """Empty the offline cache (cache switched off, back end switched, sign-out)."""
    folder = folder or journey_cache_folder()
    existed = folder.is_dir()
    shared_journey_cache(folder).purge_all()  # its in-memory index too, folder or not
    if existed:
        log.info("Emptied the offline cache")
