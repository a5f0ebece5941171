"""A smaller ICU data library for the Linux bundle: the 32 MB ``libicudata.so.73`` that PySide6 ships,
rebuilt with only the ICU data a widgets app in English, German, Dutch and Polish can reach.

Qt links ICU for collation (``QCollator``, locale-aware sorting), case mapping, time-zone names and
text codecs beyond UTF-8/Latin-1. ICU's data library holds one symbol, ``icudt73_dat``: an ICU data
package with every locale's names of languages, regions, currencies, units and zones, collation rules
for ~170 locales, transliterators, the dictionaries for Thai/Lao/Khmer/Burmese/CJK word breaking and
~200 legacy code pages. What goes, and why it is never loaded by this app:

- per-locale display names (``lang/``, ``region/``, ``zone/``) and collation tailorings (``coll/``)
  of locales other than root, en, de, nl, pl (the languages of ``desktop/ui/i18n.py``); ICU falls
  back to root for any other locale, which for collation is the Unicode default order;
- the top-level locale bundles (``xx.res``) of those other locales, same fallback;
- transliterators (``translit/``): Qt does not use ICU transliteration;
- multi-byte legacy code pages over 40 kB (EBCDIC DBCS, EUC, GB18030...): the app reads and writes
  UTF-8 only (``connectors/http/jsontext.py`` refuses anything else), and Qt's own codecs cover
  UTF-8/16/32 and Latin-1 without ICU;
- what none of Qt's ICU calls reaches. ``readelf --dyn-syms`` on PySide6's Qt libraries lists them:
  only QtCore calls ICU, for collation (``ucol_*``), time-zone display names (``ucal_*``), code
  pages (``ucnv_*``) and locale case mapping (``u_strToUpper``/``u_strToLower``). So the break
  iterators (``brkitr/``, the word-break dictionaries with them; Qt breaks text itself), the number
  formatters' currency and unit names (``curr/``, ``unit/``) and spell-out rules (``rbnf/``),
  Unicode character names (``unames.icu``), the StringPrep profiles (``*.spp``), the spoof
  checker's confusables, ICU's IDNA table (``uts46.nrm``; Qt has its own) and the NFKC
  normalisation data go entirely. Zone names need ``zone/`` and, for a zone's location format,
  ``lang/`` and ``region/``: those stay.

How: the data blob is cut out of the library (the symbol's file offset), ``icupkg`` (Debian's
``icu-devtools``) removes the items, and ``gcc`` assembles a shared library with the same soname and
symbol around the smaller blob (``.incbin``). Any tool missing, or any step failing: the original
library is kept and the build says why; the bundle is then larger, never broken.

Run by ``build.spec`` on Linux; ``python packaging/icu_data.py LIB OUTDIR`` does it by hand and prints
the item counts.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

KEEP_LOCALES = ("root", "en", "de", "nl", "pl")
#: Locale-keyed trees whose other locales go.
PER_LOCALE = ("lang", "region", "zone", "coll")
#: Top-level .res bundles that are not locales (supplemental data every locale needs) stay.
_LOCALE_NAME = re.compile(r"^[a-z]{2,3}(_[A-Za-z0-9]+)*\.res$")
_NOT_LOCALES = ("root.res", "pool.res", "res_index.res")
MAX_CODEPAGE_BYTES = 40_000
#: Trees only ICU services Qt never calls read (break iterators, number and currency formatting).
UNREACHED_TREES = ("brkitr", "curr", "unit", "rbnf")
#: Top-level items no ICU call of Qt's reaches (character names, StringPrep, spoof checks, IDNA, NFKC).
UNREACHED_ITEMS = ("unames.icu", "confusables.cfu", "uts46.nrm", "nfkc.nrm", "nfkc_cf.nrm")


def _other_locale(name: str) -> bool:
    """A locale's bundle (``fr.res``, ``zh_Hant_TW.res``) of a language the app does not offer."""
    if not _LOCALE_NAME.match(name) or name in _NOT_LOCALES:
        return False
    stem = name.removesuffix(".res")
    return not any(stem == lang or stem.startswith(lang + "_") for lang in KEEP_LOCALES)


def _never_loaded(name: str, size: int) -> bool:
    parts = name.split("/")
    if parts[0] in UNREACHED_TREES or name in UNREACHED_ITEMS or name.endswith(".spp"):
        return True
    if len(parts) == 2 and parts[0] in PER_LOCALE:
        return _other_locale(parts[1])
    if parts[0] == "translit":
        return True
    if len(parts) == 1 and name.endswith(".cnv"):
        return size > MAX_CODEPAGE_BYTES
    return len(parts) == 1 and _other_locale(name)


def removable(items: dict[str, int]) -> list[str]:
    """The package items (name -> size) this app never loads."""
    return [name for name, size in items.items() if _never_loaded(name, size)]


def _run(*args: str, cwd: Path | None = None) -> str:
    return subprocess.run(args, check=True, capture_output=True, text=True, cwd=cwd).stdout


def _blob(lib: Path) -> tuple[str, bytes]:
    """(symbol name, bytes) of the ICU data package inside the library."""
    symbols = _run("readelf", "-Ws", "--dyn-syms", str(lib))
    match = re.search(
        r":\s*([0-9a-f]+)\s+(0x[0-9a-f]+|\d+)\s+OBJECT\s+GLOBAL\s+\S+\s+\S+\s+(icudt\d+_dat)", symbols
    )
    if match is None:
        raise RuntimeError(f"no icudt*_dat symbol in {lib.name}")
    vaddr, size, symbol = int(match[1], 16), int(match[2], 0), match[3]
    for line in _run("readelf", "-lW", str(lib)).splitlines():
        fields = line.split()
        if fields[:1] == ["LOAD"]:
            offset, start, filesz = int(fields[1], 16), int(fields[2], 16), int(fields[4], 16)
            if start <= vaddr < start + filesz:
                with lib.open("rb") as f:
                    f.seek(offset + vaddr - start)
                    return symbol, f.read(size)
    raise RuntimeError(f"{symbol} is not in a loaded segment of {lib.name}")


def rebuild(lib: Path, out_dir: Path) -> tuple[Path, int, int]:
    """Write the smaller library to ``out_dir/<same name>``; (path, items kept, items removed)."""
    missing = [tool for tool in ("readelf", "icupkg", "gcc") if shutil.which(tool) is None]
    if missing:
        raise RuntimeError(f"{', '.join(missing)} not found (Debian: apt install binutils icu-devtools gcc)")
    symbol, blob = _blob(lib)
    soname = lib.name
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        dat = work / f"{symbol.removesuffix('_dat')}l.dat"
        dat.write_bytes(blob)
        names = _run("icupkg", "-l", str(dat)).split()
        items = {}
        extracted = work / "items"
        extracted.mkdir()
        (work / "all.txt").write_text("\n".join(names) + "\n")
        _run("icupkg", "-x", str(work / "all.txt"), "-d", str(extracted), str(dat))
        for name in names:
            items[name] = (extracted / name).stat().st_size
        gone = removable(items)
        smaller = work / "smaller" / dat.name
        smaller.parent.mkdir()
        for _ in range(5):
            # An item that extends a removed one (a code page built on another) must go with it.
            (work / "remove.txt").write_text("\n".join(gone) + "\n")
            done = subprocess.run(
                ["icupkg", "-r", str(work / "remove.txt"), str(dat), str(smaller)],
                capture_output=True,
                text=True,
            )
            dependents = re.findall(r"Item (\S+) depends on missing item", done.stderr)
            if done.returncode == 0 and not dependents:
                break
            if not dependents:
                raise RuntimeError(f"icupkg failed: {done.stderr.strip()[-300:]}")
            gone += sorted(set(dependents) - set(gone))
        else:
            raise RuntimeError("icupkg: dependencies between items did not settle")
        dat = smaller
        # ICU reads the package in place: the symbol must be 16-byte aligned.
        (work / "data.S").write_text(
            f"\t.section .rodata\n\t.globl {symbol}\n\t.type {symbol}, @object\n\t.balign 16\n"
            f'{symbol}:\n\t.incbin "{dat}"\n\t.size {symbol}, . - {symbol}\n'
            '\t.section .note.GNU-stack,"",@progbits\n'
        )
        out_dir.mkdir(parents=True, exist_ok=True)
        target = out_dir / lib.name
        _run(
            "gcc",
            "-shared",
            "-nostdlib",
            f"-Wl,-soname,{soname}",
            "-Wl,-z,noexecstack",
            "-o",
            str(target),
            str(work / "data.S"),
        )
        return target, len(names) - len(gone), len(gone)


def main(argv: list[str]) -> int:
    lib, out_dir = Path(argv[0]), Path(argv[1])
    target, kept, gone = rebuild(lib, out_dir)
    print(
        f"{target}: {lib.stat().st_size / 1e6:.1f} MB -> {target.stat().st_size / 1e6:.1f} MB "
        f"({kept} items kept, {gone} removed)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
