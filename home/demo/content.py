"""The demo site's text, written in each of the eight languages (never a tagged copy).

Keys are language codes of cms/languages.py; every page and the site settings have all eight.
"""

SETTINGS = {
    "mk": {
        "organisation_name": "Форум на малите заедници",
        "tagline": "Заедно против поларизацијата, на јазикот на секоја заедница",
        "address": "ул. Македонија 11\n1000 Скопје",
        "funder_acknowledgement": (
            "Оваа веб-страница е изработена со финансиска поддршка од Европската Унија. "
            "Нејзината содржина е исклучива одговорност на Форумот на малите заедници и не ги "
            "одразува нужно ставовите на Европската Унија."
        ),
    },
    "sq": {
        "organisation_name": "Forumi i komuniteteve të vogla",
        "tagline": "Së bashku kundër polarizimit, në gjuhën e çdo komuniteti",
        "address": "Rr. Maqedonia 11\n1000 Shkup",
        "funder_acknowledgement": (
            "Kjo faqe interneti është realizuar me mbështetjen financiare të Bashkimit Evropian. "
            "Përmbajtja e saj është përgjegjësi e vetme e Forumit të komuniteteve të vogla dhe "
            "nuk pasqyron domosdoshmërisht pikëpamjet e Bashkimit Evropian."
        ),
    },
    "tr": {
        "organisation_name": "Küçük Topluluklar Forumu",
        "tagline": "Her topluluğun dilinde, kutuplaşmaya karşı birlikte",
        "address": "Makedonya Cad. 11\n1000 Üsküp",
        "funder_acknowledgement": (
            "Bu internet sitesi Avrupa Birliği'nin mali desteğiyle hazırlanmıştır. İçeriğinin "
            "sorumluluğu yalnızca Küçük Topluluklar Forumu'na aittir ve Avrupa Birliği'nin "
            "görüşlerini yansıtmak zorunda değildir."
        ),
    },
    "rom": {
        "organisation_name": "Forumi e tikne komunitetongo",
        "tagline": "Khetane mamuj e polarizacija, pe čhib svako komunitetoski",
        "address": "ul. Makedonija 11\n1000 Skopje",
        "funder_acknowledgement": (
            "Akava internetesko than kerdilo e financiakere podrškasa e Evropakere Unijakoro. "
            "Lesko sadržaj si korkore e Forumeskoro e tikne komunitetongo odgovornost thaj na "
            "sikavel obavezno e dikhimata e Evropakere Unijakere."
        ),
    },
    "sr": {
        "organisation_name": "Форум малих заједница",
        "tagline": "Заједно против поларизације, на језику сваке заједнице",
        "address": "ул. Македонија 11\n1000 Скопље",
        "funder_acknowledgement": (
            "Ова веб-страница је израђена уз финансијску подршку Европске уније. Њен садржај "
            "је искључива одговорност Форума малих заједница и не одражава нужно ставове "
            "Европске уније."
        ),
    },
    "bs": {
        "organisation_name": "Forum malih zajednica",
        "tagline": "Zajedno protiv polarizacije, na jeziku svake zajednice",
        "address": "ul. Makedonija 11\n1000 Skoplje",
        "funder_acknowledgement": (
            "Ova web stranica izrađena je uz finansijsku podršku Evropske unije. Njen sadržaj "
            "isključiva je odgovornost Foruma malih zajednica i ne odražava nužno stavove "
            "Evropske unije."
        ),
    },
    "rup": {
        "organisation_name": "Forumlu a comunitãtslor njits",
        "tagline": "Deadun contra a polarizariljei, pi limba a catã comunitati",
        "address": "ul. Machidunia 11\n1000 Scopia",
        "funder_acknowledgement": (
            "Aestu site easti faptu cu agiutorlu finantsiar a Uniuniljei Europeanã. Tsi scrie "
            "tu el easti mash ndreptul a Forumlui a comunitãtslor njits și nu aspuni "
            "ti itsi oarã mintea a Uniuniljei Europeanã."
        ),
    },
    "en": {
        "organisation_name": "Forum of small communities",
        "tagline": "Together against polarisation, in every community's language",
        "address": "11 Makedonija Street\n1000 Skopje",
        "funder_acknowledgement": (
            "This website was created with the financial support of the European Union. Its "
            "contents are the sole responsibility of the Forum of small communities and do not "
            "necessarily reflect the views of the European Union."
        ),
    },
}

HOME = {
    "mk": {
        "title": "Почетна",
        "hero_heading": "Заедно, низ секоја заедница",
        "hero_text": (
            "Форумот на малите заедници ги поврзува граѓанските организации, активистите и "
            "медиумите за да ја намалиме поларизацијата во Северна Македонија."
        ),
        "hero_link_label": "За Форумот",
        "introduction": (
            "Работиме со турската, ромската, бошњачката, српската и влашката заедница, со "
            "институциите и со локалните власти, за секој граѓанин да биде слушнат на својот "
            "јазик."
        ),
    },
    "sq": {
        "title": "Ballina",
        "hero_heading": "Së bashku, përmes çdo komuniteti",
        "hero_text": (
            "Forumi i komuniteteve të vogla lidh organizatat e shoqërisë civile, aktivistët dhe "
            "mediat për të ulur polarizimin në Maqedoninë e Veriut."
        ),
        "hero_link_label": "Rreth Forumit",
        "introduction": (
            "Punojmë me komunitetet turk, rom, boshnjak, serb dhe vlleh, me institucionet dhe me "
            "pushtetin vendor, që çdo qytetar të dëgjohet në gjuhën e vet."
        ),
    },
    "tr": {
        "title": "Ana sayfa",
        "hero_heading": "Her toplulukla, birlikte",
        "hero_text": (
            "Küçük Topluluklar Forumu, Kuzey Makedonya'da kutuplaşmayı azaltmak için sivil "
            "toplum kuruluşlarını, aktivistleri ve medyayı bir araya getirir."
        ),
        "hero_link_label": "Forum hakkında",
        "introduction": (
            "Türk, Roman, Boşnak, Sırp ve Ulah topluluklarıyla, kurumlarla ve yerel "
            "yönetimlerle çalışıyoruz; her vatandaşın sesi kendi dilinde duyulsun diye."
        ),
    },
    "rom": {
        "title": "Khere",
        "hero_heading": "Khetane, prekal svako komuniteti",
        "hero_text": (
            "O Forumi e tikne komunitetongo phandel e organizacie e civilno sektoroske, e "
            "aktivistonen thaj e medien te tiknjaras e polarizacija ani Nordutni Makedonija."
        ),
        "hero_link_label": "Palal o Forumi",
        "introduction": (
            "Keras buti e turkikane, romane, bošnjakikane, srbikane thaj vlahikane "
            "komunitetonca, e institucienca thaj e lokalna vlastenca, te šunel pe svako "
            "dizutno pe piri čhib."
        ),
    },
    "sr": {
        "title": "Почетна",
        "hero_heading": "Заједно, кроз сваку заједницу",
        "hero_text": (
            "Форум малих заједница повезује организације цивилног друштва, активисте и медије "
            "да бисмо смањили поларизацију у Северној Македонији."
        ),
        "hero_link_label": "О Форуму",
        "introduction": (
            "Радимо са турском, ромском, бошњачком, српском и влашком заједницом, са "
            "институцијама и локалним властима, да би сваки грађанин био саслушан на свом "
            "језику."
        ),
    },
    "bs": {
        "title": "Početna",
        "hero_heading": "Zajedno, kroz svaku zajednicu",
        "hero_text": (
            "Forum malih zajednica povezuje organizacije civilnog društva, aktiviste i medije "
            "kako bismo smanjili polarizaciju u Sjevernoj Makedoniji."
        ),
        "hero_link_label": "O Forumu",
        "introduction": (
            "Radimo s turskom, romskom, bošnjačkom, srpskom i vlaškom zajednicom, s "
            "institucijama i lokalnim vlastima, kako bi svaki građanin bio saslušan na svom "
            "jeziku."
        ),
    },
    "rup": {
        "title": "Casa",
        "hero_heading": "Deadun, cu catã comunitati",
        "hero_text": (
            "Forumlu a comunitãtslor njits leagã organizatsiili a sotsietatiljei tsivilã, "
            "activishtsãlj și media ta s-u-agunjisim polarizarea tu Machidunia di Nord."
        ),
        "hero_link_label": "Tri Forum",
        "introduction": (
            "Lucrãm cu comunitãtsli a turtsilor, a romilor, a bosneatsilor, a sãrghilor și a "
            "armãnjilor, cu institutsiili și cu guvernãrli locali, ta s-hibã avdzãt catã "
            "tsetãtean pi limba a lui."
        ),
    },
    "en": {
        "title": "Home",
        "hero_heading": "Together, across every community",
        "hero_text": (
            "The Forum of small communities connects civil-society organisations, activists and "
            "media to reduce polarisation in North Macedonia."
        ),
        "hero_link_label": "About the Forum",
        "introduction": (
            "We work with the Turkish, Roma, Bosnian, Serbian and Vlach communities, with "
            "institutions and with local governments, so that every citizen is heard in their "
            "own language."
        ),
    },
}

# Standard pages: slug, title, introduction, then the body as (block type, value) pairs.
ABOUT = {
    "mk": {
        "slug": "za-forumot",
        "title": "За Форумот",
        "introduction": (
            "Форумот на малите заедници е коалиција на граѓански организации што работат со "
            "турската, ромската, бошњачката, српската и влашката заедница во Северна Македонија."
        ),
        "body": [
            ("heading", "Што работиме"),
            (
                "paragraph",
                "Ги собираме локалните организации, активистите и медиумите од општините низ "
                "целата земја за да ја намалиме општествената и етничката поларизација преку "
                "дијалог, застапување и иницијативи на заедниците.",
            ),
            (
                "paragraph",
                "Форумот се среќава со државните институции, локалните власти и меѓународните "
                "партнери за да се залага за правата на помалите заедници, а својата стратегија "
                "и акциски план ги објавува јавно, заедно со напредокот.",
            ),
            (
                "quote",
                (
                    "Кога се слушаме, градиме доверба.",
                    "Учесничка на работилница, Струмица",
                ),
            ),
        ],
    },
    "sq": {
        "slug": "rreth-forumit",
        "title": "Rreth Forumit",
        "introduction": (
            "Forumi i komuniteteve të vogla është një koalicion organizatash të shoqërisë civile "
            "që punojnë me komunitetet turk, rom, boshnjak, serb dhe vlleh në Maqedoninë e Veriut."
        ),
        "body": [
            ("heading", "Çfarë bëjmë"),
            (
                "paragraph",
                "Bashkojmë organizatat vendore, aktivistët dhe mediat nga komunat e gjithë vendit "
                "për të ulur polarizimin shoqëror dhe etnik përmes dialogut, avokimit dhe "
                "nismave të komuniteteve.",
            ),
            (
                "paragraph",
                "Forumi takohet me institucionet shtetërore, pushtetin vendor dhe partnerët "
                "ndërkombëtarë për të mbrojtur të drejtat e komuniteteve më të vogla, dhe e "
                "publikon hapur strategjinë dhe planin e veprimit bashkë me përparimin e tyre.",
            ),
            (
                "quote",
                (
                    "Kur e dëgjojmë njëri-tjetrin, ndërtojmë besim.",
                    "Pjesëmarrëse në punëtori, Strumicë",
                ),
            ),
        ],
    },
    "tr": {
        "slug": "forum-hakkinda",
        "title": "Forum hakkında",
        "introduction": (
            "Küçük Topluluklar Forumu, Kuzey Makedonya'da Türk, Roman, Boşnak, Sırp ve Ulah "
            "topluluklarıyla çalışan sivil toplum kuruluşlarının bir koalisyonudur."
        ),
        "body": [
            ("heading", "Ne yapıyoruz"),
            (
                "paragraph",
                "Ülkenin dört bir yanındaki belediyelerden yerel kuruluşları, aktivistleri ve "
                "medyayı bir araya getirerek diyalog, savunuculuk ve topluluk girişimleriyle "
                "toplumsal ve etnik kutuplaşmayı azaltıyoruz.",
            ),
            (
                "paragraph",
                "Forum, küçük toplulukların haklarını savunmak için devlet kurumları, yerel "
                "yönetimler ve uluslararası ortaklarla görüşür; stratejisini ve eylem planını "
                "ilerlemesiyle birlikte açıkça yayımlar.",
            ),
            (
                "quote",
                (
                    "Birbirimizi dinlediğimizde güven inşa ederiz.",
                    "Bir atölye katılımcısı, Ustrumca",
                ),
            ),
        ],
    },
    "rom": {
        "slug": "palal-o-forumi",
        "title": "Palal o Forumi",
        "introduction": (
            "O Forumi e tikne komunitetongo si koalicija katar organizacie e civilno sektoroske "
            "so keren buti e turkikane, romane, bošnjakikane, srbikane thaj vlahikane "
            "komunitetonca ani Nordutni Makedonija."
        ),
        "body": [
            ("heading", "So keras"),
            (
                "paragraph",
                "Khetane anas e lokalna organizacie, e aktivistonen thaj e medien andar e "
                "opštine ani sasti phuv te tiknjaras e socialno thaj etnikano polarizacija "
                "prekal o dijalogo, o zagovaranje thaj e iniciative e komunitetongo.",
            ),
            (
                "paragraph",
                "O Forumi maladol pe e themutne institucienca, e lokalna vlastenca thaj e "
                "internacionalna partnerenca te zagovarinel e hakaja e tikne komunitetongo, "
                "thaj publikuj pi strategija thaj po akciono plano javno, e napredokosa.",
            ),
            (
                "quote",
                (
                    "Kana šunas jekh avres, vazdas pakiv.",
                    "Učesnica ani radionica, Strumica",
                ),
            ),
        ],
    },
    "sr": {
        "slug": "o-forumu",
        "title": "О Форуму",
        "introduction": (
            "Форум малих заједница је коалиција организација цивилног друштва које раде са "
            "турском, ромском, бошњачком, српском и влашком заједницом у Северној Македонији."
        ),
        "body": [
            ("heading", "Шта радимо"),
            (
                "paragraph",
                "Окупљамо локалне организације, активисте и медије из општина широм земље да "
                "бисмо смањили друштвену и етничку поларизацију кроз дијалог, заговарање и "
                "иницијативе заједница.",
            ),
            (
                "paragraph",
                "Форум се састаје са државним институцијама, локалним властима и међународним "
                "партнерима да би се залагао за права мањих заједница, а своју стратегију и "
                "акциони план објављује јавно, заједно са напретком.",
            ),
            (
                "quote",
                (
                    "Када слушамо једни друге, градимо поверење.",
                    "Учесница радионице, Струмица",
                ),
            ),
        ],
    },
    "bs": {
        "slug": "o-forumu",
        "title": "O Forumu",
        "introduction": (
            "Forum malih zajednica je koalicija organizacija civilnog društva koje rade s "
            "turskom, romskom, bošnjačkom, srpskom i vlaškom zajednicom u Sjevernoj Makedoniji."
        ),
        "body": [
            ("heading", "Šta radimo"),
            (
                "paragraph",
                "Okupljamo lokalne organizacije, aktiviste i medije iz općina širom zemlje kako "
                "bismo smanjili društvenu i etničku polarizaciju kroz dijalog, zagovaranje i "
                "inicijative zajednica.",
            ),
            (
                "paragraph",
                "Forum se sastaje s državnim institucijama, lokalnim vlastima i međunarodnim "
                "partnerima kako bi se zalagao za prava manjih zajednica, a svoju strategiju i "
                "akcioni plan objavljuje javno, zajedno s napretkom.",
            ),
            (
                "quote",
                (
                    "Kada slušamo jedni druge, gradimo povjerenje.",
                    "Učesnica radionice, Strumica",
                ),
            ),
        ],
    },
    "rup": {
        "slug": "tri-forum",
        "title": "Tri Forum",
        "introduction": (
            "Forumlu a comunitãtslor njits easti unã coalitsie di organizatsii a sotsietatiljei "
            "tsivilã tsi lucreadzã cu comunitãtsli a turtsilor, a romilor, a bosneatsilor, a "
            "sãrghilor și a armãnjilor tu Machidunia di Nord."
        ),
        "body": [
            ("heading", "Tsi fãtsem"),
            (
                "paragraph",
                "Adunãm organizatsii locali, activishtsã și media dit comunili a vãsililjei ta "
                "s-u-agunjisim polarizarea sotsialã și etnicã cu dialog, cu apãrarea a "
                "ndrepturlor și cu initsiativi a comunitãtslor.",
            ),
            (
                "paragraph",
                "Forumlu s-adunã cu institutsiili a statlui, cu guvernãrli locali și cu "
                "partenerlji internatsionali ta s-apãrã ndrepturli a comunitãtslor njits, și "
                "publicã tu videalã strategia și planlu di actsiuni, deadun cu progreslu.",
            ),
            (
                "quote",
                (
                    "Cãndu nã avdzãm un cu alantu, andreadzim ncriderea.",
                    "Partitsipantã la unã lucrãtorie, Strumitsa",
                ),
            ),
        ],
    },
    "en": {
        "slug": "about",
        "title": "About the Forum",
        "introduction": (
            "The Forum of small communities is a coalition of civil-society organisations that "
            "works with the Turkish, Roma, Bosnian, Serbian and Vlach communities in North "
            "Macedonia."
        ),
        "body": [
            ("heading", "What we do"),
            (
                "paragraph",
                "We bring together local organisations, activists and media from municipalities "
                "across the country to reduce social and ethnic polarisation through dialogue, "
                "advocacy and community initiatives.",
            ),
            (
                "paragraph",
                "The Forum meets state institutions, local governments and international partners "
                "to advocate for the rights of smaller communities, and publishes its strategy "
                "and action plan in the open, together with its progress.",
            ),
            (
                "quote",
                (
                    "When we listen to each other, we build trust.",
                    "Workshop participant, Strumica",
                ),
            ),
        ],
    },
}

PARTNERS = {
    "mk": {
        "slug": "partneri",
        "title": "Партнери",
        "introduction": (
            "Форумот работи со организации членки, општини, медиуми и меѓународни партнери."
        ),
        "body": [
            (
                "paragraph",
                "Нашата мрежа ги вклучува локалните граѓански организации од Крива Паланка, "
                "Велес, Чашка, Свети Николе, Струмица, Куманово, Теарце, Дебар, Скопје, Маврово "
                "и Ростуше, како и медиумите што потпишаа меморандум за соработка со нас.",
            ),
            (
                "paragraph",
                "Дали вашата организација сака да се приклучи? Пишете ни на адресата подолу.",
            ),
        ],
    },
    "sq": {
        "slug": "partneret",
        "title": "Partnerët",
        "introduction": (
            "Forumi punon me organizatat anëtare, komunat, mediat dhe partnerët ndërkombëtarë."
        ),
        "body": [
            (
                "paragraph",
                "Rrjeti ynë përfshin organizatat vendore të shoqërisë civile nga Kriva Pallanka, "
                "Velesi, Çashka, Shën Nikolla, Strumica, Kumanova, Tearca, Dibra, Shkupi, "
                "Mavrova dhe Rostusha, si dhe mediat që kanë nënshkruar memorandum "
                "bashkëpunimi me ne.",
            ),
            (
                "paragraph",
                "Dëshiron organizata juaj të bashkohet? Na shkruani në adresën më poshtë.",
            ),
        ],
    },
    "tr": {
        "slug": "ortaklar",
        "title": "Ortaklar",
        "introduction": (
            "Forum; üye kuruluşlar, belediyeler, medya ve uluslararası ortaklarla çalışır."
        ),
        "body": [
            (
                "paragraph",
                "Ağımız Kriva Palanka, Veles, Çaşka, Sveti Nikole, Ustrumca, Kumanova, Tearce, "
                "Debre, Üsküp, Mavrova ve Rostuşe'deki yerel sivil toplum kuruluşlarını ve "
                "bizimle işbirliği mutabakatı imzalayan medya kuruluşlarını kapsar.",
            ),
            ("paragraph", "Kuruluşunuz katılmak ister mi? Aşağıdaki adrese yazın."),
        ],
    },
    "rom": {
        "slug": "partnerja",
        "title": "Partnerja",
        "introduction": (
            "O Forumi kerel buti e organizacienca-membonca, e opštinenca, e medienca thaj e "
            "internacionalna partnerenca."
        ),
        "body": [
            (
                "paragraph",
                "Amari mreža ikerel e lokalna organizacie e civilno sektoroske andar e Kriva "
                "Palanka, Veles, Čaška, Sveti Nikole, Strumica, Kumanovo, Tearce, Debar, "
                "Skopje, Mavrovo thaj Rostuše, thaj e medie so potpisinde memorandumo baši "
                "khetani buti amenca.",
            ),
            (
                "paragraph",
                "Mangel tumari organizacija te pridružinel pe? Pisinen amenge ki adresa tele.",
            ),
        ],
    },
    "sr": {
        "slug": "partneri",
        "title": "Партнери",
        "introduction": (
            "Форум ради са организацијама чланицама, општинама, медијима и међународним партнерима."
        ),
        "body": [
            (
                "paragraph",
                "Наша мрежа обухвата локалне организације цивилног друштва из Криве Паланке, "
                "Велеса, Чашке, Светог Николе, Струмице, Куманова, Теарца, Дебра, Скопља, "
                "Маврова и Ростуша, као и медије који су са нама потписали меморандум о "
                "сарадњи.",
            ),
            (
                "paragraph",
                "Да ли ваша организација жели да се придружи? Пишите нам на адресу испод.",
            ),
        ],
    },
    "bs": {
        "slug": "partneri",
        "title": "Partneri",
        "introduction": (
            "Forum radi s organizacijama članicama, općinama, medijima i međunarodnim partnerima."
        ),
        "body": [
            (
                "paragraph",
                "Naša mreža obuhvata lokalne organizacije civilnog društva iz Krive Palanke, "
                "Velesa, Čaške, Svetog Nikole, Strumice, Kumanova, Tearca, Debra, Skoplja, "
                "Mavrova i Rostuša, kao i medije koji su s nama potpisali memorandum o saradnji.",
            ),
            (
                "paragraph",
                "Želi li se vaša organizacija pridružiti? Pišite nam na adresu ispod.",
            ),
        ],
    },
    "rup": {
        "slug": "partenerlji",
        "title": "Partenerlji",
        "introduction": (
            "Forumlu lucreadzã cu organizatsiili-membri, cu comunili, cu media și cu "
            "partenerlji internatsionali."
        ),
        "body": [
            (
                "paragraph",
                "Arada a noastrã cuprindi organizatsii locali a sotsietatiljei tsivilã dit Criva "
                "Palanca, Veles, Ceashca, Sveti Nicole, Strumitsa, Cumanovo, Tearțe, Dibãr, "
                "Scopia, Mavrovo și Rostushe, și media tsi semnarã cu noi un memorandum di "
                "lucru deadun.",
            ),
            (
                "paragraph",
                "Va organizatsia a voastrã s-nã si adunã? Scriets-nã la adresa di nghios.",
            ),
        ],
    },
    "en": {
        "slug": "partners",
        "title": "Partners",
        "introduction": (
            "The Forum works with member organisations, municipalities, media and international "
            "partners."
        ),
        "body": [
            (
                "paragraph",
                "Our network includes local civil-society organisations from Kriva Palanka, Veles, "
                "Čaška, Sveti Nikole, Strumica, Kumanovo, Tearce, Debar, Skopje, Mavrovo and "
                "Rostuše, and the media that have signed a memorandum of cooperation with us.",
            ),
            (
                "paragraph",
                "Would your organisation like to join? Write to us at the address below.",
            ),
        ],
    },
}

PRIVACY = {
    "mk": {
        "slug": "privatnost",
        "title": "Приватност",
        "introduction": "Како постапуваме со личните податоци што ни ги давате.",
        "body": [
            (
                "paragraph",
                "Собираме само податоци што ни се потребни: име и е-пошта кога потпишувате "
                "заложба или се пријавувате на настан, и податоците за натпреварот за есеи "
                "опишани во неговите правила.",
            ),
            (
                "paragraph",
                "Никогаш не ги продаваме и не ги споделуваме вашите податоци. Во секое време "
                "можете да побарате да ги видите, исправите или избришете.",
            ),
            (
                "paragraph",
                "Личните податоци од натпреварот за есеи се бришат по истекот на рокот за "
                "чување утврден во правилата на натпреварот.",
            ),
        ],
    },
    "sq": {
        "slug": "privatesia",
        "title": "Privatësia",
        "introduction": "Si i trajtojmë të dhënat personale që na jepni.",
        "body": [
            (
                "paragraph",
                "Mbledhim vetëm të dhënat që na duhen: emrin dhe emailin kur nënshkruani një "
                "zotim ose regjistroheni në një ngjarje, dhe të dhënat e konkursit të eseve të "
                "përshkruara në rregullat e tij.",
            ),
            (
                "paragraph",
                "Nuk i shesim dhe nuk i ndajmë kurrë të dhënat tuaja. Në çdo kohë mund të "
                "kërkoni t'i shihni, t'i korrigjoni ose t'i fshini.",
            ),
            (
                "paragraph",
                "Të dhënat personale të konkursit të eseve fshihen pas afatit të ruajtjes të "
                "caktuar në rregullat e konkursit.",
            ),
        ],
    },
    "tr": {
        "slug": "gizlilik",
        "title": "Gizlilik",
        "introduction": "Bize verdiğiniz kişisel verileri nasıl işlediğimiz.",
        "body": [
            (
                "paragraph",
                "Yalnızca ihtiyaç duyduğumuz verileri toplarız: bir taahhüt imzaladığınızda ya da "
                "bir etkinliğe kaydolduğunuzda adınızı ve e-posta adresinizi, ayrıca kuralları "
                "açıklanan kompozisyon yarışmasının verilerini.",
            ),
            (
                "paragraph",
                "Verilerinizi asla satmaz ve paylaşmayız. İstediğiniz zaman verilerinizi görmeyi, "
                "düzeltmeyi veya silmeyi talep edebilirsiniz.",
            ),
            (
                "paragraph",
                "Kompozisyon yarışmasının kişisel verileri, yarışma kurallarında belirlenen "
                "saklama süresi dolduktan sonra silinir.",
            ),
        ],
    },
    "rom": {
        "slug": "privatnost",
        "title": "Privatnost",
        "introduction": "Sar keras buti e personalna podatkoncar so den amen.",
        "body": [
            (
                "paragraph",
                "Čidas samo e podatkija so trubun amen: o anav thaj o e-mail kana potpisinen "
                "obećanje ja prijavinen tumen ko događaj, thaj e podatkija e natprevaroskere "
                "e esejongo so si ramome ane leskere pravilija.",
            ),
            (
                "paragraph",
                "Nikad na bikinas thaj na das avrenge tumare podatkija. Svako vakti šaj roden "
                "te dikhen len, te ispravinen len ja te khosen len.",
            ),
            (
                "paragraph",
                "E personalna podatkija e natprevaroskere e esejongo khosen pe pale o vakti "
                "ikeriba so si čhivdo ane natprevaroskere pravilija.",
            ),
        ],
    },
    "sr": {
        "slug": "privatnost",
        "title": "Приватност",
        "introduction": "Како поступамо са личним подацима које нам дајете.",
        "body": [
            (
                "paragraph",
                "Прикупљамо само податке који су нам потребни: име и е-пошту када потписујете "
                "обећање или се пријављујете на догађај, и податке такмичења есеја описане у "
                "његовим правилима.",
            ),
            (
                "paragraph",
                "Никада не продајемо нити делимо ваше податке. У сваком тренутку можете "
                "затражити да их видите, исправите или обришете.",
            ),
            (
                "paragraph",
                "Лични подаци такмичења есеја бришу се по истеку рока чувања утврђеног у "
                "правилима такмичења.",
            ),
        ],
    },
    "bs": {
        "slug": "privatnost",
        "title": "Privatnost",
        "introduction": "Kako postupamo s ličnim podacima koje nam dajete.",
        "body": [
            (
                "paragraph",
                "Prikupljamo samo podatke koji su nam potrebni: ime i e-mail kada potpisujete "
                "obavezu ili se prijavljujete na događaj, i podatke takmičenja eseja opisane u "
                "njegovim pravilima.",
            ),
            (
                "paragraph",
                "Nikada ne prodajemo niti dijelimo vaše podatke. U svakom trenutku možete "
                "zatražiti da ih vidite, ispravite ili izbrišete.",
            ),
            (
                "paragraph",
                "Lični podaci takmičenja eseja brišu se nakon isteka roka čuvanja utvrđenog u "
                "pravilima takmičenja.",
            ),
        ],
    },
    "rup": {
        "slug": "privatitate",
        "title": "Privatitate",
        "introduction": "Cum lucrãm cu datili personali tsi nã li dats.",
        "body": [
            (
                "paragraph",
                "Adunãm mash datili tsi nã lipsescu: numa și e-mail-lu cãndu semnats unã "
                "ufilisiri i vã scriets la unã adunari, și datili a agonisirillei di eseuri "
                "spusi tu regulili a ljei.",
            ),
            (
                "paragraph",
                "Vãrnãoarã nu vindem și nu dãm a altor datili a voastri. Tu catã oarã putets s-"
                "cãftats s-li videts, s-li ndreadzets i s-li ashtergets.",
            ),
            (
                "paragraph",
                "Datili personali a agonisirillei di eseuri s-ashtergu dupã tsi treatsi chirolu "
                "di tsãneari bãgat tu regulili a agonisirillei.",
            ),
        ],
    },
    "en": {
        "slug": "privacy",
        "title": "Privacy",
        "introduction": "How we handle the personal data you give us.",
        "body": [
            (
                "paragraph",
                "We collect only the data we need: your name and email when you sign a pledge or "
                "register for an event, and the data of the essay competition described in its "
                "rules.",
            ),
            (
                "paragraph",
                "We never sell or share your data. You may ask at any time to see, correct or "
                "erase it.",
            ),
            (
                "paragraph",
                "Personal data of the essay competition is erased once the retention period set "
                "in the competition's rules has passed.",
            ),
        ],
    },
}


# The alt text of the home page's hero (home/demo/images.py draws it), in each language.
HERO_ALT = {
    "mk": "Говорни балончиња во пет бои што се преклопуваат над мозаик од мали плочки: "
    "многу гласови во еден разговор",
    "sq": "Flluska bisede në pesë ngjyra që mbivendosen mbi një mozaik pllakash të vogla: "
    "shumë zëra në një bisedë",
    "tr": "Küçük karolardan bir mozaiğin üzerinde üst üste binen beş renkli konuşma balonları: "
    "tek bir sohbette birçok ses",
    "rom": "Panč rangengere vakeribaske baloja, jekh upral avreste, upral jekh mozaiko tikne "
    "pločkendar: but glasija ande jekh vakeripe",
    "sr": "Облачићи за говор у пет боја који се преклапају изнад мозаика од малих плочица: "
    "много гласова у једном разговору",
    "bs": "Oblačići za govor u pet boja koji se preklapaju iznad mozaika od malih pločica: "
    "mnogo glasova u jednom razgovoru",
    "rup": "Bubuli di zbor tu cinci boi, unã pisti alantã, pisti un mozaic di cãrãmidz njits: "
    "multi boatsi tu unã zburãri",
    "en": "Speech bubbles in five colours overlapping over a mosaic of small tiles: "
    "many voices in one conversation",
}

# The accessibility statement: what the site does, what it does not yet, and how to tell us.
ACCESSIBILITY = {
    "mk": {
        "slug": "pristapnost",
        "title": "Пристапност",
        "introduction": "Изјава за пристапност на веб-страницата на Форумот, 1 декември 2026.",
        "body": [
            (
                "paragraph",
                "Сакаме секој да може да ја користи оваа страница: целта ни е ниво AA од "
                "Упатствата за пристапност на веб-содржините (WCAG) 2.2.",
            ),
            (
                "paragraph",
                "Страницата е на осум јазици, секој во своето писмо, кирилица или латиница, а "
                "текстот на друг јазик е означен за читачите на екран. Направена е најпрво за "
                "телефон: се чита без странично лизгање, а копчињата и врските лесно се допираат.",
            ),
            (
                "paragraph",
                "Ако нешто не можете да прочитате или пополните, пишете ни на "
                "info@forum.example.org или јавете ни се: ќе ви одговориме во рок од пет "
                "работни дена и ќе ви ја дадеме содржината на друг начин.",
            ),
        ],
    },
    "sq": {
        "slug": "aksesueshmeria",
        "title": "Aksesueshmëria",
        "introduction": "Deklarata e aksesueshmërisë së faqes së Forumit, 1 dhjetor 2026.",
        "body": [
            (
                "paragraph",
                "Duam që çdokush ta përdorë këtë faqe: synojmë nivelin AA të Udhëzimeve për "
                "aksesueshmërinë e përmbajtjes në ueb (WCAG) 2.2.",
            ),
            (
                "paragraph",
                "Faqja është në tetë gjuhë, secila me alfabetin e vet, cirilik ose latin, dhe "
                "teksti në një gjuhë tjetër është i shënuar për lexuesit e ekranit. Është bërë "
                "së pari për telefonin: lexohet pa rrëshqitje anësore dhe butonat prekën lehtë.",
            ),
            (
                "paragraph",
                "Nëse diçka nuk mund ta lexoni ose ta plotësoni, na shkruani në "
                "info@forum.example.org ose na telefononi: do t'ju përgjigjemi brenda pesë "
                "ditëve të punës dhe do t'jua japim përmbajtjen në një mënyrë tjetër.",
            ),
        ],
    },
    "tr": {
        "slug": "erisilebilirlik",
        "title": "Erişilebilirlik",
        "introduction": "Forum web sitesinin erişilebilirlik beyanı, 1 Aralık 2026.",
        "body": [
            (
                "paragraph",
                "Bu siteyi herkesin kullanabilmesini istiyoruz: hedefimiz Web İçeriği "
                "Erişilebilirlik Yönergeleri (WCAG) 2.2 AA düzeyidir.",
            ),
            (
                "paragraph",
                "Site sekiz dilde, her biri kendi alfabesiyle, Kiril ya da Latin, yayımlanır; "
                "başka dildeki metin ekran okuyucular için işaretlenir. Önce telefon için "
                "yapıldı: yana kaydırmadan okunur, düğmelere ve bağlantılara kolayca dokunulur.",
            ),
            (
                "paragraph",
                "Bir şeyi okuyamıyor ya da dolduramıyorsanız info@forum.example.org adresine "
                "yazın veya bizi arayın: beş iş günü içinde yanıt verir, içeriği size başka "
                "bir yolla ulaştırırız.",
            ),
        ],
    },
    "rom": {
        "slug": "resipe",
        "title": "Resipe",
        "introduction": "Vakeripe palal o resipe e Forumeske internetesko than, 1 decembar 2026.",
        "body": [
            (
                "paragraph",
                "Mangas sakova te šaj koristinel akava than: amaro cilj si o nivo AA e "
                "Drumeskere vaš resipe e internetesko sadržaj (WCAG) 2.2.",
            ),
            (
                "paragraph",
                "O than si ko ohto čhiba, sakoj pe pesko alfabeto, kirilica ili latinica, a o "
                "tekst ki aver čhib si čhinavdo vaš e ekraneskere čitača. Kerdo si angle vaš o "
                "telefoni: čitinela pe bizo kotar-kotar lizgipe, a e kopče lokhe dolinena pe.",
            ),
            (
                "paragraph",
                "Te na šaj te čitinen ili te pherden vareso, pišinen amenge ko "
                "info@forum.example.org ili akharen amen: ka dava tumenge palpale ko pandž "
                "bućarne dive thaj ka das tumenge o sadržaj ko aver drom.",
            ),
        ],
    },
    "sr": {
        "slug": "pristupacnost",
        "title": "Приступачност",
        "introduction": "Изјава о приступачности веб-сајта Форума, 1. децембар 2026.",
        "body": [
            (
                "paragraph",
                "Желимо да свако може да користи овај сајт: циљ нам је ниво AA Смерница за "
                "приступачност веб-садржаја (WCAG) 2.2.",
            ),
            (
                "paragraph",
                "Сајт је на осам језика, сваки у свом писму, ћирилици или латиници, а текст на "
                "другом језику је означен за читаче екрана. Направљен је најпре за телефон: "
                "чита се без бочног померања, а дугмад и везе се лако додирују.",
            ),
            (
                "paragraph",
                "Ако нешто не можете да прочитате или попуните, пишите нам на "
                "info@forum.example.org или нас позовите: одговорићемо у року од пет радних "
                "дана и пружити вам садржај на други начин.",
            ),
        ],
    },
    "bs": {
        "slug": "pristupacnost",
        "title": "Pristupačnost",
        "introduction": "Izjava o pristupačnosti web-stranice Foruma, 1. decembar 2026.",
        "body": [
            (
                "paragraph",
                "Želimo da svako može koristiti ovu stranicu: cilj nam je nivo AA Smjernica za "
                "pristupačnost web-sadržaja (WCAG) 2.2.",
            ),
            (
                "paragraph",
                "Stranica je na osam jezika, svaki u svom pismu, ćirilici ili latinici, a tekst "
                "na drugom jeziku je označen za čitače ekrana. Napravljena je najprije za "
                "telefon: čita se bez bočnog pomjeranja, a dugmad i linkovi se lako dodiruju.",
            ),
            (
                "paragraph",
                "Ako nešto ne možete pročitati ili popuniti, pišite nam na "
                "info@forum.example.org ili nas nazovite: odgovorit ćemo u roku od pet radnih "
                "dana i dati vam sadržaj na drugi način.",
            ),
        ],
    },
    "rup": {
        "slug": "accesibilitate",
        "title": "Accesibilitate",
        "introduction": "Declaratsia di accesibilitate a saitlui a Forumlui, 1 di Andreu 2026.",
        "body": [
            (
                "paragraph",
                "Vrem tuts s-poatã s-lu ufilisească aestu sait: scopolu a nostru easti nivelu "
                "AA a Orientãrlor tră accesibilitatea a cuprinsului web (WCAG) 2.2.",
            ),
            (
                "paragraph",
                "Saitlu easti tu optu limbi, cathi unã cu alfabetlu a ljei, chirilic i latin, "
                "shi textul tu altã limbã easti semnat tră citãtorlji di ecran. Easti faptu "
                "ma nãinte tră telefon: s-citeashti fãrã s-fugã pi di parti, shi butunjli s-"
                "agudescu lishor.",
            ),
            (
                "paragraph",
                "Cara nu putets s-citits i s-umplets tsiva, ngrãpsits-nã la "
                "info@forum.example.org i clemats-nã: va vã dãm apandisi tu tsintsi dzãli di "
                "lucru shi va vã dãm cuprinslu tu altã cale.",
            ),
        ],
    },
    "en": {
        "slug": "accessibility",
        "title": "Accessibility",
        "introduction": "Accessibility statement for the Forum's website, 1 December 2026.",
        "body": [
            (
                "paragraph",
                "We want everyone to be able to use this site: we aim for level AA of the Web "
                "Content Accessibility Guidelines (WCAG) 2.2.",
            ),
            (
                "paragraph",
                "The site is in eight languages, each in its own script, Cyrillic or Latin, and "
                "text in another language is marked for screen readers. It is made for phones "
                "first: it reads without sideways scrolling, and buttons and links are easy to "
                "tap.",
            ),
            (
                "paragraph",
                "If you cannot read or fill in something, write to us at info@forum.example.org "
                "or call us: we will answer within five working days and give you the content "
                "another way.",
            ),
        ],
    },
}

STANDARD_PAGES = {
    "about": ABOUT,
    "partners": PARTNERS,
    "privacy": PRIVACY,
    "accessibility": ACCESSIBILITY,
}
