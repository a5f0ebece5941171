"""The smaller ICU data library of the Linux bundle (packaging/icu_data.py): what goes, what stays,
and that Qt behaves the same with it in the languages the app offers."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("icu_data", ROOT / "packaging" / "icu_data.py")
assert _spec is not None and _spec.loader is not None
icu_data = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(icu_data)


def test_other_languages_names_and_tailorings_go_but_shared_data_stays() -> None:
    items = {
        "coll/fr.res": 100,
        "coll/de.res": 100,
        "coll/de__PHONEBOOK.res": 100,
        "coll/ucadata.icu": 200_000,
        "coll/root.res": 100,
        "coll/res_index.res": 10,
        "zone/tzdbNames.res": 100,
        "zone/zh_Hant_TW.res": 100,
        "zone/pl.res": 100,
        "lang/en_GB.res": 100,
        "translit/el_Lower.res": 100,
        "brkitr/cjdict.dict": 2_000_000,
        "fr.res": 100,
        "nl_BE.res": 100,
        "pool.res": 100,
        "supplementalData.res": 100,
        "likelySubtags.res": 100,
        "icustd.res": 100,
        "gb18030.cnv": 232_816,
        "ibm-5348_P100-1997.cnv": 1_000,
        "cnvalias.icu": 40_000,
        "lang/pool.res": 100,
        "region/nl.res": 100,
        "metaZones.res": 100,
        "zoneinfo64.res": 100,
        "nfc.nrm": 100,
    }
    gone = set(icu_data.removable(items))
    assert gone == {
        "coll/fr.res",
        "zone/zh_Hant_TW.res",
        "translit/el_Lower.res",
        "brkitr/cjdict.dict",
        "fr.res",
        "gb18030.cnv",
    }


def test_what_no_icu_call_of_qt_reaches_goes_whole() -> None:
    items = {
        "brkitr/line.brk": 50_000,
        "brkitr/res_index.res": 10,
        "curr/pool.res": 100,
        "curr/de.res": 100,
        "unit/pl.res": 100,
        "rbnf/en.res": 100,
        "unames.icu": 296_000,
        "rfc3491.spp": 20_000,
        "confusables.cfu": 45_000,
        "uts46.nrm": 60_000,
        "nfkc.nrm": 55_000,
        "nfkc_cf.nrm": 52_000,
        # Collation, zone names and code pages: what Qt's ucol_*, ucal_* and ucnv_* calls read.
        "coll/ucadata.icu": 570_000,
        "zone/de.res": 100,
        "region/pl.res": 100,
        "cnvalias.icu": 64_000,
        "windows-1250.cnv": 1_000,
        "supplementalData.res": 100,
    }
    assert set(icu_data.removable(items)) == set(list(items)[:12])


def _qt_icu_lib() -> Path | None:
    import PySide6

    lib = Path(PySide6.__file__).parent / "Qt" / "lib" / "libicudata.so.73"
    return lib if lib.exists() else None


PROBE = """
from PySide6.QtCore import QCollator, QLocale, QStringDecoder, QTimeZone
words = ["Zebra", "Äpfel", "apple", "łódź", "Lodz", "ö", "Ob", "Ångström", "Zürich", "ij", "ik"]
for loc in ["de_DE", "pl_PL", "nl_NL", "en_US", "C"]:
    c = QCollator(QLocale(loc))
    print(loc, sorted(words, key=c.sortKey))
print(QLocale("pl_PL").toUpper("łódź straße"), QLocale("de_DE").toLower("ÄRGER"))
print(QStringDecoder("windows-1252").isValid(), QStringDecoder("ISO-8859-2").isValid())
print([QStringDecoder(name).name() for name in ("windows-1250", "ISO-8859-15", "koi8-r")])
# Zone names (ucal_getTimeZoneDisplayName) in every language the app offers, each name type.
for loc in ["de_DE", "pl_PL", "nl_NL", "en_US", "en_GB"]:
    for zone in [b"Europe/Warsaw", b"Europe/Amsterdam", b"America/New_York", b"Asia/Kolkata"]:
        tz = QTimeZone(zone)
        kinds = [(t, n) for t in QTimeZone.TimeType for n in QTimeZone.NameType]
        print(loc, zone, [tz.displayName(t, n, QLocale(loc)) for t, n in kinds])
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the trimming is Linux only")
def test_qt_sorts_and_converts_the_same_with_the_smaller_library(tmp_path: Path) -> None:
    lib = _qt_icu_lib()
    if lib is None or any(shutil.which(t) is None for t in ("readelf", "icupkg", "gcc")):
        pytest.skip("needs PySide6's ICU 73 and readelf, icupkg, gcc (tools/bootstrap.sh installs them)")
    target, kept, gone = icu_data.rebuild(lib, tmp_path)
    assert target.stat().st_size < lib.stat().st_size / 4, (target.stat().st_size, kept, gone)

    def probe(preload: str | None) -> str:
        env = {k: v for k, v in os.environ.items() if k != "LD_PRELOAD"}
        if preload:
            env["LD_PRELOAD"] = preload  # same soname: Qt's ICU finds this data library first
        return subprocess.run(
            [sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, check=True
        ).stdout

    assert probe(str(target)) == probe(None)
