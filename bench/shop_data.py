"""The benchmark shop: generated once per size and schema head, cached, and copied before use.

The orders, lines, payments, taxes, refunds, shifts and stock journal come from the order
history tests' generator (tests/history/history_bigdata.py, set-based INSERT ... SELECT in one
transaction), given a benchmark `Shape`: more items with names made of real words (the FTS5
index gets them through the schema's items trigger), five lines per order. The files live under
~/.cache/pos-app-bench/<size>-<schema head>/ (or $POS_BENCH_CACHE); a second run reuses them.
Cases never touch the cache: each works on a copy in the run's temporary folder.
"""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import sqlite3
import sys
import time
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

from bench.sizes import Size
from pos_app.db.engine import sqlite_url
from pos_app.db.migrate import head_revision, upgrade_database

ROOT = Path(__file__).resolve().parents[1]
GENERATOR = ROOT / "tests" / "history" / "history_bigdata.py"
CACHE_ENV = "POS_BENCH_CACHE"
# Tax rates of the empty shop the import case fills (the CSV uses 0, 10 and 20 %).
IMPORT_RATES = (("Zero", 0), ("Reduced", 1000), ("Standard", 2000))

BRANDS = [
    "Acme",
    "Bluebell",
    "Cornish",
    "Dalton",
    "Evergreen",
    "Fairway",
    "Golden",
    "Highland",
    "Island",
    "Jolly",
    "Kingfisher",
    "Lakeside",
    "Meadow",
    "Northern",
    "Orchard",
    "Pioneer",
    "Quayside",
    "Riverside",
    "Summit",
    "Thistle",
    "Union",
    "Valley",
    "Westfield",
    "Yeoman",
    "Zenith",
]
STYLES = [
    "Organic",
    "Classic",
    "Smoked",
    "Sweet",
    "Spicy",
    "Salted",
    "Fresh",
    "Dark",
    "Light",
    "Whole",
    "Mild",
    "Extra",
    "Crunchy",
    "Creamy",
    "Roasted",
    "Wild",
    "Honeyed",
    "Mixed",
    "Plain",
    "Rich",
]
PRODUCTS = [
    "Coffee",
    "Tea",
    "Biscuits",
    "Chocolate",
    "Crisps",
    "Cheese",
    "Butter",
    "Milk",
    "Yoghurt",
    "Bread",
    "Jam",
    "Honey",
    "Rice",
    "Pasta",
    "Beans",
    "Soup",
    "Oats",
    "Granola",
    "Juice",
    "Water",
    "Lemonade",
    "Cola",
    "Cider",
    "Ale",
    "Sauce",
    "Mustard",
    "Olives",
    "Nuts",
    "Raisins",
    "Flour",
    "Sugar",
    "Salt",
    "Pepper",
    "Vinegar",
    "Oil",
    "Ham",
    "Salmon",
    "Tuna",
    "Eggs",
    "Apples",
]
PACKS = ["100g", "250g", "500g", "1kg", "330ml", "500ml", "1l", "2l", "6 pack", "12 pack"]


def _pick(words: list[str], index_sql: str) -> str:
    return f"json_extract('{json.dumps(words)}', '$[' || ({index_sql}) || ']')"


NAMES_VERSION = 2  # part of the cached file's name: bump it when the item names change
# Names like "Highland Smoked Salmon 250g"; every word occurs at both sizes, so that each text the
# search case types finds items (one-letter prefixes match tens of thousands at the full size).
ITEM_NAME_SQL = " || ' ' || ".join(
    (
        _pick(BRANDS, f"i % {len(BRANDS)}"),
        _pick(STYLES, f"(i / {len(BRANDS)}) % {len(STYLES)}"),
        _pick(PRODUCTS, f"(i / 7) % {len(PRODUCTS)}"),
        _pick(PACKS, f"(i * 7) % {len(PACKS)}"),
    )
)


def _generator() -> ModuleType:
    """tests/history/history_bigdata.py, loaded from its file (tests/ is not a package)."""
    spec = importlib.util.spec_from_file_location("history_bigdata", GENERATOR)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def barcode(item_id: int) -> str:
    """Item `item_id`'s barcode as the generator writes it."""
    return f"200{item_id:010d}"


@dataclass(frozen=True)
class ShopFiles:
    shop: Path  # the cached shop of this size (read only: copy it)
    empty: Path  # a migrated shop with the import rates and nothing else (read only: copy it)
    build_seconds: float | None  # None when the shop came from the cache

    def copy(self, destination: Path) -> Path:
        shutil.copyfile(self.shop, destination)
        return destination

    def copy_empty(self, destination: Path) -> Path:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{destination}{suffix}").unlink(missing_ok=True)
        shutil.copyfile(self.empty, destination)
        return destination


def cache_dir(size: Size) -> Path:
    configured = os.environ.get(CACHE_ENV, "").strip()
    base = Path(configured) if configured else Path.home() / ".cache" / "pos-app-bench"
    return base / f"{size.name}-{head_revision()}"


def shop_files(size: Size) -> ShopFiles:
    """The cached files of `size`, generating whichever is missing."""
    generator = _generator()
    directory = cache_dir(size)
    directory.mkdir(parents=True, exist_ok=True)
    shop = directory / f"shop-v{generator.BUILDER_VERSION}.{NAMES_VERSION}.sqlite3"
    empty = directory / "empty.sqlite3"
    seconds = None
    if not shop.exists():
        # Built under a private name and renamed: a half-built file is never taken for a cached one.
        partial = directory / f".{shop.name}.{os.getpid()}.partial"
        partial.unlink(missing_ok=True)
        started = time.perf_counter()
        shape = generator.Shape(
            items=size.items,
            customers=size.customers,
            lines=(size.lines_per_order, size.lines_per_order),
            item_name_sql=ITEM_NAME_SQL,
        )
        generator.build(partial, size.orders, shape)
        seconds = time.perf_counter() - started
        os.replace(partial, shop)
    if not empty.exists():
        partial = directory / f".empty.{os.getpid()}.partial"
        partial.unlink(missing_ok=True)
        upgrade_database(sqlite_url(partial))
        with closing(sqlite3.connect(partial, isolation_level=None)) as db:
            db.executemany("INSERT INTO tax_rates (name, percent) VALUES (?, ?)", IMPORT_RATES)
        os.replace(partial, empty)
    return ShopFiles(shop, empty, seconds)


def raw_connection(path: Path) -> sqlite3.Connection:
    """Plain sqlite3 on `path` with the app's connection settings (pos_app.db.engine), autocommit."""
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA foreign_keys=ON")
    connection.execute("PRAGMA busy_timeout=5000")
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=FULL")
    return connection
