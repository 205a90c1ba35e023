"""The Forum's demo content, written in each of the eight languages.

``t(...)`` takes the texts in the order of cms.languages: mk, sq, tr, rom, sr, bs, rup, en.
"""

from cms import languages


def t(*texts):
    assert len(texts) == len(languages.CODES)  # noqa: S101 - a demo typo fails loudly
    return dict(zip(languages.CODES, texts, strict=True))


COMMUNITIES = [
    # slug, language most used, name
    ("turkish", "tr", t("Турска заедница", "Komuniteti turk", "Türk toplumu", "Turkikano komuniteti", "Турска заједница", "Turska zajednica", "Comunitatea turcâ", "Turkish community")),
    ("roma", "rom", t("Ромска заедница", "Komuniteti rom", "Roman toplumu", "Romano komuniteti", "Ромска заједница", "Romska zajednica", "Comunitatea româ", "Roma community")),
    ("bosniak", "bs", t("Бошњачка заедница", "Komuniteti boshnjak", "Boşnak toplumu", "Bošnjakikano komuniteti", "Бошњачка заједница", "Bošnjačka zajednica", "Comunitatea bosneacâ", "Bosniak community")),
    ("serbian", "sr", t("Српска заедница", "Komuniteti serb", "Sırp toplumu", "Srbikano komuniteti", "Српска заједница", "Srpska zajednica", "Comunitatea sârbâ", "Serbian community")),
    ("vlach", "rup", t("Влашка заедница", "Komuniteti vllah", "Ulah toplumu", "Vlahikano komuniteti", "Влашка заједница", "Vlaška zajednica", "Comunitatea armâneascâ", "Vlach community")),
]

STRATEGY_PAGE = {
    "title": t("Стратегија и акциски план", "Strategjia dhe plani i veprimit", "Strateji ve eylem planı", "Strategija thaj akcijakoro plano", "Стратегија и акциони план", "Strategija i akcioni plan", "Strateghia shi planlu di acțiuni", "Strategy and action plan"),
    "slug": t("strategija", "strategjia", "strateji", "strategija", "strategija-sr", "strategija-bs", "strateghia", "strategy"),
    "introduction": t(
        "Што ветивме, докаде стигнавме и што следува: акцискиот план на Форумот, ажуриран од координаторите.",
        "Çfarë premtuam, deri ku kemi arritur dhe çfarë vjen më pas: plani i veprimit i Forumit, i përditësuar nga koordinatorët.",
        "Ne söz verdik, nereye vardık ve sırada ne var: koordinatörlerin güncellediği Forum eylem planı.",
        "So phendam, dži kaj resljam thaj so avela: o akcijakoro plano e Forumesko, nevljardo kotar e koordinatora.",
        "Шта смо обећали, докле смо стигли и шта следи: акциони план Форума, који ажурирају координатори.",
        "Šta smo obećali, dokle smo stigli i šta slijedi: akcioni plan Foruma, koji ažuriraju koordinatori.",
        "Tsi ampromisim, pânâ iu agiumsim shi tsi yini: planlu di acțiuni a Forumlui, tsânut di coordonatori.",
        "What we promised, how far we have got and what comes next: the Forum's action plan, kept up to date by its coordinators.",
    ),
    "vision": t(
        "Општество во кое секоја заедница, голема или мала, е слушната и рамноправна.",
        "Një shoqëri ku çdo komunitet, i madh apo i vogël, dëgjohet dhe është i barabartë.",
        "Büyük ya da küçük her toplumun sesinin duyulduğu ve eşit olduğu bir toplum.",
        "Jekh khetanipe kote sako komuniteti, baro vaj cikno, ašundo thaj jekhutno.",
        "Друштво у коме се свака заједница, велика или мала, чује и равноправна је.",
        "Društvo u kojem se svaka zajednica, velika ili mala, čuje i ravnopravna je.",
        "Unâ sutsatâ iu cathi comunitate, mari i njicâ, easti avdzâtâ shi isâ.",
        "A society in which every community, large or small, is heard and equal.",
    ),
    "mission": t(
        "Ги здружуваме граѓанските организации на помалите заедници за дијалог, застапување и локални иницијативи што ја намалуваат поларизацијата.",
        "Bashkojmë organizatat e shoqërisë civile të komuniteteve më të vogla për dialog, avokim dhe nisma vendore që ulin polarizimin.",
        "Küçük toplulukların sivil toplum kuruluşlarını diyalog, savunuculuk ve kutuplaşmayı azaltan yerel girişimler için bir araya getiriyoruz.",
        "Khedas e civilne organizacie e cikne komunitetongere vaš dijalogo, zastapiba thaj lokalna iniciative so tiknjaren i polarizacija.",
        "Окупљамо организације цивилног друштва мањих заједница ради дијалога, заговарања и локалних иницијатива које смањују поларизацију.",
        "Okupljamo organizacije civilnog društva manjih zajednica radi dijaloga, zagovaranja i lokalnih inicijativa koje smanjuju polarizaciju.",
        "Adunăm organizațiile civile a comunitățlor ma njits tră dialog, advocacy shi inițiative locale tsi u scad polarizarea.",
        "We bring together the civil-society organisations of the smaller communities for dialogue, advocacy and local initiatives that reduce polarisation.",
    ),
}

GOALS = [
    (1, t("Силен и претставителен Форум на малите заедници", "Një Forum i fortë dhe përfaqësues i komuniteteve të vogla", "Küçük topluluklar için güçlü ve temsili bir Forum", "Zoralo thaj reprezentativno Forumo e cikne komunitetongoro", "Снажан и репрезентативан Форум малих заједница", "Snažan i reprezentativan Forum malih zajednica", "Un Forum vârtos shi reprezentativ a comunitățlor njits", "A strong, representative Forum of small communities")),
    (2, t("Институции што ги слушаат помалите заедници", "Institucione që i dëgjojnë komunitetet më të vogla", "Küçük toplulukları dinleyen kurumlar", "Institucie so ašunen e cikne komunitetonen", "Институције које слушају мање заједнице", "Institucije koje slušaju manje zajednice", "Instituții tsi u avdu comunitățle ma njits", "Institutions that listen to the smaller communities")),
    (3, t("Помалку поларизација, повеќе граѓански иницијативи", "Më pak polarizim, më shumë nisma qytetare", "Daha az kutuplaşma, daha çok yurttaş girişimi", "Hari polarizacija, majbut themutne iniciative", "Мање поларизације, више грађанских иницијатива", "Manje polarizacije, više građanskih inicijativa", "Ma njicâ polarizare, ma multe inițiative tsitâdineshti", "Less polarisation, more citizens' initiatives")),
]

OBJECTIVES = [
    (1, "1.1", t("Изградба на коалицијата", "Ndërtimi i koalicionit", "Koalisyonun kurulması", "Vazdiba e koalicijakoro", "Изградња коалиције", "Izgradnja koalicije", "Construirea a coalițiillei", "Building the coalition")),
    (1, "1.2", t("Зајакнување на капацитетите на членките", "Forcimi i kapaciteteve të anëtarëve", "Üyelerin kapasitelerinin güçlendirilmesi", "Zuravljaripe e kapacitetongoro e membrongoro", "Јачање капацитета чланица", "Jačanje kapaciteta članica", "Vârtușearea a capacitățlor a membrilor", "Strengthening the members' capacities")),
    (2, "2.1", t("Застапување пред институциите", "Avokim para institucioneve", "Kurumlar nezdinde savunuculuk", "Zastapiba angle institucie", "Заговарање пред институцијама", "Zagovaranje pred institucijama", "Advocacy dinintea instituțiilor", "Advocacy with institutions")),
    (2, "2.2", t("Застапување на социјалните мрежи", "Avokim në rrjetet sociale", "Sosyal medyada savunuculuk", "Zastapiba ko socijalna mreže", "Заговарање на друштвеним мрежама", "Zagovaranje na društvenim mrežama", "Advocacy pi rețelele sociale", "Advocacy on social networks")),
    (3, "3.1", t("Младите и дијалогот", "Të rinjtë dhe dialogu", "Gençler ve diyalog", "E terne thaj o dijalogo", "Млади и дијалог", "Mladi i dijalog", "Tinirlji shi dialoglu", "Young people and dialogue")),
    (3, "3.2", t("Споделување на она што функционира", "Ndarja e asaj që funksionon", "İşe yarayanı paylaşmak", "Ulaviba kodova so kerel buti", "Дељење онога што функционише", "Dijeljenje onoga što funkcioniše", "Ampârtsârea a atsilei tsi lucreadzâ", "Sharing what works")),
]

# code, objective, (start, end), budget, status, progress, responsible slug, partner slugs, title
ACTIONS = [
    ("A1.1", "1.1", ("2025-02-01", "2025-06-30"), 180000, "done", 100, "insok", ["inegra-nau", "cis-skopje"], t("Формирање на Форумот на малите заедници", "Themelimi i Forumit të komuniteteve të vogla", "Küçük Topluluklar Forumu'nun kurulması", "Formiriba e Forumesko e cikne komunitetongoro", "Формирање Форума малих заједница", "Formiranje Foruma malih zajednica", "Formarea a Forumlui a comunitățlor njits", "Forming the Forum of small communities")),
    ("A1.2", "1.1", ("2025-04-01", "2026-12-31"), 420000, "in_progress", 70, "insok", ["inegra-nau"], t("Работилници на Форумот", "Punëtoritë e Forumit", "Forum çalıştayları", "Butjakere khera e Forumesko", "Радионице Форума", "Radionice Foruma", "Ergastirli a Forumlui", "Forum workshops")),
    ("A1.3", "1.2", ("2025-09-01", "2026-06-30"), 360000, "delayed", 45, "cis-skopje", ["insok"], t("Работилници за градење капацитети", "Punëtori për ngritjen e kapaciteteve", "Kapasite geliştirme çalıştayları", "Butjakere khera vaš vazdiba kapacitetongoro", "Радионице за изградњу капацитета", "Radionice za izgradnju kapaciteta", "Ergastirli tră construirea a capacitățlor", "Capacity-building workshops")),
    ("A1.4", "1.2", ("2025-10-01", "2026-03-31"), 150000, "done", 100, "insok", ["inegra-nau", "cis-skopje"], t("Стратегија и акциски план на Форумот", "Strategjia dhe plani i veprimit i Forumit", "Forum'un stratejisi ve eylem planı", "Strategija thaj akcijakoro plano e Forumesko", "Стратегија и акциони план Форума", "Strategija i akcioni plan Foruma", "Strateghia shi planlu di acțiuni a Forumlui", "The Forum's strategy and action plan")),
    ("A2.1", "2.1", ("2025-06-01", "2027-05-31"), 240000, "in_progress", 55, "inegra-nau", ["insok"], t("Работни средби со институциите", "Takime pune me institucionet", "Kurumlarla çalışma toplantıları", "Butjakere khedipa e institucijencar", "Радни састанци са институцијама", "Radni sastanci s institucijama", "Adunări di lucru cu instituțiile", "Working meetings with institutions")),
    ("A2.2", "2.2", ("2025-11-01", "2027-04-30"), 300000, "in_progress", 35, "info-center", ["insok"], t("Кампањи на социјалните мрежи", "Fushata në rrjetet sociale", "Sosyal medya kampanyaları", "Kampanje ko socijalna mreže", "Кампање на друштвеним мрежама", "Kampanje na društvenim mrežama", "Campanii pi rețelele sociale", "Campaigns on social networks")),
    ("A3.1", "3.1", ("2026-01-15", "2026-09-30"), 260000, "planned", 10, "cis-skopje", ["inegra-nau"], t("Национален натпревар за есеј за средношколци", "Konkurs kombëtar i esesë për nxënësit e shkollave të mesme", "Lise öğrencileri için ulusal kompozisyon yarışması", "Nacionalno natprevarimos esejengoro vaš sikljovne", "Национално такмичење у есеју за средњошколце", "Nacionalno takmičenje u eseju za srednjoškolce", "Ageanlu natsional di eseu tră elevi di liceu", "National essay competition for high school students")),
    ("A3.2", "3.2", ("2026-10-01", "2027-03-31"), 520000, "planned", 0, "insok", ["inegra-nau", "cis-skopje", "info-center"], t("Национална конференција на Форумот", "Konferenca kombëtare e Forumit", "Forum'un ulusal konferansı", "Nacionalno konferencija e Forumesko", "Национална конференција Форума", "Nacionalna konferencija Foruma", "Conferința natsionalâ a Forumlui", "The Forum's national conference")),
]

# action code, baseline, target, live source, measurements [(date, value)], name, unit
INDICATORS = [
    ("A1.1", 0, 20, "", [("2025-03-31", 12), ("2025-06-30", 21)], t("Организации членки", "Organizata anëtare", "Üye kuruluşlar", "Organizacie membre", "Организације чланице", "Organizacije članice", "Organizații membre", "Member organisations"), t("организации", "organizata", "kuruluş", "organizacie", "организације", "organizacije", "organizații", "organisations")),
    ("A1.2", 0, 6, "workshops_held", [], t("Одржани работилници", "Punëtori të mbajtura", "Yapılan çalıştaylar", "Ikerde butjakere khera", "Одржане радионице", "Održane radionice", "Ergastirli faptsâ", "Workshops held"), t("работилници", "punëtori", "çalıştay", "butjakere khera", "радионице", "radionice", "ergastirli", "workshops")),
    ("A1.3", 0, 120, "", [("2025-12-31", 38), ("2026-03-31", 61)], t("Обучени претставници на членките", "Përfaqësues të trajnuar të anëtarëve", "Eğitilen üye temsilcileri", "Sikavde reprezentantura e membrongoro", "Обучени представници чланица", "Obučeni predstavnici članica", "Reprezentanți a membrilor învitsats", "Members' representatives trained"), t("лица", "persona", "kişi", "manuša", "особе", "osobe", "persoane", "people")),
    ("A1.4", 0, 1, "", [("2026-03-20", 1)], t("Усвоена стратегија", "Strategji e miratuar", "Kabul edilen strateji", "Akceptirime strategija", "Усвојена стратегија", "Usvojena strategija", "Strateghie adoptatâ", "Strategy adopted"), t("документ", "dokument", "belge", "dokumento", "документ", "dokument", "documentu", "document")),
    ("A2.1", 0, 12, "meetings_with_institutions", [], t("Средби со институции", "Takime me institucione", "Kurumlarla toplantılar", "Khedipa e institucijencar", "Састанци са институцијама", "Sastanci s institucijama", "Adunări cu instituții", "Meetings with institutions"), t("средби", "takime", "toplantı", "khedipa", "састанци", "sastanci", "adunări", "meetings")),
    ("A2.2", 0, 200000, "", [("2026-01-31", 42000), ("2026-06-30", 96500)], t("Дофат на објавите", "Shtrirja e postimeve", "Paylaşımların erişimi", "Dofato e objavengoro", "Досег објава", "Doseg objava", "Agiundzirea a publicațiilor", "Reach of the posts"), t("прегледи", "shikime", "görüntülenme", "dikhiba", "прегледи", "pregledi", "videri", "views")),
    ("A3.1", 0, 150, "essays_submitted", [], t("Пристигнати есеи", "Ese të dorëzuara", "Gönderilen kompozisyonlar", "Bičhalde eseja", "Пристигли есеји", "Pristigli eseji", "Eseuri pitricute", "Essays submitted"), t("есеи", "ese", "kompozisyon", "eseja", "есеји", "eseji", "eseuri", "essays")),
    ("A3.2", 0, 250, "", [], t("Учесници на конференцијата", "Pjesëmarrës në konferencë", "Konferans katılımcıları", "Sikavne ki konferencija", "Учесници конференције", "Učesnici konferencije", "Participanți la conferințâ", "Conference participants"), t("учесници", "pjesëmarrës", "katılımcı", "sikavne", "учесници", "učesnici", "participanți", "participants")),
]

# The three organisations that lead the Forum, named in every language.
LEADS = [
    ("insok", "lead", "skopje", "InSoK", ["roma", "turkish", "bosniak", "serbian", "vlach"], "2025-02-01",
     t("Здружение Иницијатива за социјални промени", "Shoqata Nisma për Ndryshime Shoqërore", "Sosyal Değişim Girişimi Derneği", "Asocijacija Iniciativa vaš Socijalno Paruvipe", "Удружење Иницијатива за социјалне промене", "Udruženje Inicijativa za socijalne promjene", "Sutsata Inițiativa tră Alâxiri Sotsiale", "Association Initiative for Social Change")),
    ("inegra-nau", "co_implementer", "kumanovo", "", ["roma", "serbian"], "2025-02-01",
     t("Здружение Инегра Нау", "Shoqata Inegra Nau", "Inegra Nau Derneği", "Asocijacija Inegra Nau", "Удружење Инегра Нау", "Udruženje Inegra Nau", "Sutsata Inegra Nau", "Inegra Nau Association")),
    ("cis-skopje", "co_implementer", "skopje", "CIS", ["bosniak", "turkish", "roma"], "2025-02-01",
     t("Центар за интеграција и поддршка Скопје", "Qendra për Integrim dhe Mbështetje Shkup", "Üsküp Entegrasyon ve Destek Merkezi", "Centro vaš Integracija thaj Podrška Skopje", "Центар за интеграцију и подршку Скопље", "Centar za integraciju i podršku Skoplje", "Centrul tră Integrare shi Sprijin Scopia", "Center for Integration and Support Skopje")),
]

LEAD_DESCRIPTIONS = {
    "insok": t(
        "Водечка организација на Форумот; ги координира работилниците, стратегијата и конференцијата.",
        "Organizata drejtuese e Forumit; koordinon punëtoritë, strategjinë dhe konferencën.",
        "Forum'un öncü kuruluşu; çalıştayları, stratejiyi ve konferansı koordine eder.",
        "Anglutni organizacija e Forumeski; koordinirinel e butjakere khera, i strategija thaj i konferencija.",
        "Водећа организација Форума; координира радионице, стратегију и конференцију.",
        "Vodeća organizacija Foruma; koordinira radionice, strategiju i konferenciju.",
        "Organizația tsi conduțe Forumlu; coordoneadzâ ergastirli, strateghia shi conferința.",
        "The Forum's lead organisation; it coordinates the workshops, the strategy and the conference.",
    ),
}

# Members from the communities, the network's hub and its local partners, and media partners:
# (slug, role, municipality, communities, Macedonian name, Latin name)
MEMBERS = [
    ("turkish-youth-gostivar", "member", "gostivar", ["turkish"], "Здружение на турската младина Гостивар", "Türk Gençleri Derneği Gostivar"),
    ("roma-women-suto-orizari", "member", "suto-orizari", ["roma"], "Ромски женски центар Шуто Оризари", "Romano Džuvljakoro Centro Šuto Orizari"),
    ("bosniak-culture-dolneni", "member", "dolneni", ["bosniak"], "Бошњачко културно друштво Долнени", "Bošnjačko kulturno društvo Dolneni"),
    ("serbian-dialogue-kumanovo", "member", "kumanovo", ["serbian"], "Српски центар за дијалог Куманово", "Srpski centar za dijalog Kumanovo"),
    ("vlach-heritage-krusevo", "member", "krusevo", ["vlach"], "Влашко здружение за наследство Крушево", "Sutsata armâneascâ tră ayoclu Crushuva"),
    ("info-center", "local_partner", "skopje", ["roma", "turkish", "bosniak", "serbian", "vlach"], "Невладина организација Инфо-центар", "NVO Info-centar"),
    ("active-kriva-palanka", "local_partner", "kriva-palanka", ["roma"], "Граѓанска иницијатива Крива Паланка", "Građanska inicijativa Kriva Palanka"),
    ("active-veles", "local_partner", "veles", ["roma", "vlach"], "Активни граѓани Велес", "Aktivni građani Veles"),
    ("active-caska", "local_partner", "caska", ["turkish", "bosniak"], "Здружение Заедно Чашка", "Združenie Zaedno Čaška"),
    ("active-sveti-nikole", "local_partner", "sveti-nikole", ["vlach"], "Локална акција Свети Николе", "Lokalna akcija Sveti Nikole"),
    ("active-strumica", "local_partner", "strumica", ["turkish", "roma"], "Младински клуб Струмица", "Mladinski klub Strumica"),
    ("active-kumanovo", "local_partner", "kumanovo", ["serbian", "roma"], "Граѓански форум Куманово", "Građanski forum Kumanovo"),
    ("active-tearce", "local_partner", "tearce", ["turkish"], "Здружение Мост Теарце", "Shoqata Ura Tearcë"),
    ("active-debar", "local_partner", "debar", ["turkish"], "Иницијатива Дебар", "Nisma Dibër"),
    ("active-skopje", "local_partner", "skopje", ["bosniak", "roma"], "Соседство Скопје", "Susedstvo Skopje"),
    ("active-mavrovo-rostuse", "local_partner", "mavrovo-rostuse", ["turkish", "bosniak"], "Планинска иницијатива Маврово и Ростуше", "Planinska inicijativa Mavrovo i Rostuše"),
    ("radio-bravo", "media_partner", "skopje", ["roma"], "Радио Браво", "Radio Bravo"),
    ("tv-local-news", "media_partner", "kumanovo", ["serbian", "roma"], "Портал Локални вести", "Portal Lokalni vesti"),
    ("vlach-voice", "media_partner", "krusevo", ["vlach"], "Гласот на Власите", "Boatsea a Armânjlor"),
]

MEMBERS_PAGE = {
    "title": t("Членки на Форумот", "Anëtarët e Forumit", "Forum üyeleri", "Membrura e Forumesko", "Чланице Форума", "Članice Foruma", "Membrilji a Forumlui", "Members of the Forum"),
    "slug": t("clenki", "anetaret", "uyeler", "membrura", "clanice", "clanice-bs", "membrilji", "members"),
    "introduction": t(
        "Граѓанските организации на турската, ромската, бошњачката, српската и влашката заедница, мрежата за активно граѓанство и медиумските партнери.",
        "Organizatat e shoqërisë civile të komuniteteve turke, rome, boshnjake, serbe dhe vllahe, rrjeti për qytetari aktive dhe partnerët mediatikë.",
        "Türk, Roman, Boşnak, Sırp ve Ulah toplumlarının sivil toplum kuruluşları, aktif yurttaşlık ağı ve medya ortakları.",
        "E civilne organizacie e turkikane, romane, bošnjakikane, srbikane thaj vlahikane komunitetongere, i mreža vaš aktivno themutnipe thaj e medijakere partnera.",
        "Организације цивилног друштва турске, ромске, бошњачке, српске и влашке заједнице, мрежа за активно грађанство и медијски партнери.",
        "Organizacije civilnog društva turske, romske, bošnjačke, srpske i vlaške zajednice, mreža za aktivno građanstvo i medijski partneri.",
        "Organizațiile civile a comunitățlor turcâ, româ, bosneacâ, sârbâ shi armâneascâ, rețeaua tră tsitâdinie activâ shi partenerlji media.",
        "The civil-society organisations of the Turkish, Roma, Bosniak, Serbian and Vlach communities, the active-citizenry network and the media partners.",
    ),
}

EVENTS_PAGE = {
    "title": t("Настани", "Ngjarje", "Etkinlikler", "Evenimentura", "Догађаји", "Događaji", "Evenimente", "Events"),
    "slug": t("nastani", "ngjarje", "etkinlikler", "evenimentura", "dogadjaji", "dogadjaji-bs", "evenimente", "events"),
    "introduction": t(
        "Работилници, обуки и конференции на Форумот. Пријавете се онлајн; пријавата е бесплатна.",
        "Punëtori, trajnime dhe konferenca të Forumit. Regjistrohuni në internet; regjistrimi është falas.",
        "Forum'un çalıştayları, eğitimleri ve konferansları. Çevrimiçi kaydolun; kayıt ücretsizdir.",
        "Butjakere khera, sikljovipa thaj konferencie e Forumesko. Registririn tumen onlajn; i registracija si bi pokinibasko.",
        "Радионице, обуке и конференције Форума. Пријавите се онлајн; пријава је бесплатна.",
        "Radionice, obuke i konferencije Foruma. Prijavite se online; prijava je besplatna.",
        "Ergastirli, învitsături shi conferințe a Forumlui. Tu ts-ahiurseashti online; easti fârâ pâradz.",
        "The Forum's workshops, trainings and conferences. Register online; registration is free.",
    ),
}

# kind, start (local), hours, municipality, place, capacity, slug, title, introduction
EVENTS = [
    ("forum_workshop", "2025-05-15 10:00", 5, "kumanovo", "Дом на културата Куманово", None, "forum-workshop-kumanovo",
     t("Работилница на Форумот: да се запознаеме", "Punëtoria e Forumit: të njihemi", "Forum çalıştayı: tanışalım", "Butjakeri kher e Forumesko: te pindžaras amen", "Радионица Форума: да се упознамо", "Radionica Foruma: da se upoznamo", "Ergastirlu a Forumlui: s-nâ cunushtem", "Forum workshop: getting to know each other"),
     t("Првата средба на организациите членки: очекувања, правила и заеднички приоритети.", "Takimi i parë i organizatave anëtare: pritjet, rregullat dhe prioritetet e përbashkëta.", "Üye kuruluşların ilk buluşması: beklentiler, kurallar ve ortak öncelikler.", "O angluno khedipe e organizacijengoro: adžikeriba, pravila thaj khetane prioriteta.", "Први сусрет организација чланица: очекивања, правила и заједнички приоритети.", "Prvi susret organizacija članica: očekivanja, pravila i zajednički prioriteti.", "Prota adunare a organizațiilor membre: ashteptări, reguli shi prioritățli deadun.", "The first meeting of the member organisations: expectations, rules and shared priorities.")),
    ("capacity_workshop", "2025-11-20 09:30", 6, "veles", "Хотел Романтик, Велес", None, "capacity-workshop-veles",
     t("Градење капацитети: пишување проектни предлози", "Ngritja e kapaciteteve: shkrimi i propozimeve të projekteve", "Kapasite geliştirme: proje önerisi yazmak", "Vazdiba kapacitetongoro: ramosaripe projektongere predlogura", "Изградња капацитета: писање пројектних предлога", "Izgradnja kapaciteta: pisanje projektnih prijedloga", "Construirea a capacitățlor: scrierea a propunerilor di proiecte", "Capacity building: writing project proposals"),
     t("Практична обука за мали организации: од идеја до буџет и извештај.", "Trajnim praktik për organizatat e vogla: nga ideja te buxheti dhe raporti.", "Küçük kuruluşlar için uygulamalı eğitim: fikirden bütçeye ve rapora.", "Praktikano sikljovipe vaš cikne organizacie: kotar i ideja dži ko budžeto thaj o raporto.", "Практична обука за мале организације: од идеје до буџета и извештаја.", "Praktična obuka za male organizacije: od ideje do budžeta i izvještaja.", "Învitsăturâ practicâ tră organizații njits: di la ideie pânâ la bugetu shi raport.", "Hands-on training for small organisations: from an idea to a budget and a report.")),
    ("strategy_workshop", "2026-02-12 10:00", 6, "skopje", "Хотел Континентал, Скопје", None, "strategy-workshop-skopje",
     t("Стратегиска работилница на Форумот", "Punëtoria strategjike e Forumit", "Forum strateji çalıştayı", "Strategijakoro butjakeri kher e Forumesko", "Стратешка радионица Форума", "Strateška radionica Foruma", "Ergastirlu strateghic a Forumlui", "The Forum's strategy workshop"),
     t("Членките заедно ги договорија целите, задачите и акциите на стратегијата.", "Anëtarët bashkë ranë dakord për qëllimet, objektivat dhe veprimet e strategjisë.", "Üyeler stratejinin hedeflerini, amaçlarını ve eylemlerini birlikte kararlaştırdı.", "E membrura khetane dogovorisarde e ciljura, e zadace thaj e akcie e strategijakere.", "Чланице су заједно договориле циљеве, задатке и акције стратегије.", "Članice su zajedno dogovorile ciljeve, zadatke i akcije strategije.", "Membrilji deadun s-acumpârâră ti sconțâli, obiectivili shi acțiunile a strateghiillei.", "Together the members agreed the strategy's goals, objectives and actions.")),
    ("mentoring", "2026-12-10 17:00", 2, "", "", 25, "mentoring-local-actions",
     t("Менторска сесија за локални акции", "Seancë mentorimi për aksione vendore", "Yerel eylemler için mentorluk oturumu", "Mentorsko sesija vaš lokalna akcie", "Менторска сесија за локалне акције", "Mentorska sesija za lokalne akcije", "Sesiune di mentorat tră acțiuni locale", "Mentoring session for local actions"),
     t("Онлајн средба со локалните партнери: како да се подготви и спроведе мала граѓанска акција.", "Takim në internet me partnerët vendorë: si të përgatitet dhe zbatohet një aksion i vogël qytetar.", "Yerel ortaklarla çevrimiçi buluşma: küçük bir yurttaş eylemi nasıl hazırlanır ve uygulanır.", "Onlajn khedipe e lokalne partnerencar: sar te lačharel pes thaj te kerel pes cikni themutni akcija.", "Онлајн састанак са локалним партнерима: како припремити и спровести малу грађанску акцију.", "Online sastanak s lokalnim partnerima: kako pripremiti i provesti malu građansku akciju.", "Adunare online cu partenerlji locali: cum s-andreadzi shi s-faci unâ acțiune tsitâdineascâ njicâ.", "An online meeting with the local partners: how to prepare and run a small citizens' action.")),
    ("training", "2027-01-21 10:00", 5, "strumica", "Центар за култура Антон Панов, Струмица", 30, "training-advocacy-strumica",
     t("Обука: застапување пред општините", "Trajnim: avokimi para komunave", "Eğitim: belediyeler nezdinde savunuculuk", "Sikljovipe: zastapiba angle opštine", "Обука: заговарање пред општинама", "Obuka: zagovaranje pred općinama", "Învitsăturâ: advocacy dinintea comunelor", "Training: advocacy with municipalities"),
     t("Како да се стигне до советот на општината, што да се бара и како да се следат ветувањата.", "Si të arrihet te këshilli komunal, çfarë të kërkohet dhe si të ndiqen premtimet.", "Belediye meclisine nasıl ulaşılır, ne istenir ve verilen sözler nasıl izlenir.", "Sar te resel pes dži ko opštinako sovet, so te rodel pes thaj sar te dikhen pes e phendipa.", "Како доћи до општинског већа, шта тражити и како пратити обећања.", "Kako doći do općinskog vijeća, šta tražiti i kako pratiti obećanja.", "Cum s-agiundzi la consiliul comunal, tsi s-caftsi shi cum s-u urmeadzi ampromisiunile.", "How to reach the municipal council, what to ask for and how to follow up on promises.")),
    ("conference", "2027-03-18 09:00", 8, "skopje", "Универзална сала, Скопје", 250, "national-conference-2027",
     t("Национална конференција на Форумот на малите заедници", "Konferenca kombëtare e Forumit të komuniteteve të vogla", "Küçük Topluluklar Forumu ulusal konferansı", "Nacionalno konferencija e Forumesko e cikne komunitetongoro", "Национална конференција Форума малих заједница", "Nacionalna konferencija Foruma malih zajednica", "Conferința natsionalâ a Forumlui a comunitățlor njits", "National conference of the Forum of small communities"),
     t("Резултатите од две години работа, наградите од натпреварот за есеј и препораките до институциите.", "Rezultatet e dy viteve punë, çmimet e konkursit të esesë dhe rekomandimet për institucionet.", "İki yıllık çalışmanın sonuçları, kompozisyon yarışmasının ödülleri ve kurumlara öneriler.", "E rezultatura kotar duj berša buti, e nagrade e esejengere natprevarimastar thaj e preporake e institucijenge.", "Резултати две године рада, награде са такмичења у есеју и препоруке институцијама.", "Rezultati dvije godine rada, nagrade s takmičenja u eseju i preporuke institucijama.", "Rezultatili a doi anj di lucru, premiile a agealui di eseu shi recomandările tră instituții.", "The results of two years of work, the essay competition's prizes and the recommendations to institutions.")),
]

ADVOCACY_PAGE = {
    "title": t("Застапување пред институциите", "Avokimi para institucioneve", "Kurumlar nezdinde savunuculuk", "Zastapiba angle institucie", "Заговарање пред институцијама", "Zagovaranje pred institucijama", "Advocacy dinintea instituțiilor", "Advocacy with institutions"),
    "slug": t("zastapuvanje", "avokimi", "savunuculuk", "zastapiba", "zagovaranje", "zagovaranje-bs", "advocacy-rup", "advocacy"),
    "introduction": t(
        "Со кого се сретнавме, што побаравме и што ни беше ветено — и дали ветувањата се исполнети.",
        "Me kë u takuam, çfarë kërkuam dhe çfarë na u premtua — dhe nëse premtimet u mbajtën.",
        "Kimlerle görüştük, ne istedik, bize ne söz verildi ve sözler tutuldu mu.",
        "Kasa khedinjam amen, so rodinjam thaj so amenge phendine — thaj dali e phendipa ikerde.",
        "С ким смо се срели, шта смо тражили и шта нам је обећано — и да ли су обећања испуњена.",
        "S kim smo se sreli, šta smo tražili i šta nam je obećano — i jesu li obećanja ispunjena.",
        "Cu cari nâ adunăm, tsi cftăm shi tsi nâ si ampromise — shi dacâ ampromisiunile furâ tsânute.",
        "Whom we met, what we asked for and what we were promised — and whether the promises were kept.",
    ),
}

INSTITUTIONS = {
    "parliament": ("parliament", t("Комисија за односи меѓу заедниците на Собранието", "Komisioni për marrëdhënie ndërmjet bashkësive i Kuvendit", "Meclis Topluluklar Arası İlişkiler Komisyonu", "Komisija vaš relacie maškar e komunitetura ko Parlamento", "Комисија за односе међу заједницама Собрања", "Komisija za odnose među zajednicama Sobranja", "Comisia tră relații anamisa di comunități a Adunărâllei", "Committee on Inter-Community Relations of the Assembly")),
    "education": ("ministry", t("Министерство за образование и наука", "Ministria e Arsimit dhe Shkencës", "Eğitim ve Bilim Bakanlığı", "Ministerstvo vaš sikljovipe thaj džanipe", "Министарство образовања и науке", "Ministarstvo obrazovanja i nauke", "Ministerlu a Educațiillei shi a Științâllei", "Ministry of Education and Science")),
    "political_system": ("ministry", t("Министерство за политички систем и односи меѓу заедниците", "Ministria e Sistemit Politik dhe Marrëdhënieve ndërmjet Bashkësive", "Siyasi Sistem ve Topluluklar Arası İlişkiler Bakanlığı", "Ministerstvo vaš politikano sistemo thaj relacie maškar e komunitetura", "Министарство за политички систем и односе међу заједницама", "Ministarstvo za politički sistem i odnose među zajednicama", "Ministerlu tră sistemlu politic shi relațiile anamisa di comunități", "Ministry of Political System and Inter-Community Relations")),
    "agency": ("agency", t("Агенција за остварување на правата на заедниците", "Agjencia për Realizimin e të Drejtave të Bashkësive", "Toplulukların Haklarını Gerçekleştirme Ajansı", "Agencija vaš realiziba e čačipengoro e komunitetongoro", "Агенција за остваривање права заједница", "Agencija za ostvarivanje prava zajednica", "Agenția tră realizarea a ndrepturlor a comunitățlor", "Agency for the Realisation of the Rights of Communities")),
    "commission": ("commission", t("Комисија за спречување и заштита од дискриминација", "Komisioni për Parandalim dhe Mbrojtje nga Diskriminimi", "Ayrımcılığın Önlenmesi ve Ayrımcılığa Karşı Koruma Komisyonu", "Komisija vaš arakhiba thaj zaštita kotar i diskriminacija", "Комисија за спречавање и заштиту од дискриминације", "Komisija za sprečavanje i zaštitu od diskriminacije", "Comisia tră prevenirea shi protecția di discriminare", "Commission for Prevention and Protection against Discrimination")),
}

# "Municipality of ..." in each language, around the municipality's own name.
MUNICIPALITY_OF = t("Општина {}", "Komuna e {}", "{} Belediyesi", "Opština {}", "Општина {}", "Općina {}", "Comuna {}", "Municipality of {}")

TOPICS = {
    "language": (
        t("Употреба на јазиците на заедниците во локалната администрација", "Përdorimi i gjuhëve të bashkësive në administratën vendore", "Toplulukların dillerinin yerel yönetimde kullanımı", "Upotreba e komunitetongere čhibengiri ki lokalno administracija", "Употреба језика заједница у локалној администрацији", "Upotreba jezika zajednica u lokalnoj administraciji", "Usarea a limbilor a comunitățlor tu administrația locală", "Use of the communities' languages in local administration"),
        t("Двојазични обрасци и шалтери каде заедницата е над 20 проценти.", "Formularë dhe sportele dygjuhëshe ku bashkësia kalon 20 për qind.", "Topluluğun yüzde 20'yi aştığı yerlerde iki dilli formlar ve gişeler.", "Dujčhibutne formularura thaj šalterura kote o komuniteti si upral 20 procentura.", "Двојезични обрасци и шалтери где заједница прелази 20 одсто.", "Dvojezični obrasci i šalteri gdje zajednica prelazi 20 posto.", "Formulare shi ghișee tu doauă limbi iu comunitatea easti ma multu di 20 tră sutâ.", "Bilingual forms and service desks where the community is over 20 per cent."),
        t("Анализа на потребите за двојазични обрасци до крајот на годината.", "Analizë e nevojave për formularë dygjuhësh deri në fund të vitit.", "Yıl sonuna kadar iki dilli form ihtiyaçlarının analizi.", "Analiza e trebutnengiri vaš dujčhibutne formularura dži ko agor e beršesko.", "Анализа потреба за двојезичне обрасце до краја године.", "Analiza potreba za dvojezične obrasce do kraja godine.", "Analiză a ananghilor tră formulare tu doauă limbi pânâ tu bitisita a anlui.", "An assessment of the need for bilingual forms by the end of the year."),
    ),
    "education": (
        t("Настава на мајчин јазик за помалите заедници", "Mësimi në gjuhën amtare për bashkësitë më të vogla", "Küçük topluluklar için ana dilde eğitim", "Sikljovipe ki dajakiri čhib vaš e cikne komunitetura", "Настава на матерњем језику за мање заједнице", "Nastava na maternjem jeziku za manje zajednice", "Învitsăturâ pi limba di dadâ tră comunitățli ma njits", "Mother-tongue teaching for the smaller communities"),
        t("Изборни предмети на ромски, бошњачки и влашки јазик во повеќе училишта.", "Lëndë zgjedhore në gjuhën rome, boshnjake dhe vllahe në më shumë shkolla.", "Daha çok okulda Romanca, Boşnakça ve Ulahça seçmeli dersler.", "Izborne predmetura ki romani, bošnjakikani thaj vlahikani čhib ko majbut škole.", "Изборни предмети на ромском, бошњачком и влашком језику у више школа.", "Izborni predmeti na romskom, bošnjačkom i vlaškom jeziku u više škola.", "Lecții di aleadziri pi limba româ, bosneacâ shi armâneascâ tu ma multe shcoli.", "Elective classes in Romani, Bosnian and Aromanian in more schools."),
        t("Нови изборни паралелки во пет училишта од следната учебна година.", "Paralele të reja zgjedhore në pesë shkolla nga viti i ardhshëm shkollor.", "Gelecek öğretim yılından itibaren beş okulda yeni seçmeli sınıflar.", "Neve izborne paralelke ko pandž škole kotar o avutno sikljovno berš.", "Нова изборна одељења у пет школа од следеће школске године.", "Nova izborna odjeljenja u pet škola od sljedeće školske godine.", "Clase noi di aleadziri tu tsinci shcoli di anlu di shcoalâ tsi yini.", "New elective classes in five schools from the next school year."),
    ),
    "hate_speech": (
        t("Говор на омраза на социјалните мрежи", "Gjuha e urrejtjes në rrjetet sociale", "Sosyal medyada nefret söylemi", "Vorba e mrzakiri ko socijalna mreže", "Говор мржње на друштвеним мрежама", "Govor mržnje na društvenim mrežama", "Zborlu di urâ pi rețelele sociale", "Hate speech on social networks"),
        t("Брза постапка за пријавување говор на омраза против заедниците.", "Procedurë e shpejtë për raportimin e gjuhës së urrejtjes kundër bashkësive.", "Topluluklara yönelik nefret söylemini bildirmek için hızlı bir usul.", "Sigutni procedura vaš prijaviba e vorbake e mrzakiri mamuj e komunitetura.", "Брз поступак за пријаву говора мржње против заједница.", "Brz postupak za prijavu govora mržnje protiv zajednica.", "Unâ procedurâ agonjisitâ tră raportarea a zborlui di urâ contra a comunitățlor.", "A fast procedure for reporting hate speech against communities."),
        t("Заеднички упатство за пријавување, објавено на сите јазици.", "Udhëzues i përbashkët për raportim, i botuar në të gjitha gjuhët.", "Tüm dillerde yayımlanan ortak bir bildirim kılavuzu.", "Khetano upatstvo vaš prijaviba, objavimo ki sa e čhiba.", "Заједничко упутство за пријаву, објављено на свим језицима.", "Zajedničko uputstvo za prijavu, objavljeno na svim jezicima.", "Unâ cunduțeari deadun tră raportare, publicatâ tu tuti limbile.", "A joint guide to reporting, published in every language."),
    ),
    "employment": (
        t("Правична застапеност во јавната администрација", "Përfaqësimi i drejtë në administratën publike", "Kamu yönetiminde adil temsil", "Čačutni reprezentacija ki publikano administracija", "Правична заступљеност у јавној администрацији", "Pravična zastupljenost u javnoj administraciji", "Reprezentare ndreaptâ tu administrația publicâ", "Fair representation in public administration"),
        t("Податоци за вработените од помалите заедници по институција.", "Të dhëna për punonjësit nga bashkësitë më të vogla sipas institucionit.", "Kurum bazında küçük topluluklardan çalışanlara ilişkin veriler.", "Podatkura vaš e bukjarne kotar e cikne komunitetura palo institucija.", "Подаци о запосленима из мањих заједница по институцији.", "Podaci o zaposlenima iz manjih zajednica po instituciji.", "Dateli tră lucrătorlji dit comunitățli ma njits dupâ instituție.", "Figures on employees from the smaller communities, by institution."),
        t("Објавување на годишниот извештај со податоци по заедница.", "Publikimi i raportit vjetor me të dhëna sipas bashkësisë.", "Topluluk bazında veriler içeren yıllık raporun yayımlanması.", "Objaviba e beršutne raportosko e podatkurencar palo komuniteti.", "Објављивање годишњег извештаја с подацима по заједници.", "Objavljivanje godišnjeg izvještaja s podacima po zajednici.", "Publicarea a raportului di an cu date dupâ comunitate.", "Publishing the annual report with figures by community."),
    ),
    "funding": (
        t("Финансирање на организациите на заедниците", "Financimi i organizatave të bashkësive", "Topluluk kuruluşlarının finansmanı", "Financiriba e komunitetongere organizacijengoro", "Финансирање организација заједница", "Finansiranje organizacija zajednica", "Finanțarea a organizațiilor a comunitățlor", "Funding for community organisations"),
        t("Посебна линија во општинскиот буџет за иницијативи на помалите заедници.", "Linjë e veçantë në buxhetin komunal për nismat e bashkësive më të vogla.", "Belediye bütçesinde küçük toplulukların girişimleri için ayrı bir kalem.", "Khonik linija ko opštinako budžeto vaš e iniciative e cikne komunitetongere.", "Посебна линија у општинском буџету за иницијативе мањих заједница.", "Posebna linija u općinskom budžetu za inicijative manjih zajednica.", "Unâ liniie ahoryea tu bugetul comunal tră inițiativile a comunitățlor ma njits.", "A separate line in the municipal budget for the smaller communities' initiatives."),
        t("Предлог за буџетска линија во нацрт-буџетот за следната година.", "Propozim për linjë buxhetore në projektbuxhetin e vitit të ardhshëm.", "Gelecek yılın bütçe taslağında bir bütçe kalemi önerisi.", "Predlogo vaš budžetsko linija ko nacrt-budžeto vaš o avutno berš.", "Предлог буџетске линије у нацрту буџета за следећу годину.", "Prijedlog budžetske linije u nacrtu budžeta za sljedeću godinu.", "Propunere tră unâ liniie di buget tu proiectul di buget a anlui tsi yini.", "A proposed budget line in next year's draft budget."),
    ),
    "councils": (
        t("Совети за односи меѓу заедниците во општините", "Këshillat për marrëdhënie ndërmjet bashkësive në komuna", "Belediyelerde topluluklar arası ilişkiler konseyleri", "Soveturja vaš relacie maškar e komunitetura ko opštine", "Савети за односе међу заједницама у општинама", "Vijeća za odnose među zajednicama u općinama", "Consilii tră relațiile anamisa di comunități tu comune", "Councils for inter-community relations in the municipalities"),
        t("Членство на претставници на сите заедници и редовни седници.", "Anëtarësim i përfaqësuesve të të gjitha bashkësive dhe seanca të rregullta.", "Tüm toplulukların temsilcilerinin üyeliği ve düzenli oturumlar.", "Membrstvo e reprezentantongoro sa e komunitetongoro thaj redovna sesie.", "Чланство представника свих заједница и редовне седнице.", "Članstvo predstavnika svih zajednica i redovne sjednice.", "Membri dit tuti comunitățli shi adunări regulate.", "Representatives of every community as members, and regular sessions."),
        t("Свикување на советот најмалку четирипати годишно.", "Mbledhja e këshillit të paktën katër herë në vit.", "Konseyin yılda en az dört kez toplanması.", "Akhariba e sovetosko barem štarvar ko berš.", "Сазивање савета најмање четири пута годишње.", "Sazivanje vijeća najmanje četiri puta godišnje.", "Adunarea a consiliului cel putsân patru ori tu an.", "Convening the council at least four times a year."),
    ),
}

# (institution key or "municipality:<code>", date, topic, public, commitment status, due date)
MEETINGS = [
    ("agency", "2025-06-18", "language", True, "fulfilled", "2025-12-31"),
    ("education", "2025-07-09", "education", True, "in_progress", "2026-09-01"),
    ("municipality:kumanovo", "2025-09-24", "funding", True, "fulfilled", "2025-12-15"),
    ("commission", "2025-10-14", "hate_speech", True, "open", "2026-12-31"),
    ("parliament", "2025-11-26", "councils", True, "in_progress", "2026-06-30"),
    ("political_system", "2026-01-20", "employment", True, "not_fulfilled", "2026-04-30"),
    ("municipality:veles", "2026-02-25", "councils", True, "open", "2026-09-30"),
    ("municipality:strumica", "2026-03-17", "language", False, "open", "2026-10-31"),
    ("agency", "2026-04-22", "employment", True, "in_progress", "2026-12-31"),
    ("municipality:debar", "2026-05-19", "funding", True, "open", "2027-01-31"),
    ("education", "2026-06-16", "hate_speech", False, "open", "2026-11-30"),
    ("municipality:tearce", "2026-09-08", "education", True, "open", "2027-06-30"),
]

SUMMARY = t(
    "Форумот ги претстави своите препораки на тема: {topic}.",
    "Forumi paraqiti rekomandimet e tij për temën: {topic}.",
    "Forum şu konudaki önerilerini sundu: {topic}.",
    "O Forumo sikadja pire preporake vaš i tema: {topic}.",
    "Форум је представио своје препоруке на тему: {topic}.",
    "Forum je predstavio svoje preporuke na temu: {topic}.",
    "Forumlu prezentă recomandările a lui tră tema: {topic}.",
    "The Forum presented its recommendations on: {topic}.",
)

INDICATORS_BY_ACTION = {}
for _row in INDICATORS:
    INDICATORS_BY_ACTION.setdefault(_row[0], []).append(_row[1:])
