"""The demo campaigns' words, in the order of ``languages.CODES``:
mk, sq, tr, rom, sr, bs, rup, en.

The facts are the public record: the 2021 census of the State Statistical Office, and the
Constitution's amendments IV (its preamble, naming the peoples) and V (languages in official
use where at least 20% of a municipality's citizens speak them)."""

from cms import languages

t = languages.each  # one text per language, in the order of languages.CODES

CENSUS_URL = "https://www.stat.gov.mk/"
CONSTITUTION_URL = "https://www.sobranie.mk/"

INDEX = {
    "title": t(
        "Кампањи",
        "Fushata",
        "Kampanyalar",
        "Kampanje",
        "Кампање",
        "Kampanje",
        "Campanii",
        "Campaigns",
    ),
    "slug": t(
        "kampanji",
        "fushata",
        "kampanyalar",
        "kampanje",
        "kampanje",
        "kampanje",
        "campanii",
        "campaigns",
    ),
    "introduction": t(
        "Нашите кампањи против стереотипите: митови и фактите што ги побиваат, приказни на соседи, објави за споделување и ветувања за потпишување.",
        "Fushatat tona kundër stereotipeve: mite dhe faktet që i hedhin poshtë, histori fqinjësh, postime për t'u ndarë dhe zotime për t'u nënshkruar.",
        "Kalıp yargılara karşı kampanyalarımız: efsaneler ve onları çürüten gerçekler, komşu hikâyeleri, paylaşılacak gönderiler ve imzalanacak taahhütler.",
        "Amare kampanje kontra e stereotipija: mitija thaj o čačipa kaj phagen len, paramiča e komšijendar, postura vaš ulavipe thaj lafija vaš potpišipe.",
        "Наше кампање против стереотипа: митови и чињенице које их побијају, приче суседа, објаве за дељење и обећања за потписивање.",
        "Naše kampanje protiv stereotipa: mitovi i činjenice koje ih pobijaju, priče komšija, objave za dijeljenje i obećanja za potpisivanje.",
        "Campaniili a noastri contra a stereotipurlor: miturli shi faptili ţi li surpã, isturii di vitsinj, publicãri tră spartu shi promisiuni tră suptscriari.",
        "Our campaigns against stereotypes: myths and the facts that answer them, stories of neighbours, posts to share, and pledges to sign.",
    ),
}

NEIGHBOURS = {
    "title": t(
        "Соседи, не странци",
        "Fqinjë, jo të huaj",
        "Yabancı değil, komşuyuz",
        "Komšije, na avrutne",
        "Суседи, не странци",
        "Komšije, ne stranci",
        "Vitsinj, nu xenj",
        "Neighbours, not strangers",
    ),
    "slug": t(
        "sosedi-ne-stranci",
        "fqinje-jo-te-huaj",
        "yabanci-degil-komsuyuz",
        "komsije-na-avrutne",
        "susedi-ne-stranci",
        "komsije-ne-stranci",
        "vitsinj-nu-xenj",
        "neighbours-not-strangers",
    ),
    "goal": t(
        "Стереотипите за турската, ромската, српската, бошњачката и влашката заедница да ги замениме со факти и со гласовите на самите луѓе.",
        "Të zëvendësojmë stereotipet për komunitetet turke, rome, serbe, boshnjake dhe vllahe me fakte dhe me zërat e vetë njerëzve.",
        "Türk, Roman, Sırp, Boşnak ve Ulah toplulukları hakkındaki kalıp yargıların yerine gerçekleri ve insanların kendi seslerini koymak.",
        "Te paruva e stereotipija palo turko, romano, srbikano, bošnjakikano thaj vlaško khetanipe e čačipnencar thaj e manušengere glasoncar.",
        "Да стереотипе о турској, ромској, српској, бошњачкој и влашкој заједници заменимо чињеницама и гласовима самих људи.",
        "Da stereotipe o turskoj, romskoj, srpskoj, bošnjačkoj i vlaškoj zajednici zamijenimo činjenicama i glasovima samih ljudi.",
        "S-alãxim stereotipurli tră comunitãtsli turcã, romã, sârbã, bosneacã shi armãneascã cu fapte shi cu boatsea a oaminjlor.",
        "Replace the stereotypes about the Turkish, Roma, Serbian, Bosniak and Vlach communities with facts, and with the voices of the people themselves.",
    ),
    "audience": t(
        "Млади од 15 до 30 години на социјалните мрежи, и родителите и наставниците околу нив",
        "Të rinjtë 15 deri 30 vjeç në rrjetet sociale, dhe prindërit e mësuesit rreth tyre",
        "Sosyal ağlardaki 15-30 yaş arası gençler ve çevrelerindeki ebeveynler ile öğretmenler",
        "Terne taro 15 dži 30 berša ko socijalna mreže, thaj lengere dada, daja thaj sikavne",
        "Млади од 15 до 30 година на друштвеним мрежама, и родитељи и наставници око њих",
        "Mladi od 15 do 30 godina na društvenim mrežama, te roditelji i nastavnici oko njih",
        "Tinirlji di 15 pânã 30 di anj pi reațli sotsiali, shi pãrintsãlj shi dascaljlji di ningã elj",
        "Young people aged 15 to 30 on social networks, and the parents and teachers around them",
    ),
    "key_messages": t(
        "Предрасудите се учат, и може да се одучат.\nСекоја заедница во оваа земја е дел од нејзината приказна.\nЕден збор од соседот запира повеќе омраза од сто објави.",
        "Paragjykimet mësohen, dhe mund të çmësohen.\nÇdo komunitet i këtij vendi është pjesë e historisë së tij.\nNjë fjalë nga fqinji ndal më shumë urrejtje se njëqind postime.",
        "Önyargılar öğrenilir ve unutulabilir.\nBu ülkenin her topluluğu onun hikâyesinin bir parçasıdır.\nBir komşunun tek sözü, yüz paylaşımdan daha çok nefreti durdurur.",
        "E predrasude sikljona, thaj šaj te bistrona.\nSvako khetanipe akale phuvjako si kotor lakere paramičako.\nJekh lafi katar o komšija ačhavel maj but mrzija nego šel postura.",
        "Предрасуде се уче, и могу да се одуче.\nСвака заједница ове земље део је њене приче.\nЈедна реч комшије заустави више мржње него сто објава.",
        "Predrasude se uče, i mogu se odučiti.\nSvaka zajednica ove zemlje dio je njene priče.\nJedna riječ komšije zaustavi više mržnje nego sto objava.",
        "Prejudecãțli s-nvatsã, shi pot s-li agãrshim.\nTuti comunitãtsli a vãsiliei suntu parti di isturia a ljei.\nUn zbor di la vitsinlu astãmãtseashti ma multã urâciuni di o sutã di publicãri.",
        "Prejudice is learned, and it can be unlearned.\nEvery community of this country is part of its story.\nOne word from a neighbour stops more hate than a hundred posts.",
    ),
    "pledge_text": t(
        "Ќе се спротивставам на предрасудите кон моите соседи.",
        "Do t'u kundërvihem paragjykimeve ndaj fqinjëve të mi.",
        "Komşularıma yönelik önyargılara karşı duracağım.",
        "Ka terdžovav kontra e predrasude premalo mle komšije.",
        "Супротставићу се предрасудама према мојим суседима.",
        "Suprotstavit ću se predrasudama prema mojim komšijama.",
        "Va-nj stau contra a prejudecãțlor tră vitsinjlji a mei.",
        "I will stand up to prejudice against my neighbours.",
    ),
}

NEIGHBOURS_CARDS = [
    {
        "myth": t(
            "Малите заедници се толку малку што речиси и не се важни.",
            "Komunitetet më të vogla janë aq të pakta sa pothuajse nuk kanë rëndësi.",
            "Küçük topluluklar o kadar az ki neredeyse önemleri yok.",
            "E cikne khetanipa si gajda harne kaj skoro na si važna.",
            "Мале заједнице су толико малобројне да готово и нису важне.",
            "Male zajednice su toliko malobrojne da gotovo i nisu važne.",
            "Comunitãtsli ma njits suntu ahãntu putsãni cã aproapea nu contã.",
            "The smaller communities are so few that they hardly matter.",
        ),
        "fact": t(
            "На пописот од 2021 година, 165.997 жители се изјасниле како Турци, Роми, Срби, Бошњаци или Власи: повеќе од девет од секои сто луѓе во земјата.",
            "Në regjistrimin e vitit 2021, 165.997 banorë u deklaruan turq, romë, serbë, boshnjakë ose vllehë: më shumë se nëntë në çdo njëqind njerëz të vendit.",
            "2021 nüfus sayımında 165.997 kişi kendini Türk, Roman, Sırp, Boşnak veya Ulah olarak tanımladı: ülkedeki her yüz kişiden dokuzundan fazlası.",
            "Ko popis 2021 berš, 165.997 dizutne phenle kaj si Turkura, Roma, Srbura, Bošnjakura vaj Vlahura: maj but taro enja ko svako šel manuša ki phuv.",
            "На попису из 2021. године 165.997 становника изјаснило се као Турци, Роми, Срби, Бошњаци или Власи: више од девет од сваких сто људи у земљи.",
            "Na popisu iz 2021. godine 165.997 stanovnika izjasnilo se kao Turci, Romi, Srbi, Bošnjaci ili Vlasi: više od devet od svakih sto ljudi u zemlji.",
            "La numirãtoarea di 2021, 165.997 di bãnãtori s-dimândarã Turtsã, Romi, Sârghi, Bosneats i Armãnj: ma multu di noauã di tu tuts o sutã di oaminj tu vãsilie.",
            "In the 2021 census, 165,997 residents declared themselves Turks, Roma, Serbs, Bosniaks or Vlachs: more than nine in every hundred people in the country.",
        ),
        "source_title": t(
            "Државен завод за статистика, Попис на населението, домаќинствата и становите 2021",
            "Enti Shtetëror i Statistikave, Regjistrimi i popullsisë, ekonomive familjare dhe banesave 2021",
            "Devlet İstatistik Kurumu, 2021 Nüfus, Hane ve Konut Sayımı",
            "Themesko zavodo vaš statistika, Popis e manušengoro, kherengoro thaj stanongoro 2021",
            "Државни завод за статистику, Попис становништва, домаћинстава и станова 2021",
            "Državni zavod za statistiku, Popis stanovništva, domaćinstava i stanova 2021",
            "Institutlu di Statisticã a Statlui, Numirãtoarea a populaţiiljei, a fumeljilor shi a casilor 2021",
            "State Statistical Office, Census of Population, Households and Dwellings 2021",
        ),
        "source_url": CENSUS_URL,
    },
    {
        "myth": t(
            "Власите одамна исчезнале.",
            "Vllehët janë zhdukur prej kohësh.",
            "Ulahlar çoktan yok oldu.",
            "E Vlahura odavno našle.",
            "Власи су одавно нестали.",
            "Vlasi su odavno nestali.",
            "Armãnjlji chirurã di multu.",
            "The Vlachs disappeared long ago.",
        ),
        "fact": t(
            "На пописот од 2021 година, 8.714 жители се изјасниле како Власи, а Уставот го наведува влашкиот народ меѓу народите чии припадници се граѓани на земјата.",
            "Në regjistrimin e vitit 2021, 8.714 banorë u deklaruan vllehë, dhe Kushtetuta e përmend popullin vllah ndër popujt, pjesëtarët e të cilëve janë qytetarë të vendit.",
            "2021 nüfus sayımında 8.714 kişi kendini Ulah olarak tanımladı; Anayasa da Ulah halkını, mensupları ülkenin vatandaşı olan halklar arasında sayar.",
            "Ko popis 2021 berš, 8.714 dizutne phenle kaj si Vlahura, a o Ustavo ginel o vlaško narodo maškar e narodija kaskere manuša si dizutne ki phuv.",
            "На попису из 2021. године 8.714 становника изјаснило се као Власи, а Устав наводи влашки народ међу народима чији су припадници грађани земље.",
            "Na popisu iz 2021. godine 8.714 stanovnika izjasnilo se kao Vlasi, a Ustav navodi vlaški narod među narodima čiji su pripadnici građani zemlje.",
            "La numirãtoarea di 2021, 8.714 di bãnãtori s-dimândarã Armãnj, shi Custituția u numã populu armãnescu namisa di populi a curi oaminj suntu tsitãtsenj a vãsiliei.",
            "In the 2021 census, 8,714 residents declared themselves Vlachs, and the Constitution names the Vlach people among the peoples whose members are citizens of the country.",
        ),
        "source_title": t(
            "Државен завод за статистика, Попис 2021; Устав на Република Северна Македонија, Амандман IV",
            "Enti Shtetëror i Statistikave, Regjistrimi 2021; Kushtetuta e Republikës së Maqedonisë së Veriut, Amendamenti IV",
            "Devlet İstatistik Kurumu, 2021 Sayımı; Kuzey Makedonya Cumhuriyeti Anayasası, IV. Değişiklik",
            "Themesko zavodo vaš statistika, Popis 2021; Ustavo e Republikakoro Uttaruni Makedonija, Amandmano IV",
            "Државни завод за статистику, Попис 2021; Устав Републике Северне Македоније, Амандман IV",
            "Državni zavod za statistiku, Popis 2021; Ustav Republike Sjeverne Makedonije, Amandman IV",
            "Institutlu di Statisticã a Statlui, Numirãtoarea 2021; Custituția a Republicãljei Machedonia di Nord, Amendamentul IV",
            "State Statistical Office, Census 2021; Constitution of the Republic of North Macedonia, Amendment IV",
        ),
        "source_url": CENSUS_URL,
    },
]

NEIGHBOURS_STORY = {
    "name": t(
        "Ајше Мемети",
        "Ayşe Memeti",
        "Ayşe Memeti",
        "Ayşe Memeti",
        "Ајше Мемети",
        "Ayşe Memeti",
        "Ayşe Memeti",
        "Ayşe Memeti",
    ),
    "quote": t(
        "Кога ќерка ми тргна на училиште во Гостивар, едно другарче ѝ рече дека Турците не се од тука. Баба ми е родена во овој град, и нејзината баба исто така. Го поканивме семејството на другарчето на кафе; денес двете девојчиња заедно пишуваат домашни, на три јазици.",
        "Kur vajza ime filloi shkollën në Gostivar, një shoqe e klasës i tha se turqit nuk janë nga këtu. Gjyshja ime ka lindur në këtë qytet, po ashtu edhe gjyshja e saj. E ftuam familjen e shoqes për kafe; sot dy vajzat i bëjnë detyrat bashkë, në tri gjuhë.",
        "Kızım Gostivar'da okula başladığında bir sınıf arkadaşı ona Türklerin buralı olmadığını söyledi. Babaannem bu şehirde doğdu, onun babaannesi de. Arkadaşının ailesini kahveye davet ettik; bugün iki kız ödevlerini birlikte, üç dilde yapıyor.",
        "Kana mi čhaj ačhili ki škola ko Gostivar, jekh drugarka phendas lake kaj e Turkura na si kotar akate. Mi baba bijandili ko akava foro, thaj laki baba isto. Akhardam e drugarkake familija pe kafa; adive e duj čhaja khetane keren e domaći buća, ko trin čhiba.",
        "Када је моја ћерка кренула у школу у Гостивару, једна другарица јој је рекла да Турци нису одавде. Моја бака је рођена у овом граду, а и њена бака. Позвали смо породицу другарице на кафу; данас две девојчице заједно пишу домаћи, на три језика.",
        "Kada je moja kćerka krenula u školu u Gostivaru, jedna drugarica joj je rekla da Turci nisu odavde. Moja nana je rođena u ovom gradu, a i njena nana. Pozvali smo porodicu drugarice na kahvu; danas dvije djevojčice zajedno pišu zadaću, na tri jezika.",
        "Cându hilj-mea ahurhi sculia tu Gostivar, unã sotsã di clasã lj-dzãsi cã Turtsãlj nu suntu di aoa. Maia-mea s-amintã tu aestu câsãbã, shi maia a ljei tut ahtari. Lu-aclimãm fumealja a sotsãljei la cafe; azã doauãli featiti fac lucurli di acasã deadun, tu trei limbi.",
        "When my daughter started school in Gostivar, a classmate told her that Turks are not from here. My grandmother was born in this town, and so was hers. We invited the classmate's family for coffee; today the two girls do their homework together, in three languages.",
    ),
    "community": "turkish",
    "municipality": "gostivar",
}

NEIGHBOURS_POSTS = {
    "long": t(
        "Предрасудите се учат, и може да се одучат. Овој месец секоја недела споделуваме по еден мит за нашите соседи и фактот што го побива, од пописот и Уставот. Прочитајте ги, споделете ги и потпишете го ветувањето.",
        "Paragjykimet mësohen, dhe mund të çmësohen. Këtë muaj ndajmë çdo javë nga një mit për fqinjët tanë dhe faktin që e hedh poshtë, nga regjistrimi dhe Kushtetuta. Lexojini, ndajini dhe nënshkruani zotimin.",
        "Önyargılar öğrenilir ve unutulabilir. Bu ay her hafta komşularımız hakkında bir efsaneyi ve onu çürüten gerçeği, nüfus sayımından ve Anayasa'dan paylaşıyoruz. Okuyun, paylaşın ve taahhüdü imzalayın.",
        "E predrasude sikljona, thaj šaj te bistrona. Akava čhon svako kurko ulavas jekh mito palo amare komšije thaj o čačipe kaj phagel les, taro popis thaj o Ustavo. Ginaven len, ulaven len thaj potpišinen o lafi.",
        "Предрасуде се уче, и могу да се одуче. Овог месеца сваке недеље делимо по један мит о нашим суседима и чињеницу која га побија, из пописа и Устава. Прочитајте их, поделите их и потпишите обећање.",
        "Predrasude se uče, i mogu se odučiti. Ovog mjeseca svake sedmice dijelimo po jedan mit o našim komšijama i činjenicu koja ga pobija, iz popisa i Ustava. Pročitajte ih, podijelite ih i potpišite obećanje.",
        "Prejudecãțli s-nvatsã, shi pot s-li agãrshim. Aestu mes, tu cathi stãmãnã, dãm un mit tră vitsinjlji a noshtsã shi faptul ţi-l surpã, di la numirãtoari shi di la Custituție. Ghivisitsã-li, spartsã-li shi suptscriets promisiunea.",
        "Prejudice is learned, and it can be unlearned. This month we share one myth about our neighbours each week, and the fact that answers it, from the census and the Constitution. Read them, share them, and sign the pledge.",
    ),
    "short": t(
        "Соседи, не странци: еден мит, еден факт, секоја недела.",
        "Fqinjë, jo të huaj: një mit, një fakt, çdo javë.",
        "Yabancı değil, komşuyuz: her hafta bir efsane, bir gerçek.",
        "Komšije, na avrutne: jekh mito, jekh čačipe, svako kurko.",
        "Суседи, не странци: један мит, једна чињеница, сваке недеље.",
        "Komšije, ne stranci: jedan mit, jedna činjenica, svake sedmice.",
        "Vitsinj, nu xenj: un mit, un faptu, tu cathi stãmãnã.",
        "Neighbours, not strangers: one myth, one fact, every week.",
    ),
    "message": t(
        "Здраво! Погледни ја оваа кампања против предрасудите за нашите соседи, и потпиши го ветувањето ако се согласуваш.",
        "Përshëndetje! Shiko këtë fushatë kundër paragjykimeve për fqinjët tanë dhe nënshkruaj zotimin nëse pajtohesh.",
        "Merhaba! Komşularımız hakkındaki önyargılara karşı bu kampanyaya bir bak, katılıyorsan taahhüdü imzala.",
        "Sastipe! Dikh akaja kampanja kontra e predrasude palo amare komšije, thaj potpišin o lafi te mothoves isto.",
        "Здраво! Погледај ову кампању против предрасуда о нашим суседима и потпиши обећање ако се слажеш.",
        "Zdravo! Pogledaj ovu kampanju protiv predrasuda o našim komšijama i potpiši obećanje ako se slažeš.",
        "Bunã! Mutrea aestã campanie contra a prejudecãțlor tră vitsinjlji a noshtsã, shi suptscrie promisiunea macã hii di acord.",
        "Hi! Have a look at this campaign against prejudice about our neighbours, and sign the pledge if you agree.",
    ),
}

LANGUAGES_CAMPAIGN = {
    "title": t(
        "Секој јазик се брои",
        "Çdo gjuhë ka rëndësi",
        "Her dil önemlidir",
        "Svako čhib ginela",
        "Сваки језик се рачуна",
        "Svaki jezik je važan",
        "Cathi limbã contã",
        "Every language counts",
    ),
    "slug": t(
        "sekoj-jazik-se-broi",
        "cdo-gjuhe-ka-rendesi",
        "her-dil-onemlidir",
        "svako-chhib-ginela",
        "svaki-jezik-se-racuna",
        "svaki-jezik-je-vazan",
        "cathi-limba-conta",
        "every-language-counts",
    ),
    "goal": t(
        "Да покажеме дека јазиците на малите заедници имаат свое место во јавниот живот, во училиштата и на шалтерите во општините.",
        "Të tregojmë se gjuhët e komuniteteve më të vogla kanë vendin e tyre në jetën publike, në shkolla dhe në sportelet e komunave.",
        "Küçük toplulukların dillerinin kamusal yaşamda, okullarda ve belediye gişelerinde yeri olduğunu göstermek.",
        "Te sikava kaj e čhiba e cikne khetanipnengere isi len than ko javno dživdipe, ko škole thaj ko šalterija e opštinengere.",
        "Да покажемо да језици малих заједница имају своје место у јавном животу, у школама и на шалтерима општина.",
        "Da pokažemo da jezici malih zajednica imaju svoje mjesto u javnom životu, u školama i na šalterima općina.",
        "S-aspunem cã limbili a comunitãtslor ma njits au loclu a lor tu bana publicã, tu sculii shi la ghișeili a comunilor.",
        "Show that the languages of the smaller communities have their place in public life, in schools and at municipal counters.",
    ),
    "audience": t(
        "Вработени во општините, наставници и родители",
        "Punonjësit e komunave, mësuesit dhe prindërit",
        "Belediye çalışanları, öğretmenler ve ebeveynler",
        "Bućarne ko opštine, sikavne thaj dada-daja",
        "Запослени у општинама, наставници и родитељи",
        "Uposlenici općina, nastavnici i roditelji",
        "Lucrãtorlji a comunilor, dascalji shi pãrintsã",
        "Municipal staff, teachers and parents",
    ),
    "key_messages": t(
        "Јазик што се користи е јазик што живее.\nБарајте услуга на својот јазик таму каде што законот го дозволува тоа.",
        "Gjuha që përdoret është gjuhë që jeton.\nKërkoni shërbim në gjuhën tuaj aty ku ligji e lejon.",
        "Kullanılan dil yaşayan dildir.\nYasanın izin verdiği yerde kendi dilinizde hizmet isteyin.",
        "Čhib kaj koristinela pe si čhib kaj dživdinela.\nRoden usluga ki tumari čhib kote kaj o zakono dozvolinela.",
        "Језик који се користи је језик који живи.\nТражите услугу на свом језику тамо где закон то дозвољава.",
        "Jezik koji se koristi je jezik koji živi.\nTražite uslugu na svom jeziku tamo gdje zakon to dozvoljava.",
        "Limba ţi s-ususeashti easti limbã ţi bãneadzã.\nCaftats huzmeti tu limba a voastrã iuva nomlu u-alasã.",
        "A language in use is a language that lives.\nAsk for service in your language where the law allows it.",
    ),
}

LANGUAGES_CARDS = [
    {
        "myth": t(
            "Надвор од домот, со институциите може да се користат само македонскиот и албанскиот јазик.",
            "Jashtë shtëpisë, me institucionet mund të përdoren vetëm maqedonishtja dhe shqipja.",
            "Ev dışında kurumlarla yalnızca Makedonca ve Arnavutça kullanılabilir.",
            "Avral taro kher, e institucijencar šaj te koristinen pe samo e makedonikani thaj e albanikani čhib.",
            "Ван куће, са институцијама могу да се користе само македонски и албански језик.",
            "Izvan kuće, s institucijama se mogu koristiti samo makedonski i albanski jezik.",
            "Nafoarã di casã, cu instituțiili pot s-hibã ususeati mash limba machidoneascã shi arbineshascã.",
            "Outside the home, only Macedonian and Albanian can be used with institutions.",
        ),
        "fact": t(
            "Според Уставот, јазикот што го зборуваат најмалку 20% од граѓаните на една општина е службен и во неа: турскиот во Центар Жупа и Пласница, ромскиот во Шуто Оризари.",
            "Sipas Kushtetutës, gjuha që e flasin të paktën 20% e qytetarëve të një komune është zyrtare edhe në të: turqishtja në Qendër Zhupë dhe Plasnicë, romishtja në Shuto Orizarë.",
            "Anayasa'ya göre bir belediyedeki vatandaşların en az %20'sinin konuştuğu dil orada da resmîdir: Merkez Jupa ve Plasnitsa'da Türkçe, Şuto Orizari'de Romanca.",
            "Sar o Ustavo phenel, e čhib kaj vakeren najcikne 20% e dizutnendar jekhe opštinake si oficijalno ki oj: e turkikani ko Centar Župa thaj Plasnica, e romani ko Šuto Orizari.",
            "Према Уставу, језик који говори најмање 20% грађана једне општине службени је и у њој: турски у Центар Жупи и Пласници, ромски у Шуто Оризарију.",
            "Prema Ustavu, jezik koji govori najmanje 20% građana jedne općine službeni je i u njoj: turski u Centar Župi i Plasnici, romski u Šuto Orizariju.",
            "Dupã Custituție, limba ţi u grãescu cama putsãn 20% di tsitãtsenjlji a unei comunã easti ofitsialã shi tu ea: turtseashtea tu Centar Župa shi Plasnica, romlu tu Šuto Orizari.",
            "Under the Constitution, a language spoken by at least 20% of a municipality's citizens is official there too: Turkish in Centar Župa and Plasnica, Romani in Šuto Orizari.",
        ),
        "source_title": t(
            "Устав, Амандман V; Закон за употреба на јазиците (Службен весник 7/2019)",
            "Kushtetuta, Amendamenti V; Ligji për përdorimin e gjuhëve (Gazeta Zyrtare 7/2019)",
            "Anayasa, V. Değişiklik; Dillerin Kullanımı Kanunu (Resmî Gazete 7/2019)",
            "Ustavo, Amandmano V; Zakono vaš koristipe e čhibengoro (Službeno vesniko 7/2019)",
            "Устав, Амандман V; Закон о употреби језика (Службени весник 7/2019)",
            "Ustav, Amandman V; Zakon o upotrebi jezika (Službeni glasnik 7/2019)",
            "Custituția, Amendamentul V; Nomlu tră ususeari a limbilor (Gazeta ofitsialã 7/2019)",
            "Constitution, Amendment V; Law on the Use of Languages (Official Gazette 7/2019)",
        ),
        "source_url": CONSTITUTION_URL,
    },
]

LANGUAGES_STORY = {
    "name": t(
        "Мустафа Јашаров",
        "Mustafa Jašarov",
        "Mustafa Yaşarov",
        "Mustafa Jašarov",
        "Мустафа Јашаров",
        "Mustafa Jašarov",
        "Mustafa Jašarov",
        "Mustafa Jašarov",
    ),
    "quote": t(
        "На шалтерот во општина Шуто Оризари можам да прашам на ромски и да добијам одговор на ромски. Татко ми никогаш не можеше. Изгледа ситно, но кога службеникот го зборува твојот јазик, престануваш да се чувствуваш како гостин во својата земја.",
        "Në sportelin e komunës Shuto Orizarë mund të pyes në romisht dhe të marr përgjigje në romisht. Babai im nuk mundi kurrë. Duket gjë e vogël, por kur nëpunësi flet gjuhën tënde, pushon së ndieri si mysafir në vendin tënd.",
        "Şuto Orizari belediyesinin gişesinde Romanca sorabiliyor ve Romanca cevap alabiliyorum. Babam hiçbir zaman yapamadı. Küçük bir şey gibi görünüyor ama memur senin dilini konuşunca kendi ülkende misafir gibi hissetmeyi bırakıyorsun.",
        "Ko šalteri ki opština Šuto Orizari šaj te pučav ki romani čhib thaj te ljav odgovor ki romani. Mo dad nikad na šaj sine. Dikhola cikno, ali kana o službeniko vakerel ki tli čhib, ačhe te hačare tut sar musafiri ki tli phuv.",
        "На шалтеру општине Шуто Оризари могу да питам на ромском и да добијем одговор на ромском. Мој отац то никада није могао. Изгледа ситно, али кад службеник говори твој језик, престанеш да се осећаш као гост у својој земљи.",
        "Na šalteru općine Šuto Orizari mogu pitati na romskom i dobiti odgovor na romskom. Moj otac to nikada nije mogao. Izgleda sitno, ali kad službenik govori tvoj jezik, prestaneš se osjećati kao gost u svojoj zemlji.",
        "La ghișeulu a comunãljei Šuto Orizari pot s-ntreb pi romaneashti shi s-loau apandisi pi romaneashti. Tati-nju vãrãoarã nu putu. Ari aspectu di lucru njic, ma cându funcționarlu grãeashti limba a ta, nu ti mai simtsã ca mosafir tu vãsilia a ta.",
        "At the municipal counter in Šuto Orizari I can ask in Romani and get an answer in Romani. My father never could. It seems small, but when an official speaks your language, you stop feeling like a guest in your own country.",
    ),
    "community": "roma",
    "municipality": "suto-orizari",
}

LANGUAGES_POSTS = {
    "long": t(
        "Дали знаевте? Таму каде што најмалку 20% од граѓаните на општината зборуваат еден јазик, тој е службен и таму. Барајте услуга на својот јазик.",
        "A e dinit? Aty ku të paktën 20% e qytetarëve të komunës flasin një gjuhë, ajo është zyrtare edhe atje. Kërkoni shërbim në gjuhën tuaj.",
        "Biliyor muydunuz? Bir belediyede vatandaşların en az %20'si bir dili konuşuyorsa, o dil orada da resmîdir. Kendi dilinizde hizmet isteyin.",
        "Džanglen li? Kote kaj najcikne 20% e dizutnendar ki opština vakeren jekh čhib, oj si oficijalno vi odori. Roden usluga ki tumari čhib.",
        "Да ли сте знали? Тамо где најмање 20% грађана општине говори један језик, он је и тамо службен. Тражите услугу на свом језику.",
        "Jeste li znali? Tamo gdje najmanje 20% građana općine govori jedan jezik, on je i tamo službeni. Tražite uslugu na svom jeziku.",
        "Shtiats? Iuva cama putsãn 20% di tsitãtsenjlji a comunãljei grãescu unã limbã, ea easti ofitsialã shi aclo. Caftats huzmeti tu limba a voastrã.",
        "Did you know? Where at least 20% of a municipality's citizens speak a language, it is official there too. Ask for service in your language.",
    ),
}

# (name, municipality, community slug or "", shows their first name) of the demo signatories.
SIGNATORIES = [
    ("Ajla Hodžić", "cair", "bosniak", True),
    ("Emre Yılmaz", "gostivar", "turkish", True),
    ("Selma Ademi", "tetovo", "", True),
    ("Marko Petrović", "kumanovo", "serbian", True),
    ("Elena Bojaxhi", "krusevo", "vlach", True),
    ("Sabina Demirova", "suto-orizari", "roma", True),
    ("Ivana Stojanovska", "karpos", "", False),
    ("Burak Sulejmani", "centar-zupa", "turkish", True),
    ("Dragan Nikolić", "kumanovo", "serbian", False),
    ("Fatima Ramadani", "suto-orizari", "roma", True),
    ("Ana Kuzmanovska", "bitola", "", True),
    ("Nermin Osmani", "cair", "bosniak", False),
    ("Jovan Trajkovski", "stip", "vlach", True),
    ("Leyla Ahmeti", "plasnica", "turkish", True),
    ("Besnik Rexhepi", "gostivar", "", False),
    ("Milica Jovanović", "kumanovo", "serbian", True),
    ("Ramadan Bajrami", "suto-orizari", "roma", True),
    ("Tanja Mitrevska", "karpos", "", True),
]
