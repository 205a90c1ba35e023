"""The municipalities of North Macedonia: the one list every app uses.

The 80 municipalities of the 2013 territorial organisation and the City of Skopje, each with a
stable code (stored in the database; never renamed), the Macedonian name in Cyrillic, its Latin
transliteration (the official romanisation, computed by cyrtranslit) and the Albanian name where
Albanian is an official language of the municipality. ``name(code)`` gives the name a reader of
the active language expects: Cyrillic in Macedonian and Serbian, the Albanian name in Albanian
where there is one, the Latin transliteration elsewhere.
"""

from dataclasses import dataclass
from functools import cache

import cyrtranslit

from django.utils.translation import get_language

from cms import languages

# Serbian Cyrillic has no Ѓ, Ќ, Ѕ: it writes Ђ, Ћ and Дз for the same sounds.
_SERBIAN_CYRILLIC = str.maketrans({"Ѓ": "Ђ", "ѓ": "ђ", "Ќ": "Ћ", "ќ": "ћ", "Ѕ": "Дз", "ѕ": "дз"})


@dataclass(frozen=True)
class Municipality:
    code: str
    name_mk: str
    name_sq: str = ""  # where Albanian is an official language of the municipality
    skopje: bool = False  # one of the ten municipalities of the City of Skopje
    city: bool = False  # the City of Skopje itself, a unit of local self-government above them

    @property
    def name_latin(self):
        return cyrtranslit.to_latin(self.name_mk, "mk")

    def name(self, language_code=None):
        code = languages.get(language_code or get_language() or languages.DEFAULT.code).code
        override = _OVERRIDES.get((self.code, code))
        if override:
            return override
        if code == "mk":
            return self.name_mk
        if code == "sr":
            return self.name_mk.translate(_SERBIAN_CYRILLIC)
        if code == "sq" and self.name_sq:
            return self.name_sq
        return self.name_latin

    def __str__(self):
        return self.name()


_M = Municipality

MUNICIPALITIES = (
    _M("skopje", "Град Скопје", "Qyteti i Shkupit", city=True),
    # The ten municipalities of the City of Skopje.
    _M("aerodrom", "Аеродром", skopje=True),
    _M("butel", "Бутел", skopje=True),
    _M("gazi-baba", "Гази Баба", "Gazi Babë", skopje=True),
    _M("gjorce-petrov", "Ѓорче Петров", skopje=True),
    _M("karpos", "Карпош", skopje=True),
    _M("kisela-voda", "Кисела Вода", skopje=True),
    _M("saraj", "Сарај", "Saraj", skopje=True),
    _M("centar", "Центар", skopje=True),
    _M("cair", "Чаир", "Çair", skopje=True),
    _M("suto-orizari", "Шуто Оризари", "Shuto Orizarë", skopje=True),
    # The other seventy, in the order of the Macedonian alphabet.
    _M("aracinovo", "Арачиново", "Haraçinë"),
    _M("berovo", "Берово"),
    _M("bitola", "Битола"),
    _M("bogdanci", "Богданци"),
    _M("bogovinje", "Боговиње", "Bogovinë"),
    _M("bosilovo", "Босилово"),
    _M("brvenica", "Брвеница", "Brvenicë"),
    _M("valandovo", "Валандово"),
    _M("vasilevo", "Василево"),
    _M("vevcani", "Вевчани"),
    _M("veles", "Велес"),
    _M("vinica", "Виница"),
    _M("vrapciste", "Врапчиште", "Vrapçisht"),
    _M("gevgelija", "Гевгелија"),
    _M("gostivar", "Гостивар", "Gostivar"),
    _M("gradsko", "Градско"),
    _M("debar", "Дебар", "Dibër"),
    _M("debarca", "Дебарца"),
    _M("delcevo", "Делчево"),
    _M("demir-kapija", "Демир Капија"),
    _M("demir-hisar", "Демир Хисар"),
    _M("dojran", "Дојран"),
    _M("dolneni", "Долнени", "Dollnen"),
    _M("zelino", "Желино", "Zhelinë"),
    _M("zelenikovo", "Зелениково", "Zelenikovë"),
    _M("zrnovci", "Зрновци"),
    _M("ilinden", "Илинден"),
    _M("jegunovce", "Јегуновце", "Jegunoc"),
    _M("kavadarci", "Кавадарци"),
    _M("karbinci", "Карбинци"),
    _M("kicevo", "Кичево", "Kërçovë"),
    _M("konce", "Конче"),
    _M("kocani", "Кочани"),
    _M("kratovo", "Кратово"),
    _M("kriva-palanka", "Крива Паланка"),
    _M("krivogastani", "Кривогаштани"),
    _M("krusevo", "Крушево"),
    _M("kumanovo", "Куманово", "Kumanovë"),
    _M("lipkovo", "Липково", "Likovë"),
    _M("lozovo", "Лозово"),
    _M("mavrovo-rostuse", "Маврово и Ростуше", "Mavrovë dhe Rostushë"),
    _M("makedonska-kamenica", "Македонска Каменица"),
    _M("makedonski-brod", "Македонски Брод"),
    _M("mogila", "Могила"),
    _M("negotino", "Неготино"),
    _M("novaci", "Новаци"),
    _M("novo-selo", "Ново Село"),
    _M("ohrid", "Охрид"),
    _M("petrovec", "Петровец", "Petrovec"),
    _M("pehcevo", "Пехчево"),
    _M("plasnica", "Пласница"),
    _M("prilep", "Прилеп"),
    _M("probistip", "Пробиштип"),
    _M("radovis", "Радовиш"),
    _M("rankovce", "Ранковце"),
    _M("resen", "Ресен"),
    _M("rosoman", "Росоман"),
    _M("sveti-nikole", "Свети Николе"),
    _M("sopiste", "Сопиште"),
    _M("staro-nagoricane", "Старо Нагоричане"),
    _M("struga", "Струга", "Strugë"),
    _M("strumica", "Струмица"),
    _M("studenicani", "Студеничани", "Studeniçan"),
    _M("tearce", "Теарце", "Tearcë"),
    _M("tetovo", "Тетово", "Tetovë"),
    _M("centar-zupa", "Центар Жупа"),
    _M("caska", "Чашка"),
    _M("cesinovo-oblesevo", "Чешиново-Облешево"),
    _M("cucer-sandevo", "Чучер-Сандево", "Çuçer-Sandevë"),
    _M("stip", "Штип"),
)

# Where a language has its own established name, not a transliteration.
_OVERRIDES = {
    ("skopje", "en"): "City of Skopje",
    ("skopje", "sr"): "Град Скопље",
    ("skopje", "tr"): "Üsküp Şehri",
    ("skopje", "bs"): "Grad Skoplje",
}

BY_CODE = {municipality.code: municipality for municipality in MUNICIPALITIES}
CODE_MAX_LENGTH = max(len(code) for code in BY_CODE)


def get(code):
    """The Municipality with this code; KeyError for an unknown one."""
    return BY_CODE[code]


def name(code, language_code=None):
    """The municipality's name in the given (else the active) language."""
    return BY_CODE[code].name(language_code)


# The Macedonian and Serbian alphabets' own order: Ѓ, Ј, Ќ, Ђ, Ћ ... stand before А in Unicode.
_CYRILLIC_ORDER = {
    letter: position for position, letter in enumerate("АБВГДЃЂЕЖЗЅИЈКЛЉМНЊОПРСТЌЋУФХЦЧЏШ")
}


def _sort_key(label):
    from django.utils.text import slugify

    if label[:1] in _CYRILLIC_ORDER or "\u0400" <= label[:1] <= "\u04ff":
        return [_CYRILLIC_ORDER.get(letter, 100 + ord(letter)) for letter in label.upper()]
    return [ord(letter) for letter in slugify(label)]


@cache
def _sorted_choices(language_code):
    labelled = ((m.code, m.name(language_code)) for m in MUNICIPALITIES)
    return tuple(sorted(labelled, key=lambda pair: _sort_key(pair[1])))


def choices():
    """(code, name) pairs in the active language, sorted by name: for a form or model field."""
    return list(_sorted_choices(languages.get(get_language() or languages.DEFAULT.code).code))
