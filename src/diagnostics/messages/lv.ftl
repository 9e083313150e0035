# lapa ziņojumi latviešu valodā. Katram ziņojumam jābūt arī en.ftl.
# Ziņojuma `.hint` pasaka, kā problēmu novērst.

label-error = kļūda
label-warning = brīdinājums
summary = { $errors ->
    [zero] { $errors } kļūdu
    [one] { $errors } kļūda
   *[other] { $errors } kļūdas
}, { $warnings ->
    [zero] { $warnings } brīdinājumu
    [one] { $warnings } brīdinājums
   *[other] { $warnings } brīdinājumi
}
built = Uzbūvētas { $pages } lapas ({ $files } faili, mainīti { $written }) { $ms } ms laikā mapē { $output }
building = Veido vietni…
output-untouched = Nekas netika ierakstīts: iepriekšējais rezultāts palika, kā bija.
usage-error = Nepareiza lietošana: { $details }
write-failed = Neizdevās ierakstīt { $path }: { $details }

yaml-invalid = Šo YAML nevar nolasīt: { $details }
    .hint = Pārbaudiet atkāpes (atstarpes, nevis tabulācijas), vai aiz katra "atslēga:" kola ir atstarpe un vai teksti ar kolu vai # ir pēdiņās.
site-file-unreadable = Vietnes iestatījumu failu nevar nolasīt: { $details }
    .hint = Katrā vietnes mapē vajag content/site.yaml. Palaidiet lapa vietnes mapē vai norādiet --root.
config-bad-base-url = "{ $url }" nav tīmekļa adrese.
    .hint = Ierakstiet pilnu adresi, kur vietne tiek publicēta, piemēram, https://www.example.lv/di/
config-bad-language-code = "{ $code }" nav valodas kods.
    .hint = Lietojiet divus vai trīs mazos burtus, piemēram, lv, en, ltg.
config-duplicate-language = Valoda "{ $code }" ir norādīta divreiz.
    .hint = Norādiet katru valodu vienu reizi.
config-no-languages = Vietnei nav valodu.
    .hint = Zem "languages:" norādiet vismaz vienu valodu, piemēram, "- code: lv".
config-unknown-default-language = Noklusējuma valoda "{ $lang }" nav starp vietnes valodām.
    .hint = Iestatiet default_language uz kodu, kas ir zem "languages:".
config-bad-theme = "{ $theme }" nav tēmas nosaukums.
    .hint = Ierakstiet mapes nosaukumu no themes/, piemēram, default.
config-bad-locale = Skaitļu un datumu formātu lokalei "{ $locale }" nav.
    .hint = Iestatiet šīs valodas "locale:" uz CLDR lokali, piemēram, lv vai en-GB.
data-text-missing-language = { $key }: nav "{ $lang }" teksta.
    .hint = Pievienojiet šī teksta tulkojumu "{ $lang }: …" vai ierakstiet vienu tekstu visām valodām.
data-text-unknown-language = { $key }: "{ $lang }" nav starp vietnes valodām.
    .hint = Izdzēsiet šo tekstu vai pievienojiet valodu failā content/site.yaml.
theme-missing = Tēma "{ $theme }" neeksistē.
    .hint = Izveidojiet themes/{ $theme }/ vai iestatiet "theme:" failā content/site.yaml uz esošu tēmu.
file-unreadable = Šo failu nevar nolasīt: { $details }
    .hint = Pārbaudiet, vai fails ir saglabāts kā UTF-8 teksts un vai lapa drīkst to lasīt.
unknown-language-suffix = Faila nosaukums saka, ka valoda ir "{ $lang }", bet tā nav starp vietnes valodām ({ $languages }).
    .hint = Pārdēvējiet failu uz kādu no vietnes valodām vai pievienojiet "{ $lang }" valodām failā content/site.yaml.
front-matter-missing = Fails nesākas ar galveni (front matter).
    .hint = Sāciet failu ar rindu "---", tad "title: …", tad vēl vienu "---".
front-matter-unclosed = Galvene nav noslēgta.
    .hint = Pēc pēdējās galvenes rindas pievienojiet rindu, kurā ir tikai "---".
locale-folder-missing = Valodai "{ $lang }" nav saskarnes tekstu.
    .hint = Izveidojiet { $folder }/ ar tiem pašiem .ftl failiem kā citām valodām.
page-missing-title = Lapai nav virsraksta.
    .hint = Pievienojiet galvenei rindu "title: …".
date-invalid = { $key }: "{ $value }" nav datums.
    .hint = Rakstiet datumu kā GGGG-MM-DD (2023-02-03) vai ar laiku kā GGGG-MM-DDTHH:MM (2023-02-03T10:00).
news-missing-date = Šim jaunumam nav datuma.
    .hint = Pievienojiet galvenei rindu "date: GGGG-MM-DD".
slug-empty = No "{ $value }" iznāk tukša adrese.
    .hint = Iestatiet "slug:" uz dažiem vārdiem ar burtiem vai cipariem.
url-collision = Divi faili pretendē uz vienu adresi: { $first } un { $second }.
    .hint = Piešķiriet vienam no tiem citu "slug:" vai pārdēvējiet tā failu.
translation-key-duplicate = Citai šīs valodas lapai jau ir tulkojuma atslēga "{ $key }": { $other }.
    .hint = Katrā valodā katram translation_key drīkst būt tikai viena lapa.
alias-invalid = Aizstājadrese "{ $alias }" nav ceļš vietnes iekšienē.
    .hint = Ierakstiet vecās adreses ceļu, piemēram, /jaunumi/vecs-raksts.html, bez "..".
asset-without-page = Šis fails nepieder nevienai lapai vai sadaļai un netiek publicēts.
    .hint = Pārvietojiet to tās lapas mapē, kas to izmanto (blakus index.lv.md).
link-target-missing = Saite "{ $link }" ved uz failu, kas neeksistē.
    .hint = Pārbaudiet ceļu: tas sākas no content/, piemēram, @/jaunumi/ligums.md.
shortcode-malformed = Šo īskodu nevar nolasīt: { $details }
    .hint = Rakstiet to atsevišķā rindā kā {"{{"} nosaukums(atslega="teksts", skaitlis=3) {"}}"}.
shortcode-unknown = Īskoda "{ $name }" nav.
    .hint = Pārbaudiet nosaukumu vai izveidojiet themes/{ $theme }/shortcodes/{ $name }.html.
image-missing-alt = Attēlam "{ $image }" nav teksta alternatīvas.
    .hint = Aprakstiet attēlu kvadrātiekavās: ![ko attēls rāda]({ $image }).

# Markdown, saites un īskodi (8. problēma).
label-note = piezīme
note-shortcode-template = īskoda "{ $name }" veidne
note-shortcode-arguments = šeit norādīti īskoda "{ $name }" argumenti
link-to-draft = Saite "{ $link }" ved uz { $draft }, kas ir melnraksts un netiek publicēts.
    .hint = Publicējiet melnrakstu (izdzēsiet "draft: true" no { $draft }) vai izņemiet saiti. Ar lapa build --drafts melnraksti ir redzami.
link-other-language = Saite "{ $link }" ved uz { $target } ({ $target_lang }): šai lapai nav versijas valodā "{ $lang }".
    .hint = Uzrakstiet lapas versiju valodā "{ $lang }" vai apzināti saitējiet uz šo lapu: { $explicit }.
bundle-file-missing = Blakus šai lapai nav faila "{ $file }".
    .hint = Faili blakus šai lapai: { $files }. Ielieciet failu lapas mapē (kopā ar index.lv.md) un pārbaudiet nosaukumu.
bundle-file-case = Fails "{ $file }" saucas "{ $actual }": tīmekļa serveri atšķir lielos un mazos burtus.
    .hint = Rakstiet tieši "{ $actual }" vai pārdēvējiet failu.
bundle-file-outside = Adrese "{ $file }" ved ārpus vietnes.
    .hint = Ielieciet failu lapas mapē un rakstiet tikai tā nosaukumu.
lead-image-missing = Galvenā attēla "{ $file }" nav šīs lapas mapē.
    .hint = Faili blakus šai lapai: { $files }. Ielieciet attēlu blakus index.lv.md un rakstiet tā faila nosaukumu.
lead-image-outside-bundle = Galvenais attēls "{ $image }" nav šīs lapas mapes fails.
    .hint = Iekopējiet attēlu lapas mapē (blakus index.lv.md) un rakstiet tikai faila nosaukumu, piemēram, image: foto.jpg.
heading-attribute-invalid = "{ $name }" nevar būt virsraksta atribūts, tāpēc tas ir izlaists.
    .hint = Rakstiet atribūtus kā {"{"}#id .klase nosaukums=vērtība{"}"}; nosaukumā lietojiet burtus, ciparus un domuzīmes.
shortcode-args-malformed = Šo argumentu aprakstu nevar nolasīt: { $reason ->
    [name] "{ $value }" nevar būt argumenta nosaukums (lietojiet a–z, ciparus un _).
    [type] "{ $value }" nav tips.
    [id-of] "{ $value }" nenosauc datu failu un tā sarakstu.
    [empty-choice] "{ $value }" ir tukša izvēle.
    [twice] "{ $value }" ir aprakstīts divreiz.
    [required-default] "{ $value }" ir gan obligāts, gan ar noklusējumu.
    [default] "{ $value }" noklusējums nav starp tā vērtībām.
   *[second] ir otrs "{ $value }" komentārs.
}
    .hint = Aprakstiet katru argumentu savā rindā kā "nosaukums: tips = noklusējums (required)"; tipi ir text, integer, number, bool, a|b|c vai id of fails.saraksts.
shortcode-argument-unknown = Īskodam "{ $name }" nav argumenta "{ $argument }".
    .hint = Izņemiet to vai izlabojiet nosaukumu; "{ $name }" pieņem: { $takes }.
shortcode-takes-no-arguments = Īskods "{ $name }" nepieņem argumentus, bet ir dots "{ $argument }".
    .hint = Rakstiet to kā {"{{"} { $name }() {"}}"}.
shortcode-argument-missing = Īskodam "{ $name }" vajag argumentu "{ $missing }".
    .hint = Pievienojiet iekavās { $missing }=….
shortcode-argument-invalid = { $argument }={ $value } neder īskodam "{ $name }": tam vajag { $kind ->
    [integer] veselu skaitli, piemēram, 3
    [number] skaitli, piemēram, 2.5
    [bool] true vai false
   *[text] tekstu pēdiņās, piemēram, "…"
}.
    .hint = Izlabojiet argumenta { $argument } vērtību.
shortcode-argument-not-one-of = { $argument }={ $value } nav starp vērtībām, ko pieņem īskods "{ $name }": { $allowed }.
    .hint = Rakstiet vienu no šīm vērtībām: { $allowed }.
shortcode-id-unknown = Īskodam "{ $name }" failā { $file } nav "{ $value }".
    .hint = Lietojiet kādu no { $file } identifikatoriem: { $ids }.
shortcode-render = Īskods "{ $name }" neizdevās: { $details }
    .hint = Pārbaudiet īskoda argumentus šeit un tā veidni (skatiet piezīmi).
template-syntax = Veidni nevar nolasīt: { $details }
    .hint = Pārbaudiet {"{{ }}"} un {"{% %}"} birkas ap šo vietu.
template-render = Veidne neizdevās: { $details }
    .hint = Pārbaudiet veidni šajā vietā.
template-render-page = Veidne neizdevās, veidojot { $page }: { $details }
    .hint = Pārbaudiet veidni šajā vietā un to, ko tai padod šī lapa.
template-missing = Veidnes "{ $template }" nav.
    .hint = Izveidojiet to tēmas mapē templates/ vai nomainiet "template:".
template-missing-page = Veidnes "{ $template }" nav (tā vajadzīga lapai { $page }).
    .hint = Izveidojiet to tēmas mapē templates/ vai nomainiet "template:".
static-file-collision = Tēmas fails aizstātu lapu adresē { $url }.
    .hint = Pārdēvējiet vai pārvietojiet failu tēmas mapē static/.
fluent-syntax = Šo saskarnes tekstu nevar nolasīt.
    .hint = Katrs ziņojums ir "atslēga = teksts"; turpinājuma rindām ir atkāpe; varianti ir {"{"} $var -> [one] … *[other] … {"}"}.
fluent-duplicate = Saskarnes teksts "{ $key }" ir definēts divreiz (pirmo reizi { $first }).
    .hint = Atstājiet vienu no abiem.
fluent-missing-key = Saskarnes teksta "{ $key }" nav valodā "{ $lang }".
    .hint = Pievienojiet "{ $key } = …" kādam failam mapē { $folder }.
output-contains-site = Rezultāta mape { $output } satur pašu vietni.
    .hint = Izvēlieties mapi vietnes iekšienē, piemēram, --output public.
output-holds-sources = Rezultāta mapē { $output } ir vietnes avoti (content/, themes/ vai locales/).
    .hint = Izvēlieties tukšu mapi vai noklusējuma mapi public.
output-inside-sources = Rezultāta mape { $output } ir vietnes avotu iekšienē.
    .hint = Izvēlieties mapi ārpus content/, themes/ un locales/, piemēram, public.

data-bad-id = { $key }: "{ $id }" nevar būt identifikators.
    .hint = Lietojiet mazos burtus a–z, ciparus un domuzīmes, piemēram, grt-services.
data-duplicate-id = { $key }: identifikators "{ $id }" šajā failā ir divreiz.
    .hint = Piešķiriet katram ierakstam savu identifikatoru.
data-negative = { $key }: { $value } nav skaitlis no 0 līdz 1 000 000 000 000 000.
    .hint = Rakstiet vienkāršu skaitli, piemēram, 389 vai 7596069.00, bez atstarpēm un mērvienībām.
data-bad-phone = { $key }: "{ $value }" nav tālruņa numurs.
    .hint = Rakstiet numuru ar cipariem, piemēram, 65707131 vai +371 6570 7131.
data-bad-email = { $key }: "{ $value }" nav e-pasta adrese.
    .hint = Rakstiet to kā vards@example.lv.
data-unknown-municipality = { $key }: "{ $id }" nav failā content/data/municipalities.yaml.
    .hint = Lietojiet identifikatoru no municipalities.yaml vai pievienojiet pašvaldību tur.
data-bad-date = { $key }: "{ $value }" nav datums.
    .hint = Rakstiet datumu kā GGGG-MM-DD, piemēram, 2023-02-03.
data-unknown-group = { $key }: grupas "{ $id }" nav.
    .hint = Lietojiet identifikatoru no faila grupu saraksta vai pievienojiet grupu tur.
data-missing-unit = { $key }: rādītājam "{ $id }" nav ne mērvienības, ne valūtas.
    .hint = Pievienojiet "unit: unit-persons" (ziņojums mapē locales/) vai "currency: EUR".
data-unit-unknown = { $key }: mapē locales/{ $lang }/ nav saskarnes teksta "{ $unit }".
    .hint = Pievienojiet "{ $unit } = …" ar daudzskaitļa formām kādam failam mapē locales/{ $lang }/.
data-dates-out-of-order = { $key }: { $value } nav pēc iepriekšējā ieraksta.
    .hint = Sakārtojiet ierakstus no vecākā līdz jaunākajam, katru datumu vienreiz.
data-item-missing-id = { $key }: šim ierakstam nav identifikatora.
    .hint = Pievienojiet ierakstam "id: …"; no tā veidojas lapas adrese.
data-section-without-file = Šī sadaļa ir kind: data, bet nenorāda datu failu.
    .hint = Pievienojiet "data: indicators.yaml" (failu mapē content/data/).
data-file-missing = Mapē content/data/ nav datu faila "{ $file }".
    .hint = Pārbaudiet faila nosaukumu vai izveidojiet content/data/{ $file }.
data-items-unknown = Failā "{ $file }" nav saraksta, no kura veidot lapas (tā saraksti: { $lists }).
    .hint = Norādiet sarakstu ar "items: …".
unknown-municipality = "{ $id }" nav pašvaldība failā content/data/municipalities.yaml.
    .hint = Lietojiet identifikatoru no municipalities.yaml vai pievienojiet pašvaldību tur.
shortcode-not-here = Īskodu "{ $name }" nevar lietot datu failā.
    .hint = Lietojiet īskodus tikai lapās.
interface-text-missing = Tēmai vajag saskarnes tekstu "{ $key }" mapē locales/{ $lang }/.
    .hint = Pievienojiet "{ $key } = …" kādam failam mapē locales/{ $lang }/.
config-bad-slug = { $key }: "{ $value }" nevar būt mapes nosaukums adresēs.
    .hint = Lietojiet mazos burtus a–z, ciparus un domuzīmes, piemēram, birkas.
event-missing-start = Šim pasākumam nav sākuma.
    .hint = Pievienojiet galvenei rindu "start: GGGG-MM-DDTHH:MM" (Rīgas laiks).
event-end-before-start = Pasākums beidzas ({ $end }) pirms tas sākas ({ $start }).
    .hint = Pārbaudiet "start:" un "end:"; beigām jābūt tajā pašā laikā vai vēlāk nekā sākumam.
tag-slug-empty = No birkas "{ $tag }" iznāk tukša adrese.
    .hint = Lietojiet birku ar burtiem vai cipariem.
tag-spellings-merged = Birkām { $spellings } ir viena adrese ({ $slug }), un tās tiek rādītas kā viena – "{ $name }".
    .hint = Rakstiet birku visur vienādi.
output-collision = Uz { $url } tiktu ierakstītas divas lietas: aizstājadrese vai fails mapē content/ aizņem vietu failam, ko veido lapa (lapai, plūsmai, kalendāram, lejupielādei vai 404 lapai).
    .hint = Pārdēvējiet failu vai nomainiet aizstājadresi.
image-alt-missing = Galvenajam attēlam nav teksta alternatīvas.
    .hint = Pievienojiet rindu "image_alt: …", kas pasaka, ko attēls rāda.
easy-read-not-published = Vieglās valodas versijas vēl netiek publicētas; šis fails ir izlaists.
    .hint = Saglabājiet failu: tas tiks publicēts, kad lapa atbalstīs vieglās valodas lapas.
