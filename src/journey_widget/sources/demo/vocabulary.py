"""Word lists for the demo data: names, services, campaigns, outcomes, comments.

Plain data only, kept apart from the generator (``demo_data``) so that the logic there stays
readable. Everything is a tuple so that iteration order, and with it the generated data, never
depends on hashing. German and Indonesian text is what agents in those centres would type;
outcomes stay English because the sources deliver them that way (SPEC A7 shows them as data).

A weighted list is written as ``((item, weight), ...)``; the generator expands it once.
"""

from __future__ import annotations

from typing import NamedTuple

from journey_widget.model import Category, TaskResult

# --- people -------------------------------------------------------------------------------

GERMAN_MALE = (
    "Jürgen",
    "Klaus",
    "Thomas",
    "Michael",
    "Stefan",
    "Andreas",
    "Lukas",
    "Jonas",
    "Felix",
    "Maximilian",
    "Dieter",
    "Günter",
    "Jörg",
    "Uwe",
    "Matthias",
    "Tobias",
    "Florian",
    "Sebastian",
    "Moritz",
    "Björn",
    "Wolfgang",
    "Horst",
    "Niklas",
    "Kai",
)
GERMAN_FEMALE = (
    "Ursula",
    "Sabine",
    "Petra",
    "Monika",
    "Anna",
    "Lena",
    "Julia",
    "Katharina",
    "Sophie",
    "Jana",
    "Brigitte",
    "Bärbel",
    "Karin",
    "Heike",
    "Claudia",
    "Leonie",
    "Mia",
    "Hannah",
    "Gisela",
    "Renate",
    "Jutta",
    "Elke",
    "Franziska",
    "Zoë",
)
GERMAN_LAST = (
    "Müller",
    "Schmidt",
    "Schneider",
    "Fischer",
    "Weber",
    "Meyer",
    "Wagner",
    "Becker",
    "Schulz",
    "Hoffmann",
    "Schröder",
    "Koch",
    "Bauer",
    "Richter",
    "Klein",
    "Wolf",
    "Schäfer",
    "Neumann",
    "Schwarz",
    "Zimmermann",
    "Braun",
    "Krüger",
    "Hofmann",
    "Hartmann",
    "Lange",
    "Schmitt",
    "Werner",
    "Krause",
    "Meier",
    "Lehmann",
    "Weiß",
    "Jäger",
    "Groß",
    "Köhler",
    "Böhm",
    "Günther",
    "Vogel",
    "Fuchs",
    "Kühn",
    "Huber",
    "Gruber",
    "Pichler",
    "Steiner",
    "Moser",
    "Brunner",
    "Keller",
    "Baumann",
    "Frei",
    "Gerber",
    "Öztürk",
    "Yılmaz",
    "Nowak",
)
INDONESIAN_MALE = (
    "Budi",
    "Agus",
    "Joko",
    "Bambang",
    "Eko",
    "Dedi",
    "Hendra",
    "Rudi",
    "Andi",
    "Rizky",
    "Fajar",
    "Yusuf",
    "Ahmad",
    "Muhammad",
    "Arief",
    "Dimas",
    "Bayu",
    "Wahyu",
    "Slamet",
    "Teguh",
    "Yohanes",
    "Daniel",
)
INDONESIAN_FEMALE = (
    "Siti",
    "Sri",
    "Dewi",
    "Ayu",
    "Rina",
    "Wati",
    "Fitri",
    "Putri",
    "Indah",
    "Nur",
    "Ratna",
    "Yuliana",
    "Intan",
    "Nurul",
    "Anisa",
    "Kartika",
    "Mega",
    "Wulan",
    "Maria",
)
INDONESIAN_LAST = (
    "Santoso",
    "Nurhaliza",
    "Wijaya",
    "Saputra",
    "Hidayat",
    "Kurniawan",
    "Setiawan",
    "Pratama",
    "Siregar",
    "Nasution",
    "Simanjuntak",
    "Harahap",
    "Lubis",
    "Hutapea",
    "Sitompul",
    "Gunawan",
    "Susanto",
    "Halim",
    "Permana",
    "Rahman",
    "Hakim",
    "Syahputra",
    "Utami",
    "Wulandari",
    "Puspita",
    "Maharani",
    "Rahmawati",
    "Anggraini",
    "Kusuma",
    "Lestari",
    "Nugroho",
    "Prasetyo",
)
# Many Javanese go by one name only.
INDONESIAN_MONONYMS = (
    "Suparman",
    "Sumarni",
    "Mulyadi",
    "Sutrisno",
    "Karyati",
    "Supriyadi",
    "Sukarni",
    "Parmin",
    "Tukiyem",
    "Suwarno",
)
# Balinese names start with a birth-order name: Putu Ayu, Made Wirawan, Ketut Sari.
BALINESE_FIRST = ("Wayan", "Putu", "Gede", "Made", "Kadek", "Nyoman", "Komang", "Ketut")
BALINESE_GIVEN = (
    "Ayu",
    "Sari",
    "Dharma",
    "Wirawan",
    "Astuti",
    "Suardana",
    "Arya",
    "Eka",
    "Adi",
    "Sudiarta",
)
ENGLISH_MALE = (
    "James",
    "Oliver",
    "Harry",
    "George",
    "Jack",
    "William",
    "Thomas",
    "Daniel",
    "Matthew",
    "Michael",
    "David",
    "Robert",
    "Joshua",
    "Ethan",
    "Samuel",
    "Connor",
    "Liam",
    "Noah",
)
ENGLISH_FEMALE = (
    "Emily",
    "Olivia",
    "Amelia",
    "Charlotte",
    "Sophie",
    "Jessica",
    "Sarah",
    "Emma",
    "Grace",
    "Chloe",
    "Megan",
    "Hannah",
    "Jennifer",
    "Ashley",
    "Isla",
    "Niamh",
    "Priya",
    "Zara",
)
ENGLISH_LAST = (
    "Smith",
    "Jones",
    "Taylor",
    "Brown",
    "Williams",
    "Wilson",
    "Johnson",
    "Davies",
    "Robinson",
    "Wright",
    "Thompson",
    "Evans",
    "Walker",
    "White",
    "Roberts",
    "Green",
    "Hall",
    "Wood",
    "Jackson",
    "Clarke",
    "O'Brien",
    "Murphy",
    "Miller",
    "Davis",
    "Garcia",
    "Martinez",
    "Anderson",
    "Moore",
    "Harris",
    "Patel",
    "Nguyen",
    "Campbell",
    "MacLeod",
)

# Spelling of names in e-mail addresses and SIP users.
ASCII_FOLD = str.maketrans(
    {
        "ä": "ae",
        "ö": "oe",
        "ü": "ue",
        "ß": "ss",
        "Ä": "Ae",
        "Ö": "Oe",
        "Ü": "Ue",
        "ı": "i",
        "ë": "e",
        "'": "",
        " ": ".",
    }
)

# --- tenants ------------------------------------------------------------------------------


class Service(NamedTuple):
    """A service (hotline) of a tenant: its queues, its F1 category, whether codes exist."""

    name: str
    category: Category
    queues: tuple[str, ...]
    codes_configured: bool = True
    weight: int = 10


class CaseWords(NamedTuple):
    """Vocabulary of one language's cases (SPEC F2)."""

    categories: tuple[tuple[str, tuple[str, ...]], ...]
    types: tuple[str, ...]
    detail_categories: tuple[str, ...]
    priorities: tuple[str, ...]


class Language(NamedTuple):
    """Everything language-specific an interaction of a tenant needs."""

    services: tuple[Service, ...]
    campaigns: tuple[tuple[str, Category], ...]
    divisions: tuple[tuple[str, int], ...]
    completion_codes: tuple[str, ...]
    cross_selling_codes: tuple[str, ...]
    comments: tuple[str, ...]
    failure_comments: tuple[str, ...]
    email_subjects: tuple[str, ...]
    notification_templates: tuple[str, ...]
    content_offers: tuple[str, ...]
    web_pages: tuple[str, ...]
    survey_stars: str
    survey_yes_no: str
    survey_open: str
    survey_answers: tuple[str, ...]
    issues: tuple[str, ...]
    parameter_keys: tuple[str, str, str]
    language_name: str
    standby: str
    voicemail_box: str
    cases: CaseWords
    ticket_subjects: tuple[str, ...]
    reschedule_notes: tuple[str, ...]
    escalation_notes: tuple[str, ...]
    status_notes: tuple[str, ...]
    account_prefix: str


GERMAN = Language(
    services=(
        Service(
            "Hotline Privatkunden",
            Category.SERVICE,
            ("Privatkunden 1st Level", "Privatkunden 2nd Level"),
            weight=30,
        ),
        Service(
            "Technischer Support",
            Category.SERVICE,
            ("Technik Festnetz", "Technik Mobilfunk", "Technik 2nd Level"),
            weight=20,
        ),
        Service("Vertrieb", Category.SALES, ("Vertrieb Inbound", "Vertrieb Outbound"), weight=12),
        Service("Rechnungsfragen", Category.GENERAL, ("Rechnungen",), weight=12),
        Service("Kündigungen", Category.SALES, ("Kundenbindung",), weight=6),
        Service("Bestellservice", Category.OMS, ("Bestellungen", "Lieferstatus"), weight=8),
        Service("Störungsannahme", Category.SERVICE, ("Störungen 24/7",), False, 7),
        Service("Empfang", Category.GENERAL, ("Zentrale",), False, 5),
    ),
    campaigns=(
        ("Winback Q3", Category.SALES),
        ("Renewal 2026", Category.SALES),
        ("Umfrage Kundenzufriedenheit", Category.SURVEY),
        ("Glasfaser Ausbau Berlin", Category.MARKETER),
        ("Tarifwechsel Herbst", Category.MARKETER),
        ("Zahlungserinnerung", Category.GENERAL),
    ),
    divisions=(("Privatkunden", 75), ("Geschäftskunden", 25)),
    completion_codes=(
        "Anliegen gelöst",
        "Information erteilt",
        "Tarif gewechselt",
        "Rückruf vereinbart",
        "An Fachabteilung weitergeleitet",
        "Beschwerde aufgenommen",
        "Vertrag verlängert",
    ),
    cross_selling_codes=(
        "Kein Angebot",
        "Glasfaser angeboten",
        "Zusatzkarte angeboten",
        "TV-Paket angeboten",
        "Geräteversicherung angeboten",
        "Angebot angenommen",
    ),
    comments=(
        "Kunde möchte den Tarif wechseln, Angebot per E-Mail geschickt.",
        "Rechnung erklärt, Kunde ist einverstanden.",
        "Router neu gestartet, Verbindung läuft wieder.",
        "Rückruf am Nachmittag gewünscht.",
        "Kundin fragt nach dem Liefertermin der Bestellung.",
        "Adresse aktualisiert.",
        "Ratenzahlung für die offene Rechnung vereinbart.",
        "Kunde verärgert wegen wiederholter Störung, Ticket angelegt.",
        "Vertrag um 24 Monate verlängert.",
        "Interesse an Glasfaser, Verfügbarkeit geprüft.",
        "Customer prefers English, handled in English.",
        "SIM-Karte gesperrt, Ersatzkarte bestellt.",
    ),
    failure_comments=(
        "Nicht erreicht, neuer Versuch morgen.",
        "Mailbox, keine Nachricht hinterlassen.",
        "Falsche Nummer laut Gesprächspartner.",
        "Kunde hat aufgelegt.",
    ),
    email_subjects=(
        "Rechnung März: Frage zur Position Roaming",
        "Kündigung meines Vertrags",
        "Umzug zum 1. des Monats",
        "Störung seit gestern Abend",
        "AW: Ihr Angebot Glasfaser 1000",
        "Bestellung 48213 noch nicht angekommen",
        "Änderung der Bankverbindung",
    ),
    notification_templates=(
        "Terminerinnerung Techniker",
        "Zahlungserinnerung",
        "Lieferung unterwegs",
        "Störung behoben",
    ),
    content_offers=(
        "Glasfaser 1000 – 3 Monate gratis",
        "TV-Paket zum halben Preis",
        "Zweitkarte ohne Grundgebühr",
        "Gerätetausch-Bonus 100 €",
    ),
    web_pages=(
        "https://www.nimbus-demo.example/de/tarife",
        "https://www.nimbus-demo.example/de/glasfaser/verfuegbarkeit",
        "https://www.nimbus-demo.example/de/hilfe/rechnung",
        "https://www.nimbus-demo.example/de/kontakt",
        "https://www.nimbus-demo.example/de/warenkorb",
    ),
    survey_stars="Wie zufrieden waren Sie mit dem Gespräch?",
    survey_yes_no="Wurde Ihr Anliegen gelöst?",
    survey_open="Was können wir besser machen?",
    survey_answers=(
        "Sehr freundlich, danke!",
        "Die Wartezeit war zu lang.",
        "Alles bestens.",
        "Bitte schneller zurückrufen.",
        "Kompetente Beratung.",
    ),
    issues=(
        "Echo auf der Leitung",
        "Verbindung abgebrochen",
        "Schlechte Tonqualität",
        "Kunde hört den Agenten nicht",
    ),
    parameter_keys=("Kundennummer", "IVR-Auswahl", "Sprache"),
    language_name="Deutsch",
    standby="Bereitschaftsdienst",
    voicemail_box="Mailbox Privatkunden",
    cases=CaseWords(
        categories=(
            ("Rechnung", ("Falsche Abrechnung", "Ratenzahlung", "Mahnung")),
            ("Technik", ("Internetstörung", "Router", "Mobilfunkempfang")),
            ("Vertrag", ("Kündigung", "Tarifwechsel", "Umzug")),
        ),
        types=("Beschwerde", "Anfrage", "Information"),
        detail_categories=("Erstkontakt", "Wiederholter Kontakt", "Eskalation"),
        priorities=("Niedrig", "Mittel", "Hoch", "Dringend"),
    ),
    ticket_subjects=(
        "Internet fällt abends regelmäßig aus",
        "Gutschrift für Ausfallzeit prüfen",
        "Techniker-Termin vereinbaren",
        "Doppelte Abbuchung im Mai",
        "Rufnummernmitnahme hängt",
        "Router-Tausch",
    ),
    reschedule_notes=("Kunde bittet um Rückruf nächste Woche.", "Termin auf Wunsch verschoben."),
    escalation_notes=("An 2nd Level eskaliert.", "Teamleitung informiert."),
    status_notes=("Status aktualisiert.", "Warten auf Rückmeldung des Kunden."),
    account_prefix="KD-",
)

INDONESIAN = Language(
    services=(
        Service("Layanan Pelanggan", Category.SERVICE, ("CS Umum", "CS Prioritas"), weight=30),
        Service(
            "Dukungan Teknis", Category.SERVICE, ("Teknis Internet", "Teknis Seluler"), weight=20
        ),
        Service("Penjualan", Category.SALES, ("Sales Inbound", "Telemarketing"), weight=12),
        Service("Tagihan", Category.GENERAL, ("Penagihan",), weight=12),
        Service("Pesanan", Category.OMS, ("Status Pesanan",), weight=8),
        Service("MyDX App", Category.MYDX, ("Dukungan Aplikasi",), weight=6),
        Service("Pengaduan", Category.SERVICE, ("Pengaduan Pelanggan",), False, 7),
    ),
    campaigns=(
        ("Promo Ramadan", Category.MARKETER),
        ("Renewal 2026", Category.SALES),
        ("Survei Kepuasan Pelanggan", Category.SURVEY),
        ("Paket Data Lebaran", Category.MARKETER),
        ("Winback Q3", Category.SALES),
        ("Pengingat Tagihan", Category.GENERAL),
    ),
    divisions=(("Ritel", 80), ("Korporat", 20)),
    completion_codes=(
        "Masalah selesai",
        "Informasi diberikan",
        "Paket diubah",
        "Jadwal panggilan balik",
        "Diteruskan ke tim teknis",
        "Keluhan dicatat",
    ),
    cross_selling_codes=(
        "Tidak ada penawaran",
        "Tawaran paket data",
        "Tawaran upgrade internet",
        "Tawaran asuransi perangkat",
        "Penawaran diterima",
    ),
    comments=(
        "Pelanggan menanyakan tagihan bulan lalu, sudah dijelaskan.",
        "Modem sudah di-restart, koneksi normal kembali.",
        "Pelanggan minta dihubungi lagi sore hari.",
        "Paket data sudah diaktifkan.",
        "Pelanggan tertarik dengan promo Ramadan.",
        "Alamat pengiriman diperbarui.",
        "Keluhan sinyal lemah di daerah Bekasi, tiket dibuat.",
        "Pelanggan menanyakan status pesanan.",
        "Pembayaran sudah diterima, status tagihan lunas.",
        "Customer switched to English, handled in English.",
    ),
    failure_comments=(
        "Tidak diangkat, coba lagi besok.",
        "Nomor salah menurut penerima.",
        "Pelanggan menutup telepon.",
        "Kotak suara penuh.",
    ),
    email_subjects=(
        "Tagihan bulan ini tidak sesuai",
        "Permintaan berhenti berlangganan",
        "Pesanan belum sampai",
        "Gangguan internet sejak pagi",
        "Re: Penawaran Paket Data Lebaran",
        "Perubahan alamat penagihan",
    ),
    notification_templates=(
        "Pengingat pembayaran",
        "Pesanan dalam pengiriman",
        "Jadwal kunjungan teknisi",
        "Gangguan sudah diperbaiki",
    ),
    content_offers=(
        "Promo Ramadan: kuota 2x lipat",
        "Gratis 1 bulan internet 100 Mbps",
        "Diskon 50% paket keluarga",
    ),
    web_pages=(
        "https://www.nimbus-demo.example/id/paket",
        "https://www.nimbus-demo.example/id/promo-ramadan",
        "https://www.nimbus-demo.example/id/bantuan/tagihan",
        "https://www.nimbus-demo.example/id/keranjang",
    ),
    survey_stars="Seberapa puas Anda dengan layanan kami?",
    survey_yes_no="Apakah masalah Anda sudah terselesaikan?",
    survey_open="Apa yang bisa kami tingkatkan?",
    survey_answers=(
        "Petugasnya ramah sekali.",
        "Waktu tunggu terlalu lama.",
        "Sudah bagus.",
        "Mohon lebih cepat ditangani.",
    ),
    issues=("Suara terputus-putus", "Panggilan terputus", "Ada gema di saluran"),
    parameter_keys=("Nomor Pelanggan", "Pilihan IVR", "Bahasa"),
    language_name="Indonesia",
    standby="Petugas siaga",
    voicemail_box="Kotak suara CS",
    cases=CaseWords(
        categories=(
            ("Tagihan", ("Tagihan tidak sesuai", "Cicilan", "Denda keterlambatan")),
            ("Teknis", ("Gangguan internet", "Modem", "Sinyal lemah")),
            ("Layanan", ("Berhenti berlangganan", "Ganti paket", "Pindah alamat")),
        ),
        types=("Keluhan", "Permintaan", "Informasi"),
        detail_categories=("Kontak pertama", "Kontak berulang", "Eskalasi"),
        priorities=("Rendah", "Sedang", "Tinggi", "Mendesak"),
    ),
    ticket_subjects=(
        "Internet sering putus di malam hari",
        "Pengembalian dana tagihan ganda",
        "Jadwal kunjungan teknisi",
        "Paket data tidak aktif",
        "Ganti kartu SIM",
    ),
    reschedule_notes=("Pelanggan minta dijadwalkan ulang.", "Kunjungan dipindah ke minggu depan."),
    escalation_notes=("Dieskalasi ke tim teknis level 2.", "Supervisor sudah diinformasikan."),
    status_notes=("Status diperbarui.", "Menunggu konfirmasi pelanggan."),
    account_prefix="PLG-",
)

ENGLISH = Language(
    services=(
        Service(
            "Customer Service",
            Category.SERVICE,
            ("General Enquiries", "Priority Customers"),
            weight=30,
        ),
        Service(
            "Technical Support",
            Category.SERVICE,
            ("Broadband Support", "Mobile Support", "Tier 2 Support"),
            weight=20,
        ),
        Service("Sales", Category.SALES, ("Inbound Sales", "Outbound Sales"), weight=12),
        Service("Billing", Category.GENERAL, ("Billing",), weight=12),
        Service("Retention", Category.SALES, ("Retention",), weight=6),
        Service("Orders", Category.OMS, ("Order Status",), weight=8),
        Service("Reception", Category.GENERAL, ("Switchboard",), False, 5),
    ),
    campaigns=(
        ("Winback Q3", Category.SALES),
        ("Renewal 2026", Category.SALES),
        ("Customer Satisfaction Survey", Category.SURVEY),
        ("Black Friday Upgrade", Category.MARKETER),
        ("Fibre Rollout", Category.MARKETER),
        ("Payment Reminder", Category.GENERAL),
    ),
    divisions=(("Consumer", 75), ("Business", 25)),
    completion_codes=(
        "Resolved first contact",
        "Information provided",
        "Plan changed",
        "Callback scheduled",
        "Escalated to 2nd level",
        "Complaint logged",
        "Contract renewed",
    ),
    cross_selling_codes=(
        "No offer",
        "Fibre upgrade offered",
        "Extra SIM offered",
        "TV bundle offered",
        "Device insurance offered",
        "Offer accepted",
    ),
    comments=(
        "Customer asked about the last invoice; explained the roaming charges.",
        "Router reset remotely, line is stable again.",
        "Wants a callback tomorrow morning.",
        "Upgraded to the 500 Mbit plan.",
        "Delivery address updated.",
        "Complained about repeated outages, raised a ticket.",
        "Interested in fibre, checked availability for the postcode.",
        "Payment plan agreed for the outstanding balance.",
        "Asked about order status, parcel is out for delivery.",
        "Contract renewed for 24 months.",
    ),
    failure_comments=(
        "No answer, will retry tomorrow.",
        "Went to voicemail, no message left.",
        "Wrong number according to the person who answered.",
        "Customer hung up.",
    ),
    email_subjects=(
        "Question about my March invoice",
        "Cancel my contract",
        "Moving house next month",
        "Internet down since last night",
        "RE: Your fibre upgrade offer",
        "Order 48213 has not arrived",
    ),
    notification_templates=(
        "Engineer appointment reminder",
        "Payment reminder",
        "Your order is on its way",
        "Outage resolved",
    ),
    content_offers=(
        "Fibre 900 – first 3 months free",
        "Half-price TV bundle",
        "Free extra SIM",
    ),
    web_pages=(
        "https://www.nimbus-demo.example/en/plans",
        "https://www.nimbus-demo.example/en/fibre/check",
        "https://www.nimbus-demo.example/en/help/billing",
        "https://www.nimbus-demo.example/en/basket",
    ),
    survey_stars="How satisfied were you with the call?",
    survey_yes_no="Was your issue resolved?",
    survey_open="What could we do better?",
    survey_answers=(
        "Very helpful, thank you!",
        "Waited far too long.",
        "All good.",
        "Please call back faster.",
    ),
    issues=(
        "Echo on the line",
        "Call dropped",
        "Poor audio quality",
        "Customer could not hear the agent",
    ),
    parameter_keys=("Customer number", "IVR choice", "Language"),
    language_name="English",
    standby="Standby duty",
    voicemail_box="Customer Service mailbox",
    cases=CaseWords(
        categories=(
            ("Billing", ("Incorrect charge", "Payment plan", "Late fee")),
            ("Technical", ("Broadband outage", "Router", "Mobile coverage")),
            ("Contract", ("Cancellation", "Plan change", "Home move")),
        ),
        types=("Complaint", "Request", "Information"),
        detail_categories=("First contact", "Repeat contact", "Escalation"),
        priorities=("Low", "Medium", "High", "Urgent"),
    ),
    ticket_subjects=(
        "Broadband drops every evening",
        "Credit for outage",
        "Book an engineer visit",
        "Charged twice in May",
        "Number port stuck",
        "Router replacement",
    ),
    reschedule_notes=(
        "Customer asked to be called next week.",
        "Visit moved at customer's request.",
    ),
    escalation_notes=("Escalated to tier 2.", "Team lead informed."),
    status_notes=("Status updated.", "Waiting for the customer's reply."),
    account_prefix="ACC-",
)


class TenantSpec(NamedTuple):
    """A tenant: its name, language, countries of its customers (weighted) and agents."""

    name: str
    slug: str
    language: Language
    countries: tuple[tuple[str, int], ...]
    agents: tuple[str, ...]
    weight: int


TENANTS = (
    TenantSpec(
        "Nimbus DE",
        "nimbus-de",
        GERMAN,
        (("DE", 75), ("AT", 15), ("CH", 10)),
        (
            "Anna Becker",
            "Lukas Hoffmann",
            "Sabine Krause",
            "Tobias Lang",
            "Nina Vogt",
            "Kevin Schulte",
            "Laura Engel",
            "Deniz Aydın",
            "Marco Ricci",
            "Svenja Roth",
            "Heinz Kowalski",
            "Elif Demir",
        ),
        45,
    ),
    TenantSpec(
        "Nimbus ID",
        "nimbus-id",
        INDONESIAN,
        (("ID", 100),),
        (
            "Dewi Anggraini",
            "Agus Prasetyo",
            "Rina Marlina",
            "Fajar Nugroho",
            "Yohanes Sitorus",
            "Nia Kurnia",
            "Hendra Gunawan",
            "Putri Maharani",
            "Bagus Wicaksono",
            "Made Suarjana",
        ),
        30,
    ),
    TenantSpec(
        "Nimbus UK",
        "nimbus-uk",
        ENGLISH,
        (("GB", 100),),
        (
            "Emily Clarke",
            "James Walker",
            "Priya Patel",
            "Daniel Hughes",
            "Aisha Khan",
            "Mark Ellis",
            "Laura Mitchell",
            "Callum Reid",
        ),
        15,
    ),
    TenantSpec(
        "Nimbus US",
        "nimbus-us",
        ENGLISH,
        (("US", 100),),
        (
            "Ashley Brooks",
            "Carlos Rivera",
            "Megan Foster",
            "Tyrone Jackson",
            "Kimberly Nguyen",
            "Brandon Cole",
        ),
        10,
    ),
)

EMAIL_DOMAINS = (
    ("example.com", 40),
    ("example.net", 25),
    ("example.org", 15),
    ("mail.example.com", 20),
)
WORK_EMAIL_DOMAINS = ("firma.example.org", "kantor.example.net", "corp.example.com")
SIP_HOST = "voip.example.com"
RECORDINGS = "https://recordings.example.com"

# --- outcomes -----------------------------------------------------------------------------

# Outcome texts that mean the interaction failed; the generator sets ``failure`` exactly for
# these, and every failed task result maps onto one of them (SPEC A9).
FAILED_OUTCOMES = (
    "No answer",
    "Busy",
    "Declined",
    "Aborted",
    "No agent available",
    "Cancelled",
    "Abandoned",
    "Transfer failed",
    "Wrong number",
    "Answering machine",
    "Not resolved",
    "Not delivered",
    "Bounced",
    "Customer left",
    "No reply",
)

# How failed task results read as outcomes.
FAILED_RESULT_OUTCOMES: tuple[tuple[TaskResult, tuple[str, ...]], ...] = (
    (TaskResult.HANGUP_BEFORE_ACCEPT, ("Abandoned",)),
    (TaskResult.HANGUP_IN_IVR, ("Abandoned",)),
    (TaskResult.HANGUP_IN_QUEUE, ("Abandoned",)),
    (TaskResult.HANGUP_IN_IVR_AFTER_QUEUE, ("Abandoned",)),
    (TaskResult.TRANSFER_FAILED, ("Transfer failed",)),
    (TaskResult.DESTINATION_DECLINED, ("Busy", "Declined")),
    (TaskResult.DESTINATION_NOT_REACHED, ("No answer",)),
    (TaskResult.USER_ABORTED, ("Aborted",)),
    (TaskResult.LOST_IN_QUEUE, ("No agent available",)),
    (TaskResult.CANCELLED_BY_EXTERNAL_SYSTEM, ("Cancelled",)),
)

INBOUND_HANDLED_OUTCOMES = (
    ("Resolved", 40),
    ("Information given", 20),
    ("Callback requested", 8),
    ("Escalated", 6),
    ("Order placed", 5),
    ("Sale", 5),
    ("Complaint recorded", 8),
    ("Not resolved", 6),
)
OUTBOUND_HANDLED_OUTCOMES = (
    ("Sale", 15),
    ("Interested", 20),
    ("Not interested", 20),
    ("Callback requested", 15),
    ("Appointment booked", 8),
    ("Wrong number", 6),
    ("Answering machine", 8),
    ("Do not call", 3),
)
SURVEY_HANDLED_OUTCOMES = (
    ("Survey completed", 60),
    ("Survey declined", 25),
    ("Callback requested", 10),
    ("Wrong number", 5),
)

INBOUND_CALL_RESULTS = (
    (TaskResult.ACCEPTED_BY_USER, 62),
    (TaskResult.TRANSFERRED_BY_USER, 7),
    (TaskResult.TRANSFERRED_BY_WORKFLOW, 3),
    (TaskResult.VOICEMAIL, 5),
    (TaskResult.HANGUP_IN_QUEUE, 9),
    (TaskResult.HANGUP_IN_IVR, 5),
    (TaskResult.HANGUP_BEFORE_ACCEPT, 2),
    (TaskResult.HANGUP_IN_IVR_AFTER_QUEUE, 1),
    (TaskResult.TRANSFER_FAILED, 1),
)
CLOSED_CALL_RESULTS = (
    (TaskResult.HANGUP_BY_WORKFLOW, 45),
    (TaskResult.VOICEMAIL, 35),
    (TaskResult.STANDBY_DUTY_ACCEPTED, 10),
    (TaskResult.HANGUP_IN_IVR, 10),
)
QUEUED_OUTBOUND_RESULTS = (
    (TaskResult.DESTINATION_ACCEPTED, 60),
    (TaskResult.DESTINATION_NOT_REACHED, 18),
    (TaskResult.DESTINATION_DECLINED, 8),
    (TaskResult.USER_ABORTED, 2),
    (TaskResult.LOST_IN_QUEUE, 4),
    (TaskResult.CANCELLED_BY_EXTERNAL_SYSTEM, 2),
)
MANUAL_OUTBOUND_RESULTS = (
    (TaskResult.DESTINATION_ACCEPTED, 65),
    (TaskResult.DESTINATION_NOT_REACHED, 22),
    (TaskResult.DESTINATION_DECLINED, 9),
    (TaskResult.USER_ABORTED, 4),
)
CHAT_RESULTS = (
    (TaskResult.ACCEPTED_BY_USER, 82),
    (TaskResult.TRANSFERRED_BY_USER, 5),
    (TaskResult.HANGUP_IN_QUEUE, 8),
    (TaskResult.MARKED_AS_HANDLED_BY_WORKFLOW, 5),
)
EMAIL_RESULTS = (
    (TaskResult.MARKED_AS_HANDLED_BY_USER, 65),
    (TaskResult.MARKED_AS_HANDLED_BY_WORKFLOW, 15),
    (TaskResult.ACCEPTED_BY_USER, 15),
    (TaskResult.CANCELLED_BY_EXTERNAL_SYSTEM, 5),
)
EMAIL_HANDLED_OUTCOMES = (("Answered", 60), ("Forwarded", 15), ("Resolved", 25))
EMAIL_WORKFLOW_OUTCOMES = (("Auto-reply sent", 80), ("Spam", 20))
SENT_OUTCOMES = (("Sent", 90), ("Bounced", 10))
SMS_OUTCOMES = (("Delivered", 85), ("Not delivered", 10), ("Replied", 5))
NOTIFICATION_OUTCOMES = (("Delivered", 50), ("Read", 40), ("Not delivered", 10))
MESSAGE_OUTBOUND_OUTCOMES = (("Replied", 40), ("Interested", 15), ("No reply", 45))
WEB_EVENT_OUTCOMES = (("Page viewed", 70), ("Form submitted", 15), ("Cart abandoned", 15))
CONTENT_OFFER_OUTCOMES = (("Offer shown", 60), ("Offer accepted", 15), ("Offer dismissed", 25))

# --- countries ----------------------------------------------------------------------------


class Country(NamedTuple):
    """A country's clock (for opening hours) and its phone-number patterns.

    A pattern is ``(E.164 prefix, number of free digits)``; every filling of the free digits is
    a valid number of that type for phonenumbers (checked in the tests), which lets the
    generator build numbers by string formatting instead of parsing each one.
    """

    code: str
    utc_offset: int  # hours, standard time
    summer_time: bool  # one hour more from April to October (close enough for demo data)
    holidays: tuple[tuple[int, int], ...]  # (month, day)
    mobile: tuple[tuple[str, int], ...]
    fixed: tuple[tuple[str, int], ...]


COUNTRIES = (
    Country(
        "DE",
        1,
        True,
        ((1, 1), (5, 1), (10, 3), (12, 25), (12, 26)),
        (
            ("+49151", 8),
            ("+49152", 8),
            ("+49157", 8),
            ("+49160", 7),
            ("+49170", 7),
            ("+49171", 7),
            ("+49176", 8),
            ("+49177", 8),
        ),
        (
            ("+4930", 8),
            ("+4940", 8),
            ("+4989", 8),
            ("+49221", 7),
            ("+4969", 8),
            ("+49711", 7),
            ("+49351", 7),
        ),
    ),
    Country(
        "AT",
        1,
        True,
        ((1, 1), (1, 6), (5, 1), (8, 15), (10, 26), (12, 8), (12, 25), (12, 26)),
        (("+43664", 7), ("+43676", 7), ("+43699", 8)),
        (("+4315", 6), ("+4317", 6), ("+43316", 6), ("+43662", 6), ("+43512", 6)),
    ),
    Country(
        "CH",
        1,
        True,
        ((1, 1), (8, 1), (12, 25), (12, 26)),
        (("+4179", 7), ("+4178", 7), ("+4176", 7)),
        (("+4144", 7), ("+4131", 7), ("+4161", 7), ("+4122", 7), ("+4141", 7)),
    ),
    Country(
        "GB",
        0,
        True,
        ((1, 1), (12, 25), (12, 26)),
        (("+447400", 6), ("+447825", 6), ("+447723", 6), ("+447981", 6)),
        (("+44207", 7), ("+44203", 7), ("+44161", 7), ("+441134", 6), ("+441214", 6)),
    ),
    Country(
        "US",
        -5,
        True,
        ((1, 1), (7, 4), (11, 11), (12, 25)),
        # North American numbers do not tell mobile from fixed line.
        (("+12122", 6), ("+14158", 6), ("+13125", 6), ("+16174", 6), ("+13054", 6)),
        (("+12122", 6), ("+14158", 6), ("+13125", 6), ("+16174", 6), ("+12063", 6)),
    ),
    Country(
        "ID",
        7,
        False,
        ((1, 1), (5, 1), (6, 1), (8, 17), (12, 25)),
        (("+62812", 8), ("+62813", 8), ("+62857", 8), ("+62878", 8), ("+62811", 8), ("+62852", 8)),
        (("+62215", 7), ("+62218", 7), ("+62227", 6), ("+62361", 6), ("+62317", 6), ("+62274", 6)),
    ),
)
