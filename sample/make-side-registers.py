#!/usr/bin/env python3
"""Writes the sample's sessions register (data/regjistrat/seancat.csv) and
councillors register (data/regjistrat/keshilltaret.csv) from the sample itself.

Reads the text of every minutes, invitation and press release PDF under
data/aktet/ (through `arkiva extract`), and writes one row per Assembly or
committee session they mention (date, body, ordinal, kind) plus a few sessions
of other years that only the register knows, each with made-up recording
links; and one row per councillor the minutes name, with the side the minutes
give (else one chosen from the name) and a party of that side in that term.

Run from the repository root after the PDFs exist (sample/make-data.sh does):
    python3 sample/make-side-registers.py [--arkiva target/release/arkiva]
"""

import argparse
import csv
import datetime as dt
import glob
import hashlib
import io
import re
import subprocess
import sys

MONTHS = {
    "janar": 1, "shkurt": 2, "mars": 3, "prill": 4, "maj": 5, "qershor": 6,
    "korrik": 7, "gusht": 8, "shtator": 9, "tetor": 10, "nëntor": 11, "dhjetor": 12,
}
DATE = r"(\d{1,2})\.(\d{1,2})\.(\d{4})|(\d{1,2}) (" + "|".join(MONTHS) + r") (\d{4})"
ORDINAL = r"mbledhj\w* e (\d+)-(?:rë|të) (?:e|të) (rregullt|jashtëzakonshme)"
COMMITTEE = r"mbledhj\w* e (Komitetit për [A-ZÇË][\wçë]*(?: (?:dhe|[A-ZÇË][\wçë]*))*)"
NAME = r"((?!Asamblist|Kryetar|Këshilltar)(?:[A-ZÇËŠĆČŽĐ][a-zçëšćčžđ]+) (?:[A-ZÇËŠĆČŽĐ][a-zçëšćčžđ]+))"
TITLE = r"(?:(?:z|znj)\. )?"
SIDE_WORD = {"opozitës": "opozitë", "opozita": "opozitë", "opozitar": "opozitë",
             "pozitës": "pozitë", "pozita": "pozitë"}
TERMS = [(2013, 2017), (2017, 2021), (2021, 2025)]
# Parties by side in each term: made up, but fixed, so every party has one side per term.
PARTIES = {
    (2013, 2017): {"pozitë": ["LDK", "AAK"], "opozitë": ["PDK", "VV", "AKR"]},
    (2017, 2021): {"pozitë": ["AAK", "PDK"], "opozitë": ["LDK", "VV", "Nisma"]},
    # As the 2022 minutes have it: LDK speaks for the position, VV for the opposition.
    (2021, 2025): {"pozitë": ["LDK", "Nisma"], "opozitë": ["VV", "PDK", "AAK"]},
}
SERB_ENDINGS = ("ić", "ović", "ević")
BODY_KUVENDI = "Kuvendi i Komunës"


def date_of(m):
    g = m.groups()
    if g[0]:
        return dt.date(int(g[2]), int(g[1]), int(g[0]))
    return dt.date(int(g[5]), MONTHS[g[4].lower()], int(g[3]))


def first_date(text):
    m = re.search(DATE, text, re.IGNORECASE)
    return date_of(m) if m else None


def extract(arkiva, path):
    out = subprocess.run([arkiva, "extract", path], capture_output=True, text=True, check=True)
    return " ".join(out.stdout.split())


def digest(*parts):
    return hashlib.sha256("|".join(parts).encode()).hexdigest()


def session_of(path, text):
    """(date, body, ordinal, kind) of the session a document is about, or None."""
    head = text[:400]
    m = re.search(r"Data: " + "(" + DATE + ")", head, re.IGNORECASE)
    doc_date = date_of(re.search(DATE, m.group(1), re.IGNORECASE)) if m else first_date(head)
    body, ordinal, kind, at = BODY_KUVENDI, "", "", None
    c = re.search(COMMITTEE, text)
    o = re.search(ORDINAL, text)
    if c and (not o or c.start() < o.start()):
        # The heading runs into the salutation once lines are joined ("… Komunitete Të nderuar").
        name = re.sub(r"(?: (?:Të|E|I))+$", "", c.group(1))
        body = "Komiteti" + name[len("Komitetit"):]
        kind, at = "e rregullt", c.end()
    elif o:
        ordinal, kind, at = o.group(1), "e " + o.group(2), o.end()
    else:
        j = re.search(r"mbledhj\w* e (jashtëzakonshme|rregullt)", text)
        if not j:
            return None
        kind, at = "e " + j.group(1), j.end()
    # The session's own date: an invitation's "do të mbahet … më …", the minutes'
    # "e mbajtur më …" / "Më …, në mbledhje"; a press release's "sot"/"dje" count
    # from the document's date.
    when = re.search(r"(?:mbahet|mbajtur)[^.]{0,40}? më (" + DATE + ")", text, re.IGNORECASE)
    when = when or re.search(r"Më (" + DATE + "), në mbledhje", text)
    if when:
        date = date_of(re.search(DATE, when.group(1), re.IGNORECASE))
    elif doc_date and re.search(r"\bdje\b", text[:at + 100]):
        date = doc_date - dt.timedelta(days=1)
    else:
        date = doc_date
    return (date, body, ordinal, kind) if date else None


def councillors_of(text):
    """(name, side or None) for every councillor the minutes name."""
    found = []
    patterns = [
        (r"[Aa]samblist\w*(?: (?:i|e) (opozitës|pozitës)| (opozitar))?,? " + TITLE + NAME, None),
        (r"(?:radhët e|të|Nga) (pozitës|opozitës|opozita|pozita), (?:asamblist\w* )?" + TITLE + NAME, None),
        (r"e grupit që e mbështet ekzekutivin, " + TITLE + NAME, "pozitë"),
        (r"(Opozita|Pozita), përmes (?:asamblist\w*|shefit të grupit),? " + TITLE + NAME, None),
        (r"asamblistët " + NAME + " dhe " + NAME, "pair"),
    ]
    for pattern, fixed in patterns:
        for m in re.finditer(pattern, text):
            if fixed == "pair":
                found += [(m.group(1), None), (m.group(2), None)]
                continue
            groups = [g for g in m.groups() if g]
            name = groups[-1]
            side = fixed or next((SIDE_WORD[g.lower()] for g in groups[:-1] if g.lower() in SIDE_WORD), None)
            found.append((name, side))
    return found


def groups_of(text):
    """name → the political group the minutes write after it ("Arben Gashi (LDK)")."""
    parties = "|".join(sorted({p for t in PARTIES.values() for ps in t.values() for p in ps} | {"Lista Serbe"}))
    return {m.group(1): m.group(2) for m in re.finditer(NAME + r" \((" + parties + r")\)", text)}


def term_of(date):
    # Elections in the autumn: a session before November belongs to the term ending that year.
    for start, end in TERMS:
        if dt.date(start, 11, 1) <= date < dt.date(end, 11, 1):
            return (start, end)
    return None


def recordings(date, body):
    h = digest(date.isoformat(), body)
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
    video = "".join(alphabet[int(h[i:i + 2], 16) % 64] for i in range(0, 22, 2))
    links = [f"https://www.youtube.com/watch?v={video}"]
    if int(h[30], 16) % 2 == 0:
        links.append(f"https://kk.rks-gov.net/gjilan/video/seanca-{date.isoformat()}")
    return " ".join(links)


# Sessions that only the register knows (no document of them in the sample).
REGISTER_ONLY = [
    (dt.date(2013, 12, 17), BODY_KUVENDI, "1", "solemne"),
    (dt.date(2014, 2, 27), BODY_KUVENDI, "2", "e rregullt"),
    (dt.date(2014, 10, 30), "Komiteti për Politikë dhe Financa", "9", "e rregullt"),
    (dt.date(2014, 12, 18), BODY_KUVENDI, "12", "e rregullt"),
    (dt.date(2020, 4, 9), BODY_KUVENDI, "3", "e jashtëzakonshme"),
    (dt.date(2014, 6, 26), BODY_KUVENDI, "6", "e rregullt"),
    (dt.date(2025, 11, 27), BODY_KUVENDI, "1", "solemne"),
]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--arkiva", default="target/release/arkiva")
    ap.add_argument("--out", default="data/regjistrat")
    ap.add_argument("--derived", help="derived.json of an index of data/: every session it holds gets a row too")
    args = ap.parse_args()
    files = sorted(
        f for pattern in ("procesverbal*", "ftese*", "komunikate*")
        for f in glob.glob(f"data/aktet/*/{pattern}.pdf")
    )
    sessions, people, groups = {}, {}, {}
    for path in files:
        text = extract(args.arkiva, path)
        s = session_of(path, text)
        if s:
            sessions.setdefault((s[0], s[1]), s)
        if "procesverbal" in path and s:
            term = term_of(s[0])
            written = groups_of(text)
            for name, side in councillors_of(text) + [(n, None) for n in written]:
                key = (name, term)
                if key not in people or people[key] is None:
                    people[key] = side
                if name in written:
                    groups[key] = written[name]
    for s in REGISTER_ONLY:
        sessions.setdefault((s[0], s[1]), s)
    # The office streams every session: the sessions only an Assembly act or a
    # register row names (through arkiva's own reading of the sample) get a row too.
    if args.derived:
        import json
        kinds = {"e_rregullt": "e rregullt", "e_jashtezakonshme": "e jashtëzakonshme", "solemne": "solemne"}
        for s in json.load(open(args.derived, encoding="utf-8"))["sessions"]:
            date = dt.date.fromisoformat(s["date"])
            ordinal = str(s["ordinal"]) if s.get("ordinal") else ""
            sessions.setdefault((date, s["body"]), (date, s["body"], ordinal, kinds[s["kind"]]))

    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["Data", "Organi", "Mbledhja", "Lloji", "Video", "Komuna"])
    for (date, body), (_, _, ordinal, kind) in sorted(sessions.items()):
        w.writerow([date.strftime("%d.%m.%Y"), body, ordinal and f"{ordinal}-{'rë' if ordinal == '1' else 'të'}",
                    kind, recordings(date, body), "Gjilan"])
    open(f"{args.out}/seancat.csv", "w", encoding="utf-8").write(out.getvalue())

    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["Emri", "Subjekti politik", "Pozita", "Mandati"])
    for (name, term), side in sorted(people.items(), key=lambda p: (p[0][1], p[0][0])):
        if term is None:
            continue
        h = int(digest(name, str(term))[:8], 16)
        if name.endswith(SERB_ENDINGS):
            # Serb councillors sit for Lista Serbe, with the position unless the minutes say otherwise.
            party, side = "Lista Serbe", side or "pozitë"
        elif (name, term) in groups:
            # The group the minutes write; its side in that term unless they say one.
            party = groups[(name, term)]
            side = side or next(k for k, ps in PARTIES[term].items() if party in ps)
        else:
            side = side or ("pozitë", "opozitë")[h % 2]
            party = PARTIES[term][side][h % len(PARTIES[term][side])]
        w.writerow([name, party, side, f"{term[0]}–{term[1]}"])
    open(f"{args.out}/keshilltaret.csv", "w", encoding="utf-8").write(out.getvalue())
    print(f"{len(sessions)} sessions, {len(people)} councillors", file=sys.stderr)


if __name__ == "__main__":
    main()
