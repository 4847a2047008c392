"""Generate the synthetic sample profiles shipped with cofoundry.

Every person produced here is invented: names are drawn from pools of common first and
last names, e-mail addresses use the reserved ``example.org`` / ``example.com`` /
``example.net`` domains, and the free texts are composed from phrase pools per role and
language (French, English, or a mix of both).

Besides random profiles, the generator plants *designed complementary pairs*: A's needs
describe B's offers and B's needs describe A's offers, their values match, and they pass
every hard filter (consent, public visibility, a common language, compatible commitment,
time zones at most 6 hours apart). A third of the pairs are cross-lingual: A writes only
in French, B only in English, and they share English.

Standard library only; deterministic for a given ``seed`` (same seed, same bytes).

Usage::

    python data/generate.py [--n 360] [--seed 7] [--out data]
"""

import argparse
import csv
import json
import random
import re
import unicodedata
from bisect import bisect_right
from collections.abc import Sequence
from datetime import date
from functools import lru_cache
from itertools import permutations
from pathlib import Path
from typing import Any, TypeVar

__all__ = ["COLUMNS", "ROLES", "generate", "main", "write"]

Profile = dict[str, Any]
Persona = dict[str, Any]
Slots = dict[str, str]
GPool = tuple[list[str], list[str]]  # (masculine, feminine) resolved templates

COLUMNS: tuple[str, ...] = (
    "id",
    "name",
    "headline",
    "offers",
    "needs",
    "values",
    "roles_offered",
    "roles_sought",
    "commitment",
    "available_from",
    "location",
    "utc_offset",
    "languages",
    "stage",
    "visibility",
    "consent",
    "email",
)
LIST_COLUMNS: tuple[str, ...] = ("roles_offered", "roles_sought", "languages")
ROLES: tuple[str, ...] = (
    "tech",
    "product",
    "design",
    "sales",
    "marketing",
    "finance",
    "operations",
    "legal",
    "domain",
)
COMMITMENTS: tuple[str, ...] = ("full-time", "part-time", "side-project")
STAGES: tuple[str, ...] = ("idea", "prototype", "revenue")
FIRST_DATE = date(2026, 11, 1)
LAST_DATE = date(2027, 6, 30)

# --------------------------------------------------------------------------------------
# French grammatical gender: "[m|f]" markers are resolved once, at import.
# --------------------------------------------------------------------------------------
_GENDER_RE = re.compile(r"\[([^\[\]|]*)\|([^\[\]|]*)\]")


def _gendered(text: str) -> tuple[str, str]:
    return _GENDER_RE.sub(r"\1", text), _GENDER_RE.sub(r"\2", text)


def _gpool(templates: Sequence[str]) -> GPool:
    pairs = [_gendered(t) for t in templates]
    return [m for m, _ in pairs], [f for _, f in pairs]


def _de(word: str) -> str:
    """French "de" with elision: ``de Python``, ``d'API``, ``d'hôtellerie``."""
    return ("d'" if word[:1].lower() in "aeiouyéèêàâîôûh" else "de ") + word


# --------------------------------------------------------------------------------------
# Places. (city, country, utc offset ignoring DST, kind, weight, name origins, local lang)
# kind "fr": French-speaking city; "en": elsewhere (texts usually in English).
# --------------------------------------------------------------------------------------
def _mix(spec: str) -> tuple[tuple[str, int], ...]:
    """``"fr:62 mg:12"`` -> ``(("fr", 62), ("mg", 12))``."""
    return tuple((k, int(w)) for k, w in (item.split(":") for item in spec.split()))


_FR_MIX = "fr:62 mg:12 wa:8 pt:4 ea:4 es:3 it:3 sa:2"
_CITY_ROWS: list[tuple[str, str, float, str, int, str, str]] = [
    ("Paris", "France", 1.0, "fr", 30, _FR_MIX, ""),
    ("Lyon", "France", 1.0, "fr", 10, _FR_MIX, ""),
    ("Nantes", "France", 1.0, "fr", 6, _FR_MIX, ""),
    ("Bordeaux", "France", 1.0, "fr", 6, _FR_MIX, ""),
    ("Lille", "France", 1.0, "fr", 5, _FR_MIX, ""),
    ("Marseille", "France", 1.0, "fr", 5, "fr:55 mg:25 wa:8 it:6", ""),
    ("Toulouse", "France", 1.0, "fr", 5, _FR_MIX, ""),
    ("Rennes", "France", 1.0, "fr", 3, _FR_MIX, ""),
    ("Montréal", "Canada", -5.0, "fr", 9, "qc:62 fr:10 mg:8 wa:6", ""),
    ("Québec", "Canada", -5.0, "fr", 3, "qc:85 fr:10 mg:5", ""),
    ("Bruxelles", "Belgique", 1.0, "fr", 6, "fr:60 mg:14 wa:8 it:8", ""),
    ("Genève", "Suisse", 1.0, "fr", 4, "fr:60 it:12 de:10 pt:10", ""),
    ("Lausanne", "Suisse", 1.0, "fr", 2, "fr:65 de:15 it:10 pt:10", ""),
    ("Dakar", "Sénégal", 0.0, "fr", 6, "wa:88 fr:8 mg:4", "wo"),
    ("Abidjan", "Côte d'Ivoire", 0.0, "fr", 5, "ci:88 fr:8 wa:4", ""),
    ("Casablanca", "Maroc", 1.0, "fr", 5, "mg:90 fr:10", "ar"),
    ("Rabat", "Maroc", 1.0, "fr", 2, "mg:90 fr:10", "ar"),
    ("Tunis", "Tunisie", 1.0, "fr", 4, "mg:92 fr:8", "ar"),
    ("London", "United Kingdom", 0.0, "en", 16, "en:52 sa:12 fr:8 af:7 ea:7 es:5 it:5 pt:4", ""),
    ("Manchester", "United Kingdom", 0.0, "en", 3, "en:75 sa:15 af:10", ""),
    ("Dublin", "Ireland", 0.0, "en", 4, "en:75 fr:8 es:8 pt:9", ""),
    ("Berlin", "Germany", 1.0, "en", 9, "de:55 en:12 fr:7 es:7 it:6 ea:7 mg:6", "de"),
    ("Amsterdam", "Netherlands", 1.0, "en", 5, "en:40 de:25 fr:10 es:10 sa:15", ""),
    ("Lisbon", "Portugal", 0.0, "en", 6, "pt:62 en:10 fr:10 es:8 de:10", "pt"),
    ("Barcelona", "Spain", 1.0, "en", 6, "es:66 en:8 fr:8 it:10 mg:8", "es"),
    ("Madrid", "Spain", 1.0, "en", 3, "es:85 en:5 pt:5 it:5", "es"),
    ("Milan", "Italy", 1.0, "en", 3, "it:85 en:5 fr:5 es:5", "it"),
    ("New York", "United States", -5.0, "en", 10, "en:55 es:12 ea:10 sa:10 af:8 it:5", ""),
    ("Toronto", "Canada", -5.0, "en", 6, "en:45 ea:15 sa:15 qc:8 af:7 pt:5 it:5", ""),
    ("San Francisco", "United States", -8.0, "en", 4, "en:50 ea:22 sa:20 es:8", ""),
    ("Singapore", "Singapore", 8.0, "en", 4, "zh:72 sa:18 en:10", ""),
    ("Bengaluru", "India", 5.5, "en", 3, "sa:95 en:5", ""),
    ("Lagos", "Nigeria", 1.0, "en", 3, "ng:95 en:5", ""),
    ("Nairobi", "Kenya", 3.0, "en", 3, "ke:95 en:5", ""),
]
_CITIES: list[tuple[str, str, float, str, int, tuple[tuple[str, int], ...], str]] = [
    (city, country, utc, kind, weight, _mix(origins), local)
    for city, country, utc, kind, weight, origins, local in _CITY_ROWS
]
_CITY_BY_NAME = {c[0]: i for i, c in enumerate(_CITIES)}
_CITY_IDX_BY_KIND = {k: [i for i, c in enumerate(_CITIES) if c[3] == k] for k in ("fr", "en")}


def _cum(weights: Sequence[int]) -> list[int]:
    out, total = [], 0
    for w in weights:
        total += w
        out.append(total)
    return out


_CITY_CUM = {k: _cum([_CITIES[i][4] for i in idx]) for k, idx in _CITY_IDX_BY_KIND.items()}


# --------------------------------------------------------------------------------------
# Names (common given names and surnames; combinations are random, so no real person).
# origin -> (female first names, male first names, last names, language spoken)
# --------------------------------------------------------------------------------------
def _words(text: str) -> list[str]:
    """Split on spaces; ``_`` stands for a space inside a name (``Le_Gall``)."""
    return [w.replace("_", " ") for w in text.split()]


_NAMES: dict[str, tuple[list[str], list[str], list[str], str]] = {
    "fr": (
        _words(
            "Camille Léa Manon Chloé Emma Inès Sarah Julie Claire Mathilde Pauline Élodie Aurélie "
            "Céline Hélène Margaux Anaïs Lucie Juliette Sophie Nathalie Isabelle Amélie Maëlle"
        ),
        _words(
            "Thomas Nicolas Julien Maxime Antoine Hugo Lucas Théo Guillaume Romain Alexandre "
            "Mathieu Benoît Olivier Sébastien Pierre Louis Jérôme Vincent Clément Adrien Baptiste "
            "Étienne François"
        ),
        _words(
            "Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon Laurent "
            "Lefèvre Michel Girard Roux Fournier Morel Fontaine Chevalier Lambert Bonnet Rousseau "
            "Blanc Guérin Faure André Mercier Gauthier Perrin Lemaire Barbier Marchand Le_Gall "
            "Da_Silva"
        ),
        "",
    ),
    "qc": (
        _words(
            "Émilie Catherine Geneviève Marie-Ève Valérie Audrey Jessica Mélanie Stéphanie Noémie "
            "Rosalie Florence Laurence Frédérique"
        ),
        _words(
            "Jérémie Gabriel Olivier Félix Samuel Mathieu Simon Philippe Maxime Alexis Étienne "
            "Vincent Charles-Antoine Jean-François"
        ),
        _words(
            "Tremblay Gagnon Roy Côté Bouchard Gauthier Morin Lavoie Fortin Gagné Ouellet "
            "Pelletier Bélanger Lévesque Bergeron Leblanc Paquette Girard"
        ),
        "",
    ),
    "en": (
        _words(
            "Emily Olivia Sophie Hannah Grace Charlotte Amelia Jessica Rachel Laura Megan Lauren "
            "Kate Natalie Abigail Chloe Rebecca Alice"
        ),
        _words(
            "James Oliver Jack Harry George William Daniel Michael David Ryan Matthew Andrew "
            "Samuel Benjamin Nathan Ethan Liam Connor"
        ),
        _words(
            "Smith Jones Taylor Brown Williams Wilson Johnson Davies Robinson Wright Thompson "
            "Evans Walker White Roberts Green Hall Wood Jackson Clarke Miller Anderson Murphy "
            "Kelly O'Brien Campbell Mitchell Carter Parker Hughes"
        ),
        "",
    ),
    "es": (
        _words("Lucía María Carmen Laura Paula Marta Elena Alba Sara Nuria Claudia Irene"),
        _words("Javier Carlos Alejandro Pablo Diego Sergio Jorge Álvaro Daniel Marc Jordi Raúl"),
        _words(
            "García Fernández López Martínez Sánchez Pérez Gómez Ruiz Díaz Moreno Romero Navarro "
            "Torres Domínguez Vidal Puig Serra"
        ),
        "es",
    ),
    "pt": (
        _words("Ana Beatriz Inês Mariana Joana Catarina Rita Sofia Carolina Leonor"),
        _words("João Pedro Tiago Miguel Rui Duarte Gonçalo Francisco Nuno Afonso"),
        _words(
            "Silva Santos Ferreira Pereira Oliveira Costa Rodrigues Martins Sousa Gonçalves "
            "Carvalho Almeida Ribeiro"
        ),
        "pt",
    ),
    "de": (
        _words("Anna Lena Laura Katharina Julia Lisa Hannah Sophie Johanna Miriam Franziska Clara"),
        _words("Lukas Jonas Felix Maximilian Leon Paul Tobias Florian Niklas Sebastian Moritz Jan"),
        _words(
            "Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Hoffmann Schulz Koch "
            "Richter Klein Wolf Neumann Braun"
        ),
        "de",
    ),
    "it": (
        _words("Giulia Chiara Francesca Sara Martina Alessia Elisa Valentina Federica Silvia"),
        _words("Marco Luca Matteo Alessandro Andrea Lorenzo Davide Simone Francesco Giorgio"),
        _words(
            "Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo "
            "Conti Lombardi De_Luca"
        ),
        "it",
    ),
    "wa": (
        _words(
            "Aminata Fatou Awa Mariama Khady Ndeye Aïssatou Rokhaya Bineta Coumba Yacine Astou "
            "Dieynaba Seynabou"
        ),
        _words(
            "Mamadou Ousmane Moussa Abdoulaye Cheikh Ibrahima Serigne Modou Babacar Souleymane "
            "Lamine Pape Alioune Malick"
        ),
        _words(
            "Diop Ndiaye Fall Sow Diallo Ba Sy Gueye Faye Seck Mbaye Cissé Sarr Niang Kane Thiam"
        ),
        "wo",
    ),
    "ci": (
        _words("Adjoa Aya Affoué Akissi Mariam Bintou Fanta Awa Carine Grâce Estelle Ange"),
        _words(
            "Kouassi Yao Koffi Konan Serge Hervé Arnaud Ibrahim Drissa Jean-Marc Didier Wilfried"
        ),
        _words(
            "Kouamé Konan Koné Traoré Touré Coulibaly Bamba Ouattara Kouadio N'Guessan Yao "
            "Diabaté Aka Brou"
        ),
        "",
    ),
    "mg": (
        _words(
            "Yasmine Salma Imane Nour Meriem Sara Amira Leila Soukaina Rania Kenza Inès Hajar Samia"
        ),
        _words(
            "Youssef Mehdi Karim Amine Omar Rachid Hamza Bilal Anis Nabil Sami Walid Ayoub Khalil"
        ),
        _words(
            "Benali El_Amrani Bennani Alaoui Tazi Haddad Ben_Salah Trabelsi Bouzid Cherif "
            "Mansouri Idrissi Benjelloun Chaouch Gharbi Belkacem Saidi Hamdi"
        ),
        "ar",
    ),
    "zh": (
        _words("Mei Lin Xiaoling Wen Yan Jing Hui Qing"),
        _words("Wei Jun Hao Lei Ming Tao Kai Jian"),
        _words("Chen Wang Li Zhang Liu Huang Zhao Wu Tan Lim Ng Wong"),
        "",
    ),
    "ja": (
        _words("Yuki Hana Sakura Aiko Emi Naomi"),
        _words("Kenji Hiroshi Haruto Takeshi Ren Daiki"),
        _words("Tanaka Sato Suzuki Takahashi Watanabe Ito Yamamoto"),
        "",
    ),
    "ko": (
        _words("Ji-woo Soo-jin Min-ji Seo-yeon Hye-jin"),
        _words("Min-jun Jae-won Seung-ho Dong-hyun Ji-hoon"),
        _words("Kim Park Lee Choi Jung Kang"),
        "",
    ),
    "vi": (
        _words("Linh Thu_Trang Minh_Anh Huong Lan Mai"),
        _words("Duc Minh Tuan Quang Hieu Long"),
        _words("Nguyen Tran Pham Le Hoang Vu"),
        "",
    ),
    "sa": (
        _words("Priya Ananya Aisha Kavya Deepa Meera Nisha Shreya Pooja Fatima Divya"),
        _words("Arjun Rahul Vikram Rohan Aditya Karan Sanjay Imran Ravi Nikhil Amit"),
        _words("Sharma Patel Gupta Singh Kumar Iyer Reddy Nair Mehta Khan Rao Shah Chopra"),
        "",
    ),
    "ng": (
        _words("Chiamaka Ngozi Folake Adaeze Temitope Funmilayo Zainab"),
        _words("Chinedu Emeka Tunde Oluwaseun Ifeanyi Babatunde Musa"),
        _words("Okafor Adeyemi Okonkwo Balogun Eze Nwosu Adebayo Bello"),
        "",
    ),
    "ke": (
        _words("Wanjiru Achieng Njeri Akinyi Wambui"),
        _words("Kamau Otieno Kiprop Njoroge Omondi"),
        _words("Mwangi Wanjiku Ochieng Kariuki Odhiambo Kiplagat"),
        "",
    ),
    "gh": (
        _words("Ama Akosua Abena Efua Adwoa"),
        _words("Kwame Kofi Kwabena Yaw Kojo"),
        _words("Mensah Osei Boateng Owusu Asante Appiah"),
        "",
    ),
}
# --------------------------------------------------------------------------------------
# Industries. Lists of projects are parallel (same index = same project in fr and en).
# --------------------------------------------------------------------------------------
_INDUSTRIES: dict[str, dict[str, Any]] = {
    "health": {
        "name": ("la santé", "healthcare"),
        "in": ("dans la santé", "in healthcare"),
        "buyers": ("les cliniques et hôpitaux", "clinics and hospitals"),
        "users": ("les soignants et patients", "caregivers and patients"),
        "projects": (
            [
                "un outil de planification pour les infirmières à domicile",
                "le suivi à distance des patients chroniques",
                "la prise de rendez-vous pour les centres de santé de quartier",
                "une appli de prévention pour les aidants familiaux",
            ],
            [
                "a scheduling tool for home-care nurses",
                "remote follow-up for patients with chronic conditions",
                "appointment booking for neighbourhood health centres",
                "a prevention app for family caregivers",
            ],
        ),
    },
    "agriculture": {
        "name": ("l'agriculture", "agriculture"),
        "in": ("dans l'agriculture", "in agriculture"),
        "buyers": ("les coopératives agricoles et négociants", "farming cooperatives and traders"),
        "users": ("les petits producteurs", "smallholder farmers"),
        "projects": (
            [
                "une place de marché entre coopératives agricoles et acheteurs",
                "des capteurs d'humidité à bas coût pour les petites exploitations",
                "la traçabilité du cacao, de la parcelle au port",
                "la vente directe de produits fermiers aux cantines",
            ],
            [
                "a marketplace between farming cooperatives and buyers",
                "low-cost soil moisture sensors for small farms",
                "cocoa traceability from the plot to the port",
                "selling farm produce directly to school canteens",
            ],
        ),
    },
    "energy": {
        "name": ("l'énergie", "energy"),
        "in": ("dans l'énergie", "in energy"),
        "buyers": (
            "les syndics de copropriété et gestionnaires de bâtiments",
            "property managers and facility teams",
        ),
        "users": ("les gestionnaires de bâtiments", "building managers"),
        "projects": (
            [
                "des kits solaires pour les commerces hors réseau",
                "le pilotage de la consommation des bâtiments tertiaires",
                "la rénovation énergétique des copropriétés",
                "le partage d'électricité solaire entre voisins",
            ],
            [
                "solar kits for off-grid shops",
                "energy monitoring for office buildings",
                "energy retrofits for apartment blocks",
                "sharing rooftop solar power between neighbours",
            ],
        ),
    },
    "education": {
        "name": ("l'éducation", "education"),
        "in": ("dans l'éducation", "in education"),
        "buyers": ("les écoles et organismes de formation", "schools and training providers"),
        "users": ("les enseignants et parents", "teachers and parents"),
        "projects": (
            [
                "un espace numérique simple pour les écoles privées",
                "le soutien scolaire en petits groupes",
                "la formation professionnelle des techniciens de maintenance",
                "un outil de communication entre l'école et les parents",
            ],
            [
                "a simple digital workspace for private schools",
                "small-group tutoring",
                "vocational training for maintenance technicians",
                "a communication tool between schools and parents",
            ],
        ),
    },
    "retail": {
        "name": ("le commerce", "retail"),
        "in": ("dans le commerce de détail", "in retail"),
        "buyers": (
            "les commerçants indépendants et réseaux de franchise",
            "independent shops and franchise networks",
        ),
        "users": ("les commerçants", "shopkeepers"),
        "projects": (
            [
                "la gestion des stocks pour les commerces indépendants",
                "un programme de fidélité pour les boutiques de quartier",
                "la revente d'articles d'occasion en magasin",
                "une caisse mobile pour les marchés",
            ],
            [
                "stock management for independent shops",
                "a loyalty programme for neighbourhood stores",
                "in-store resale of second-hand goods",
                "a mobile till for market traders",
            ],
        ),
    },
    "fintech": {
        "name": ("la finance", "financial services"),
        "in": ("dans la fintech", "in fintech"),
        "buyers": (
            "les TPE et institutions de microfinance",
            "small businesses and microfinance institutions",
        ),
        "users": ("les artisans et petits commerçants", "artisans and small merchants"),
        "projects": (
            [
                "le paiement mobile pour les petits commerçants",
                "la gestion de trésorerie des TPE",
                "le microcrédit pour les artisans",
                "l'épargne salariale simplifiée pour les PME",
            ],
            [
                "mobile payments for small merchants",
                "cash-flow management for very small businesses",
                "microcredit for artisans",
                "simple employee savings plans for SMEs",
            ],
        ),
    },
    "logistics": {
        "name": ("la logistique", "logistics"),
        "in": ("dans la logistique", "in logistics"),
        "buyers": ("les transporteurs et e-commerçants", "carriers and online retailers"),
        "users": ("les transporteurs", "carriers"),
        "projects": (
            [
                "la livraison du dernier kilomètre en vélo cargo",
                "la mutualisation d'entrepôts entre PME",
                "le suivi des conteneurs au port",
                "l'optimisation des tournées des livreurs indépendants",
            ],
            [
                "last-mile delivery by cargo bike",
                "shared warehousing between small companies",
                "container tracking at the port",
                "route planning for independent couriers",
            ],
        ),
    },
    "tourism": {
        "name": ("le tourisme", "tourism"),
        "in": ("dans le tourisme", "in tourism"),
        "buyers": (
            "les hôtels indépendants et offices de tourisme",
            "independent hotels and tourism offices",
        ),
        "users": ("les hôteliers et voyageurs", "hoteliers and travellers"),
        "projects": (
            [
                "la réservation de séjours chez l'habitant en zone rurale",
                "des visites guidées audio pour les petites villes",
                "la gestion des avis clients pour les hôtels indépendants",
                "un tourisme durable en Afrique de l'Ouest",
            ],
            [
                "booking rural homestays",
                "audio-guided tours for small towns",
                "review management for independent hotels",
                "sustainable tourism in West Africa",
            ],
        ),
    },
    "culture": {
        "name": ("la culture", "the cultural sector"),
        "in": ("dans la culture", "in the cultural sector"),
        "buyers": ("les salles de concert, festivals et musées", "venues, festivals and museums"),
        "users": ("les artistes et programmateurs", "artists and bookers"),
        "projects": (
            [
                "la billetterie pour les petites salles de concert",
                "la diffusion de podcasts indépendants",
                "la mise en relation entre artistes et lieux",
                "la numérisation des archives des musées régionaux",
            ],
            [
                "ticketing for small concert venues",
                "distribution for independent podcasts",
                "matching artists with venues",
                "digitising the archives of regional museums",
            ],
        ),
    },
}
INDUSTRIES: tuple[str, ...] = tuple(_INDUSTRIES)

# --------------------------------------------------------------------------------------
# Specialities per role.
#   t: list of titles (fr with [m|f] markers, en)      s: skill (fr, en)
#   hl: headline expertise nouns (fr, en)              kw: tools (language-neutral)
#   n: how someone looking for this speciality describes it (fr, en)
# --------------------------------------------------------------------------------------
_SPECS: dict[str, dict[str, dict[str, Any]]] = {
    "tech": {
        "backend": {
            "t": [("[Développeur|Développeuse] backend", "Backend developer")],
            "s": (
                "des backends web, des API et des pipelines de données",
                "web backends, APIs and data pipelines",
            ),
            "hl": [("Python", "Python"), ("Go", "Go"), ("API", "APIs")],
            "kw": ["Python", "Go", "Django", "FastAPI", "PostgreSQL", "Kafka", "Rust", "Redis"],
            "n": (
                "quelqu'un de solide en backend pour concevoir l'API et le modèle de données",
                "a backend engineer who can design the API and the data model and keep them "
                "running",
            ),
        },
        "fullstack": {
            "t": [("[Développeur|Développeuse] full-stack", "Full-stack developer")],
            "s": (
                "des applications web complètes, du front React à la base de données",
                "complete web applications, from the React front end to the database",
            ),
            "hl": [("TypeScript", "TypeScript"), ("React", "React"), ("web", "web development")],
            "kw": ["TypeScript", "React", "Next.js", "Node.js", "PostgreSQL", "Vue.js", "Rails"],
            "n": (
                "un(e) dev full-stack capable de sortir une première version web en quelques "
                "semaines",
                "a full-stack developer who can ship a first web version in a few weeks",
            ),
        },
        "mobile": {
            "t": [("[Développeur|Développeuse] mobile", "Mobile developer")],
            "s": (
                "des applications iOS et Android, y compris hors connexion",
                "iOS and Android apps, including offline-first ones",
            ),
            "hl": [("Kotlin", "Kotlin"), ("Swift", "Swift"), ("Flutter", "Flutter")],
            "kw": ["Kotlin", "Swift", "Flutter", "React Native", "Firebase", "SQLite"],
            "n": (
                "un profil mobile pour construire une appli Android qui fonctionne avec une "
                "connexion faible",
                "a mobile developer to build an Android app that works on patchy connections",
            ),
        },
        "data": {
            "t": [
                ("Data scientist", "Data scientist"),
                ("[Ingénieur|Ingénieure] ML", "ML engineer"),
            ],
            "s": (
                "des modèles de prévision et de recommandation, du notebook à la production",
                "forecasting and recommendation models, from notebook to production",
            ),
            "hl": [("machine learning", "machine learning"), ("Python", "Python")],
            "kw": ["Python", "pandas", "scikit-learn", "PyTorch", "SQL", "dbt", "Spark"],
            "n": (
                "quelqu'un en data science pour exploiter nos données et construire les premiers "
                "modèles de prévision",
                "a data scientist to make sense of our data and build the first forecasting models",
            ),
        },
        "devops": {
            "t": [("[Ingénieur|Ingénieure] cloud et DevOps", "Cloud and DevOps engineer")],
            "s": (
                "des infrastructures cloud sécurisées et des déploiements automatisés",
                "secure cloud infrastructure and automated deployments",
            ),
            "hl": [("cloud", "cloud"), ("Kubernetes", "Kubernetes"), ("AWS", "AWS")],
            "kw": ["AWS", "Kubernetes", "Terraform", "GCP", "Docker", "Linux"],
            "n": (
                "un profil infra qui sache rendre la plateforme fiable, sécurisée et pas trop chère",
                "an infrastructure engineer who can make the platform reliable, secure and cheap "
                "to run",
            ),
        },
        "embedded": {
            "t": [("[Ingénieur|Ingénieure] systèmes embarqués", "Embedded systems engineer")],
            "s": (
                "des objets connectés, du capteur et de son firmware jusqu'au tableau de bord",
                "connected devices, from the sensor and its firmware to the dashboard",
            ),
            "hl": [("C embarqué", "embedded C"), ("IoT", "IoT"), ("électronique", "electronics")],
            "kw": ["C", "C++", "Rust", "LoRaWAN", "STM32", "ESP32"],
            "n": (
                "un(e) ingénieur(e) embarqué pour concevoir nos capteurs et leur firmware",
                "an embedded engineer to design our sensors and their firmware",
            ),
        },
    },
    "product": {
        "pm_b2b": {
            "t": [("[Chef|Cheffe] de produit", "Product manager")],
            "s": (
                "la découverte produit, les entretiens utilisateurs et la priorisation de la "
                "roadmap",
                "product discovery, user interviews and roadmap prioritisation",
            ),
            "hl": [("SaaS B2B", "B2B SaaS"), ("discovery produit", "product discovery")],
            "kw": ["Notion", "Jira", "Amplitude", "Linear"],
            "n": (
                "un profil produit pour mener la discovery et garder une roadmap réaliste",
                "a product person who can run discovery and keep the roadmap honest",
            ),
        },
        "pm_consumer": {
            "t": [("Product manager", "Product manager, consumer apps")],
            "s": (
                "les applis grand public, de l'onboarding à la rétention et aux tests A/B",
                "consumer apps, from onboarding and retention to A/B tests",
            ),
            "hl": [("produit grand public", "consumer product"), ("applis mobiles", "mobile apps")],
            "kw": ["Amplitude", "Mixpanel", "Figma", "Notion"],
            "n": (
                "un(e) product manager qui connaît les applis grand public : onboarding, "
                "rétention, expérimentations",
                "a product manager who knows consumer apps: onboarding, retention, experiments",
            ),
        },
        "pm_marketplace": {
            "t": [("[Responsable|Responsable] produit marketplace", "Marketplace product lead")],
            "s": (
                "les places de marché à deux faces, de l'équilibre offre-demande à la confiance "
                "entre utilisateurs",
                "two-sided marketplaces, from balancing supply and demand to trust between users",
            ),
            "hl": [("places de marché", "marketplaces"), ("plateformes", "platforms")],
            "kw": ["Amplitude", "Metabase", "Notion", "Stripe"],
            "n": (
                "quelqu'un qui a déjà construit une place de marché et sait équilibrer l'offre "
                "et la demande",
                "a product person who has built a marketplace and knows how to balance both sides",
            ),
        },
    },
    "design": {
        "ux": {
            "t": [("Designer UX", "UX designer")],
            "s": (
                "la recherche utilisateur, les parcours et les prototypes testés sur le terrain",
                "user research, user journeys and prototypes tested in the field",
            ),
            "hl": [("UX", "UX"), ("recherche utilisateur", "user research")],
            "kw": ["Figma", "Maze", "Miro", "Dovetail"],
            "n": (
                "un(e) designer UX pour rendre l'outil simple pour des gens peu à l'aise avec le "
                "numérique",
                "a UX designer who can make the tool simple for people who aren't comfortable "
                "with tech",
            ),
        },
        "ui_brand": {
            "t": [("Designer produit et marque", "Product and brand designer")],
            "s": (
                "l'identité visuelle, le design system et des interfaces soignées",
                "visual identity, design systems and polished interfaces",
            ),
            "hl": [("design d'interface", "UI design"), ("identité visuelle", "branding")],
            "kw": ["Figma", "Illustrator", "Framer", "Webflow"],
            "n": (
                "quelqu'un en design pour une identité visuelle et des écrans qui inspirent "
                "confiance",
                "a designer to give us a brand and screens that people trust",
            ),
        },
        "service": {
            "t": [("Designer de services", "Service designer")],
            "s": (
                "le design de services publics et de santé, construit en atelier avec les usagers",
                "service design for public and healthcare services, co-designed with users",
            ),
            "hl": [("design de services", "service design"), ("UX", "UX")],
            "kw": ["Miro", "Figma", "Notion"],
            "n": (
                "un(e) designer de services pour repenser le parcours complet avec les usagers",
                "a service designer to rethink the whole journey together with users",
            ),
        },
    },
    "sales": {
        "b2b_enterprise": {
            "t": [("[Responsable|Responsable] grands comptes", "Enterprise account executive")],
            "s": (
                "la vente complexe aux grands comptes, avec des cycles de six à douze mois",
                "complex enterprise sales with six- to twelve-month cycles",
            ),
            "hl": [("grands comptes", "enterprise sales"), ("vente complexe", "complex sales")],
            "kw": ["Salesforce", "HubSpot"],
            "n": (
                "un(e) commercial(e) qui a déjà vendu à des grands comptes et sait mener un cycle "
                "long",
                "someone who has sold to large accounts and can run a long sales cycle",
            ),
        },
        "b2b_smb": {
            "t": [("[Commercial|Commerciale] B2B", "B2B sales lead")],
            "s": (
                "la vente aux PME et ETI, de la prospection au closing",
                "selling to small and mid-size companies, from prospecting to closing",
            ),
            "hl": [("vente B2B", "B2B sales"), ("prospection", "outbound sales")],
            "kw": ["HubSpot", "Pipedrive", "Salesforce", "lemlist"],
            "n": (
                "une personne business capable de vendre aux PME et de signer les premiers clients",
                "a business partner who can sell to mid-size companies and sign our first "
                "customers",
            ),
        },
        "distribution": {
            "t": [("[Responsable|Responsable] distribution", "Head of distribution")],
            "s": (
                "la distribution et les réseaux de revendeurs, notamment en Afrique de l'Ouest",
                "distribution and reseller networks, especially in West Africa",
            ),
            "hl": [("distribution", "distribution"), ("vente export", "export sales")],
            "kw": ["Pipedrive", "Odoo", "Excel"],
            "n": (
                "quelqu'un qui connaît la distribution et peut ouvrir des réseaux de revendeurs",
                "someone who knows distribution and can open reseller networks",
            ),
        },
        "public": {
            "t": [("[Commercial|Commerciale] secteur public", "Public-sector sales lead")],
            "s": (
                "les appels d'offres et la vente aux collectivités",
                "public tenders and selling to local governments",
            ),
            "hl": [
                ("marchés publics", "public procurement"),
                ("vente aux collectivités", "public-sector sales"),
            ],
            "kw": ["Salesforce", "HubSpot"],
            "n": (
                "quelqu'un qui maîtrise les marchés publics et la vente aux collectivités",
                "someone who knows public tenders and how to sell to local authorities",
            ),
        },
    },
    "marketing": {
        "growth": {
            "t": [("Growth marketer", "Growth marketer")],
            "s": (
                "l'acquisition payante et organique, le SEO et l'automatisation marketing",
                "paid and organic acquisition, SEO and marketing automation",
            ),
            "hl": [("growth", "growth"), ("SEO", "SEO"), ("acquisition", "acquisition")],
            "kw": ["Google Analytics", "Meta Ads", "HubSpot", "Brevo", "Looker Studio"],
            "n": (
                "un profil growth pour trouver nos premiers canaux d'acquisition rentables",
                "a growth marketer to find our first profitable acquisition channels",
            ),
        },
        "brand": {
            "t": [("[Responsable|Responsable] marketing et contenu", "Head of content and brand")],
            "s": (
                "la marque, le contenu et les relations presse",
                "brand, content and press relations",
            ),
            "hl": [("marketing de contenu", "content marketing"), ("relations presse", "PR")],
            "kw": ["WordPress", "Canva", "Substack", "LinkedIn"],
            "n": (
                "quelqu'un en marketing pour raconter notre histoire et construire la marque",
                "a marketer who can tell our story and build the brand",
            ),
        },
        "community": {
            "t": [("[Responsable|Responsable] communauté", "Community builder")],
            "s": (
                "l'animation de communautés, les événements et les partenariats",
                "community building, events and partnerships",
            ),
            "hl": [("communautés", "community building"), ("événementiel", "events")],
            "kw": ["Discord", "Slack", "Eventbrite", "Brevo"],
            "n": (
                "une personne pour animer la communauté d'utilisateurs et monter des partenariats",
                "someone to grow a user community and set up partnerships",
            ),
        },
    },
    "finance": {
        "cfo": {
            "t": [("[Directeur financier|Directrice financière]", "CFO")],
            "s": (
                "la levée de fonds, le business plan et la relation avec les investisseurs",
                "fundraising, financial models and investor relations",
            ),
            "hl": [
                ("levée de fonds", "fundraising"),
                ("finance d'entreprise", "corporate finance"),
            ],
            "kw": ["Excel", "Pennylane", "Carta", "Agicap"],
            "n": (
                "un profil finance pour construire le business plan et mener la levée d'amorçage",
                "a finance partner to build the financial model and lead the seed round",
            ),
        },
        "controlling": {
            "t": [("[Contrôleur|Contrôleuse] de gestion", "Finance and controlling lead")],
            "s": (
                "la comptabilité, le contrôle de gestion et le suivi de trésorerie",
                "accounting, controlling and cash-flow management",
            ),
            "hl": [("contrôle de gestion", "controlling"), ("comptabilité", "accounting")],
            "kw": ["Excel", "Pennylane", "Sage", "Agicap"],
            "n": (
                "quelqu'un de rigoureux sur les chiffres : trésorerie, marges, reporting",
                "someone rigorous with numbers: cash, margins and reporting",
            ),
        },
        "impact_finance": {
            "t": [
                ("[Spécialiste|Spécialiste] du financement à impact", "Impact finance specialist")
            ],
            "s": (
                "les subventions, les financements publics, les fonds à impact et la finance mixte",
                "grants, public funding, impact funds and blended finance",
            ),
            "hl": [
                ("finance à impact", "impact finance"),
                ("financements publics", "public funding"),
            ],
            "kw": ["Excel", "Airtable"],
            "n": (
                "quelqu'un qui connaît les subventions et les fonds à impact",
                "someone who knows grants and impact investors",
            ),
        },
    },
    "operations": {
        "supply": {
            "t": [("[Responsable|Responsable] supply chain", "Supply chain manager")],
            "s": (
                "la supply chain, les achats et la relation fournisseurs",
                "supply chain, procurement and supplier relations",
            ),
            "hl": [("supply chain", "supply chain"), ("achats", "procurement")],
            "kw": ["SAP", "Odoo", "Excel"],
            "n": (
                "un profil opérations pour gérer les fournisseurs, les stocks et la logistique",
                "an operations person to handle suppliers, stock and logistics",
            ),
        },
        "ops": {
            "t": [("[Directeur|Directrice] des opérations", "Operations lead")],
            "s": (
                "les opérations au quotidien, les process, le recrutement et le service client",
                "day-to-day operations, processes, hiring and customer support",
            ),
            "hl": [("opérations", "operations"), ("service client", "customer support")],
            "kw": ["Notion", "Zendesk", "Airtable"],
            "n": (
                "quelqu'un d'organisé pour tenir les opérations : process, recrutement, support "
                "client",
                "an operator who can run processes, hiring and customer support",
            ),
        },
        "field": {
            "t": [("[Responsable|Responsable] des opérations terrain", "Field operations manager")],
            "s": (
                "le déploiement terrain et la gestion d'équipes dans plusieurs villes",
                "field roll-outs and managing teams across several cities",
            ),
            "hl": [("opérations terrain", "field operations"), ("logistique", "logistics")],
            "kw": ["Excel", "Airtable", "WhatsApp"],
            "n": (
                "quelqu'un pour piloter le déploiement terrain et les équipes locales",
                "someone to run field roll-outs and local teams in new cities",
            ),
        },
    },
    "legal": {
        "corporate": {
            "t": [("[Avocat|Avocate] en droit des affaires", "Corporate lawyer")],
            "s": (
                "les pactes d'associés, les levées de fonds et les contrats commerciaux",
                "shareholder agreements, fundraising documents and commercial contracts",
            ),
            "hl": [("droit des affaires", "corporate law"), ("capital-risque", "venture deals")],
            "kw": ["Word", "DocuSign"],
            "n": (
                "un profil juridique pour les statuts, le pacte d'associés et les contrats clients",
                "a legal partner for the articles, the shareholder agreement and customer "
                "contracts",
            ),
        },
        "regulatory": {
            "t": [("Juriste réglementaire", "Regulatory counsel")],
            "s": (
                "la conformité réglementaire (santé, finance, énergie) et les agréments",
                "regulatory compliance (health, finance, energy) and licensing",
            ),
            "hl": [("conformité", "compliance"), ("droit réglementaire", "regulatory law")],
            "kw": ["Word", "Notion"],
            "n": (
                "quelqu'un qui connaît la réglementation de notre secteur et les agréments",
                "someone who knows our sector's regulation and licensing",
            ),
        },
        "privacy": {
            "t": [("Juriste RGPD et propriété intellectuelle", "Privacy and IP counsel")],
            "s": (
                "le RGPD, la protection des données et la propriété intellectuelle",
                "GDPR, data protection and intellectual property",
            ),
            "hl": [("RGPD", "GDPR"), ("propriété intellectuelle", "IP law")],
            "kw": ["Word", "OneTrust"],
            "n": (
                "une personne qui maîtrise le RGPD et la propriété intellectuelle",
                "someone fluent in GDPR, data protection and IP",
            ),
        },
    },
    # Domain experts: one speciality per industry (same key).
    "domain": {
        "health": {
            "t": [
                ("[Infirmier libéral|Infirmière libérale]", "Home-care nurse"),
                ("[Pharmacien|Pharmacienne] hospitali[er|ère]", "Hospital pharmacist"),
            ],
            "s": (
                "les soins à domicile, les achats hospitaliers et la réglementation de la santé",
                "home care, hospital purchasing and health regulation",
            ),
            "hl": [("soins", "patient care"), ("santé", "healthcare")],
            "kw": [],
            "n": (
                "un(e) professionnel(le) de santé qui connaît le terrain et les circuits d'achat",
                "a healthcare professional who knows the field and how clinics buy",
            ),
        },
        "agriculture": {
            "t": [
                ("[Ingénieur|Ingénieure] agronome", "Agronomist"),
                (
                    "[Ancien|Ancienne] technicien[|ne] de coopérative",
                    "Former cooperative field officer",
                ),
            ],
            "s": (
                "les filières agricoles, les coopératives et les besoins des petits producteurs",
                "agricultural supply chains, cooperatives and what smallholder farmers need",
            ),
            "hl": [("agronomie", "agronomy"), ("filières agricoles", "agricultural supply chains")],
            "kw": [],
            "n": (
                "quelqu'un qui connaît les filières agricoles et les coopératives de l'intérieur",
                "someone who knows farming supply chains and cooperatives from the inside",
            ),
        },
        "energy": {
            "t": [
                ("[Ingénieur|Ingénieure] énergéticien[|ne]", "Energy engineer"),
                ("[Chef|Cheffe] de projet solaire", "Solar project manager"),
            ],
            "s": (
                "les réseaux électriques, le solaire et la rénovation énergétique",
                "power grids, solar and energy retrofits",
            ),
            "hl": [("énergie", "energy"), ("solaire", "solar")],
            "kw": [],
            "n": (
                "un(e) expert(e) de l'énergie qui connaît le solaire, les réseaux et la rénovation",
                "an energy expert who knows solar, grids and building retrofits",
            ),
        },
        "education": {
            "t": [
                ("[Enseignant|Enseignante] en collège", "Secondary school teacher"),
                ("[Ancien directeur|Ancienne directrice] d'école", "Former school principal"),
            ],
            "s": (
                "la vie des établissements scolaires, les enseignants, les directions et les parents",
                "school life, teachers, school heads and parents",
            ),
            "hl": [("enseignement", "teaching"), ("éducation", "education")],
            "kw": [],
            "n": (
                "quelqu'un qui vient de l'enseignement et connaît la vie d'un établissement",
                "someone from teaching who knows how a school really works",
            ),
        },
        "retail": {
            "t": [
                ("[Ancien gérant|Ancienne gérante] de magasin", "Former store manager"),
                ("[Acheteur|Acheteuse] en grande distribution", "Retail buyer"),
            ],
            "s": (
                "le commerce physique, les stocks, le merchandising et les marges",
                "physical retail, stock, merchandising and margins",
            ),
            "hl": [("commerce", "retail"), ("gestion de magasin", "store management")],
            "kw": [],
            "n": (
                "quelqu'un qui a tenu un magasin et connaît les stocks, les marges et les "
                "fournisseurs",
                "someone who has run a shop and knows stock, margins and suppliers",
            ),
        },
        "fintech": {
            "t": [
                ("[Ancien banquier|Ancienne banquière]", "Former retail banker"),
                ("[Chargé|Chargée] de microfinance", "Microfinance officer"),
            ],
            "s": (
                "la banque de détail, le paiement et la microfinance",
                "retail banking, payments and microfinance",
            ),
            "hl": [("banque", "banking"), ("microfinance", "microfinance")],
            "kw": [],
            "n": (
                "quelqu'un qui vient de la banque ou de la microfinance et connaît le risque de "
                "crédit",
                "someone from banking or microfinance who understands credit risk",
            ),
        },
        "logistics": {
            "t": [
                ("[Responsable|Responsable] d'entrepôt", "Warehouse manager"),
                (
                    "[Ancien dirigeant|Ancienne dirigeante] d'une PME de transport",
                    "Former haulage company owner",
                ),
            ],
            "s": (
                "le transport routier, l'entreposage et le dernier kilomètre",
                "road freight, warehousing and last-mile delivery",
            ),
            "hl": [("transport", "freight"), ("logistique", "logistics")],
            "kw": [],
            "n": (
                "quelqu'un du métier qui connaît le transport, les entrepôts et le dernier "
                "kilomètre",
                "someone from the trade who knows freight, warehouses and last-mile delivery",
            ),
        },
        "tourism": {
            "t": [
                ("[Hôtelier|Hôtelière]", "Independent hotelier"),
                (
                    "[Guide|Guide] et [organisateur|organisatrice] de circuits",
                    "Tour guide and trip organiser",
                ),
            ],
            "s": (
                "l'hôtellerie indépendante, les offices de tourisme et les circuits",
                "independent hotels, tourism offices and tour operators",
            ),
            "hl": [("hôtellerie", "hospitality"), ("tourisme", "tourism")],
            "kw": [],
            "n": (
                "quelqu'un du tourisme qui connaît les hôteliers et la saisonnalité",
                "someone from tourism who knows hoteliers and seasonality",
            ),
        },
        "culture": {
            "t": [
                ("[Programmateur|Programmatrice] de salle de concert", "Concert venue programmer"),
                ("[Chargé|Chargée] de production culturelle", "Cultural production manager"),
            ],
            "s": (
                "le spectacle vivant, les festivals et les financements culturels",
                "live performance, festivals and cultural funding",
            ),
            "hl": [
                ("programmation culturelle", "cultural programming"),
                ("spectacle vivant", "live performance"),
            ],
            "kw": [],
            "n": (
                "quelqu'un du milieu culturel qui connaît les salles, les festivals et les "
                "subventions",
                "someone from the cultural sector who knows venues, festivals and funding",
            ),
        },
    },
}

# --------------------------------------------------------------------------------------
# Offer templates per role and language. The first two of each list contain {skill}
# ("anchors"): every offers text opens with one, so it always names the speciality.
# --------------------------------------------------------------------------------------
_N_ANCHORS = 2
_OFFERS: dict[str, dict[str, list[str]]] = {
    "tech": {
        "en": [
            "I build and ship {skill}: {years} years of {kw1}, {kw2} and {kw3}",
            "{years} years writing production code, mostly {skill}",
            "I've taken two products from an empty repo to paying users, the last one "
            "{in_industry}",
            "I led a team of {team} engineers at {company} and set up CI, code review and on-call",
            "I'm comfortable across the stack and can ship a first version alone",
            "I like boring, reliable tech ({kw1}, {kw2}, good tests, cheap hosting) and I "
            "document what I build",
            "Former CTO of a small startup {in_industry}, so I know what a first version must and "
            "must not contain",
            "I prototype fast and still write code the next engineer can maintain",
            "I can hire and mentor the first developers and keep technical debt under control",
        ],
        "fr": [
            "Je conçois et je mets en production {skill} : {years} ans de {kw1}, {kw2} et {kw3}",
            "{years} ans de code en production, surtout {skill}",
            "J'ai déjà emmené deux produits d'un dépôt vide à des clients payants, le dernier "
            "{in_industry}",
            "J'ai encadré une équipe de {team} devs dans {company} et mis en place l'intégration "
            "continue, la revue de code et les astreintes",
            "Je suis à l'aise sur toute la stack et capable de sortir une V1 [seul|seule]",
            "J'aime la technique sobre et fiable ({kw1}, {kw2}, des tests, un hébergement pas "
            "cher) et je documente ce que je construis",
            "[Ancien|Ancienne] CTO d'une petite start-up {in_industry}, je sais ce qu'une "
            "première version doit contenir, et surtout ce qu'elle ne doit pas contenir",
            "Je prototype vite sans sacrifier la maintenabilité du code",
            "Je sais recruter et accompagner les premiers développeurs, et garder la dette "
            "technique sous contrôle",
        ],
    },
    "product": {
        "en": [
            "{years} years as a product manager, mostly {skill}",
            "What I do best: {skill}, and keeping engineers, designers and sales pulling in the "
            "same direction",
            "I run user interviews every week and turn what I hear into a roadmap the team "
            "believes in",
            "I've launched {n_products} products {in_industry}, one of which reached {n_users} "
            "active users",
            "I write clear specs, prioritise ruthlessly and say no to most feature requests",
            "I set up the metrics that matter (activation, retention, revenue per user) and review "
            "them weekly",
            "Former product lead at {company}, where I owned the roadmap for {hl}",
            "I can run discovery from zero: problem interviews, landing pages, paper prototypes, "
            "pricing tests",
            "I know SQL and enough code to talk to developers as a peer",
        ],
        "fr": [
            "{years} ans de gestion de produit, surtout {skill}",
            "Mon terrain : {skill}, et faire avancer devs, designers et commerciaux dans la même "
            "direction",
            "Je fais des entretiens utilisateurs chaque semaine et j'en tire une roadmap à "
            "laquelle l'équipe croit",
            "J'ai lancé {n_products} produits {in_industry}, dont un a atteint {n_users} "
            "utilisateurs actifs",
            "J'écris des specs claires, je priorise sans état d'âme et je dis non à la plupart "
            "des demandes de fonctionnalités",
            "Je mets en place les métriques qui comptent (activation, rétention, revenu par "
            "utilisateur) et je les suis chaque semaine",
            "[Ancien|Ancienne] responsable produit dans {company}, où je gérais la roadmap ({hl})",
            "Je sais mener une discovery de zéro : entretiens, landing pages, prototypes papier, "
            "tests de prix",
            "Je connais SQL et assez de code pour parler d'égal à égal avec les développeurs",
        ],
    },
    "design": {
        "en": [
            "{years} years of design, specialised in {skill}",
            "My craft is {skill}; I test with real users before anyone writes code",
            "I turn what I learn from users into clear flows and clickable prototypes in {kw1}",
            "The last product I designed is used every day by {n_users} people",
            "I can build a design system the developers actually enjoy using",
            "I care about accessibility and about people who aren't comfortable with screens",
            "Former design lead at {company}; {years} years next to engineers taught me what is "
            "cheap to build",
            "I can give a young company a brand: name, logo, tone of voice, website",
            "I run workshops with users and stakeholders and we come out with decisions, not "
            "sticky notes",
        ],
        "fr": [
            "{years} ans de design, [spécialisé|spécialisée] dans {skill}",
            "Mon métier : {skill} ; je teste avec de vrais utilisateurs avant la première ligne "
            "de code",
            "Je traduis ce que j'apprends des utilisateurs en parcours clairs et en prototypes "
            "cliquables sur {kw1}",
            "Le dernier produit que j'ai dessiné est utilisé chaque jour par {n_users} personnes",
            "Je sais construire un design system que les développeurs ont vraiment envie "
            "d'utiliser",
            "Je tiens à l'accessibilité et aux personnes peu à l'aise avec les écrans",
            "[Ancien|Ancienne] responsable design dans {company} : {years} ans aux côtés des "
            "développeurs, je sais ce qui coûte cher à construire",
            "Je peux donner une marque à une jeune boîte : nom, logo, ton, site web",
            "J'anime des ateliers avec les usagers et les parties prenantes, et on en sort avec "
            "des décisions, pas des post-it",
        ],
    },
    "sales": {
        "en": [
            "{years} years of {skill}",
            "I bring solid experience in {skill}, and I enjoy picking up the phone",
            "I have a real network among {buyers} and I can get meetings within a week",
            "I've built a sales pipeline from zero twice and hired the first sales reps",
            "I beat my target every year at {company}, the last one at {pct}% of quota",
            "Pricing, negotiation and contracts don't scare me",
            "I know how {buyers} buy: who signs, who blocks and how long it really takes",
            "I can turn a prototype into signed pilots and pilots into paying contracts",
            "I set up a clean CRM ({kw1}) and a weekly sales routine from day one",
            "Sales lead turned founder: I've been selling {in_industry} for {years} years",
        ],
        "fr": [
            "{years} ans d'expérience dans {skill}",
            "J'apporte mon expérience dans {skill}, et j'aime décrocher mon téléphone",
            "Je connais bien {buyers} et j'obtiens un rendez-vous en une semaine",
            "J'ai monté deux fois un pipe commercial à partir de zéro et recruté les premiers "
            "commerciaux",
            "J'ai dépassé mes objectifs chaque année dans {company}, la dernière à {pct} %",
            "La négociation, le pricing et les contrats ne me font pas peur",
            "Je sais comment achètent {buyers} : qui signe, qui bloque et combien de temps ça "
            "prend vraiment",
            "Je sais transformer un prototype en pilotes signés, et des pilotes en contrats "
            "payants",
            "Je mets en place dès le premier jour un CRM propre ({kw1}) et un rituel commercial "
            "hebdomadaire",
            "[Commercial|Commerciale] [devenu|devenue] [fondateur|fondatrice] : je vends "
            "{in_industry} depuis {years} ans",
        ],
    },
    "marketing": {
        "en": [
            "{years} years in marketing, focused on {skill}",
            "My strength is {skill}, on budgets most people would laugh at",
            "I've grown a product from zero to {n_users} users",
            "I set up tracking, attribution and dashboards ({kw1}, {kw2}) so we know what works",
            "I write well and I can get us covered in the trade press",
            "I know how to reach {buyers}, online and offline",
            "Former head of marketing at {company}; I managed a {budget} budget and a team of "
            "{team}",
            "I run experiments every week: ads, landing pages, emails, referral loops",
            "I'm good at positioning: finding the one sentence that makes a customer say "
            "'that's for me'",
        ],
        "fr": [
            "{years} ans de marketing, avec un focus sur {skill}",
            "Mon point fort : {skill}, avec des budgets qui feraient sourire",
            "J'ai fait passer un produit de zéro à {n_users} utilisateurs",
            "Je mets en place le tracking, l'attribution et les tableaux de bord ({kw1}, {kw2}) "
            "pour savoir ce qui marche",
            "J'écris bien et je sais obtenir des articles dans la presse spécialisée",
            "Je sais toucher {buyers}, en ligne comme sur le terrain",
            "[Ancien|Ancienne] responsable marketing dans {company}, j'ai géré un budget de "
            "{budget} et une équipe de {team} personnes",
            "Je lance des expériences chaque semaine : pubs, landing pages, e-mails, parrainage",
            "Mon truc, c'est le positionnement : trouver la phrase qui fait dire au client "
            "« c'est pour moi »",
        ],
    },
    "finance": {
        "en": [
            "{years} years in finance, mostly {skill}",
            "I handle {skill}, and I'm the one who says when we can afford to hire",
            "I've raised {raised} over {rounds} rounds and I know the funds that invest "
            "{in_industry}",
            "I build financial models that founders actually use to make decisions",
            "I can set up accounting, payroll and monthly reporting so the founders don't drown "
            "in admin",
            "Ex-auditor turned CFO: due diligence, term sheets and cap tables don't scare me",
            "I know the public funding landscape: grants, innovation loans, tax credits",
            "I keep a 13-week cash-flow forecast and review it every Monday",
            "I negotiate with banks and investors and read a term sheet line by line",
        ],
        "fr": [
            "{years} ans en finance, surtout {skill}",
            "Je prends en charge {skill}, et c'est moi qui dis quand on peut recruter",
            "J'ai levé {raised} en {rounds} tours et je connais les fonds qui investissent "
            "{in_industry}",
            "Je construis des modèles financiers qui servent vraiment à décider",
            "Je sais mettre en place la compta, la paie et le reporting mensuel pour que les "
            "fondateurs ne se noient pas dans l'administratif",
            "[Passé|Passée] par l'audit puis DAF d'une scale-up, la due diligence, les term "
            "sheets et la table de capitalisation ne me font pas peur",
            "Je connais les financements publics : subventions, prêts d'honneur, crédit d'impôt "
            "innovation",
            "Je tiens un prévisionnel de trésorerie à 13 semaines et je le revois chaque lundi",
            "Je négocie avec les banques et les investisseurs, et je lis une lettre d'intention "
            "ligne par ligne",
        ],
    },
    "operations": {
        "en": [
            "{years} years in operations, mostly {skill}",
            "I take care of {skill}, and I stay calm when things break",
            "I've opened {cities_n} cities for a delivery startup and know how to hire and train "
            "field teams",
            "I write the processes nobody else wants to write and make sure they're followed",
            "I handled purchasing and supplier negotiations at {company}, with a team of {team}",
            "I can set up customer support that answers within the hour without burning people out",
            "Stock, quality control and everything that happens after the sale is my daily life",
            "I like spreadsheets, checklists and fixing what breaks at 7 a.m.",
            "I've run a warehouse of {team} people and halved our delivery delays",
        ],
        "fr": [
            "{years} ans dans les opérations, surtout {skill}",
            "Je m'occupe {de_skill}, et je garde mon calme quand ça casse",
            "J'ai ouvert {cities_n} villes pour une start-up de livraison : je sais recruter et "
            "former des équipes terrain",
            "J'écris les process que personne ne veut écrire et je veille à ce qu'ils soient "
            "appliqués",
            "J'ai géré les achats et les négociations fournisseurs dans {company}, avec une "
            "équipe de {team} personnes",
            "Je sais monter un service client qui répond dans l'heure sans épuiser les gens",
            "Les stocks, le contrôle qualité et tout ce qui se passe après la vente, c'est mon "
            "quotidien",
            "J'aime les tableurs, les check-lists et réparer ce qui casse à 7 h du matin",
            "J'ai dirigé un entrepôt de {team} personnes et divisé par deux les retards de "
            "livraison",
        ],
    },
    "legal": {
        "en": [
            "{years} years as a lawyer, specialised in {skill}",
            "I cover {skill}, with a business-first mindset",
            "I've drafted dozens of shareholder agreements and I know the traps: vesting, leaver "
            "clauses, drag-along",
            "I can handle contracts, terms of service and data protection without an expensive "
            "law firm",
            "I know the regulators {in_industry} and how long an authorisation really takes",
            "Former in-house counsel at {company}, so I'm used to saying 'yes, if' rather than "
            "'no'",
            "I can structure the company, the equity split and the employee option pool properly "
            "from day one",
            "I'll make sure we're compliant before we scale, not after a fine",
            "Negotiating contracts with large customers is something I actually enjoy",
        ],
        "fr": [
            "{years} ans de pratique du droit, [spécialisé|spécialisée] dans {skill}",
            "Je couvre {skill}, avec une approche orientée business",
            "J'ai rédigé des dizaines de pactes d'associés et je connais les pièges : vesting, "
            "clauses de good et bad leaver, sortie forcée",
            "Je peux gérer les contrats, les CGV et le RGPD sans passer par un cabinet hors de "
            "prix",
            "Je connais les régulateurs {in_industry} et le vrai délai d'obtention d'un agrément",
            "[Ancien|Ancienne] juriste dans {company}, j'ai l'habitude de dire « oui, si » "
            "plutôt que « non »",
            "Je sais structurer la société, la répartition du capital et les BSPCE proprement "
            "dès le départ",
            "Je veille à ce qu'on soit en règle avant de grandir, pas après une amende",
            "Négocier des contrats avec de grands clients, ça m'amuse vraiment",
        ],
    },
    "domain": {
        "en": [
            "{years} years in the field: I know {skill} from the inside",
            "As {a_title}, I know {skill}",
            "I bring {years} years of experience {in_industry} and a network among {buyers} who "
            "will test what we build",
            "I know the real problems of {users} because I live them every day",
            "I can open doors: several {buyers} have told me they'd pilot a good tool",
            "I understand the regulation {in_industry} and what it takes to get certified",
            "I know which tools {users} actually use and what they would pay for",
            "I bring credibility in the sector: people know me and return my calls",
            "I've already mapped the problem with {n} interviews of {users}",
        ],
        "fr": [
            "{years} ans de terrain : je connais {skill} de l'intérieur",
            "{title}, je connais {skill}",
            "J'apporte {years} ans d'expérience {in_industry} et un réseau parmi {buyers} qui "
            "accepteront de tester nos premières versions",
            "Je connais les vrais problèmes {users_de} parce que je les vis au quotidien",
            "Je peux ouvrir des portes : plusieurs acteurs parmi {buyers} m'ont dit qu'ils "
            "testeraient un bon outil",
            "Je maîtrise la réglementation {in_industry} et ce qu'il faut pour obtenir les "
            "certifications",
            "Je sais quels outils utilisent vraiment {users} et pour quoi ils paieraient",
            "J'apporte de la crédibilité dans le secteur : on me connaît et on me rappelle",
            "J'ai déjà cartographié le problème avec {n} entretiens auprès {users_de}",
        ],
    },
}

# Franglais clauses, used in French texts of people who write mixed.
_FRANGLAIS_OFFERS: dict[str, list[str]] = {
    "tech": [
        "Côté stack, je suis full-stack, je ship vite et je fais des code reviews sérieuses",
        "Je suis très DevOps dans l'âme : CI/CD, monitoring, scaling",
    ],
    "product": [
        "Je suis très data-driven : discovery, roadmap, métriques de retention, tout ça",
        "Je fais du product management à l'ancienne : user research, specs et beaucoup de "
        "feedback loops",
    ],
    "design": [
        "Je fais de l'UX research et du UI design, avec un vrai focus user-centric",
        "Je livre des mockups pixel-perfect et un design system clean",
    ],
    "sales": [
        "Je gère tout le pipe, du cold emailing au closing",
        "Je suis à l'aise en inside sales comme en field sales, et je sais faire du "
        "account management",
    ],
    "marketing": [
        "Growth hacking, SEO, content marketing : je sais faire scaler l'acquisition",
        "Je suis plutôt brand et storytelling, avec un bon réseau dans les media",
    ],
    "finance": [
        "Je maîtrise la cap table, le BP et le pitch deck, et j'ai un bon deal flow",
        "Je fais du FP&A et du reporting investors, avec des dashboards propres",
    ],
    "operations": [
        "Je suis ops dans l'âme : process, onboarding, customer success",
        "Je fais du supply chain management et du sourcing, avec un vrai mindset lean",
    ],
    "legal": [
        "Je fais du legal ops et de la compliance, avec une approche très business-friendly",
        "Je gère les term sheets, les NDA et les contrats SaaS",
    ],
    "domain": [
        "Je connais le marché, j'ai le network et les insights terrain",
        "J'ai le use case, les early adopters et la crédibilité dans le secteur",
    ],
}

# Stage and project context, appended to some offers.
_CONTEXT: dict[str, dict[str, list[str]]] = {
    "idea": {
        "en": [
            "The idea: {project}; I've interviewed {n} potential users and the pain is real",
            "I have an idea I can't stop thinking about: {project}",
            "I'm exploring {project} and a few potential customers are ready to talk",
        ],
        "fr": [
            "L'idée : {project} ; j'ai interrogé {n} utilisateurs potentiels et le besoin est réel",
            "J'ai une idée qui ne me quitte pas : {project}",
            "J'explore {project} et quelques clients potentiels sont prêts à en parler",
        ],
    },
    "prototype": {
        "en": [
            "I have a working prototype for {project}, tested with {n} users",
            "We have a prototype for {project} and {pilots} pilot customers",
            "The prototype ({project}) is live with a handful of early users",
        ],
        "fr": [
            "J'ai un prototype qui fonctionne ({project}), testé par {n} utilisateurs",
            "On a un prototype pour {project} et {pilots} clients pilotes",
            "Le prototype ({project}) tourne chez une poignée de premiers utilisateurs",
        ],
    },
    "revenue": {
        "en": [
            "The project, {project}, already brings in {mrr} a month",
            "Our project, {project}, already has {pilots} paying customers and grows every month",
            "The project ({project}) is already profitable on a small scale",
        ],
        "fr": [
            "Le projet ({project}) fait déjà {mrr} de chiffre d'affaires par mois",
            "Notre projet ({project}) a déjà {pilots} clients payants, et ça progresse chaque mois",
            "Le projet ({project}) est déjà rentable à petite échelle",
        ],
    },
}

# --------------------------------------------------------------------------------------
# Needs: opener + one phrase per sought role (+ extras). The first phrase of each role
# list is "{need}", the speciality's own description.
# --------------------------------------------------------------------------------------
_OPENERS: dict[str, list[str]] = {
    "en": [
        "I'm looking for {x}.",
        "Looking for {x}.",
        "I need {x}.",
        "What I'm missing: {x}.",
        "I'd love to team up with {x}.",
        "Seeking {x}.",
        "The missing piece is {x}.",
        "I want to build this with {x}.",
        "Looking for a co-founder: {x}.",
    ],
    "fr": [
        "Je cherche {x}.",
        "Je recherche {x}.",
        "Il me manque {x}.",
        "J'aimerais m'associer avec {x}.",
        "Je veux monter l'équipe avec {x}.",
        "Recherche {x}.",
        "Ce qui me manque : {x}.",
        "Je cherche un associé ou une associée : {x}.",
    ],
}
_CONNECTORS: dict[str, list[str]] = {
    "en": [" and ", ", plus ", ", and ideally also "],
    "fr": [" et ", ", ainsi que ", ", et idéalement aussi "],
}
_NEEDS: dict[str, dict[str, list[str]]] = {
    "tech": {
        "en": [
            "{need}",
            "a technical partner who can build the platform and own it for the long run",
            "a developer who likes talking to users as much as writing code",
            "someone technical who can turn our prototype into a product that doesn't fall over",
            "a CTO-type profile who can choose the stack, ship the first version and later hire "
            "the team",
            "an engineer who has shipped something real and isn't afraid of a messy first version",
            "a hands-on developer, ideally with experience {in_industry}",
        ],
        "fr": [
            "{need}",
            "un profil technique pour construire la plateforme et la porter dans la durée",
            "un(e) dev qui aime autant parler aux utilisateurs que coder",
            "quelqu'un de technique pour transformer notre prototype en produit qui tient la route",
            "un profil de CTO capable de choisir la stack, sortir la V1 puis recruter l'équipe",
            "un(e) ingénieur(e) qui a déjà livré quelque chose de concret et n'a pas peur d'une "
            "première version imparfaite",
            "un(e) développeur(se) très opérationnel(le), idéalement avec une expérience "
            "{in_industry}",
        ],
    },
    "product": {
        "en": [
            "{need}",
            "someone product-minded who will talk to users every week and decide what not to build",
            "a product manager to turn customer feedback into a clear roadmap",
            "a product partner who can translate between the field and the developers",
            "someone who has launched a product before and knows how to measure whether it works",
            "a product lead comfortable with specs, priorities and saying no",
        ],
        "fr": [
            "{need}",
            "quelqu'un avec la fibre produit, qui parlera aux utilisateurs chaque semaine et "
            "décidera de ce qu'on ne fait pas",
            "un(e) chef(fe) de produit pour transformer les retours clients en roadmap claire",
            "un profil produit capable de faire le lien entre le terrain et les développeurs",
            "quelqu'un qui a déjà lancé un produit et sait mesurer s'il marche",
            "une personne à l'aise avec les specs, les priorités et l'art de dire non",
        ],
    },
    "design": {
        "en": [
            "{need}",
            "a designer who will sit with users before drawing anything",
            "someone who can make our product look trustworthy and feel simple",
            "a product designer comfortable with both research and pixel-level detail",
            "a designer to build our brand and a clean design system",
            "someone with taste who can turn a clunky prototype into something people enjoy using",
        ],
        "fr": [
            "{need}",
            "un(e) designer qui passe du temps avec les utilisateurs avant de dessiner",
            "quelqu'un qui rendra le produit simple et digne de confiance",
            "un(e) designer produit à l'aise autant avec la recherche qu'avec le détail des écrans",
            "une personne pour construire notre marque et un design system propre",
            "quelqu'un qui a du goût et saura transformer un prototype bancal en outil agréable",
        ],
    },
    "sales": {
        "en": [
            "{need}",
            "someone who can sell to {buyers} and close our first ten contracts",
            "a commercial partner with a network among {buyers}",
            "a salesperson who has carried a quota and can build the pipeline from zero",
            "a business-minded partner to own sales, pricing and partnerships",
            "someone who can turn our pilots into paying customers",
        ],
        "fr": [
            "{need}",
            "quelqu'un qui sait vendre {buyers_a} et signer nos dix premiers contrats",
            "un(e) associé(e) commercial(e) avec un réseau parmi {buyers}",
            "un profil commercial qui a déjà eu des objectifs chiffrés et sait construire un "
            "pipe à partir de zéro",
            "une personne business pour prendre en main les ventes, le pricing et les partenariats",
            "quelqu'un capable de transformer nos pilotes en clients payants",
        ],
    },
    "marketing": {
        "en": [
            "{need}",
            "a marketer who can find a repeatable acquisition channel on a small budget",
            "someone who knows how to reach {buyers} and make them curious",
            "a growth person who lives in dashboards and runs experiments every week",
            "someone who can write, tell our story and get us noticed",
            "a marketing partner to handle positioning, the website and the launch",
        ],
        "fr": [
            "{need}",
            "quelqu'un en marketing capable de trouver un canal d'acquisition rentable avec peu "
            "de budget",
            "une personne qui sait toucher {buyers} et susciter leur curiosité",
            "un profil growth qui vit dans les tableaux de bord et lance des tests chaque semaine",
            "quelqu'un qui écrit bien, sait raconter notre histoire et nous faire connaître",
            "un(e) associé(e) marketing pour le positionnement, le site et le lancement",
        ],
    },
    "finance": {
        "en": [
            "{need}",
            "someone who can build the financial model and lead our first fundraising",
            "a finance person to keep the cash under control and talk to banks",
            "a CFO-minded partner who knows investors {in_industry}",
            "someone rigorous who will set up accounting, reporting and a cash-flow forecast",
            "a partner who knows grants and public funding and can write a solid application",
        ],
        "fr": [
            "{need}",
            "quelqu'un qui sait construire le prévisionnel et mener notre première levée",
            "un profil finance pour tenir la trésorerie et parler aux banques",
            "un(e) associé(e) à la fibre de DAF, qui connaît les investisseurs {in_industry}",
            "une personne rigoureuse pour mettre en place la compta, le reporting et le suivi de "
            "trésorerie",
            "quelqu'un qui connaît les subventions et les financements publics et sait monter "
            "un dossier solide",
        ],
    },
    "operations": {
        "en": [
            "{need}",
            "an operator who can run the day-to-day so the rest of us can build and sell",
            "someone who knows suppliers, stock and delivery and stays calm when things break",
            "an operations lead to set up processes, support and the first hires",
            "a field person who can roll the service out city by city",
            "someone organised to handle logistics and quality",
        ],
        "fr": [
            "{need}",
            "quelqu'un pour tenir les opérations au quotidien pendant que les autres construisent "
            "et vendent",
            "une personne qui connaît les fournisseurs, les stocks et la livraison, et garde son "
            "calme quand ça casse",
            "un profil ops pour mettre en place les process, le support et les premiers "
            "recrutements",
            "quelqu'un de terrain pour déployer le service ville par ville",
            "une personne organisée pour gérer la logistique et la qualité",
        ],
    },
    "legal": {
        "en": [
            "{need}",
            "a lawyer or in-house counsel who can handle the shareholder agreement and customer "
            "contracts",
            "someone who knows the regulation {in_industry} and can get us licensed",
            "a legal partner who is practical and business-minded, not just cautious",
            "someone comfortable with GDPR and data protection, since we handle sensitive data",
            "a legal and compliance person to keep us out of trouble as we grow",
        ],
        "fr": [
            "{need}",
            "un(e) avocat(e) ou juriste pour le pacte d'associés et les contrats clients",
            "quelqu'un qui connaît la réglementation {in_industry} et peut nous obtenir les "
            "agréments",
            "un profil juridique pragmatique, orienté business, pas seulement prudent",
            "une personne à l'aise avec le RGPD, car nous traitons des données sensibles",
            "quelqu'un sur le juridique et la conformité pour nous éviter les ennuis en "
            "grandissant",
        ],
    },
    "domain": {
        "en": [
            "{need}",
            "someone who knows {industry} from the inside and has a network among {buyers}",
            "a field expert who can tell us what {users} really need",
            "a person with credibility {in_industry} who can open doors",
            "someone who has worked with {users} for years and will keep us honest",
            "an industry insider who understands the regulation and the buying process",
        ],
        "fr": [
            "{need}",
            "quelqu'un qui connaît {industry} de l'intérieur et a un réseau parmi {buyers}",
            "un(e) expert(e) de terrain qui nous dira ce dont {users} ont vraiment besoin",
            "une personne crédible {in_industry} pour nous ouvrir des portes",
            "quelqu'un qui travaille avec {users} depuis des années et nous gardera les pieds sur "
            "terre",
            "un(e) initié(e) du secteur qui comprend la réglementation et la façon dont on achète",
        ],
    },
}
_NEED_EXTRAS: dict[str, dict[str, list[str]]] = {
    "full-time": {
        "en": [
            "Ideally full-time within a few months.",
            "I'm looking for someone ready to commit full-time.",
            "This is a full-time adventure for me, and I hope for you too.",
        ],
        "fr": [
            "Idéalement à plein temps d'ici quelques mois.",
            "Je cherche quelqu'un prêt à s'engager à plein temps.",
            "Pour moi c'est une aventure à plein temps, j'espère pour toi aussi.",
        ],
    },
    "part-time": {
        "en": [
            "Part-time is fine to start, as long as it's steady.",
            "Two or three days a week would be perfect at first.",
        ],
        "fr": [
            "Un temps partiel me va pour commencer, tant que c'est régulier.",
            "Deux ou trois jours par semaine au début, ce serait parfait.",
        ],
    },
    "side-project": {
        "en": [
            "Evenings and weekends to begin with, no pressure.",
            "Fine as a side project at first; we'll see where it goes.",
        ],
        "fr": [
            "Les soirs et week-ends pour commencer, sans pression.",
            "En projet parallèle au début, on verra où ça nous mène.",
        ],
    },
    "industry": {
        "en": [
            "Experience {in_industry} is a big plus.",
            "Bonus if you already know {buyers}.",
            "You don't need to come from {industry}, but you need to care about it.",
        ],
        "fr": [
            "Une expérience {in_industry} serait un vrai plus.",
            "Bonus si tu connais déjà {buyers}.",
            "Pas besoin de venir du secteur, mais il faut que le sujet te touche.",
        ],
    },
    "remote": {
        "en": ["Remote is fine as long as we overlap a few hours a day."],
        "fr": ["Le télétravail me va, tant qu'on a quelques heures en commun chaque jour."],
    },
    "hybrid": {
        "en": ["Ideally based around {city}, or happy to come over regularly."],
        "fr": ["Idéalement du côté de {city}, ou prêt(e) à venir régulièrement."],
    },
    "onsite": {
        "en": ["I'd like us to work from the same city at least two days a week."],
        "fr": ["J'aimerais qu'on travaille dans la même ville au moins deux jours par semaine."],
    },
    "idea": {
        "en": ["We'd validate the idea together before building much."],
        "fr": ["On validerait l'idée ensemble avant de trop construire."],
    },
    "prototype": {
        "en": ["The prototype exists; now it has to become a business."],
        "fr": ["Le prototype existe, il faut maintenant en faire une entreprise."],
    },
    "revenue": {
        "en": ["There are already paying customers, so there's real work from day one."],
        "fr": ["Il y a déjà des clients payants, donc du vrai travail dès le premier jour."],
    },
}
_FRANGLAIS_NEEDS: list[str] = [
    "Idéalement quelqu'un de hands-on, avec un vrai mindset startup.",
    "Le plus important pour moi : le fit humain et être alignés sur la vision.",
    "Bonus si tu as déjà vécu un pivot ou une levée en early stage.",
    "Il faut être à l'aise avec le move fast, sans pour autant cramer l'équipe.",
]

# --------------------------------------------------------------------------------------
# Values: (theme, pole) -> sentences per language.
# --------------------------------------------------------------------------------------
_VALUES: dict[tuple[str, str], dict[str, list[str]]] = {
    ("mode", "remote"): {
        "en": [
            "Remote-first, with written decisions and a weekly video call that nobody skips.",
            "I work remotely and write things down: async by default, calls when needed.",
            "Fully remote suits me, with a proper get-together every couple of months.",
            "I'm most productive at home and I've run remote teams across time zones.",
        ],
        "fr": [
            "Remote d'abord, avec des décisions écrites et une visio hebdo que personne ne saute.",
            "Je travaille à distance et j'écris beaucoup : asynchrone par défaut, appels quand "
            "il faut.",
            "Le full remote me convient, avec un vrai séminaire tous les deux mois.",
            "Je suis plus efficace chez moi et j'ai déjà animé des équipes à distance.",
        ],
    },
    ("mode", "hybrid"): {
        "en": [
            "A shared desk two days a week is enough; the rest of the time I focus from home.",
            "I'm flexible on location, but the big decisions should be taken face to face.",
            "Hybrid works best for me: two days together, the rest from home.",
            "I like seeing my partners in person every week, but I don't need an office every day.",
        ],
        "fr": [
            "Un bureau partagé deux jours par semaine suffit ; le reste du temps je me concentre chez moi.",
            "Je suis souple sur le lieu, mais les grandes décisions se prennent en face à face.",
            "L'hybride me va le mieux : deux jours ensemble, le reste à distance.",
            "J'aime voir mes associés en vrai chaque semaine, sans avoir besoin d'un bureau tous "
            "les jours.",
        ],
    },
    ("mode", "onsite"): {
        "en": [
            "I like being on site with the team and the customers, not behind a screen.",
            "I believe in working side by side, at least at the start.",
            "I want a shared office and whiteboard sessions; early decisions are faster in person.",
            "I'd rather be in the same room, close to our first customers.",
        ],
        "fr": [
            "J'aime être sur place avec l'équipe et les clients, pas derrière un écran.",
            "Je crois au travail côte à côte, au moins au début.",
            "Je veux un bureau commun et des sessions au tableau blanc : au début, on décide "
            "plus vite en présentiel.",
            "Je préfère qu'on soit dans la même pièce, près de nos premiers clients.",
        ],
    },
    ("pace", "fast"): {
        "en": [
            "I'm comfortable with long weeks during a launch, as long as we rest afterwards.",
            "I move fast: ship weekly, learn, adjust.",
            "I like an intense rhythm in the first months, with clear weekly goals.",
            "Speed matters to me; a good decision today beats a perfect one next month.",
        ],
        "fr": [
            "Les grosses semaines pendant un lancement ne me font pas peur, tant qu'on récupère après.",
            "J'avance vite : on livre chaque semaine, on apprend, on ajuste.",
            "J'aime un rythme soutenu les premiers mois, avec des objectifs clairs chaque semaine.",
            "La vitesse compte : une bonne décision aujourd'hui vaut mieux qu'une parfaite dans "
            "un mois.",
        ],
    },
    ("pace", "sustainable"): {
        "en": [
            "I work hard but steadily; burnt-out founders make bad decisions.",
            "I want a sustainable pace: this is a marathon, not a sprint.",
            "No heroics: evenings and weekends off, unless there's a real emergency.",
            "I'd rather grow a little slower and still enjoy the work in three years.",
        ],
        "fr": [
            "Je travaille dur mais avec régularité : des fondateurs épuisés prennent de mauvaises décisions.",
            "Je veux un rythme soutenable : c'est un marathon, pas un sprint.",
            "Pas d'héroïsme : soirs et week-ends libres, sauf vraie urgence.",
            "Je préfère grandir un peu moins vite et aimer encore ce qu'on fait dans trois ans.",
        ],
    },
    ("money", "bootstrap"): {
        "en": [
            "I'd rather keep control and grow step by step than chase a valuation.",
            "I'd like to grow on revenue first and raise money only if it really helps.",
            "Early profitability matters more to me than a big round.",
            "I prefer customers' money to investors' money, at least at the beginning.",
        ],
        "fr": [
            "Je préfère garder la main et grandir pas à pas plutôt que courir après une valorisation.",
            "Je préfère grandir d'abord grâce au chiffre d'affaires, et ne lever que si ça aide "
            "vraiment.",
            "La rentabilité rapide compte plus pour moi qu'une grosse levée.",
            "Je préfère l'argent des clients à celui des investisseurs, au moins au début.",
        ],
    },
    ("money", "vc"): {
        "en": [
            "Raising money early doesn't scare me if it lets us win the market before others.",
            "I'm ambitious about scale and comfortable raising venture capital to get there.",
            "I'd like to raise a seed round within a year and build the team quickly.",
            "If the market is there, I want to go big and raise what it takes.",
        ],
        "fr": [
            "Lever tôt ne me fait pas peur si ça nous permet de prendre le marché avant les autres.",
            "J'ai de l'ambition, et lever du capital-risque pour grandir ne me fait pas peur.",
            "J'aimerais lever une seed d'ici un an et constituer vite une équipe.",
            "Si le marché est là, je veux viser grand et lever ce qu'il faut.",
        ],
    },
    ("equity", "equal"): {
        "en": [
            "Splitting fifty-fifty keeps things simple and honest between us.",
            "I'd rather not haggle over percentages: equal shares, equal commitment.",
            "On equity, I'd rather split evenly and trust each other.",
            "I believe in an equal split between founders who commit the same.",
        ],
        "fr": [
            "Un partage moitié-moitié, c'est simple et honnête entre nous.",
            "Je préfère ne pas marchander les pourcentages : parts égales, engagement égal.",
            "Pour le capital, je préfère un partage à parts égales et la confiance.",
            "Je crois à un partage égalitaire entre fondateurs qui s'engagent autant.",
        ],
    },
    ("equity", "vesting"): {
        "en": [
            "I'm open to a dynamic split that tracks what each of us really contributes.",
            "Equity should follow contribution, with vesting for everyone, me included.",
            "I want a written founders' agreement early: vesting, leaver clauses, who decides "
            "what.",
            "A fair split reflects the time and money each of us puts in, and we review it openly.",
        ],
        "fr": [
            "Je suis [ouvert|ouverte] à un partage dynamique qui suit ce que chacun apporte vraiment.",
            "Le capital doit suivre la contribution, avec du vesting pour tout le monde, moi "
            "[compris|comprise].",
            "Je veux un pacte d'associés écrit tôt : vesting, clauses de sortie, qui décide quoi.",
            "Un partage juste reflète le temps et l'argent que chacun apporte, et se discute "
            "ouvertement.",
        ],
    },
    ("transparency", "open"): {
        "en": [
            "I share bad news early; hiding problems is how startups die.",
            "Transparency is non-negotiable: open books, honest feedback, no surprises.",
            "I say things directly and expect the same; disagreements are fine, silence isn't.",
            "Every founder should see every number, all the time.",
        ],
        "fr": [
            "J'annonce les mauvaises nouvelles tôt : cacher les problèmes, c'est comme ça que meurent les start-up.",
            "La transparence n'est pas négociable : comptes ouverts, retours honnêtes, pas de "
            "surprise.",
            "Je dis les choses franchement et j'attends la même chose ; les désaccords, oui, les "
            "non-dits, non.",
            "Chaque associé doit voir tous les chiffres, tout le temps.",
        ],
    },
    ("impact", "impact"): {
        "en": [
            "Our success should be measured by the lives we improve, not only by revenue.",
            "I want what we build to have a measurable social or environmental impact.",
            "Impact first: I'd turn down a profitable client if it went against our mission.",
            "I care more about the people we serve than about exit multiples.",
        ],
        "fr": [
            "Notre réussite doit se mesurer aux vies qu'on améliore, pas seulement au chiffre d'affaires.",
            "Je veux que ce qu'on construit ait un impact social ou environnemental mesurable.",
            "L'impact d'abord : je refuserais un client rentable s'il allait contre notre mission.",
            "Je tiens plus aux personnes qu'on sert qu'aux multiples de sortie.",
        ],
    },
    ("ethics", "privacy"): {
        "en": [
            "Ethics matter to me: fair prices, honest contracts and respect for users' data.",
            "I won't build anything I wouldn't want used on my own family.",
            "No dark patterns, no selling user data: trust is earned slowly.",
            "I care about privacy and honest marketing; I'd rather lose a deal than mislead a "
            "customer.",
        ],
        "fr": [
            "L'éthique compte pour moi : des prix justes, des contrats honnêtes, le respect des données.",
            "Je ne construirai rien que je ne voudrais pas voir utilisé sur ma propre famille.",
            "Pas de dark patterns, pas de revente de données : la confiance se gagne lentement.",
            "Je tiens au respect de la vie privée et à un marketing honnête ; je préfère perdre "
            "un contrat que tromper un client.",
        ],
    },
    ("family", "family"): {
        "en": [
            "I'm a single parent: I'm efficient, but school holidays are sacred.",
            "I have two young kids, so my days end at 6 p.m.; within that, I'm reliable.",
            "Family comes first for me; I plan carefully and deliver what I promise.",
            "I care for an elderly parent, so I need some flexibility during the week.",
        ],
        "fr": [
            "Je suis [parent solo|maman solo] : je suis efficace, mais les vacances scolaires sont sacrées.",
            "J'ai deux jeunes enfants : mes journées s'arrêtent à 18 h, mais dans ce cadre je "
            "suis fiable à 100 %.",
            "La famille passe en premier ; je m'organise et je tiens mes engagements.",
            "Je m'occupe d'un parent âgé, j'ai besoin d'un peu de souplesse dans la semaine.",
        ],
    },
    ("decisions", "data"): {
        "en": [
            "I like decisions backed by data: we measure, then we argue.",
            "Opinions are welcome, but numbers settle the debate.",
            "I test small before betting big, and I write down why we decided.",
        ],
        "fr": [
            "J'aime les décisions appuyées sur des données : on mesure, puis on débat.",
            "Les avis sont bienvenus, mais ce sont les chiffres qui tranchent.",
            "Je teste en petit avant de miser gros, et je note pourquoi on a décidé.",
        ],
    },
    ("decisions", "consensus"): {
        "en": [
            "I believe in deciding together: no big move without both founders on board.",
            "I prefer slow agreement to fast conflict on the things that matter.",
            "Each of us owns an area, and we decide together on the rest.",
        ],
        "fr": [
            "Je crois aux décisions prises ensemble : pas de grand virage sans l'accord des deux.",
            "Sur l'essentiel, je préfère un accord lent à un conflit rapide.",
            "Chacun a son périmètre, et on décide ensemble pour le reste.",
        ],
    },
    ("customers", "close"): {
        "en": [
            "I want both of us to spend time with customers every week, whatever our role.",
            "The customer is in the room for every decision, even if only as a quote on the wall.",
            "I'd rather talk to ten users than write one more slide deck.",
        ],
        "fr": [
            "Je veux qu'on passe tous les deux du temps avec les clients chaque semaine, quel que "
            "soit notre rôle.",
            "Le client est présent dans chaque décision, ne serait-ce qu'à travers une citation "
            "au mur.",
            "Je préfère parler à dix utilisateurs que refaire une présentation de plus.",
        ],
    },
}
_THEME_POLES: dict[str, list[str]] = {
    "pace": ["fast", "sustainable"],
    "money": ["bootstrap", "vc"],
    "equity": ["equal", "vesting"],
    "transparency": ["open"],
    "impact": ["impact"],
    "ethics": ["privacy"],
    "family": ["family"],
    "decisions": ["data", "consensus"],
    "customers": ["close"],
}
_THEME_LABELS: dict[tuple[str, str], str] = {
    ("mode", "remote"): "remote-first",
    ("mode", "hybrid"): "hybrid work",
    ("mode", "onsite"): "working on site",
    ("pace", "fast"): "fast pace",
    ("pace", "sustainable"): "sustainable pace",
    ("money", "bootstrap"): "bootstrapping",
    ("money", "vc"): "venture funding",
    ("equity", "equal"): "equal split",
    ("equity", "vesting"): "vesting by contribution",
    ("transparency", "open"): "transparency",
    ("impact", "impact"): "impact first",
    ("ethics", "privacy"): "privacy and honesty",
    ("family", "family"): "family constraints",
    ("decisions", "data"): "data-driven decisions",
    ("decisions", "consensus"): "deciding together",
    ("customers", "close"): "close to customers",
}
_COMMIT_VALUES: dict[str, dict[str, tuple[str, str]]] = {
    # commitment -> lang -> (with date, without date)
    "full-time": {
        "en": (
            "I'm going full-time on this from {month}.",
            "I'm ready to go full-time as soon as we've found each other.",
        ),
        "fr": (
            "Je passe à plein temps sur le projet à partir {de_month}.",
            "Je suis [prêt|prête] à passer à plein temps dès qu'on se sera trouvés.",
        ),
    },
    "part-time": {
        "en": ("I can give it three days a week from {month}.", "I can give it three days a week."),
        "fr": (
            "Je peux y consacrer trois jours par semaine à partir {de_month}.",
            "Je peux y consacrer trois jours par semaine pour l'instant.",
        ),
    },
    "side-project": {
        "en": (
            "For now it's a side project next to my job, about ten hours a week from {month}.",
            "For now it's a side project next to my job, about ten hours a week.",
        ),
        "fr": (
            "Pour l'instant c'est un projet à côté de mon travail, une dizaine d'heures par "
            "semaine à partir {de_month}.",
            "Pour l'instant c'est un projet à côté de mon travail, une dizaine d'heures par "
            "semaine.",
        ),
    },
}
_FRANGLAIS_VALUES: list[str] = [
    "Je suis très feedback-driven : on fait un one-to-one chaque semaine.",
    "J'ai un mindset growth, mais je tiens à la work-life balance.",
    "Full transparence sur la cap table dès le day one.",
]
_MONTHS = {
    "fr": [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ],
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
}

# --------------------------------------------------------------------------------------
# Headlines.
# --------------------------------------------------------------------------------------
_HEADLINES: dict[str, list[str]] = {
    "en": [
        "{title}, {years} years of {hl}",
        "{title} turned founder",
        "{title} {in_industry}",
        "{title}, ex-{company_short}",
        "{title} · {hl} · {city}",
        "{title} starting something {in_industry}",
        "{title} looking for a partner in crime",
    ],
    "fr": [
        "{title}, {years} ans {de_hl}",
        "{title} [devenu|devenue] [entrepreneur|entrepreneuse]",
        "{title} {in_industry}",
        "{title}, ex-{company_short}",
        "{title} · {hl} · {city}",
        "{title}, je lance un projet {in_industry}",
        "{title} en quête d'un binôme",
    ],
}
_COMPANIES: dict[str, list[tuple[str, str]]] = {
    # (in a sentence, short form for a headline)
    "en": [
        ("a consulting firm", "consulting"),
        ("a large corporate", "big corp"),
        ("a scale-up", "scale-up"),
        ("a web agency", "agency"),
        ("a bank", "banking"),
        ("a software company", "SaaS"),
        ("an NGO", "NGO"),
    ],
    "fr": [
        ("un cabinet de conseil", "conseil"),
        ("un grand groupe", "grand groupe"),
        ("une scale-up", "scale-up"),
        ("une agence web", "agence"),
        ("une banque", "banque"),
        ("un éditeur de logiciels", "éditeur SaaS"),
        ("une ONG", "ONG"),
    ],
}
_NUMBERS: dict[str, dict[str, list[str]]] = {
    "n_users": {
        "en": ["5,000", "12,000", "40,000", "80,000", "250,000"],
        "fr": ["5 000", "12 000", "40 000", "80 000", "250 000"],
    },
    "budget": {"en": ["€150k", "€300k", "€1M", "€2M"], "fr": ["150 k€", "300 k€", "1 M€", "2 M€"]},
    "raised": {
        "en": ["€800k", "€1.2M", "€3M", "€5M", "€12M"],
        "fr": ["800 k€", "1,2 M€", "3 M€", "5 M€", "12 M€"],
    },
    "mrr": {
        "en": ["€4k", "€8k", "€15k", "€30k", "€60k"],
        "fr": ["4 k€", "8 k€", "15 k€", "30 k€", "60 k€"],
    },
    "rounds": {"en": ["two", "three", "four"], "fr": ["deux", "trois", "quatre"]},
    "n_products": {"en": ["two", "three", "four"], "fr": ["deux", "trois", "quatre"]},
}

# Complementary roles: for each primary offered role, the roles such a person tends to seek.
_SEEK: dict[str, tuple[tuple[str, int], ...]] = {
    "tech": _mix("sales:30 product:18 marketing:14 domain:20 finance:8 design:10"),
    "product": _mix("tech:50 design:20 sales:20 marketing:10"),
    "design": _mix("tech:55 product:25 marketing:10 sales:10"),
    "sales": _mix("tech:55 product:20 marketing:10 finance:10 operations:5"),
    "marketing": _mix("tech:50 product:25 sales:15 design:10"),
    "finance": _mix("tech:40 sales:25 product:15 operations:10 domain:10"),
    "operations": _mix("tech:45 sales:25 finance:15 product:15"),
    "legal": _mix("tech:50 sales:25 product:25"),
    "domain": _mix("tech:50 sales:15 product:15 design:8 operations:7 finance:5"),
}
_SECOND_OFFER: dict[str, tuple[str, ...]] = {
    "tech": ("product", "design"),
    "product": ("design", "marketing", "tech"),
    "design": ("product", "marketing"),
    "sales": ("marketing", "operations"),
    "marketing": ("sales", "product"),
    "finance": ("operations", "legal"),
    "operations": ("finance", "sales"),
    "legal": ("finance",),
    "domain": ("sales", "operations", "product"),
}
_PRIMARY_WEIGHTS = _mix(
    "tech:26 product:9 design:8 sales:14 marketing:10 finance:7 operations:7 legal:4 domain:15"
)

# Designed pairs: (A's offers, B's offers, industries or None for any). A seeks B's roles and
# B seeks A's. A speciality of None means "any speciality of that role".
_ARCHETYPES: list[
    tuple[list[tuple[str, str | None]], list[tuple[str, str | None]], list[str] | None]
] = [
    ([("sales", "distribution")], [("tech", "fullstack")], ["agriculture", "retail", "fintech"]),
    ([("tech", "backend")], [("sales", "b2b_smb")], None),
    ([("domain", None)], [("tech", "mobile")], ["health"]),
    ([("design", "ux")], [("tech", "fullstack")], None),
    ([("domain", None)], [("tech", "embedded")], ["agriculture", "energy"]),
    (
        [("tech", "data")],
        [("domain", None), ("sales", "b2b_enterprise")],
        ["fintech", "logistics", "energy"],
    ),
    ([("product", "pm_b2b")], [("tech", "backend")], None),
    (
        [("tech", "fullstack")],
        [("marketing", "growth")],
        ["retail", "tourism", "culture", "education"],
    ),
    ([("finance", "cfo")], [("tech", "backend"), ("product", "pm_b2b")], None),
    ([("legal", "regulatory")], [("tech", "backend")], ["fintech", "health", "energy"]),
    (
        [("operations", "supply")],
        [("tech", "fullstack"), ("product", "pm_marketplace")],
        ["retail", "agriculture", "logistics"],
    ),
    (
        [("marketing", "brand")],
        [("product", "pm_consumer"), ("design", "ui_brand")],
        ["culture", "tourism", "retail"],
    ),
    ([("domain", None)], [("tech", "fullstack"), ("design", "ux")], ["education"]),
    ([("domain", None)], [("tech", "data")], ["energy", "logistics"]),
    ([("sales", "public")], [("tech", "backend")], ["education", "energy", "health"]),
    ([("domain", None)], [("tech", "fullstack"), ("marketing", "growth")], ["tourism", "culture"]),
    ([("domain", None)], [("product", "pm_marketplace")], ["culture", "agriculture"]),
    (
        [("tech", "mobile")],
        [("sales", "distribution"), ("operations", "field")],
        ["fintech", "health", "agriculture"],
    ),
    (
        [("finance", "impact_finance")],
        [("domain", None), ("operations", "field")],
        ["agriculture", "energy"],
    ),
    ([("design", "service")], [("tech", "fullstack")], ["health", "education"]),
    ([("legal", "privacy")], [("tech", "backend")], ["health", "fintech"]),
    (
        [("tech", "embedded")],
        [("finance", "cfo"), ("sales", "b2b_enterprise")],
        ["energy", "logistics"],
    ),
    ([("operations", "ops")], [("tech", "backend")], ["logistics", "retail", "health"]),
    ([("marketing", "community")], [("tech", "mobile")], ["culture", "education", "tourism"]),
]


# --------------------------------------------------------------------------------------
# A random generator with cheap draws (one float each) for the hot path.
# --------------------------------------------------------------------------------------
T = TypeVar("T")
Table = tuple[tuple[str, ...], tuple[float, ...]]


def _table(items: Sequence[tuple[str, int]]) -> Table:
    names = tuple(name for name, _ in items)
    return names, tuple(float(c) for c in _cum([w for _, w in items]))


class _Rng(random.Random):
    """``random.Random`` plus picks that cost a single ``random()`` call."""

    def below(self, n: int) -> int:
        return int(self.random() * n)

    def pick(self, seq: Sequence[T]) -> T:
        return seq[int(self.random() * len(seq))]

    def between(self, lo: int, hi: int) -> int:
        return lo + int(self.random() * (hi - lo + 1))

    def distinct(self, n: int, k: int) -> list[int]:
        """``k`` (0, 1 or 2) distinct indices in ``range(n)``."""
        if k <= 0 or n <= 0:
            return []
        i = int(self.random() * n)
        if k == 1 or n == 1:
            return [i]
        return [i, (i + 1 + int(self.random() * (n - 1))) % n]

    def weighted(self, table: Table) -> str:
        names, cum = table
        return names[bisect_right(cum, self.random() * cum[-1])]


# --------------------------------------------------------------------------------------
# Pre-resolved pools (built once at import; pure data, no I/O).
# --------------------------------------------------------------------------------------
def _fr_de_np(np: str) -> str:
    """French "de" + noun phrase with its article: ``des``, ``du``, ``de la``, ``de l'``."""
    if np.startswith("les "):
        return "des " + np[4:]
    if np.startswith("le "):
        return "du " + np[3:]
    if np.startswith("des "):
        return "de " + np[4:]
    return "de " + np


def _fr_a_np(np: str) -> str:
    """French "à" + noun phrase with its article: ``aux``, ``au``, ``à la``, ``à l'``."""
    if np.startswith("les "):
        return "aux " + np[4:]
    if np.startswith("le "):
        return "au " + np[3:]
    return "à " + np


def _a_an(noun: str) -> str:
    low = noun[0].lower() + noun[1:]
    return ("an " if low[0] in "aeiou" else "a ") + low


def _spec_pool(sp: dict[str, Any]) -> dict[str, Any]:
    static: dict[str, tuple[list[Slots], list[Slots]]] = {}
    for li, lang in enumerate(("fr", "en")):
        by_gender: list[list[Slots]] = [[], []]
        for title_fr, title_en in sp["t"]:
            titles = _gendered(title_fr) if lang == "fr" else (title_en, title_en)
            for g in (0, 1):
                by_gender[g].append(
                    {
                        "title": titles[g],
                        "a_title": _a_an(titles[g]),
                        "skill": sp["s"][li],
                        "de_skill": _fr_de_np(sp["s"][li]) if lang == "fr" else sp["s"][li],
                        "need": sp["n"][li],
                    }
                )
        static[lang] = (by_gender[0], by_gender[1])
    kw = list(sp["kw"])
    for filler in ("Excel", "Notion", "Slack"):
        if len(kw) < 3 and filler not in kw:
            kw.append(filler)
    return {
        "static": static,
        "hl": {
            "fr": [(h[0], _de(h[0])) for h in sp["hl"]],
            "en": [(h[1], h[1]) for h in sp["hl"]],
        },
        "kw3": list(permutations(kw, 3)),
        "n_titles": len(sp["t"]),
        "title_en": [t[1] for t in sp["t"]],
    }


def _industry_pool(ind: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for li, lang in enumerate(("fr", "en")):
        buyers, users = ind["buyers"][li], ind["users"][li]
        out[lang] = {
            "industry": ind["name"][li],
            "in_industry": ind["in"][li],
            "buyers": buyers,
            "buyers_a": _fr_a_np(buyers) if lang == "fr" else buyers,
            "users": users,
            "users_de": _fr_de_np(users) if lang == "fr" else users,
        }
        out[lang + "_projects"] = ind["projects"][li]
    return out


def _period(text: str) -> str:
    return text if text[-1] in ".!?»" else text + "."


def _gpool_period(templates: Sequence[str]) -> GPool:
    return _gpool([_period(t) for t in templates])


# Offer clauses all start with a capital (or a number, or a title) and get their full stop
# here, once.
_OFF = {r: {lg: _gpool_period(t) for lg, t in d.items()} for r, d in _OFFERS.items()}
_CONTEXT_POOL = {
    s: {lg: [_period(t) for t in ts] for lg, ts in d.items()} for s, d in _CONTEXT.items()
}
_NEED_POOL = {r: {lg: _gpool(t) for lg, t in d.items()} for r, d in _NEEDS.items()}
_VALUE_POOL = {k: {lg: _gpool(t) for lg, t in d.items()} for k, d in _VALUES.items()}
_HEADLINE_POOL = {lg: _gpool(t) for lg, t in _HEADLINES.items()}
_FRANGLAIS_POOL = {r: _gpool_period(t) for r, t in _FRANGLAIS_OFFERS.items()}
_COMMIT_POOL = {
    c: {lg: (_gendered(t[0]), _gendered(t[1])) for lg, t in d.items()}
    for c, d in _COMMIT_VALUES.items()
}
_SPEC_POOL = {r: {k: _spec_pool(sp) for k, sp in d.items()} for r, d in _SPECS.items()}
_IND_POOL = {k: _industry_pool(ind) for k, ind in _INDUSTRIES.items()}
_LANG_OF_ORIGIN = {k: v[3] for k, v in _NAMES.items()}
_N_NUMBER_SETS = 60
_NUMBER_SLOTS = {
    lang: [
        {key: by_lang[lang][k % len(by_lang[lang])] for key, by_lang in _NUMBERS.items()}
        for k in range(_N_NUMBER_SETS)
    ]
    for lang in ("fr", "en")
}
_CITY_TABLES = {
    kind: (idx, tuple(float(c) for c in _CITY_CUM[kind])) for kind, idx in _CITY_IDX_BY_KIND.items()
}
_ORIGIN_TABLES = [_table(c[5]) for c in _CITIES]
_MODE_TABLE = _table((("fr", 40), ("en", 40), ("mixed", 20)))
_EXPAT_FR_TABLE = _table((("fr", 70), ("mg", 15), ("wa", 10), ("qc", 5)))
_EXPAT_EN_TABLE = _table((("en", 50), ("es", 10), ("de", 10), ("it", 8), ("ea", 12), ("sa", 10)))
_SUB_ORIGIN_TABLES = {
    "ea": _table((("zh", 40), ("vi", 25), ("ja", 18), ("ko", 17))),
    "af": _table((("ng", 50), ("ke", 25), ("gh", 25))),
}
_WORKMODE_TABLE = _table((("remote", 40), ("hybrid", 35), ("onsite", 25)))
_STAGE_TABLE = _table((("idea", 40), ("prototype", 35), ("revenue", 25)))
_COMMITMENT_TABLE = _table((("full-time", 50), ("part-time", 30), ("side-project", 20)))
_PRIMARY_TABLE = _table(_PRIMARY_WEIGHTS)
_THEMES = tuple(_THEME_POLES)
_SPEC_KEYS = {r: tuple(d) for r, d in _SPECS.items()}
_DATES = [
    date.fromordinal(d).isoformat()
    for d in range(FIRST_DATE.toordinal(), LAST_DATE.toordinal() + 1)
]
_COMPATIBLE: dict[str, tuple[str, ...]] = {
    "full-time": ("full-time", "full-time", "full-time", "part-time"),
    "part-time": ("part-time", "part-time", "full-time", "side-project"),
    "side-project": ("side-project", "side-project", "side-project", "part-time"),
}
_EMAIL_DOMAINS = ("example.org", "example.com", "example.net")
_N_COMPANIES = len(_COMPANIES["en"])


# --------------------------------------------------------------------------------------
# Persona sampling. A persona is the hidden truth behind a profile (language of each
# text, specialities, values); the profile is its rendering.
# --------------------------------------------------------------------------------------
def _pick_city(rng: _Rng, mode: str) -> int:
    r = rng.random()
    if mode == "fr":
        kind = "fr" if r < 0.92 else "en"
    elif mode == "en":
        kind = "en" if r < 0.88 else "fr"
    else:
        kind = "fr" if r < 0.7 else "en"
    idx, cum = _CITY_TABLES[kind]
    return idx[bisect_right(cum, rng.random() * cum[-1])]


def _pick_origin(rng: _Rng, city: int, mode: str) -> str:
    kind = _CITIES[city][3]
    if mode == "fr" and kind == "en" and rng.random() < 0.8:
        origin = rng.weighted(_EXPAT_FR_TABLE)
    elif mode == "en" and kind == "fr" and rng.random() < 0.8:
        origin = rng.weighted(_EXPAT_EN_TABLE)
    else:
        origin = rng.weighted(_ORIGIN_TABLES[city])
    if origin in _SUB_ORIGIN_TABLES:
        origin = rng.weighted(_SUB_ORIGIN_TABLES[origin])
    return origin


def _languages(rng: _Rng, mode: str, city: int, origin: str, need_en: bool) -> list[str]:
    kind, local = _CITIES[city][3], _CITIES[city][6]
    if mode == "fr":
        langs = ["fr"]
        if need_en or kind == "en" or rng.random() < 0.55:
            langs.append("en")
    elif mode == "en":
        langs = ["en"]
        if kind == "fr" and rng.random() < 0.6:
            langs.append("fr")
    else:
        langs = ["fr", "en"] if rng.random() < 0.6 else ["en", "fr"]
    extra = _LANG_OF_ORIGIN[origin]
    if extra == "wo" and local != "wo" and rng.random() < 0.6:
        extra = ""
    for lg in (extra, local):
        if lg and lg not in langs and len(langs) < 3 and rng.random() < 0.75:
            langs.append(lg)
    if mode == "en" and "fr" not in langs and len(langs) < 3 and rng.random() < 0.12:
        langs.append("fr")
    return langs


def _pick_themes(rng: _Rng) -> list[tuple[str, str]]:
    themes = [("mode", rng.weighted(_WORKMODE_TABLE))]
    picked = [_THEMES[i] for i in rng.distinct(len(_THEMES), 1 if rng.random() < 1 / 3 else 2)]
    for theme in picked:
        pole = rng.pick(_THEME_POLES[theme])
        if theme == "pace" and "family" in picked:
            pole = "sustainable"  # family constraints and crunch weeks do not go together
        themes.append((theme, pole))
    return themes


def _text_langs(rng: _Rng, mode: str) -> dict[str, str]:
    if mode in ("fr", "en"):
        return {"headline": mode, "offers": mode, "needs": mode, "values": mode}
    offers, needs = rng.pick((("fr", "en"), ("en", "fr"), ("fr", "fr"), ("en", "en")))
    values = ("en" if offers == "fr" else "fr") if offers == needs else rng.pick(("fr", "en"))
    headline = "en" if rng.random() < 0.5 else offers
    return {"headline": headline, "offers": offers, "needs": needs, "values": values}


def _spec_for(rng: _Rng, role: str, industry: str) -> str:
    return industry if role == "domain" else rng.pick(_SPEC_KEYS[role])


def _seek_tables() -> dict[tuple[str, ...], tuple[Table, dict[str, Table]]]:
    """For each possible offered-roles list: the table of the first sought role, then
    for each first choice the table of a second one."""
    out: dict[tuple[str, ...], tuple[Table, dict[str, Table]]] = {}
    for primary, seeks in _SEEK.items():
        for offered in [(primary,)] + [(primary, s) for s in _SECOND_OFFER[primary]]:
            candidates = [(r, w) for r, w in seeks if r not in offered]
            rest = {
                first: _table([(r, w) for r, w in candidates if r != first])
                for first, _ in candidates
            }
            out[offered] = (_table(candidates), rest)
    return out


_SEEK_TABLES = _seek_tables()


def _random_roles(rng: _Rng) -> tuple[list[str], list[str]]:
    primary = rng.weighted(_PRIMARY_TABLE)
    offered = [primary]
    if rng.random() < 0.25:
        offered.append(rng.pick(_SECOND_OFFER[primary]))
    first_table, rest = _SEEK_TABLES[tuple(offered)]
    first = rng.weighted(first_table)
    sought = [first]
    if rng.random() < 0.4 and rest[first][0]:
        sought.append(rng.weighted(rest[first]))
    return offered, sought


def _base_persona(
    rng: _Rng,
    mode: str,
    *,
    city: int | None = None,
    need_en: bool = False,
    industry: str | None = None,
) -> Persona:
    if city is None:
        city = _pick_city(rng, mode)
    origin = _pick_origin(rng, city, mode)
    rnd = rng.random  # hot path: plain float draws, indexed by hand
    gender = int(rnd() * 2)
    female, male, last, _ = _NAMES[origin]
    firsts = female if gender else male
    avail = _DATES[int(rnd() * len(_DATES))] if rnd() < 0.85 else ""
    r = rnd()
    visibility = (
        "public" if r < 0.80 else "members" if r < 0.92 else "event-only" if r < 0.97 else "private"
    )
    return {
        "mode": mode,
        "city": city,
        "g": gender,
        "first": firsts[int(rnd() * len(firsts))],
        "last": last[int(rnd() * len(last))],
        "langs": _languages(rng, mode, city, origin, need_en),
        "industry": industry or INDUSTRIES[int(rnd() * len(INDUSTRIES))],
        "project": int(rnd() * 4),
        "stage": rng.weighted(_STAGE_TABLE),
        "commitment": rng.weighted(_COMMITMENT_TABLE),
        "avail": avail,
        "themes": _pick_themes(rng),
        "visibility": visibility,
        "consent": rnd() < 0.95,
        "tl": _text_langs(rng, mode),
        "company": int(rnd() * _N_COMPANIES),
        "title_idx": int(rnd() * 2),
        "forced_need": False,
        "context": True,
    }


def _random_persona(rng: _Rng) -> Persona:
    p = _base_persona(rng, rng.weighted(_MODE_TABLE))
    offered, sought = _random_roles(rng)
    p["roles_off"] = offered
    p["specs_off"] = [_spec_for(rng, r, p["industry"]) for r in offered]
    p["roles_seek"] = sought
    p["specs_seek"] = [_spec_for(rng, r, p["industry"]) for r in sought]
    return p


def _pair_personas(rng: _Rng, i: int) -> tuple[Persona, Persona, bool]:
    """Build the two personas of designed pair number ``i`` (A first)."""
    a_off, b_off, industries = _ARCHETYPES[i] if i < len(_ARCHETYPES) else rng.pick(_ARCHETYPES)
    if i >= len(_ARCHETYPES) and rng.random() < 0.5:
        a_off, b_off = b_off, a_off
    industry = rng.pick(industries) if industries else rng.pick(INDUSTRIES)

    cross = i % 3 == 1
    if i == 0:
        mode_a = mode_b = "fr"
    elif cross:
        mode_a, mode_b = "fr", "en"
    elif i == 2:
        mode_a = mode_b = "en"
    else:
        mode_a = rng.weighted(_MODE_TABLE)
        if rng.random() < 0.75:
            mode_b = mode_a
        else:
            mode_b = "mixed" if mode_a != "mixed" else rng.pick(("fr", "en"))
    # The showcase pair (the brief's own example) lives where West African distribution is
    # at home.
    city_a = _CITY_BY_NAME[rng.pick(("Dakar", "Abidjan", "Paris"))] if i == 0 else None
    a = _base_persona(rng, mode_a, city=city_a, need_en=cross, industry=industry)
    utc_a = _CITIES[a["city"]][2]
    city_b = a["city"]
    if rng.random() >= 0.35:
        for _ in range(30):
            c = _pick_city(rng, mode_b)
            if abs(_CITIES[c][2] - utc_a) <= 6:
                city_b = c
                break
    b = _base_persona(rng, mode_b, city=city_b, industry=industry)

    def fill(spec_list: list[tuple[str, str | None]]) -> tuple[list[str], list[str]]:
        return [r for r, _ in spec_list], [s or _spec_for(rng, r, industry) for r, s in spec_list]

    a["roles_off"], a["specs_off"] = fill(a_off)
    b["roles_off"], b["specs_off"] = fill(b_off)
    a["roles_seek"], a["specs_seek"] = list(b["roles_off"]), list(b["specs_off"])
    b["roles_seek"], b["specs_seek"] = list(a["roles_off"]), list(a["specs_off"])
    b["themes"] = list(a["themes"])
    # Same values, different wording: B never reuses A's sentence for a theme.
    sizes = [len(_VALUES[t]["en"]) for t in a["themes"]]
    a["vvar"] = [rng.below(k) for k in sizes]
    b["vvar"] = [
        (v + 1 + rng.below(k - 1)) % k if k > 1 else v
        for v, k in zip(a["vvar"], sizes, strict=True)
    ]
    # One project per pair: B joins A's project rather than pitching another one.
    b["stage"] = a["stage"]
    b["context"] = False
    b["commitment"] = rng.pick(_COMPATIBLE[a["commitment"]])
    if a["avail"] and b["avail"] and rng.random() < 0.5:
        b["avail"] = a["avail"]
    for p in (a, b):
        p["visibility"] = "public"
        p["consent"] = True
        p["forced_need"] = True
    return a, b, cross


# --------------------------------------------------------------------------------------
# Rendering.
# --------------------------------------------------------------------------------------
def _lang_slots(p: Persona, lang: str) -> Slots:
    ind = _IND_POOL[p["industry"]]
    company = _COMPANIES[lang][p["company"]]
    k = p["numbers"]
    slots: Slots = {
        **ind[lang],
        "years": str(p["years"]),
        "team": str(p["team"]),
        "n": str(p["n"]),
        "pilots": str(p["pilots"]),
        "pct": str(p["pct"]),
        "cities_n": str(p["cities_n"]),
        "city": _CITIES[p["city"]][0],
        "company": company[0],
        "company_short": company[1],
        "project": ind[lang + "_projects"][p["project"]],
    }
    slots.update(_NUMBER_SLOTS[lang][k])
    return slots


def _spec_slots(rng: _Rng, p: Persona, role: str, key: str, base: Slots, lang: str) -> Slots:
    """``base`` (the language slots) plus the slots of one speciality."""
    sp = _SPEC_POOL[role][key]
    s = base.copy()
    s.update(sp["static"][lang][p["g"]][p["title_idx"] % sp["n_titles"]])
    hls, kws = sp["hl"][lang], sp["kw3"]
    rnd = rng.random
    s["hl"], s["de_hl"] = hls[int(rnd() * len(hls))]
    s["kw1"], s["kw2"], s["kw3"] = kws[int(rnd() * len(kws))]
    return s


def _headline(rng: _Rng, p: Persona, slots: dict[str, Slots]) -> str:
    lang = p["tl"]["headline"]
    s = _spec_slots(rng, p, p["roles_off"][0], p["specs_off"][0], slots[lang], lang)
    pool = _HEADLINE_POOL[lang][p["g"]]
    for _ in range(4):
        t = rng.below(len(pool))
        if p["roles_off"][0] == "domain" and t in (2, 5):
            continue  # "Nurse in healthcare" says the same thing twice
        text = pool[t].format_map(s)
        if len(text) <= 120:
            return text
    return s["title"]


def _offers(rng: _Rng, p: Persona, slots: dict[str, Slots]) -> str:
    lang = p["tl"]["offers"]
    g = p["g"]
    roles = p["roles_off"]
    clauses: list[str] = []
    for j, (role, key) in enumerate(zip(roles, p["specs_off"], strict=True)):
        s = _spec_slots(rng, p, role, key, slots[lang], lang)
        if j > 0:
            s["years"] = str(rng.between(2, max(2, p["years"] - 1)))
        pool = _OFF[role][lang][g]
        clauses.append(pool[rng.below(_N_ANCHORS)].format_map(s))
        if len(roles) == 1:
            n_more = 1 if rng.random() < 0.75 else 2
        else:
            n_more = 1 if j == 0 and rng.random() < 0.3 else 0
        for t in rng.distinct(len(pool) - _N_ANCHORS, n_more):
            clauses.append(pool[_N_ANCHORS + t].format_map(s))
    if lang == "fr" and p["mode"] == "mixed" and rng.random() < 0.6:
        clauses.append(rng.pick(_FRANGLAIS_POOL[roles[0]][g]))
    with_context = p["context"] and (len(clauses) < 2 or rng.random() < 0.55)
    if len(clauses) < 4 and with_context:
        clauses.append(rng.pick(_CONTEXT_POOL[p["stage"]][lang]).format_map(slots[lang]))
    text = " ".join(clauses)
    while len(text) > 600 and len(clauses) > 2:
        clauses.pop()
        text = " ".join(clauses)
    return text


def _needs(rng: _Rng, p: Persona, slots: dict[str, Slots]) -> str:
    lang = p["tl"]["needs"]
    parts: list[str] = []
    for role, key in zip(p["roles_seek"], p["specs_seek"], strict=True):
        s = _spec_slots(rng, p, role, key, slots[lang], lang)
        pool = _NEED_POOL[role][lang][p["g"]]
        t = 0 if p["forced_need"] or rng.random() < 0.5 else 1 + rng.below(len(pool) - 1)
        parts.append(pool[t].format_map(s))
    x = parts[0]
    if len(parts) > 1:
        x += rng.pick(_CONNECTORS[lang]) + parts[1]
        if lang == "fr":
            x = x.replace(" que un", " qu'un").replace(" que une", " qu'une")
    first = rng.pick(_OPENERS[lang]).replace("{x}", x)
    sentences = [first[0].upper() + first[1:]]
    kinds = (p["commitment"], "industry", p["themes"][0][1], p["stage"])
    buyers = slots[lang]["buyers"]
    for k in rng.distinct(len(kinds), rng.pick((0, 1, 1, 2))):
        extra = rng.pick(_NEED_EXTRAS[kinds[k]][lang]).format_map(slots[lang])
        if not (buyers in extra and buyers in x):
            sentences.append(extra)
    if lang == "fr" and p["mode"] == "mixed" and rng.random() < 0.5:
        sentences.append(rng.pick(_FRANGLAIS_NEEDS))
    text = " ".join(sentences)
    while len(text) > 500 and len(sentences) > 1:
        sentences.pop()
        text = " ".join(sentences)
    return text


def _values(rng: _Rng, p: Persona) -> str:
    lang = p["tl"]["values"]
    g = p["g"]
    pools = [_VALUE_POOL[theme][lang][g] for theme in p["themes"]]
    if "vvar" in p:
        sentences = [pool[v] for pool, v in zip(pools, p["vvar"], strict=True)]
    else:
        sentences = [rng.pick(pool) for pool in pools]
    if len(sentences) < 3 and rng.random() < 0.5:
        with_date, without = _COMMIT_POOL[p["commitment"]][lang]
        if p["avail"]:
            month = f"{_MONTHS[lang][int(p['avail'][5:7]) - 1]} {p['avail'][:4]}"
            sentences.append(with_date[g].format(month=month, de_month=_de(month)))
        else:
            sentences.append(without[g])
    elif len(sentences) < 3 and lang == "fr" and p["mode"] == "mixed":
        sentences.append(rng.pick(_FRANGLAIS_VALUES))
    text = " ".join(sentences)
    while len(text) > 400 and len(sentences) > 1:
        sentences.pop()
        text = " ".join(sentences)
    return text


@lru_cache(maxsize=4096)
def _email_local(first: str, last: str) -> str:
    raw = f"{first}.{last}".replace("'", "")
    ascii_ = unicodedata.normalize("NFKD", raw).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9.]+", "-", ascii_).strip("-")


def _render(rng: _Rng, p: Persona, pid: str) -> Profile:
    rnd = rng.random
    p["years"] = 3 + int(rnd() * 16)  # 3..18
    p["team"] = 3 + int(rnd() * 23)  # 3..25
    p["n"] = 12 + int(rnd() * 49)  # 12..60
    p["pilots"] = 2 + int(rnd() * 8)  # 2..9
    p["pct"] = 105 + int(rnd() * 56)  # 105..160
    p["cities_n"] = 3 + int(rnd() * 10)  # 3..12
    p["numbers"] = int(rnd() * _N_NUMBER_SETS)
    tl = p["tl"]
    slots = {lg: _lang_slots(p, lg) for lg in ("fr", "en") if lg in tl.values()}
    city = _CITIES[p["city"]]
    return {
        "id": pid,
        "name": f"{p['first']} {p['last']}",
        "headline": _headline(rng, p, slots),
        "offers": _offers(rng, p, slots),
        "needs": _needs(rng, p, slots),
        "values": _values(rng, p),
        "roles_offered": list(p["roles_off"]),
        "roles_sought": list(p["roles_seek"]),
        "commitment": p["commitment"],
        "available_from": p["avail"],
        "location": f"{city[0]}, {city[1]}",
        "utc_offset": city[2],
        "languages": list(p["langs"]),
        "stage": p["stage"],
        "visibility": p["visibility"],
        "consent": p["consent"],
        "email": "",
    }


def _why(a: Persona, b: Persona, cross: bool) -> str:
    def label(p: Persona) -> str:
        sp = _SPEC_POOL[p["roles_off"][0]][p["specs_off"][0]]
        title = sp["title_en"][p["title_idx"] % sp["n_titles"]]
        return f"{title} ({p['first']}) seeking {' + '.join(p['roles_seek'])}"

    common = [lg for lg in a["langs"] if lg in b["langs"]]
    themes = ", ".join(_THEME_LABELS[t] for t in a["themes"])
    text = (
        f"{label(a)} <-> {label(b)}; each offers what the other seeks, both "
        f"{_INDUSTRIES[a['industry']]['in'][1]}. Shared values: {themes}. "
        f"Common language: {', '.join(common)}."
    )
    if cross:
        text += " Cross-lingual: A writes in French, B in English."
    return text


def _n_pairs(n: int) -> int:
    return max(min(48, n // 5), n // 50)


def _generate(n: int, seed: int) -> tuple[list[Profile], list[tuple[str, str]], list[str]]:
    if n < 0:
        raise ValueError(f"generate: n must be >= 0, got {n}; pass the number of profiles")
    rng = _Rng(seed)
    width = max(4, len(str(n)))
    n_pairs = _n_pairs(n)

    # Place pair members at random, non-adjacent positions.
    used: set[int] = set()
    positions: list[tuple[int, int]] = []
    for _ in range(n_pairs):
        pos_a = rng.below(n)
        while pos_a in used:
            pos_a = rng.below(n)
        used.add(pos_a)
        pos_b = rng.below(n)
        while pos_b in used or abs(pos_b - pos_a) <= 1:
            pos_b = rng.below(n)
        used.add(pos_b)
        positions.append((pos_a, pos_b))

    personas: list[Persona | None] = [None] * n
    whys: list[str] = []
    for i, (pos_a, pos_b) in enumerate(positions):
        a, b, cross = _pair_personas(rng, i)
        personas[pos_a], personas[pos_b] = a, b
        whys.append(_why(a, b, cross))

    profiles: list[Profile] = []
    seen: dict[str, int] = {}
    for idx in range(n):
        p = personas[idx] or _random_persona(rng)
        prof = _render(rng, p, f"p{idx + 1:0{width}d}")
        local = _email_local(p["first"], p["last"])
        count = seen.get(local, 0) + 1
        seen[local] = count
        if count > 1:
            local = f"{local}{count}"
        prof["email"] = f"{local}@{rng.pick(_EMAIL_DOMAINS)}"
        profiles.append(prof)

    pairs = [(profiles[a]["id"], profiles[b]["id"]) for a, b in positions]
    return profiles, pairs, whys


def generate(n: int = 360, seed: int = 7) -> tuple[list[Profile], list[tuple[str, str]]]:
    """Generate ``n`` synthetic profiles and the designed complementary pairs among them.

    Parameters
    ----------
    n : int
        Number of profiles (ids ``p0001``, ``p0002``, ...).
    seed : int
        Seed of the private random generator; the same seed gives the same output.

    Returns
    -------
    profiles : list of dict
        One dict per profile, with the keys of :data:`COLUMNS`.
    pairs : list of (str, str)
        Ids ``(a, b)`` of the designed complementary pairs: ``min(48, n // 5)`` pairs, or
        ``n // 50`` for large ``n``. In every third pair (the 2nd, 5th, ...) A writes only
        in French and B only in English.

    Examples
    --------
    >>> profiles, pairs = generate(20, seed=1)
    >>> len(profiles), len(pairs), profiles[0]["id"]
    (20, 4, 'p0001')
    >>> generate(20, seed=1) == (profiles, pairs)
    True
    """
    profiles, pairs, _ = _generate(n, seed)
    return profiles, pairs


def _csv_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return ";".join(value)
    return str(value)


def write(out: Path, n: int = 360, seed: int = 7) -> list[Path]:
    """Write ``profiles.json``, ``profiles.csv`` and ``pairs.json`` into ``out``.

    Examples
    --------
    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     [p.name for p in write(Path(tmp), n=10)]
    ['profiles.json', 'profiles.csv', 'pairs.json']
    """
    profiles, pairs, whys = _generate(n, seed)
    out.mkdir(parents=True, exist_ok=True)
    paths = [out / "profiles.json", out / "profiles.csv", out / "pairs.json"]
    paths[0].write_text(json.dumps(profiles, ensure_ascii=False, indent=1) + "\n", "utf-8")
    with paths[1].open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(COLUMNS)
        for prof in profiles:
            writer.writerow([_csv_value(prof[c]) for c in COLUMNS])
    pair_rows = [{"a": a, "b": b, "why": w} for (a, b), w in zip(pairs, whys, strict=True)]
    paths[2].write_text(json.dumps(pair_rows, ensure_ascii=False, indent=1) + "\n", "utf-8")
    return paths


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: ``python data/generate.py [--n 360] [--seed 7] [--out data]``."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--n", type=int, default=360, help="number of profiles (default 360)")
    parser.add_argument("--seed", type=int, default=7, help="random seed (default 7)")
    parser.add_argument(
        "--out",
        type=Path,
        default=Path(__file__).resolve().parent,
        help="output folder (default: the folder of this script)",
    )
    args = parser.parse_args(argv)
    for path in write(args.out, n=args.n, seed=args.seed):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
