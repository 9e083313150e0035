# Vietnes saskarnes teksti (latviešu valoda).
# Katrai atslēgai jābūt arī failā locales/en/main.ftl.

## Navigācija un orientieri

skip-link = Pāriet uz galveno saturu
home = Sākums
menu-label = Galvenā izvēlne
lang-switcher-label = Valodas izvēle
# Rāda pie valodas saites, ja šai lapai nav tulkojuma; teksts ir saites valodā.
lang-no-translation = Šī lapa nav latviski – saite ved uz tuvāko lapu latviešu valodā
breadcrumbs-label = Jūs atrodaties šeit
toc-label = Šajā lapā

## Lapas informācija

published = Publicēts
updated = Atjaunināts
tags-label = Atslēgvārdi
event-when = Kad
event-where = Kur
event-online = Tiešsaistē
event-online-yes = Jā, pasākums notiek tiešsaistē
event-registration = Pieteikšanās
# Saites teksts, ja "online" ir adrese (http…).
event-online-link = Atvērt pasākumu tiešsaistē
# Saites teksts, ja "registration" ir adrese (http… vai mailto:…).
event-registration-link = Pieteikties pasākumam
# Pasākumu sarakstos: pasākums notiek tiešsaistē.
event-online-note = Notiek tiešsaistē
event-ics = Pievienot kalendāram (.ics)
event-ended = Šis pasākums jau ir beidzies.
# Īsa piezīme sarakstā pie pasākuma, kas jau ir beidzies.
event-ended-short = Beidzies
municipalities-label = Pašvaldības

## Sadaļas un saraksti

subsections-heading = Sadaļas
pages-heading = Lapas
section-pages-heading = Šajā sadaļā
section-empty = Šajā sadaļā vēl nav nevienas lapas.
pages-count =
    { $count ->
        [zero] { $count } lapu
        [one] { $count } lapa
       *[other] { $count } lapas
    }

# Cik ziņu ir jaunumu sadaļā.
news-count =
    { $count ->
        [zero] { $count } ziņu
        [one] { $count } ziņa
       *[other] { $count } ziņas
    }

## Lapošana (garos sarakstos)

pagination-label = Saraksta lapas
pagination-previous = Iepriekšējā lapa
pagination-next = Nākamā lapa
# Lapas numura saites nosaukums ekrāna lasītājiem.
pagination-page = { $number }. lapa
pagination-status = { $number }. lapa no { $total }

## Pasākumi

events-upcoming-heading = Gaidāmie pasākumi
events-past-heading = Pagājušie pasākumi
events-none-upcoming = Šobrīd nav neviena plānota pasākuma.
events-none-past = Vēl nav neviena pagājuša pasākuma.
calendar-link = Visu pasākumu kalendārs (.ics)
calendar-help = Ar šo failu jūs varat ielikt visus pasākumus savā kalendārā telefonā vai datorā.

## Sākumlapa

home-news-heading = Jaunākās ziņas
home-no-news = Vēl nav nevienas ziņas.
home-all-news = Visi jaunumi
home-all-events = Visi pasākumi

## Atslēgvārdi un pašvaldības

# Lapu virsraksti: visu atslēgvārdu saraksts un visu pašvaldību saraksts (lapas veido lapa).
tags-title = Atslēgvārdi
municipalities-title = Pašvaldības
# Jaunumu Atom plūsmas nosaukums (rāda plūsmu lasītāji).
feed-news-title = Projekta DI jaunumi

# Cik ziņu un pasākumu ir ar šo atslēgvārdu vai par šo pašvaldību.
tag-count =
    { $count ->
        [zero] { $count } rakstu
        [one] { $count } raksts
       *[other] { $count } raksti
    }
tags-intro = Šeit ir visi atslēgvārdi. Izvēlieties atslēgvārdu, lai redzētu ziņas un pasākumus ar to.
tags-none = Vēl nav neviena atslēgvārda.
tag-intro = Ziņas un pasākumi ar atslēgvārdu „{ $tag }“.
tag-empty = Ar šo atslēgvārdu vēl nav nevienas ziņas un neviena pasākuma.
municipalities-intro = Projektā piedalījās Latgales pašvaldības. Izvēlieties pašvaldību, lai redzētu ziņas un pasākumus par to.
municipalities-none = Vēl nav nevienas pašvaldības.
municipality-intro = Šeit ir ziņas un pasākumi par šo pašvaldību.
municipality-website = Pašvaldības tīmekļa vietne
municipality-news-heading = Ziņas
municipality-no-news = Par šo pašvaldību vēl nav ziņu.

## Vietnes informācija citām programmām

# Valoda un valsts Open Graph formātā (sociālajiem tīkliem).
og-locale = lv_LV

## Eiropas Savienības finansējuma norāde

eu-union = Eiropas Savienība
eu-fund = Eiropas Sociālais fonds
eu-slogan = Ieguldījums tavā nākotnē

## Kājene

footer-project-number = Projekta Nr. { $number }
footer-lead-partner = Vadošais partneris
footer-funding = Projektu līdzfinansēja Eiropas Savienība no Eiropas Sociālā fonda.
footer-contacts = Kontakti
# Saite uz piekļūstamības paziņojumu kājenē (kad paziņojuma lapa būs izveidota).
footer-accessibility = Piekļūstamības paziņojums
footer-links-label = Noderīgas saites
footer-calendar = Pasākumu kalendārs (.ics)
footer-feed = Jaunumu plūsma (Atom)
footer-embed = Iegult savā vietnē

## Teksta lieluma izvēle (darbojas tikai ar JavaScript)

text-size-label = Teksta lielums
text-size-normal-symbol = A
text-size-normal = parasts teksts
text-size-large-symbol = A+
text-size-large = liels teksts
text-size-largest-symbol = A++
text-size-largest = ļoti liels teksts

## Lapa nav atrasta (404)

not-found-title = Lapa nav atrasta
not-found-text = Šajā adresē lapas nav. Iespējams, lapa ir pārvietota vai dzēsta, vai adresē ir kļūda.
not-found-home = Atvērt sākumlapu latviešu valodā

## Valodas izvēle vietnes saknē

root-title = Izvēlieties valodu
root-continue = Turpināt latviešu valodā

## Pāradresācija

redirect-title = Lapa ir pārvietota
redirect-text = Šī lapa tagad atrodas citā adresē. Ja pārlūks jūs uz to nepārved pats, izmantojiet šo saiti:
redirect-link = Atvērt lapu jaunajā adresē

## Mērvienības (rezultatīvajiem rādītājiem; $count ir skaitlis)

unit-persons =
    { $count ->
        [zero] { $count } personu
        [one] { $count } persona
       *[other] { $count } personas
    }
unit-children =
    { $count ->
        [zero] { $count } bērnu
        [one] { $count } bērns
       *[other] { $count } bērni
    }
unit-plans =
    { $count ->
        [zero] { $count } plānu
        [one] { $count } plāns
       *[other] { $count } plāni
    }

## Rezultatīvie rādītāji

# Redzams katrā lapā, kurā ir skaitļi no faila ar illustrative: true.
indicators-illustrative-label = Uzmanību
indicators-illustrative = Šie skaitļi ir tikai piemērs. Tie nav īstie projekta dati.
# Pēc tā ir kols un datums, kad skaitļi pēdējo reizi pārbaudīti.
indicators-updated = Skaitļi pēdējo reizi pārbaudīti
indicators-downloads-heading = Skaitļi lejupielādei
indicators-download-csv = Lejupielādēt skaitļus (CSV, atveras izklājlapu programmās, piemēram, Excel)
indicators-download-json = Lejupielādēt skaitļus (JSON, datorprogrammām)
indicator-target = Mērķis
indicator-latest = Sasniegts
# Piemēram: 389 no 400, 97%. $latest un $target jau ir skaitļi vai naudas summas.
indicator-progress = { $latest } no { $target }, { $percent }
indicator-progress-no-percent = { $latest } no { $target }
indicator-none-published = Sasniegtais skaitlis vēl nav publicēts.
indicator-facts-label = Galvenie fakti
indicator-target-source = Mērķa avots
indicator-group = Grupa
indicator-history-heading = Mērķa izmaiņas
indicator-history-caption = Agrākie mērķi un kad tie mainījās
indicator-history-value = Agrākais mērķis
indicator-history-until = Spēkā līdz
indicator-history-until-unknown = nav zināms
indicator-history-source = Avots
indicator-progress-heading = Izpilde
indicator-progress-caption = Sasniegtie skaitļi pa datumiem
indicator-progress-date = Datums
indicator-progress-value = Sasniegts
indicator-municipalities-heading = Pa pašvaldībām
indicator-municipalities-caption = Sasniegtais skaitlis katrā pašvaldībā, no lielākā līdz mazākajam
indicator-municipality = Pašvaldība
indicator-value = Skaitlis
indicator-source = Avots

## Projekta karte

project-number = Projekta numurs
project-programme = Programma
project-measure = Pasākums
project-period = Projekta laiks
# $date ir jau formatēts datums, $source – avota nosaukums.
project-earlier-end = agrāk plānotās beigas: { $date } (avots: { $source })
project-lead-partner = Vadošais partneris
project-partners = Sadarbības partneri
project-partners-count =
    { $count ->
        [zero] { $count } sadarbības partneru
        [one] { $count } sadarbības partneris
       *[other] { $count } sadarbības partneri
    }
project-goal = Mērķis
project-activities = Galvenie darbi
project-budget-total = Kopējais budžets
project-budget-esf = Eiropas Sociālā fonda finansējums
project-esf-share = { $share } no projekta attiecināmajām izmaksām

## Kontakti

contact-phone = Tālrunis
contact-email = E-pasts
contact-vcard = Saglabāt adrešu grāmatā (vCard)
contact-source = Avots
contact-as-of = Informācija pārbaudīta

## Rezultatīvo rādītāju grafiki

# Grafikus zīmē lapa: apraksts ekrāna lasītājiem un raustītās mērķa līnijas nosaukums.
chart-description = Grafikā ir { $count ->
    [zero] { $count } vērtību
    [one] { $count } vērtība
   *[other] { $count } vērtības
} no { $from } līdz { $to }: no { $first } līdz { $latest }. Mērķis ir { $target }.
chart-target = Mērķis: { $target }

## Logrīki partneru tīmekļa vietnēs

# Katra logrīka nosaukums (tā iframe, tā lapas un tā ieraksta lapā „Iegult savā vietnē“).
embed-news-title = Jaunākās ziņas
embed-news-municipality-title = Jaunākās ziņas: { $municipality }
embed-events-title = Gaidāmie pasākumi
embed-events-municipality-title = Gaidāmie pasākumi: { $municipality }
embed-contacts-title = Kontakti
embed-contacts-municipality-title = Kontakti: { $municipality }
embed-indicators-title = Rezultatīvie rādītāji
embed-project-title = Projekta karte
# Kad logrīkam nav ko rādīt.
embed-no-news = Vēl nav nevienas ziņas.
embed-no-events = Pašlaik nav gaidāmu pasākumu.
embed-no-contacts = Šeit vēl nav kontaktu.
# Rinda katra logrīka beigās: saite uz lapu ar visu informāciju.
embed-source = Lasīt vairāk: { $page } – { $site }

## Lapas „Iegult savā vietnē“

embed-guide-title = Iegult savā vietnē
embed-guide-municipality-title = Iegult savā vietnē: { $name }
embed-guide-intro = Partneru pašvaldības un citi var rādīt projekta ziņas, pasākumus, rezultātus un kontaktus savā tīmekļa vietnē. Saturs atjaunojas pats, kad mainās šī vietne.
embed-guide-municipality-intro = Šie logrīki rāda tikai šīs pašvaldības ziņas, pasākumus un kontaktus: { $municipality }.
embed-guide-how = Nokopējiet vajadzīgā logrīka kodu un ielīmējiet to savas vietnes lapā – satura vadības sistēmas HTML vai koda skatā. Kods ir viens visām lapām: katru logrīku pievienojiet vienreiz.
embed-guide-levels = Logrīka nosaukums ir 2. līmeņa virsraksts. Ja jūsu lapā logrīks atrodas zem 2. līmeņa virsraksta, kodā nomainiet ?h=2 pret ?h=3: tad tā virsraksti būs vienu līmeni zemāk.
embed-guide-toc = Logrīki šajā lapā
embed-guide-about-news = Rāda jaunākās ziņas – jaunākās augšā – ar datumu un īsu aprakstu.
embed-guide-about-events = Rāda gaidāmos pasākumus – tuvākos augšā – ar laiku un vietu.
embed-guide-about-contacts = Rāda kontaktus ar tālruņiem un e-pasta adresēm.
embed-guide-about-indicators = Rāda projekta rezultatīvos rādītājus: katra mērķi un jaunāko sasniegto vērtību.
embed-guide-about-indicator = Rāda vienu rezultatīvo rādītāju ar mērķi, izpildi, grafiku un tabulu.
embed-guide-about-project = Rāda projekta karti: projekta nosaukumu, numuru, laiku, partnerus, mērķi un budžetu.
embed-guide-full-page = Skatīt visu lapu.
embed-guide-code = Kods, ko kopēt
embed-guide-copy = Kopēt kodu
embed-guide-copied = Logrīka „{ $title }“ kods ir nokopēts. Ielīmējiet to savā vietnē.
embed-guide-copy-failed = Kodu neizdevās nokopēt. Tas ir atlasīts: nospiediet Ctrl+C, lai to nokopētu.
embed-guide-files = Ja jūsu vietne neatļauj iframe:
embed-guide-file-fragment = HTML ielīmēšanai (bez skripta)
embed-guide-file-json-feed = JSON Feed (plūsmu lasītājiem un spraudņiem)
embed-guide-address = Vai jūsu vietne iegulda ielīmētu adresi, kā to dara WordPress? Ielīmējiet šo adresi atsevišķā rindā:
embed-guide-preview = Priekšskatījums
embed-guide-municipalities-heading = Vienas pašvaldības logrīki
embed-guide-municipalities-intro = Katrai partneru pašvaldībai ir savi ziņu, pasākumu un kontaktu logrīki. Izvēlieties pašvaldību:

# Vieglās valodas versijas.
# Vieglās valodas rādītāja lapas un galvenes saites nosaukums.
easy-read-index-title = Vieglā valoda
# Saite pie tās lapas virsraksta, kurai ir vieglās valodas versija.
easy-read-link = Vieglā valoda
# Vieglās valodas lapā: saite atpakaļ uz parasto tekstu.
easy-read-back = Parastais teksts
# Vieglās valodas rādītājā: lapu saraksta virsraksts.
easy-read-pages-heading = Lapas vieglajā valodā
easy-read-index-empty = Vieglās valodas lapu vēl nav.
# $names: to cilvēku vārdi, kuri pārbaudīja tekstu, atdalīti ar komatiem.
easy-read-checked-by = Pārbaudīja: { $names }
# $date: jau noformēts datums.
easy-read-checked-on = Pārbaudīts { $date }
# Pašu zīme pārbaudītās lapās (ja vietnei nav Eiropas viegli lasāma teksta logo).
easy-read-checked-mark = Viegli lasāms teksts, ko pārbaudījuši lasītāji
# Logo obligātā atsauce; aiz tās ir saite "easy-to-read.eu".
easy-read-logo-credit = © Eiropas viegli lasāma teksta logo: Inclusion Europe. Vairāk informācijas
easy-read-logo-alt = Eiropas viegli lasāma teksta logo
