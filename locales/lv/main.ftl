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
