"""Content of the 24 invented acts used by make.py (independent evaluation set).

Every act is a dict with
  file, format ("html" | "docx"), font, size   -- how to render it
  blocks                                        -- layout blocks, see make.py
  type, date, number, issuer, municipality      -- ground truth for expected.json
  date_text                                     -- the act date exactly as printed
  number_alt (optional)                         -- other defensible readings
  note                                          -- what is tricky about the file

All names, numbers, amounts and events are fictional; the text was written for
this test set and is not taken from any real document.
"""

SERIF = "Liberation Serif"
SANS = "Liberation Sans"

MUNI = {
    "Gjilan": ("KOMUNA E GJILANIT", "OPŠTINA GNJILANE", "MUNICIPALITY OF GJILAN"),
    "Kamenicë": ("KOMUNA E KAMENICËS", "OPŠTINA KAMENICA", "MUNICIPALITY OF KAMENICA"),
    "Viti": ("KOMUNA E VITISË", "OPŠTINA VITINA", "MUNICIPALITY OF VITI"),
    "Ferizaj": ("KOMUNA E FERIZAJT", "OPŠTINA UROŠEVAC", "MUNICIPALITY OF FERIZAJ"),
}

BODY = {
    "Kuvendi i Komunës": ("KUVENDI I KOMUNËS", "SKUPŠTINA OPŠTINE", "MUNICIPAL ASSEMBLY"),
    "Kryetari i Komunës": ("KRYETARI I KOMUNËS", "PREDSEDNIK OPŠTINE", "MAYOR"),
    "Drejtoria për Arsim": ("DREJTORIA PËR ARSIM", "DIREKCIJA ZA OBRAZOVANJE",
                            "DIRECTORATE OF EDUCATION"),
    "Zyra për Informim": ("ZYRA PËR INFORMIM", "KANCELARIJA ZA INFORMISANJE",
                          "INFORMATION OFFICE"),
    "Drejtoria për Urbanizëm": ("DREJTORIA PËR URBANIZËM", "DIREKCIJA ZA URBANIZAM",
                                "DIRECTORATE OF URBANISM"),
    "Zyra për Prokurim": ("ZYRA PËR PROKURIM", "KANCELARIJA ZA NABAVKE",
                          "PROCUREMENT OFFICE"),
    "Drejtoria për Buxhet dhe Financa": ("DREJTORIA PËR BUXHET DHE FINANCA",
                                         "DIREKCIJA ZA BUDŽET I FINANSIJE",
                                         "DIRECTORATE OF BUDGET AND FINANCE"),
    "Drejtoria për Shërbime Publike": ("DREJTORIA PËR SHËRBIME PUBLIKE",
                                       "DIREKCIJA ZA JAVNE SLUŽBE",
                                       "DIRECTORATE OF PUBLIC SERVICES"),
    "Drejtoria për Administratë dhe Personel": (
        "DREJTORIA PËR ADMINISTRATË DHE PERSONEL",
        "DIREKCIJA ZA ADMINISTRACIJU I OSOBLJE",
        "DIRECTORATE OF ADMINISTRATION AND PERSONNEL"),
    "Drejtoria për Kulturë, Rini dhe Sport": (
        "DREJTORIA PËR KULTURË, RINI DHE SPORT",
        "DIREKCIJA ZA KULTURU, OMLADINU I SPORT",
        "DIRECTORATE OF CULTURE, YOUTH AND SPORT"),
}


# ---------------------------------------------------------------------------
# header / layout helpers
# ---------------------------------------------------------------------------
def h_table3(muni, issuer, stema="[STEMA]", border=False, size=9):
    al, sr, en = MUNI[muni]
    bal, bsr, ben = BODY[issuer]
    rows = [[
        "**REPUBLIKA E KOSOVËS**\n**%s**\n%s" % (al, bal),
        stema,
        "**REPUBLIKA KOSOVA – REPUBLIC OF KOSOVO**\n**%s – %s**\n%s – %s" % (sr, en, bsr, ben),
    ]]
    return [("table", rows, {"border": border, "widths": [38, 16, 46],
                             "align": ["left", "center", "right"], "size": size})]


def h_table2(muni, issuer, other="en", border=True, size=10):
    al, sr, en = MUNI[muni]
    bal, bsr, ben = BODY[issuer]
    if other == "en":
        right = "Republic of Kosovo\n%s\n%s" % (en.title().replace(" Of ", " of "),
                                                 ben.title().replace(" Of ", " of ")
                                                 .replace(" And ", " and "))
    else:
        right = "Republika Kosova\n%s\n%s" % (sr.title(), bsr.capitalize())
    left = "Republika e Kosovës\n%s\n%s" % (al.title().replace(" E ", " e "),
                                            issuer)
    return [("table", [[left, right]], {"border": border, "widths": [50, 50],
                                        "align": ["left", "right"], "size": size})]


def h_center(muni, issuer, stacked=False, size=11):
    al, sr, en = MUNI[muni]
    bal, bsr, ben = BODY[issuer]
    c = {"align": "center", "bold": True, "after": 0, "size": size}
    if stacked:
        lines = ["REPUBLIKA E KOSOVËS", "REPUBLIKA KOSOVA – REPUBLIC OF KOSOVO",
                 al, "%s – %s" % (sr, en), bal]
    else:
        lines = ["REPUBLIKA E KOSOVËS – REPUBLIKA KOSOVA – REPUBLIC OF KOSOVO",
                 "%s – %s – %s" % (al, sr, en), bal]
    out = [("p", x, c) for x in lines]
    out.append(("hr",))
    return out


def title(text, size=14, letter=None):
    o = {"align": "center", "bold": True, "size": size, "before": 10, "after": 2}
    if letter:
        o["letter"] = letter
    return ("p", text, o)


def subtitle(text, bold=True):
    return ("p", text, {"align": "center", "bold": bold, "after": 10})


def left(text, **o):
    return ("p", text, dict({"align": "left", "after": 0}, **o))


def right(text, **o):
    return ("p", text, dict({"align": "right", "after": 0}, **o))


def par(text, **o):
    return ("p", text, dict({"align": "justify", "after": 6}, **o))


def item(text, **o):
    return ("p", text, dict({"align": "justify", "after": 3, "indent": 0.6}, **o))


def sign(*lines, align="right"):
    out = [("gap",)]
    out += [("p", x, {"align": align, "after": 0}) for x in lines]
    return out


def sign2(left_lines, right_lines):
    return [("gap",), ("table", [["\n".join(left_lines), "\n".join(right_lines)]],
                       {"border": False, "widths": [50, 50],
                        "align": ["left", "right"]})]


LEGAL_LVL = "Ligjit Nr. 03/L-040 për Vetëqeverisjen Lokale"

ACTS = []


def act(**kw):
    ACTS.append(kw)


# ---------------------------------------------------------------------------
# 01  VENDIM — Kuvendi, Gjilan; 3-column header table, number/date on
#     separate lines, legal basis with session date, several body dates
# ---------------------------------------------------------------------------
act(file="unseen_01.pdf", format="html", font=SERIF, size=11,
    type="vendim", date="2019-09-30", date_text="30.09.2019",
    number="01 Nr. 016-8123/19", issuer="Kuvendi i Komunës", municipality="Gjilan",
    note="3-column header table (Albanian | [STEMA] | Serbian/English). Legal-basis "
         "paragraph contains the session date 26.09.2019 and the reasoning mentions "
         "12.06.2019, 03.07.2019 and 19.09.2019; the act date is the header date "
         "30.09.2019 under the number.",
    blocks=h_table3("Gjilan", "Kuvendi i Komunës") + [
        left("01 Nr. 016-8123/19"),
        left("Gjilan, 30.09.2019", after=10),
        par("Në mbështetje të nenit 12 paragrafi 12.2 pika c) dhe të nenit 40 paragrafi "
            "40.2 pika b) të %s (Gazeta Zyrtare e Republikës së Kosovës, nr. 28/2008), "
            "të nenit 24 të Ligjit Nr. 04/L-174 për Planifikimin Hapësinor, si dhe të "
            "nenit 33 të Statutit të Komunës së Gjilanit, Kuvendi i Komunës së Gjilanit, "
            "në seancën e rregullt të mbajtur më 26.09.2019, merr këtë:" % LEGAL_LVL),
        title("VENDIM"),
        subtitle("për miratimin e Planit Rregullues të Hollësishëm për zonën "
                 "„Lagjja e Re – Zona B”"),
        item("I. Miratohet Plani Rregullues i Hollësishëm për zonën „Lagjja e Re – Zona B”, "
             "me sipërfaqe prej 18,4 hektarësh, sipas propozimit të Drejtorisë për "
             "Urbanizëm, Planifikim dhe Mbrojtje të Mjedisit."),
        item("II. Pjesë përbërëse e këtij vendimi janë pjesa tekstuale dhe pjesa grafike e "
             "planit, të cilat ruhen në arkivin e Kuvendit të Komunës dhe janë në dispozicion "
             "të çdo qytetari."),
        item("III. Për zbatimin e këtij vendimi obligohet Drejtoria për Urbanizëm, "
             "Planifikim dhe Mbrojtje të Mjedisit."),
        item("IV. Vendimi hyn në fuqi pesëmbëdhjetë (15) ditë pas publikimit në ueb-faqen "
             "zyrtare të Komunës."),
        ("p", "Arsyetim", {"align": "center", "bold": True, "before": 8, "after": 4}),
        par("Plani është hartuar në pajtim me Planin Zhvillimor Komunal dhe ka kaluar nëpër "
            "dy dëgjime publike, të mbajtura më 12.06.2019 dhe më 03.07.2019. Komentet e "
            "qytetarëve janë shqyrtuar dhe janë përfshirë në versionin përfundimtar. "
            "Komiteti për Politikë dhe Financa e ka shqyrtuar propozimin në mbledhjen e "
            "datës 19.09.2019 dhe ia ka rekomanduar Kuvendit për miratim."),
        left("Vendimi u dërgohet: Kryetarit të Komunës, Drejtorisë për Urbanizëm, "
             "Ministrisë së Administrimit të Pushtetit Lokal dhe arkivit.", size=10),
    ] + sign("Kryesuesi i Kuvendit të Komunës", "_____________________", "Driton Berisha"))

# ---------------------------------------------------------------------------
# 02  V E N D I M — Kryetari, Gjilan; centred header, ISO date with "Datë:",
#     no place name in the header, legal basis cites another act + date
# ---------------------------------------------------------------------------
act(file="unseen_02.pdf", format="docx", font=SERIF, size=12,
    type="vendim", date="2021-06-03", date_text="2021-06-03",
    number="02-016/2021-145", issuer="Kryetari i Komunës", municipality="Gjilan",
    note="Title letter-spaced 'V E N D I M'. Date is ISO with 'Datë:' prefix and no "
         "place name next to it. The legal basis cites another act "
         "'01 Nr. 016-3300/21' dated 27.05.2021 (NOT this act's number/date); body "
         "deadline 30.06.2021.",
    blocks=h_center("Gjilan", "Kryetari i Komunës") + [
        left("Nr. 02-016/2021-145"),
        left("Datë: 2021-06-03", after=10),
        par("Në mbështetje të nenit 58 të %s, të nenit 61 të Statutit të Komunës së "
            "Gjilanit dhe në zbatim të Vendimit të Kuvendit të Komunës 01 Nr. 016-3300/21, "
            "të datës 27.05.2021, për miratimin e Programit për subvencione në bujqësi, "
            "Kryetari i Komunës merr këtë:" % LEGAL_LVL),
        title("V E N D I M"),
        subtitle("për formimin e Komisionit për vlerësimin e kërkesave për subvencione "
                 "në bujqësi"),
        item("1. Formohet Komisioni për vlerësimin e kërkesave për subvencione në bujqësi "
             "për vitin 2021, në këtë përbërje: Valon Hajdari, kryetar; Mimoza Rexhepi, "
             "anëtare; Besnik Sylejmani, anëtar."),
        item("2. Detyra e Komisionit është të shqyrtojë të gjitha kërkesat e pranuara, të "
             "verifikojë në terren dokumentacionin për çdo kërkesë dhe të hartojë listën përfundimtare të "
             "përfituesve."),
        item("3. Komisioni e përfundon punën dhe ia dorëzon raportin Kryetarit të Komunës "
             "deri më 30.06.2021."),
        item("4. Anëtarët e Komisionit nuk kanë të drejtë kompensimi shtesë për punën në "
             "Komision."),
        item("5. Vendimi hyn në fuqi ditën e nënshkrimit."),
    ] + sign("KRYETARI I KOMUNËS", "_____________________", "Arian Bajrami"))

# ---------------------------------------------------------------------------
# 03  Vendim — Kuvendi, Viti; 2-column header (Albanian | English),
#     number + date only AFTER the body, session date first in reading order
# ---------------------------------------------------------------------------
act(file="unseen_03.pdf", format="html", font=SANS, size=11,
    type="vendim", date="2022-02-14", date_text="më 14 shkurt 2022",
    number="06-110-45/22", issuer="Kuvendi i Komunës", municipality="Viti",
    note="Title in mixed case 'Vendim'. Number ('Nr.: 06-110-45/22') and date "
         "('Viti, më 14 shkurt 2022', month as a word) appear only at the END, above "
         "the signature, as in many real Kuvendi acts; the first date in reading order "
         "is the session date 10.02.2022, which is not the act date.",
    blocks=h_table2("Viti", "Kuvendi i Komunës", other="en") + [
        ("gap",),
        par("Në bazë të nenit 11 dhe të nenit 12 paragrafi 12.2 pika a) të %s, të nenit "
            "51 të Ligjit Nr. 03/L-048 për Menaxhimin e Financave Publike dhe "
            "Përgjegjësitë, si dhe të nenit 32 të Statutit të Komunës së Vitisë, Kuvendi "
            "i Komunës së Vitisë, në seancën e jashtëzakonshme të mbajtur më 10.02.2022, "
            "miratoi këtë" % LEGAL_LVL),
        title("Vendim"),
        subtitle("për ndarjen e mjeteve financiare për ndihmë të njëhershme familjeve në "
                 "nevojë sociale", bold=False),
        item("1. Ndahen mjete financiare në shumë prej 25.000,00 € (njëzet e pesë mijë "
             "euro) nga kategoria e subvencioneve dhe transfereve, për ndihmë të "
             "njëhershme familjeve në nevojë sociale në territorin e Komunës së Vitisë."),
        item("2. Përfitues të ndihmës janë familjet që janë në skemën e ndihmës sociale dhe "
             "familjet me anëtarë me aftësi të kufizuara, sipas listës që e harton Qendra "
             "për Punë Sociale."),
        item("3. Shuma për çdo familje përcaktohet nga komisioni që e formon Kryetari "
             "i Komunës, ndërsa pagesa bëhet përmes llogarisë bankare të përfituesit."),
        item("4. Për zbatimin e këtij vendimi kujdesen Drejtoria për Buxhet dhe Financa "
             "dhe Drejtoria për Shëndetësi dhe Mirëqenie Sociale."),
        item("5. Vendimi hyn në fuqi ditën e miratimit."),
        ("gap",),
        left("Nr.: 06-110-45/22"),
        left("Viti, më 14 shkurt 2022"),
    ] + sign("Kryesuesja e Kuvendit", "Shqipe Ademi"))

# ---------------------------------------------------------------------------
# 04  RREGULLORE (KK) NR. 02/2020 — Kuvendi, Gjilan; number and date on one
#     line separated by a right tab; the title carries its own number
# ---------------------------------------------------------------------------
act(file="unseen_04.pdf", format="docx", font=SANS, size=11,
    type="rregullore", date="2020-02-27", date_text="27.02.2020",
    number="01 Nr. 016-2741/20", number_alt=["02/2020"],
    issuer="Kuvendi i Komunës", municipality="Gjilan",
    note="Number and date on ONE line, separated by a right-aligned tab. The title "
         "'RREGULLORE (KK) NR. 02/2020' has the regulation's own serial number; the "
         "registry number in the header is recorded as 'number', '02/2020' is listed in "
         "number_alt. Body also cites the repealed 'Rregullorja (KK) Nr. 01/2016' and an "
         "application date 01.04.2020.",
    blocks=h_table3("Gjilan", "Kuvendi i Komunës", stema="(stema)", border=True) + [
        ("tab", "01 Nr. 016-2741/20", "Gjilan, 27.02.2020"),
        par("Në mbështetje të nenit 12 paragrafi 12.2 pika a) dhe të nenit 40 paragrafi "
            "40.2 pika a) të %s, të Ligjit Nr. 03/L-049 për Financat e Pushtetit Lokal dhe "
            "të nenit 33 të Statutit të Komunës së Gjilanit, Kuvendi i Komunës së "
            "Gjilanit, në seancën e mbajtur më 27.02.2020, miraton:" % LEGAL_LVL),
        title("RREGULLORE (KK) NR. 02/2020", size=13),
        subtitle("PËR TAKSAT, TARIFAT DHE GJOBAT KOMUNALE"),
        ("p", "Neni 1 – Qëllimi", {"align": "center", "bold": True, "after": 2}),
        par("Kjo rregullore përcakton llojet, lartësinë dhe mënyrën e pagesës së taksave, "
            "tarifave dhe gjobave komunale në territorin e Komunës së Gjilanit."),
        ("p", "Neni 2 – Fushëveprimi", {"align": "center", "bold": True, "after": 2}),
        par("Dispozitat e kësaj rregulloreje zbatohen për të gjithë personat fizikë dhe "
            "juridikë që ushtrojnë veprimtari ose shfrytëzojnë shërbime komunale në "
            "territorin e Komunës."),
        ("p", "Neni 3 – Pagesa", {"align": "center", "bold": True, "after": 2}),
        par("Taksat dhe tarifat paguhen në llogarinë e Komunës përmes bankave komerciale. "
            "Dëshmia e pagesës i dorëzohet zyrës përkatëse para marrjes së shërbimit. Për "
            "çdo pagesë lëshohet fletëpagesë me numër unik."),
        ("p", "Neni 4 – Lirimet", {"align": "center", "bold": True, "after": 2}),
        par("Nga pagesa e taksave administrative lirohen familjet e dëshmorëve, invalidët "
            "e luftës dhe personat në skemën e ndihmës sociale, me paraqitjen e dëshmisë "
            "përkatëse."),
        ("p", "Neni 5 – Shfuqizimi", {"align": "center", "bold": True, "after": 2}),
        par("Me hyrjen në fuqi të kësaj rregulloreje shfuqizohet Rregullorja (KK) Nr. "
            "01/2016 për taksat, tarifat dhe gjobat komunale."),
        ("p", "Neni 6 – Hyrja në fuqi", {"align": "center", "bold": True, "after": 2}),
        par("Kjo rregullore hyn në fuqi pesëmbëdhjetë ditë pas publikimit në ueb-faqen "
            "zyrtare të Komunës, ndërsa zbatohet nga data 01.04.2020."),
    ] + sign("Kryesuesi i Kuvendit të Komunës", "Driton Berisha"))

# ---------------------------------------------------------------------------
# 05  RREGULLORE — Kuvendi, Ferizaj; stacked centred header,
#     'Nr. prot.' label, date with slashes and 'Data:' prefix, right-aligned
# ---------------------------------------------------------------------------
act(file="unseen_05.pdf", format="html", font=SERIF, size=12,
    type="rregullore", date="2020-02-14", date_text="14/02/2020",
    number="1234/2020", issuer="Kuvendi i Komunës", municipality="Ferizaj",
    note="Stacked centred header (one language per line). Number label 'Nr. prot.' "
         "and 'Data: 14/02/2020' (slashes), both right-aligned, no place name. Session "
         "date 30.01.2020 in the legal basis is not the act date.",
    blocks=h_center("Ferizaj", "Kuvendi i Komunës", stacked=True) + [
        right("Nr. prot. 1234/2020"),
        right("Data: 14/02/2020"),
        ("gap",),
        par("Në mbështetje të nenit 12 paragrafi 12.2 pika a) të %s dhe të nenit 34 të "
            "Statutit të Komunës së Ferizajt, Kuvendi i Komunës së Ferizajt, në seancën e "
            "mbajtur më 30.01.2020, miraton këtë" % LEGAL_LVL),
        title("RREGULLORE"),
        subtitle("për ndarjen e bursave për studentët e nivelit bachelor dhe master"),
        par("**Neni 1.** Kjo rregullore përcakton kriteret, procedurat dhe mënyrën e "
            "ndarjes së bursave komunale për studentët me vendbanim në Komunën e Ferizajt."),
        par("**Neni 2.** Të drejtë aplikimi kanë studentët e rregullt të institucioneve "
            "publike të arsimit të lartë, me notë mesatare jo më të ulët se 8,00 për vitin "
            "paraprak akademik."),
        par("**Neni 3.** Konkursi për bursa shpallet çdo vit nga Drejtoria për Arsim, "
            "ndërsa afati për aplikim është pesëmbëdhjetë ditë nga dita e shpalljes."),
        par("**Neni 4.** Vlerësimin e kërkesave e bën komisioni prej pesë anëtarësh, i cili "
            "e harton listën preliminare dhe ia dërgon Kryetarit të Komunës për miratim. "
            "Kandidatët e pakënaqur kanë të drejtë ankese brenda tetë ditëve."),
        par("**Neni 5.** Bursa paguhet në dhjetë këste mujore, nga muaji tetor deri në "
            "muajin korrik."),
        par("**Neni 6.** Kjo rregullore hyn në fuqi shtatë ditë pas publikimit në "
            "ueb-faqen zyrtare të Komunës."),
    ] + sign("Kryesuesja e Kuvendit", "Lindita Shala"))

# ---------------------------------------------------------------------------
# 06  PROCESVERBAL — Kuvendi, Gjilan; number + date on one line (spaces)
# ---------------------------------------------------------------------------
act(file="unseen_06.pdf", format="html", font=SANS, size=11,
    type="procesverbal", date="2022-02-03", date_text="03.02.2022",
    number="01-06/22-88", issuer="Kuvendi i Komunës", municipality="Gjilan",
    note="Number and date on one line separated by runs of spaces. The subtitle gives "
         "the meeting date 28.01.2022 and the agenda mentions 23.12.2021; the act date "
         "is the header date 03.02.2022 (some readers might argue for the meeting date "
         "- we record the header date).",
    blocks=h_center("Gjilan", "Kuvendi i Komunës", size=10) + [
        ("spaces", "Nr. 01-06/22-88", "Gjilan, 03.02.2022", 12),
        title("PROCESVERBAL"),
        subtitle("nga seanca e rregullt e Kuvendit të Komunës së Gjilanit, e mbajtur më "
                 "28.01.2022, në sallën e Kuvendit, me fillim në ora 10:00", bold=False),
        par("Seancën e ka kryesuar kryesuesi i Kuvendit, z. Driton Berisha. Në seancë kanë "
            "qenë të pranishëm 31 nga 35 anëtarët e Kuvendit, Kryetari i Komunës, drejtorët "
            "e drejtorive komunale dhe përfaqësues të medieve. Kryesuesi konstatoi se "
            "ekziston kuorumi dhe propozoi këtë rend dite:"),
        item("1. Miratimi i procesverbalit nga seanca e mbajtur më 23.12.2021;"),
        item("2. Shqyrtimi dhe miratimi i Planit të punës së Kuvendit për vitin 2022;"),
        item("3. Propozim-vendimi për dhënien në shfrytëzim të përkohshëm të pronës "
             "komunale;"),
        item("4. Pyetje dhe përgjigje."),
        par("Rendi i ditës u miratua me 29 vota për dhe 2 abstenime."),
        par("**Pika 1.** Procesverbali nga seanca e kaluar u miratua pa vërejtje."),
        par("**Pika 2.** Plani i punës u prezantua nga sekretarja e Kuvendit. Pas "
            "diskutimit, në të cilin morën pjesë pesë anëtarë, plani u miratua njëzëri."),
        par("**Pika 3.** Drejtori për Pronë sqaroi se prona do të jepet në shfrytëzim për "
            "një periudhë prej pesë vitesh. Propozim-vendimi u miratua me 24 vota për, 5 "
            "kundër dhe 2 abstenime."),
        par("**Pika 4.** Anëtarët shtruan pyetje për furnizimin me ujë në fshatrat e zonës "
            "malore dhe për pastrimin e borës. Kryetari i Komunës u përgjigj se kontrata "
            "për mirëmbajtjen dimërore është në zbatim, ndërsa çështja e ujit do të "
            "trajtohet në seancën e ardhshme."),
        par("Seanca përfundoi në ora 13:40."),
    ] + sign2(["Procesmbajtësja", "Vjosa Kurteshi"],
              ["Kryesuesi i Kuvendit", "Driton Berisha"]))

# ---------------------------------------------------------------------------
# 07  PROCESVERBAL — Drejtoria për Arsim, Kamenicë; 'Numri:' label,
#     date with single-digit month, body mentions a KONKURS
# ---------------------------------------------------------------------------
act(file="unseen_07.pdf", format="docx", font=SERIF, size=11,
    type="procesverbal", date="2018-03-12", date_text="12.3.2018",
    number="03/2018-112", issuer="Drejtoria për Arsim", municipality="Kamenicë",
    note="Label 'Numri:' and 'Data: 12.3.2018' (single-digit month). The body quotes "
         "the title of a competition ('KONKURS për plotësimin …') and its date "
         "15.02.2018 - the document type is still procesverbal.",
    blocks=h_table3("Kamenicë", "Drejtoria për Arsim", stema="[ STEMA ]") + [
        left("Numri: 03/2018-112"),
        left("Data: 12.3.2018", after=8),
        title("PROCESVERBAL"),
        subtitle("i mbledhjes së Komisionit për intervistimin e kandidatëve për "
                 "mësimdhënës"),
        par("Komisioni, i formuar me vendim të Drejtorit për Arsim, u mblodh në zyrën e "
            "Drejtorisë për Arsim në Kamenicë, me fillim në ora 09:00. Në mbledhje ishin "
            "të pranishëm të tre anëtarët e Komisionit."),
        par("Komisioni shqyrtoi kërkesat e kandidatëve të paraqitura në konkursin me titull "
            "„KONKURS për plotësimin e vendeve të lira të punës në arsim”, të shpallur më "
            "15.02.2018."),
        par("Për pozitën mësimdhënës i gjuhës shqipe aplikuan shtatë kandidatë, nga të "
            "cilët pesë i plotësonin kushtet formale dhe u ftuan në intervistë. Për "
            "pozitën mësimdhënës i matematikës aplikuan katër kandidatë, prej të cilëve "
            "tre u ftuan në intervistë."),
        par("Intervistat u zhvilluan me pyetje të njëjta për të gjithë kandidatët. Secili "
            "anëtar i Komisionit i vlerësoi kandidatët veçmas, me pikë nga 1 deri në 10, "
            "ndërsa nota përfundimtare është mesatarja e pikëve."),
        par("Komisioni i rekomandon Drejtorit për Arsim përzgjedhjen e kandidatëve me "
            "numrin më të madh të pikëve: për gjuhën shqipe kandidaten me kodin GJ-03 dhe "
            "për matematikë kandidatin me kodin M-02."),
        par("Mbledhja përfundoi në ora 14:15. Procesverbali u nënshkrua nga të gjithë "
            "anëtarët e Komisionit."),
        left("Anëtarët e Komisionit:", bold=True, before=6),
        left("1. Agron Mustafa, kryetar  ______________"),
        left("2. Fitore Salihu, anëtare  ______________"),
        left("3. Nexhat Ramadani, anëtar  ______________"),
    ])

# ---------------------------------------------------------------------------
# 08  KONTRATË — Drejtoria për Shërbime Publike, Gjilan;
#     'Nr. i lëndës', ISO date, procurement number in body
# ---------------------------------------------------------------------------
act(file="unseen_08.pdf", format="docx", font=SANS, size=11,
    type="kontrate", date="2023-10-17", date_text="2023-10-17",
    number="45/2023", issuer="Drejtoria për Shërbime Publike", municipality="Gjilan",
    note="Label 'Nr. i lëndës:' and 'Data: 2023-10-17', right-aligned. The body carries "
         "a second identifier 'Nr. i prokurimit: 651-23-071-2-1-1' (procurement id, not "
         "the act number) and a contract period 15.11.2023 - 15.03.2024.",
    blocks=h_center("Gjilan", "Drejtoria për Shërbime Publike") + [
        right("Nr. i lëndës: 45/2023"),
        right("Data: 2023-10-17"),
        title("KONTRATË"),
        subtitle("për mirëmbajtjen dimërore të rrugëve lokale në Komunën e Gjilanit"),
        left("Nr. i prokurimit: 651-23-071-2-1-1", after=6),
        par("**Palët kontraktuese:** (1) Komuna e Gjilanit – Drejtoria për Shërbime "
            "Publike, e përfaqësuar nga Kryetari i Komunës (në tekstin e mëtejmë: Autoriteti "
            "Kontraktues), dhe (2) „Rruga e Bardhë” SH.P.K., me seli në Gjilan, e "
            "përfaqësuar nga drejtori, z. Fatmir Krasniqi (në tekstin e mëtejmë: Operatori)."),
        par("**Neni 1 – Objekti i kontratës.** Operatori obligohet të kryejë pastrimin e "
            "borës dhe shpërndarjen e kripës në rrugët lokale sipas planit operativ, i cili "
            "është pjesë përbërëse e kësaj kontrate."),
        par("**Neni 2 – Vlera e kontratës.** Vlera e përgjithshme e kontratës është "
            "48.500,00 € (dyzet e tetë mijë e pesëqind euro), me TVSH të përfshirë. Çmimet "
            "për njësi janë dhënë në paramasën e ofertës, e cila është pjesë e kontratës."),
        par("**Neni 3 – Kohëzgjatja.** Kontrata zbatohet nga 15.11.2023 deri më 15.03.2024. "
            "Operatori duhet të jetë në gatishmëri 24 orë në ditë gjatë gjithë periudhës."),
        par("**Neni 4 – Pagesa.** Pagesa bëhet në këste mujore, brenda 30 ditëve nga "
            "pranimi i faturës dhe i raportit të punëve të kryera, të vërtetuar nga "
            "menaxheri i kontratës."),
        par("**Neni 5 – Kontestet.** Kontestet eventuale zgjidhen me marrëveshje, e nëse kjo "
            "nuk është e mundur, kompetente është Gjykata Themelore në Gjilan."),
        par("Kontrata është hartuar në katër (4) kopje të njëjta, nga dy për secilën palë."),
    ] + sign2(["Për Autoritetin Kontraktues", "_________________"],
              ["Për Operatorin Ekonomik", "_________________"]))

# ---------------------------------------------------------------------------
# 09  KONTRATA PËR SHËRBIME TË VEÇANTA — Viti; 'Nr.ref:' label
# ---------------------------------------------------------------------------
act(file="unseen_09.pdf", format="html", font=SERIF, size=12,
    type="kontrate", date="2019-07-04", date_text="4 korrik 2019",
    number="11-2019/07", issuer="Drejtoria për Administratë dhe Personel",
    municipality="Viti",
    note="Title in definite form 'KONTRATA' followed by 'PËR SHËRBIME TË VEÇANTA'. Label "
         "'Nr.ref:' with no space; date '4 korrik 2019' (no leading zero, month as a "
         "word). Contract period 05.07.2019 - 04.10.2019 in the body.",
    blocks=h_table2("Viti", "Drejtoria për Administratë dhe Personel", other="en",
                    border=False) + [
        ("hr",),
        left("Nr.ref: 11-2019/07"),
        left("Viti, 4 korrik 2019"),
        title("KONTRATA"),
        subtitle("PËR SHËRBIME TË VEÇANTA"),
        par("Në bazë të Rregullores së Komunës për angazhimin me kontratë për shërbime të "
            "veçanta, lidhet kjo kontratë ndërmjet Komunës së Vitisë, të përfaqësuar nga "
            "Kryetari i Komunës, si angazhuese, dhe znj. Arta Hoxha, nga Viti, si ofruese e "
            "shërbimit."),
        par("**Neni 1.** Ofruesja e shërbimit angazhohet si asistente administrative në "
            "Zyrën për Shërbime me Qytetarë, për pranimin dhe regjistrimin e kërkesave të "
            "qytetarëve."),
        par("**Neni 2.** Kontrata lidhet për periudhën nga 05.07.2019 deri më 04.10.2019 "
            "dhe nuk krijon marrëdhënie pune."),
        par("**Neni 3.** Për shërbimet e kryera, ofruesja e shërbimit përfiton kompensim "
            "mujor në shumë prej 350,00 €, i cili paguhet deri në datën 10 të muajit "
            "pasues."),
        par("**Neni 4.** Ofruesja e shërbimit është e obliguar të respektojë orarin e punës, "
            "të ruajë fshehtësinë e të dhënave personale dhe të zbatojë udhëzimet e "
            "mbikëqyrësit."),
        par("**Neni 5.** Secila palë mund ta zgjidhë kontratën me njoftim paraprak me shkrim "
            "prej pesëmbëdhjetë ditësh."),
        par("**Neni 6.** Kontrata është hartuar në tri kopje, nga të cilat një i takon "
            "ofrueses së shërbimit."),
    ] + sign2(["Ofruesja e shërbimit", "Arta Hoxha"],
              ["Kryetari i Komunës", "_________________"]))

# ---------------------------------------------------------------------------
# 10  NJOFTIM PËR KONTRATË — Zyra për Prokurim, Gjilan; tab line,
#     PPRC-like sections, deadline date in body
# ---------------------------------------------------------------------------
act(file="unseen_10.pdf", format="docx", font=SANS, size=10,
    type="njoftim_per_kontrate", date="2022-03-14", date_text="14.03.2022",
    number="05-402/22-77", issuer="Zyra për Prokurim", municipality="Gjilan",
    note="Procurement contract notice. Number and date on one tab-separated line "
         "('Nr. 05-402/22-77 <tab> Gjilan, 14.03.2022'). Body has the procurement id "
         "'651-22-045-2-1-1' and deadline/opening date 30.03.2022; words 'kontratë'/"
         "'kontratës' occur many times - type must be njoftim_per_kontrate, not "
         "kontrate or njoftim.",
    blocks=h_table3("Gjilan", "Zyra për Prokurim", size=8) + [
        ("tab", "Nr. 05-402/22-77", "Gjilan, 14.03.2022"),
        title("NJOFTIM PËR KONTRATË", size=13),
        subtitle("Shërbime – procedurë e hapur", bold=False),
        left("Nr. i prokurimit: 651-22-045-2-1-1", after=6),
        left("SEKSIONI I: AUTORITETI KONTRAKTUES", bold=True),
        par("Emri: Komuna e Gjilanit. Adresa: Sheshi i Pavarësisë, 60000 Gjilan. Personi "
            "kontaktues: zyrtari i prokurimit. E-mail: prokurimi.gjilan@example.org."),
        left("SEKSIONI II: OBJEKTI I KONTRATËS", bold=True),
        par("Titulli: Shërbimet e transportit të nxënësve për vitin shkollor 2022/2023. "
            "Lloji i kontratës: shërbime. Vlera e parashikuar: 120.000,00 €. Kohëzgjatja: "
            "12 muaj nga nënshkrimi i kontratës."),
        left("SEKSIONI III: KUSHTET", bold=True),
        par("Operatorët ekonomikë duhet të dëshmojnë se janë të regjistruar në Agjencinë "
            "për Regjistrimin e Bizneseve të Kosovës dhe se kanë së paku pesë autobusë në "
            "pronësi ose me qira. Siguria e tenderit: 2.000,00 €."),
        left("SEKSIONI IV: PROCEDURA", bold=True),
        par("Kriteri për dhënien e kontratës: çmimi më i ulët. Afati për pranimin e "
            "tenderëve: 30.03.2022, ora 14:00. Hapja e tenderëve: 30.03.2022, ora 14:15, në "
            "sallën e mbledhjeve të Komunës. Tenderët dorëzohen në mënyrë elektronike "
            "përmes platformës së prokurimit elektronik."),
        par("Autoriteti kontraktues nuk i pranon tenderët e dorëzuar pas afatit të caktuar."),
    ] + sign("Udhëheqësi i Zyrës për Prokurim"))

# ---------------------------------------------------------------------------
# 11  NJOFTIM PËR KONTRATË — Zyra për Prokurim, Kamenicë; uppercase month,
#     number/date in a borderless 2-column table
# ---------------------------------------------------------------------------
act(file="unseen_11.pdf", format="html", font=SERIF, size=11,
    type="njoftim_per_kontrate", date="2021-09-07", date_text="07 SHTATOR 2021",
    number="3310/2021", issuer="Zyra për Prokurim", municipality="Kamenicë",
    note="Date '07 SHTATOR 2021' (month in capitals, leading zero). Number 'Nr. prot. "
         "3310/2021' and place/date sit in the two cells of a borderless table on one "
         "line. Subtitle '(për kontrata me vlerë të mesme)'. Body procurement id "
         "616-21-3310-1-2-5 shares digits with the protocol number; tender deadline "
         "20.09.2021.",
    blocks=h_center("Kamenicë", "Zyra për Prokurim", stacked=True, size=10) + [
        ("tab", "Nr. prot. 3310/2021", "Kamenicë, 07 SHTATOR 2021"),
        title("NJOFTIM PËR KONTRATË"),
        subtitle("(për kontrata me vlerë të mesme)", bold=False),
        par("Komuna e Kamenicës, në cilësinë e autoritetit kontraktues, njofton operatorët "
            "ekonomikë se ka iniciuar procedurën e kuotimit të çmimeve për aktivitetin e "
            "prokurimit „Furnizim me material shpenzues për shkollat fillore dhe të "
            "mesme”."),
        item("Numri i prokurimit: 616-21-3310-1-2-5"),
        item("Vlera e parashikuar e kontratës: 18.000,00 €"),
        item("Afati i realizimit: 30 ditë nga nënshkrimi i kontratës"),
        item("Kriteri për dhënien e kontratës: çmimi më i ulët"),
        par("Dosja e tenderit mund të shkarkohet nga platforma e prokurimit elektronik. "
            "Tenderët duhet të dorëzohen jo më vonë se më 20.09.2021, ora 10:00, ndërsa "
            "hapja e tyre bëhet në të njëjtën ditë, në ora 10:15.", before=6),
        par("Për sqarime shtesë, operatorët ekonomikë mund t'i drejtohen Zyrës për Prokurim "
            "çdo ditë pune nga ora 08:00 deri në ora 16:00."),
    ] + sign("Udhëheqësja e Zyrës për Prokurim", "Blerta Kastrati"))

# ---------------------------------------------------------------------------
# 12  KONKURS — Drejtoria për Arsim, Gjilan; slashes in the date,
#     application deadline in the body
# ---------------------------------------------------------------------------
act(file="unseen_12.pdf", format="html", font=SANS, size=11,
    type="konkurs", date="2022-09-01", date_text="01/09/2022",
    number="04-112/2022-33", issuer="Drejtoria për Arsim", municipality="Gjilan",
    note="Date '01/09/2022' (day first - 1 September, not 9 January). Closing date "
         "16.09.2022 in the body. Legal basis cites several laws with 'Nr.' labels "
         "(03/L-068, 04/L-032) before the title.",
    blocks=h_table3("Gjilan", "Drejtoria për Arsim", border=True) + [
        left("Nr. 04-112/2022-33"),
        left("Gjilan, 01/09/2022", after=8),
        par("Në bazë të nenit 7 të Ligjit Nr. 03/L-068 për Arsimin në Komunat e Republikës "
            "së Kosovës, të Ligjit Nr. 04/L-032 për Arsimin Parauniversitar në Republikën e "
            "Kosovës dhe të normativit për kuadrin arsimor, Drejtoria për Arsim shpall:"),
        title("KONKURS"),
        subtitle("për plotësimin e vendeve të lira të punës në institucionet "
                 "edukativo-arsimore"),
        item("1. SHFMU „Liria”, Gjilan – mësimdhënës/e i/e gjuhës angleze, 1 ekzekutues/e;"),
        item("2. SHFMU „Agimi”, Malishevë – mësimdhënës/e i/e klasës, 2 ekzekutues/e;"),
        item("3. SHFMU „Rilindja”, Pogragjë – mësimdhënës/e i/e edukatës fizike, 1 "
             "ekzekutues/e."),
        par("**Kushtet:** kandidatët duhet të kenë diplomë të fakultetit përkatës, sipas "
            "normativit për kuadrin arsimor, dhe të jenë të licencuar ose në proces të "
            "licencimit. Për çdo vend pune kandidati dorëzon aplikim të veçantë.", before=6),
        par("**Dokumentet e nevojshme:** kërkesa me shkrim, biografia, diploma e noterizuar, "
            "certifikata e notave, kopja e letërnjoftimit dhe vërtetimi se kandidati nuk "
            "është nën hetime."),
        par("Konkursi mbetet i hapur pesëmbëdhjetë ditë nga dita e publikimit, përkatësisht "
            "deri më 16.09.2022. Dokumentet dorëzohen në arkivin e Komunës, ndërsa kërkesat "
            "e pakompletuara dhe ato që arrijnë pas afatit nuk do të shqyrtohen."),
        par("Kandidatët e përzgjedhur për intervistë do të njoftohen me telefon ose me "
            "e-mail."),
    ] + sign("Drejtori i Drejtorisë për Arsim"))

# ---------------------------------------------------------------------------
# 13  KONKURS — Drejtoria për Administratë dhe Personel, Ferizaj;
#     uppercase month on a tab line, 'Nr.:' label
# ---------------------------------------------------------------------------
act(file="unseen_13.pdf", format="docx", font=SERIF, size=12,
    type="konkurs", date="2023-02-14", date_text="14 SHKURT 2023",
    number="06-110-12/23", issuer="Drejtoria për Administratë dhe Personel",
    municipality="Ferizaj",
    note="Date '14 SHKURT 2023' (month in capitals) on a tab line with 'Nr.: "
         "06-110-12/23'. Written test date 01.03.2023 in the body.",
    blocks=h_center("Ferizaj", "Drejtoria për Administratë dhe Personel") + [
        ("tab", "Nr.: 06-110-12/23", "Ferizaj, 14 SHKURT 2023"),
        par("Në mbështetje të Ligjit Nr. 08/L-197 për Zyrtarët Publikë dhe të aktit "
            "nënligjor për procedurat e rekrutimit, Komuna e Ferizajt shpall:"),
        title("KONKURS"),
        subtitle("për plotësimin e vendit të punës"),
        left("**Titulli i vendit të punës:** zyrtar/e për gjendje civile"),
        left("**Numri i ekzekutuesve:** 1 (një)"),
        left("**Vendi:** Zyra e Gjendjes Civile, Ferizaj"),
        left("**Kategoria:** zyrtar profesional", after=6),
        par("**Detyrat kryesore:** regjistron aktet e lindjes, të martesës dhe të vdekjes "
            "në regjistrat themelorë; lëshon certifikata nga regjistrat; mban evidencën e "
            "ndryshimeve të emrit dhe të vendbanimit."),
        par("**Kushtet:** diplomë universitare, së paku bachelor, në fushën e drejtësisë ose "
            "të administratës publike; përvojë pune së paku një vit; njohje e punës me "
            "kompjuter."),
        par("Aplikimi bëhet në formularin zyrtar, i cili merret në Zyrën e Personelit ose "
            "shkarkohet nga ueb-faqja e Komunës. Afati i aplikimit është tetë ditë nga data "
            "e shpalljes, ndërsa testi me shkrim mbahet më 01.03.2023 në ora 10:00. Çdo "
            "aplikacion i pakompletuar do të refuzohet."),
        par("Vetëm kandidatët që i plotësojnë kushtet do të ftohen në testim. Komuna e "
            "Ferizajt inkurajon aplikimin e grave dhe të pjesëtarëve të komuniteteve "
            "joshumicë."),
    ] + sign("Drejtori i Drejtorisë për Administratë dhe Personel"))

# ---------------------------------------------------------------------------
# 14  SHPALLJE — Drejtoria për Urbanizëm, Gjilan; Albanian | Serbian table,
#     'Nr. prot.:' label, 'më 22 mars 2021', three hearing dates in body
# ---------------------------------------------------------------------------
act(file="unseen_14.pdf", format="docx", font=SERIF, size=11,
    type="shpallje", date="2021-03-22", date_text="më 22 mars 2021",
    number="2211/2021", issuer="Drejtoria për Urbanizëm", municipality="Gjilan",
    note="2-column header Albanian | Serbian (no English). Label 'Nr. prot.:' (with "
         "colon), number and date centred on separate lines; date 'më 22 mars 2021'. "
         "Body lists hearings on 05.04.2021, 07.04.2021, 09.04.2021 and a comment "
         "deadline 20.04.2021.",
    blocks=h_table2("Gjilan", "Drejtoria për Urbanizëm", other="sr", border=False,
                    size=10) + [
        ("hr",),
        ("p", "Nr. prot.: 2211/2021", {"align": "center", "after": 0}),
        ("p", "Gjilan, më 22 mars 2021", {"align": "center", "after": 6}),
        title("SHPALLJE"),
        subtitle("për dëgjim publik mbi Hartën Zonale të Komunës së Gjilanit"),
        par("Në bazë të nenit 20 të Ligjit Nr. 04/L-174 për Planifikimin Hapësinor dhe të "
            "nenit 68 të %s, Drejtoria për Urbanizëm i njofton qytetarët, bizneset dhe "
            "organizatat e shoqërisë civile se projekti i Hartës Zonale do të prezantohet "
            "në dëgjime publike, sipas këtij orari:" % LEGAL_LVL),
        item("– më 05.04.2021, ora 11:00, në sallën e Kuvendit të Komunës, Gjilan;"),
        item("– më 07.04.2021, ora 14:00, në shtëpinë e kulturës në Zhegër;"),
        item("– më 09.04.2021, ora 11:00, në qendrën e komunitetit në Pasjan."),
        par("Dokumenti i plotë është në dispozicion në ueb-faqen zyrtare të Komunës dhe në "
            "zyrat e Drejtorisë çdo ditë pune. Komentet me shkrim mund të dorëzohen në arkivin e Komunës "
            "ose me e-mail deri më 20.04.2021.", before=6),
        par("Për shkak të masave kundër COVID-19, numri i pjesëmarrësve në sallë do të jetë "
            "i kufizuar, ndërsa dëgjimi do të transmetohet drejtpërdrejt në faqen zyrtare "
            "të Komunës."),
    ] + sign("Drejtori i Drejtorisë për Urbanizëm", "_________________"))

# ---------------------------------------------------------------------------
# 15  SHPALLJE — Kryetari, Viti; date BEFORE number, beneficiary table with
#     a 'Nr.' column heading
# ---------------------------------------------------------------------------
act(file="unseen_15.pdf", format="html", font=SANS, size=11,
    type="shpallje", date="2018-10-18", date_text="18.10.2018",
    number="01 Nr. 016-455/18", issuer="Kryetari i Komunës", municipality="Viti",
    note="'Datë: 18.10.2018' printed ABOVE the number '01 Nr. 016-455/18'. A table of "
         "beneficiaries has a column headed 'Nr.' (row numbers 1-6) - must not be taken "
         "as the act number. Body dates 11.10.2018 (committee report) and 31.10.2018 "
         "(deadline).",
    blocks=h_center("Viti", "Kryetari i Komunës") + [
        left("Datë: 18.10.2018"),
        left("01 Nr. 016-455/18", after=6),
        title("SHPALLJE"),
        subtitle("e listës përfundimtare të përfituesve të grandeve për bizneset e vogla"),
        par("Në bazë të vendimit të Kryetarit të Komunës për ndarjen e grandeve për "
            "bizneset e vogla dhe të raportit të Komisionit vlerësues të datës 11.10.2018, "
            "Kryetari i Komunës së Vitisë shpall listën përfundimtare të përfituesve:"),
        ("table", [
            ["**Nr.**", "**Emri i biznesit**", "**Vendi**", "**Shuma (€)**"],
            ["1", "Furra „Buka e Ngrohtë”", "Viti", "3.000,00"],
            ["2", "Rrobaqepësia „Zana”", "Pozheran", "2.500,00"],
            ["3", "Zdrukthtaria „Druri”", "Smirë", "3.000,00"],
            ["4", "Serrat „Gjelbërimi”", "Binçë", "2.800,00"],
            ["5", "Pajisje bujqësore „Ara”", "Gërmovë", "2.200,00"],
            ["6", "Ëmbëltorja „Çarshia”", "Viti", "1.500,00"],
        ], {"border": True, "widths": [8, 46, 24, 22],
            "align": ["center", "left", "left", "right"], "size": 10}),
        par("Përfituesit do të nënshkruajnë marrëveshjet me Komunën deri më 31.10.2018. "
            "Mjetet transferohen në llogarinë bankare të biznesit brenda 15 ditëve pas "
            "nënshkrimit.", before=8),
        par("Kjo shpallje publikohet në tabelën e shpalljeve dhe në ueb-faqen zyrtare të "
            "Komunës."),
    ] + sign("Kryetari i Komunës", "_________________"))

# ---------------------------------------------------------------------------
# 16  NJOFTIM — Drejtoria për Shërbime Publike, Gjilan; d.m.yyyy date
# ---------------------------------------------------------------------------
act(file="unseen_16.pdf", format="html", font=SERIF, size=12,
    type="njoftim", date="2022-06-09", date_text="9.6.2022",
    number="07-350/22-19", issuer="Drejtoria për Shërbime Publike", municipality="Gjilan",
    note="Date '9.6.2022' (single-digit day and month), right-aligned under the number. "
         "Closure period 13.06.2022 - 17.06.2022 in the body.",
    blocks=h_center("Gjilan", "Drejtoria për Shërbime Publike", size=10) + [
        right("Nr. 07-350/22-19"),
        right("Gjilan, 9.6.2022"),
        title("NJOFTIM"),
        subtitle("për ndërprerjen e përkohshme të qarkullimit"),
        par("Drejtoria për Shërbime Publike i njofton qytetarët e Gjilanit se, për shkak të "
            "punimeve për rikonstruimin e rrjetit të kanalizimit, qarkullimi i automjeteve "
            "në rrugën „Dëshmorët e Kombit”, në segmentin nga rrethrrotullimi qendror deri "
            "te stacioni i autobusëve, do të ndërpritet nga data 13.06.2022 deri më "
            "17.06.2022, çdo ditë nga ora 07:00 deri në ora 19:00."),
        par("Qarkullimi do të devijohet përmes rrugëve paralele, të cilat do të shënjohen "
            "me sinjalizimin përkatës. Autobusët e transportit urban do të ndalen në "
            "stacionin e përkohshëm pranë tregut të gjelbër."),
        par("Pas përfundimit të punimeve, rruga do të asfaltohet në tërë gjerësinë, ndërsa "
            "trotuaret do të rregullohen brenda muajit korrik."),
        par("Kërkojmë mirëkuptim nga qytetarët dhe i lusim drejtuesit e automjeteve të "
            "respektojnë udhëzimet e Policisë së Kosovës dhe të punëtorëve në terren. Për "
            "informata shtesë mund ta kontaktoni Drejtorinë për Shërbime Publike çdo ditë "
            "pune."),
    ] + sign("Drejtoria për Shërbime Publike"))

# ---------------------------------------------------------------------------
# 17  NJOFTIM — Drejtoria për Buxhet dhe Financa, Kamenicë; invitation-like
#     wording, 'Datë:' with slashes
# ---------------------------------------------------------------------------
act(file="unseen_17.pdf", format="docx", font=SANS, size=11,
    type="njoftim", date="2022-02-14", date_text="14/02/2022",
    number="400-45/2022", issuer="Drejtoria për Buxhet dhe Financa",
    municipality="Kamenicë",
    note="Title NJOFTIM although the body 'fton' (invites) citizens to a hearing - type "
         "is njoftim, not ftese. 'Datë: 14/02/2022' with slashes. Hearing date "
         "24.02.2022 and comment deadline 04.03.2022 in the body; the title contains the "
         "year range 2023–2025.",
    blocks=h_table3("Kamenicë", "Drejtoria për Buxhet dhe Financa", stema="STEMA") + [
        left("Nr. 400-45/2022"),
        left("Datë: 14/02/2022", after=8),
        title("NJOFTIM"),
        subtitle("për dëgjim publik për Kornizën Afatmesme Buxhetore 2023–2025"),
        par("Në bazë të nenit 61 të Ligjit Nr. 03/L-048 për Menaxhimin e Financave Publike "
            "dhe Përgjegjësitë dhe të nenit 68 të %s, Drejtoria për Buxhet dhe Financa i "
            "fton qytetarët e Komunës së Kamenicës të marrin pjesë në dëgjimin publik për "
            "Kornizën Afatmesme Buxhetore 2023–2025." % LEGAL_LVL),
        par("Dëgjimi publik do të mbahet më 24.02.2022 (e enjte), me fillim në ora 12:00, "
            "në sallën e Kuvendit të Komunës së Kamenicës."),
        par("Në dëgjim do të prezantohen parashikimet e të hyrave vetanake, ndarja e "
            "granteve qeveritare sipas drejtorive dhe projektet kapitale të propozuara për "
            "tri vitet e ardhshme. Çdo qytetar mund të paraqesë propozime me gojë "
            "gjatë dëgjimit ose me shkrim, deri më 04.03.2022, në zyrën e Drejtorisë për "
            "Buxhet dhe Financa."),
        par("Dokumenti i Kornizës Afatmesme Buxhetore është publikuar në ueb-faqen zyrtare "
            "të Komunës."),
    ] + sign("Drejtori i Drejtorisë për Buxhet dhe Financa", "Ilir Zeqiri"))

# ---------------------------------------------------------------------------
# 18  NJOFTIM PËR ANULIMIN … — Zyra për Prokurim, Ferizaj; ISO date,
#     body mentions the earlier 'Njoftimi për kontratë'
# ---------------------------------------------------------------------------
act(file="unseen_18.pdf", format="html", font=SERIF, size=11,
    type="njoftim", date="2021-08-20", date_text="2021-08-20",
    number="11-2021/96", issuer="Zyra për Prokurim", municipality="Ferizaj",
    note="Cancellation notice: title 'NJOFTIM' + subtitle 'PËR ANULIMIN E AKTIVITETIT "
         "TË PROKURIMIT'. The body says 'Njoftimi për kontratë … është publikuar më "
         "02.08.2021' - a naive phrase match would give njoftim_per_kontrate; we record "
         "njoftim (debatable: it is a procurement notice, but not a contract notice). "
         "'Nr.ref:' label, 'Data: 2021-08-20'.",
    blocks=h_table2("Ferizaj", "Zyra për Prokurim", other="en", border=True) + [
        ("gap",),
        left("Nr.ref: 11-2021/96"),
        left("Data: 2021-08-20"),
        title("NJOFTIM"),
        subtitle("PËR ANULIMIN E AKTIVITETIT TË PROKURIMIT"),
        par("Në bazë të nenit 62 të Ligjit Nr. 04/L-042 për Prokurimin Publik në Republikën "
            "e Kosovës, Komuna e Ferizajt, si autoritet kontraktues, njofton se është "
            "anuluar aktiviteti i prokurimit „Rregullimi i ndriçimit publik në lagjet "
            "periferike të qytetit”, me numër prokurimi 626-21-5120-5-1-1."),
        par("Njoftimi për kontratë për këtë aktivitet është publikuar më 02.08.2021. Deri në "
            "afatin për dorëzimin e tenderëve, më 17.08.2021, është pranuar vetëm një "
            "tender, i cili nuk i ka plotësuar kërkesat e dosjes së tenderit për kapacitetin "
            "teknik."),
        par("Për këtë arsye, aktiviteti i prokurimit anulohet dhe do të rifillohet pas "
            "rishikimit të specifikimeve teknike."),
        par("Operatori ekonomik ka të drejtë të paraqesë kërkesë për rishqyrim brenda dhjetë "
            "ditëve nga publikimi i këtij njoftimi, në pajtim me dispozitat e Ligjit për "
            "Prokurimin Publik."),
    ] + sign("Zyrtari kryesor i prokurimit", "Gëzim Musliu"))

# ---------------------------------------------------------------------------
# 19  RAPORT — Drejtoria për Buxhet dhe Financa, Gjilan; period dates in
#     body, number/date in a borderless 2-column table
# ---------------------------------------------------------------------------
act(file="unseen_19.pdf", format="html", font=SERIF, size=11,
    type="raport", date="2022-07-29", date_text="29.07.2022",
    number="03-400/22-210", issuer="Drejtoria për Buxhet dhe Financa",
    municipality="Gjilan",
    note="Report period 01.01.2022 - 30.06.2022 stated in the body; the act date is "
         "29.07.2022 next to the number. Title 'RAPORT' + long subtitle with month "
         "names ('janar – qershor 2022').",
    blocks=h_table3("Gjilan", "Drejtoria për Buxhet dhe Financa", stema="(STEMA)") + [
        ("tab", "Nr. 03-400/22-210", "Gjilan, 29.07.2022"),
        title("RAPORT"),
        subtitle("për realizimin e buxhetit komunal për periudhën janar – qershor 2022"),
        par("Ky raport përgatitet në pajtim me nenin 45 të Ligjit Nr. 03/L-048 për "
            "Menaxhimin e Financave Publike dhe Përgjegjësitë dhe i dorëzohet Kuvendit të "
            "Komunës për shqyrtim. Raporti përfshin periudhën nga 01.01.2022 deri më "
            "30.06.2022."),
        left("1. Të hyrat", bold=True),
        par("Deri më 30.06.2022 janë inkasuar 3,1 milionë euro të hyra vetanake, që përbën "
            "47 % të planit vjetor. Pjesa më e madhe e të hyrave vjen nga tatimi në pronë "
            "dhe nga lejet e ndërtimit."),
        left("2. Shpenzimet", bold=True),
        par("Shpenzimet e përgjithshme në gjashtëmujorin e parë arrijnë në 16,2 milionë euro: "
            "për paga dhe mëditje 10,4 milionë, për mallra dhe shërbime 2,3 milionë, për "
            "shpenzime komunale 0,6 milionë, për subvencione 0,9 milionë dhe për investime "
            "kapitale 2,0 milionë euro."),
        left("3. Projektet kapitale", bold=True),
        par("Realizimi i ulët i investimeve kapitale shpjegohet me vonesat në procedurat e "
            "prokurimit dhe me rritjen e çmimeve të materialeve ndërtimore. Drejtoria pret "
            "që pjesa më e madhe e projekteve të realizohet në tremujorin e katërt."),
        left("4. Rekomandime", bold=True),
        par("Drejtoria u rekomandon drejtorive buxhetore të përshpejtojnë iniciimin e "
            "procedurave të prokurimit dhe të raportojnë çdo muaj për ecurinë e projekteve."),
    ] + sign("Drejtori i Drejtorisë për Buxhet dhe Financa", "Ilir Osmani"))

# ---------------------------------------------------------------------------
# 20  RAPORT — Kryetari, Ferizaj; NO number at all, textual date
# ---------------------------------------------------------------------------
act(file="unseen_20.pdf", format="docx", font=SANS, size=11,
    type="raport", date="2019-12-20", date_text="20 dhjetor 2019",
    number=None, issuer="Kryetari i Komunës", municipality="Ferizaj",
    note="No registry number anywhere (number null) - an extractor should return "
         "nothing rather than pick up 'Nr. 03/L-040' from the law citation. Date "
         "'Ferizaj, 20 dhjetor 2019' right-aligned; the Assembly session 27.12.2019 "
         "is mentioned in the body.",
    blocks=h_center("Ferizaj", "Kryetari i Komunës") + [
        right("Ferizaj, 20 dhjetor 2019"),
        title("RAPORT"),
        subtitle("mbi punën e Kryetarit të Komunës për vitin 2019"),
        par("Në pajtim me nenin 58 të %s, Kryetari i Komunës i paraqet Kuvendit të Komunës "
            "raportin vjetor mbi punën e ekzekutivit. Raporti do të shqyrtohet në seancën e "
            "Kuvendit që mbahet më 27.12.2019." % LEGAL_LVL),
        par("**Arsimi.** Gjatë vitit 2019 janë përfunduar dy shkolla të reja fillore dhe "
            "është renovuar çerdhja në qendër të qytetit."),
        par("**Infrastruktura.** Janë asfaltuar 42 kilometra rrugë lokale, kryesisht në "
            "zonat rurale, dhe janë ndërtuar 6 kilometra trotuare. Projekti i ujësjellësit "
            "për fshatrat e zonës jugore ka hyrë në fazën e dytë."),
        par("**Shëndetësia dhe mirëqenia sociale.** Qendra Kryesore e Mjekësisë Familjare "
            "është pajisur me aparat të ri për ekografi, ndërsa 320 familje kanë përfituar "
            "ndihmë të njëhershme gjatë dimrit."),
        par("**Financat.** Të hyrat vetanake kanë arritur 8,9 milionë euro, që është rritje "
            "prej 6 % krahasuar me vitin paraprak."),
        par("Sfidat kryesore mbeten menaxhimi i mbeturinave, ndotja e ajrit gjatë dimrit "
            "dhe mungesa e hapësirave për parkim në qendër të qytetit. Për këto çështje "
            "ekzekutivi do të propozojë masa konkrete në buxhetin e vitit 2020."),
    ] + sign("KRYETARI I KOMUNËS", "Agim Hasani"))

# ---------------------------------------------------------------------------
# 21  KOMUNIKATË PËR MEDIA — Zyra për Informim, Gjilan; no number,
#     another municipality (Kamenica) in headline and body
# ---------------------------------------------------------------------------
act(file="unseen_21.pdf", format="html", font=SANS, size=11,
    type="komunikate", date="2022-02-14", date_text="14.02.2022",
    number=None, issuer="Zyra për Informim", municipality="Gjilan",
    note="Press release without a registry number (number null). The headline and "
         "body name another municipality (Kamenica) - municipality is Gjilan (header). "
         "Entry-into-force date 01.03.2022 in the body.",
    blocks=h_center("Gjilan", "Zyra për Informim") + [
        right("Gjilan, 14.02.2022"),
        title("KOMUNIKATË PËR MEDIA"),
        subtitle("Gjilani dhe Kamenica nënshkruajnë marrëveshje për menaxhimin e "
                 "përbashkët të mbeturinave"),
        par("Kryetari i Komunës së Gjilanit dhe kryetari i Komunës së Kamenicës "
            "nënshkruan sot, në ambientet e Komunës së Gjilanit, marrëveshjen e "
            "bashkëpunimit ndërkomunal për menaxhimin e përbashkët të mbeturinave."),
        par("Sipas marrëveshjes, të dyja komunat do të bashkëfinancojnë blerjen e katër "
            "kamionëve të rinj për grumbullimin e mbeturinave dhe do ta zgjerojnë "
            "shërbimin në fshatrat që deri tani nuk kanë qenë të mbuluara."),
        par("„Kjo marrëveshje tregon se problemet e përbashkëta zgjidhen më lehtë kur "
            "komunat punojnë së bashku. Qytetarët e të dyja komunave do ta shohin "
            "ndryshimin që në pranverë”, deklaroi kryetari i Gjilanit."),
        par("Kryetari i Kamenicës theksoi se bashkëpunimi do të vazhdojë edhe në fushën e "
            "mbrojtjes së mjedisit dhe të turizmit rural. Çdo komunë do të caktojë dy "
            "përfaqësues në grupin e përbashkët punues."),
        par("Marrëveshja hyn në fuqi më 01.03.2022, ndërsa grupi i përbashkët punues do ta "
            "mbajë takimin e parë brenda dy javëve."),
    ] + sign("Zyra për Informim", align="left"))

# ---------------------------------------------------------------------------
# 22  Komunikatë për media — Zyra për Informim, Kamenicë; mixed-case title
# ---------------------------------------------------------------------------
act(file="unseen_22.pdf", format="html", font=SERIF, size=12,
    type="komunikate", date="2020-11-10", date_text="10 nëntor 2020",
    number="01-115/20-7", issuer="Zyra për Informim", municipality="Kamenicë",
    note="Title in mixed case 'Komunikatë për media'. Date '10 nëntor 2020' (month "
         "with ë). Body dates 30.10.2020 and 20.11.2020.",
    blocks=h_table2("Kamenicë", "Zyra për Informim", other="en", border=False) + [
        ("hr",),
        left("Nr. 01-115/20-7"),
        left("Kamenicë, 10 nëntor 2020"),
        title("Komunikatë për media"),
        subtitle("Komuna e Kamenicës shpërndan pako ushqimore për familjet e prekura nga "
                 "pandemia", bold=False),
        par("Komuna e Kamenicës, në bashkëpunim me Kryqin e Kuq të Kosovës, ka filluar sot "
            "shpërndarjen e 450 pakove ushqimore dhe higjienike për familjet e prekura nga "
            "pandemia e COVID-19."),
        par("Përfitues janë familjet në skemën e ndihmës sociale, pensionistët që jetojnë "
            "vetëm dhe familjet me anëtarë të infektuar që ndodhen në vetizolim. Listat janë "
            "hartuar nga Qendra për Punë Sociale në bazë të kërkesave të pranuara deri më "
            "30.10.2020."),
        par("Pakot do t'u dërgohen familjeve në shtëpi nga vullnetarët, çdo ditë pune, në mënyrë që të shmangen "
            "grumbullimet. Shpërndarja do të vazhdojë deri më 20.11.2020."),
        par("Kryetari i Komunës falënderoi vullnetarët dhe bizneset lokale që kanë "
            "kontribuar me produkte, duke u bërë thirrje qytetarëve të vazhdojnë t'i "
            "respektojnë masat e Institutit Kombëtar të Shëndetësisë Publike."),
    ] + sign("Zyra për Informim", align="left"))

# ---------------------------------------------------------------------------
# 23  FTESË — Kuvendi, Gjilan; tab line, session date + weekday in body
# ---------------------------------------------------------------------------
act(file="unseen_23.pdf", format="docx", font=SERIF, size=11,
    type="ftese", date="2022-01-21", date_text="21.01.2022",
    number="01 Nr. 06-412/22", issuer="Kuvendi i Komunës", municipality="Gjilan",
    note="Invitation to an Assembly session: number and date on one tab-separated line. "
         "The session date 28.01.2022 (e premte) and the previous session 23.12.2021 "
         "appear in the body; the act date is 21.01.2022.",
    blocks=h_table3("Gjilan", "Kuvendi i Komunës", border=True) + [
        ("tab", "01 Nr. 06-412/22", "Gjilan, 21.01.2022"),
        par("Në mbështetje të nenit 43 të %s dhe të nenit 20 të Rregullores së Punës së "
            "Kuvendit të Komunës së Gjilanit, thërras seancën e rregullt të Kuvendit dhe "
            "ju dërgoj këtë" % LEGAL_LVL),
        title("FTESË"),
        par("Ju ftoj të merrni pjesë në seancën e rregullt të Kuvendit të Komunës së "
            "Gjilanit, e cila do të mbahet më 28.01.2022 (e premte), në sallën e Kuvendit, "
            "me fillim në ora 10:00.", before=6),
        par("Për seancën propozoj këtë rend dite:"),
        item("1. Konstatimi i prezencës së anëtarëve;"),
        item("2. Miratimi i procesverbalit nga seanca e mbajtur më 23.12.2021;"),
        item("3. Shqyrtimi dhe miratimi i Planit të punës së Kuvendit për vitin 2022;"),
        item("4. Propozim-vendimi për dhënien në shfrytëzim të përkohshëm të pronës "
             "komunale;"),
        item("5. Pyetje dhe përgjigje."),
        par("Çështjet nën pikat 3 dhe 4 janë shqyrtuar paraprakisht nga Komiteti për "
            "Politikë dhe Financa. Materialet për seancë janë bashkëngjitur kësaj ftese dhe janë publikuar në "
            "ueb-faqen zyrtare të Komunës. Në rast se jeni të penguar të merrni pjesë, ju "
            "lutem njoftoni Zyrën e Kuvendit së paku një ditë para seancës.", before=6),
    ] + sign("Kryesuesi i Kuvendit të Komunës", "Driton Berisha"))

# ---------------------------------------------------------------------------
# 24  F T E S Ë — Drejtoria për Kulturë, Rini dhe Sport, Ferizaj;
#     spaced title, textual event date in body
# ---------------------------------------------------------------------------
act(file="unseen_24.pdf", format="html", font=SANS, size=11,
    type="ftese", date="2021-11-03", date_text="03.11.2021",
    number="08-433/2021", issuer="Drejtoria për Kulturë, Rini dhe Sport",
    municipality="Ferizaj",
    note="Letter-spaced title 'F T E S Ë' (pdftotext may or may not join it). 'Data: "
         "03.11.2021' without place name. Event date written as words in the body "
         "('më 12 nëntor 2021') plus a deadline 19.11.2021; the title range 2022–2026 "
         "contains years.",
    blocks=h_center("Ferizaj", "Drejtoria për Kulturë, Rini dhe Sport", size=10) + [
        left("Nr. 08-433/2021"),
        left("Data: 03.11.2021"),
        title("F T E S Ë"),
        subtitle("për konsultim publik për Strategjinë Komunale për Rini 2022–2026"),
        par("Të nderuar të rinj, përfaqësues të organizatave rinore dhe të shoqërisë civile,",
            align="left"),
        par("Drejtoria për Kulturë, Rini dhe Sport e Komunës së Ferizajt ka përgatitur "
            "draftin e Strategjisë Komunale për Rini 2022–2026, e cila përcakton prioritetet "
            "e Komunës për punësimin, arsimin joformal, pjesëmarrjen dhe shëndetin e të "
            "rinjve."),
        par("Ju ftojmë të merrni pjesë në takimin për konsultim publik, që do të mbahet më "
            "12 nëntor 2021, në ora 18:00, në Qendrën Rinore në Ferizaj."),
        par("Në takim do të prezantohen gjetjet e anketës me më shumë se 600 të rinj, "
            "objektivat e strategjisë dhe plani i veprimit. Pas prezantimit, çdo "
            "pjesëmarrës do të ketë mundësi për pyetje, komente dhe propozime."),
        par("Komentet me shkrim mund t'i dërgoni edhe përmes platformës për konsultime "
            "publike deri më 19.11.2021. Pjesëmarrja juaj është e rëndësishme që strategjia "
            "t'i pasqyrojë nevojat e vërteta të të rinjve të Ferizajt."),
        par("Me respekt,", align="left", before=6),
    ] + sign("Drejtori i Drejtorisë për Kulturë, Rini dhe Sport", align="left"))
