# lapa ziņojumi latviešu valodā. Katram ziņojumam jābūt arī en.ftl.
# Ziņojuma `.hint` pasaka, kā problēmu novērst.

label-error = kļūda
label-hint = padoms
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
output-waiting = Cita būvēšana pašlaik raksta mapi { $output }; gaida, kamēr tā beigsies…

yaml-invalid = Šo YAML nevar nolasīt, sākot no šīs vietas.
    .hint = Pārbaudiet atkāpes (atstarpes, nevis tabulācijas), vai katrā "atslēga: vērtība" pēc kola ir atstarpe un vai teksti ar kolu vai # ir pēdiņās.
yaml-duplicate-key = Atslēga { $key } ir divreiz (pirmo reizi { $first }. rindā).
    .hint = Atstājiet vienu no abām rindām, otru izdzēsiet.
yaml-expected-number = { $key }: "{ $value }" nav skaitlis.
    .hint = { $number ->
        [none] Rakstiet tikai skaitli, piemēram, 540, bez vārdiem un mērvienībām.
       *[other] Rakstiet tikai skaitli: { $number }, nevis "{ $value }".
    }
yaml-expected-whole-number = { $key }: { $value } nav vesels skaitlis.
    .hint = Rakstiet veselu skaitli bez decimāldaļas, piemēram, 5.
yaml-expected-count = { $key }: { $value } šeit nevar izmantot.
    .hint = Rakstiet veselu skaitli, sākot no 0, piemēram, 5.
yaml-expected-list = { $key }: šeit jābūt sarakstam, nevis tekstam "{ $value }".
    .hint = Rakstiet vienības kvadrātiekavās, piemēram, { $example }, vai katru savā rindā zem atslēgas, sākot ar "- ".
yaml-expected-yes-no = { $key }: "{ $value }" nav ne true, ne false.
    .hint = Rakstiet true (jā) vai false (nē).
yaml-expected-text = { $key }: šeit jābūt tekstam.
    .hint = Rakstiet tekstu aiz kola tajā pašā rindā; ja tas sākas ar [ vai {"{"}, lieciet to pēdiņās.
yaml-expected-fields = { $key }: "{ $value }" šeit nevar būt: šai atslēgai ir savi lauki.
    .hint = Rakstiet laukus rindās zem atslēgas, katru ar divu atstarpju atkāpi, piemēram, "  name: …".
yaml-wrong-value = { $key }: "{ $value }" šeit nevar izmantot.
    .hint = Pārbaudiet dokumentācijā, ko šī atslēga pieņem.
yaml-unknown-field = { $key }: šeit nav lauka "{ $field }".
    .hint = Pārbaudiet rakstību. Šeit der lauki: { $known }.
yaml-unknown-field-top = Šajā failā nav lauka "{ $field }".
    .hint = Pārbaudiet rakstību. Der lauki: { $known }.
yaml-unknown-choice = { $key }: "{ $value }" nav neviena no izvēlēm.
    .hint = Rakstiet vienu no šīm: { $known }.
yaml-missing-field = { $key }: trūkst lauka "{ $field }".
    .hint = Pievienojiet šeit rindu "{ $field }: …" ar tādu pašu atkāpi kā pārējiem laukiem.
yaml-missing-field-top = Trūkst lauka "{ $field }".
    .hint = Pievienojiet rindu "{ $field }: …" rindas sākumā.
yaml-top-not-fields = Šis teksts nav rindas "atslēga: vērtība".
    .hint = Rakstiet katrā rindā vienu "atslēga: vērtība", piemēram, "title: Par projektu".
yaml-tab = Šeit atkāpei izmantota tabulācija.
    .hint = Atkāpēm izmantojiet tikai atstarpes: aizstājiet tabulāciju ar divām atstarpēm.
yaml-unclosed-quote = Šeit atvērtā pēdiņa { $quote } nekur netiek aizvērta.
    .hint = Pievienojiet noslēdzošo { $quote } teksta beigās.
yaml-unclosed-bracket = Šeit atvērtā iekava { $bracket } nekur netiek aizvērta.
    .hint = Pievienojiet noslēdzošo { $closing } aiz pēdējās vienības tajā pašā rindā.
yaml-reserved-character = Vērtība nevar sākties ar "{ $character }", ja tā nav pēdiņās.
    .hint = Lieciet visu tekstu pēdiņās, piemēram, "{ $character }…".
yaml-colon-in-value = Šajā tekstā ir kols ar atstarpi aiz tā, un YAML to lasa kā jaunu atslēgu.
    .hint = Lieciet tekstu pēdiņās: { $fixed }
yaml-indentation = Šīs rindas atkāpe atšķiras no apkārtējām rindām.
    .hint = Vienas grupas atslēgas sākas vienā kolonnā; atslēgai grupas iekšienē ir par divām atstarpēm lielāka atkāpe nekā grupas atslēgai.
yaml-not-key-value = Šī rinda nav "atslēga: vērtība".
    .hint = Sāciet rindu ar atslēgu un kolu ("summary: …") vai pievienojiet atkāpi, ja tā turpina tekstu virs tās.
yaml-unfinished = YAML beidzas, pirms šeit sāktais ir pabeigts.
    .hint = Pārbaudiet, vai katra šeit atvērtā pēdiņa un iekava ir aizvērta.
yaml-missing-space = Aiz atslēgas { $key } kola nav atstarpes.
    .hint = Aiz kola rakstiet atstarpi: "{ $key }: …".
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
data-slug-invalid = { $key }: adresei (slug) jābūt tekstam.
    .hint = Rakstiet slug: ludzas-novads vai katrai valodai savu: slug: {"{"}lv: …, en: …{"}"}.
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
url-collision-made-page = { $file } aizņem adresi { $url }, kur lapa ievieto pašas veidotu lapu (tās mapes nosaukumu nosaka { $key } failā content/site.yaml).
    .hint = Piešķiriet šai lapai citu "slug:" vai ar { $key } failā content/site.yaml piešķiriet lapas veidotajai lapai citu mapes nosaukumu.
translation-key-duplicate = Citai šīs valodas lapai jau ir tulkojuma atslēga "{ $key }": { $other }.
    .hint = Katrā valodā katram translation_key drīkst būt tikai viena lapa.
alias-invalid = Aizstājadrese "{ $alias }" nav ceļš vietnes iekšienē.
    .hint = Ierakstiet vecās adreses ceļu, piemēram, /jaunumi/vecs-raksts.html, bez "..".
asset-without-page = Šis fails netiek publicēts: tas nav nevienas lapas mapē, un neviena lapa uz to neatsaucas.
    .hint = Ielieciet to tās lapas mapē, kas to izmanto (blakus index.lv.md), un norādiet uz to saiti no lapas, vai pārvietojiet to ārpus content/.
markdown-name-not-built = No šī faila netiek veidota lapa, un tas netiek publicēts: lapa veido lapas tikai no failiem, kuru nosaukums beidzas ar ".md" mazajiem burtiem.
    .hint = Pārdēvējiet to par { $name }.
markdown-in-data-folder = Šis markdown fails ir mapē content/data/, kurā glabā tikai datu failus: no tā netiek veidota lapa, un tas netiek publicēts.
    .hint = Pārvietojiet to savas sadaļas mapē (piemēram, content/jaunumi/), lai tas kļūtu par lapu, vai ārpus content/, ja tās ir piezīmes.
data-file-name-not-read = Šis datu fails netiek nolasīts un netiek publicēts: lapa nolasa datu failus, kuru nosaukums beidzas ar ".yaml" vai ".yml" mazajiem burtiem.
    .hint = Pārdēvējiet to par { $name }.
yaml-outside-data-folder = Šis YAML fails netiek nolasīts un netiek publicēts: datu failiem jāatrodas tieši mapē content/data/.
    .hint = Pārvietojiet to uz content/data/, ja tas ir datu fails, vai ārpus content/, ja nav.
front-matter-unknown-field-near = lapa nepazīst lauku "{ $field }": vai domājāt "{ $near }"?
    .hint = Pārdēvējiet to par "{ $near }:". Tā, kā tas ir uzrakstīts, lapa to neizmanto.
front-matter-unknown-field = lapa nepazīst lauku "{ $field }".
    .hint = Pārbaudiet rakstību pēc lauku saraksta README failā. Savus laukus tēmai rakstiet zem "extra:".
front-matter-section-field = "{ $field }" darbojas tikai sadaļas _index failā; šajā lapā tam nav nekādas nozīmes.
    .hint = Pārvietojiet to uz sadaļas _index.<valoda>.md failu vai izdzēsiet.
yaml-value-cut-at-comment = Vērtība beidzas pirms "{ $comment }": YAML valodā atstarpe un # sāk komentāru, tāpēc nolasītā vērtība ir "{ $value }".
    .hint = Ielieciet visu vērtību pēdiņās, piemēram, "{ $whole }".
link-scheme-not-allowed = { $key }: "{ $value }" nav adrese, uz kuru lapa veido saiti ({ $scheme }:).
    .hint = Rakstiet tīmekļa adresi (https://…), e-pasta adresi (mailto:…), tālruņa numuru (tel:…) vai ceļu vietnē, piemēram, /lv/kontakti/.
link-target-missing = Saite "{ $link }" ved uz failu, kas neeksistē.
    .hint = Pārbaudiet ceļu: tas sākas no content/, piemēram, @/jaunumi/ligums.md.
shortcode-malformed = Šo īskodu nevar nolasīt: { $reason ->
    [not-closed] rinda nebeidzas ar {"}}"}.
    [text-after] rindā pēc {"}}"} ir teksts.
    [no-open] pēc nosaukuma "{ $value }" nav (.
    [no-close] "{ $value }" argumenti nav noslēgti ar ).
    [name] "{ $value }" nevar būt īskoda nosaukums (lietojiet burtus, ciparus, _ un -).
    [pair] argumentus raksta kā nosaukums=vērtība, bet "{ $value }" tā nav rakstīts.
    [quote] argumenta { $value } teksts nav noslēgts ar pēdiņu.
    [value] { $value } nav teksts pēdiņās, skaitlis, true vai false.
    [no-value] argumentam { $value } nav vērtības.
   *[twice] { $value } norādīts divreiz.
}
    .hint = Rakstiet to atsevišķā rindā kā {"{{"} nosaukums(atslega="teksts", skaitlis=3) {"}}"}.
shortcode-unknown = Īskoda "{ $name }" nav.
    .hint = Pārbaudiet nosaukumu vai izveidojiet themes/{ $theme }/shortcodes/{ $name }.html.
task-item-empty = Šim uzdevuma punktam nav teksta, tāpēc ekrāna lasītājiem tā izvēles rūtiņai nebūtu nosaukuma; tā ir izlaista.
    .hint = Pēc [ ] vai [x] uzrakstiet, kas ir uzdevums, vai izņemiet šo punktu.
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
output-unmade = lapa nevar izveidot { $path } no vietnes modeļa. Tā ir kļūda lapa programmā, nevis vietnē.
    .hint = Lūdzu, ziņojiet par to lapa izstrādātājiem, pievienojot vietni (vai tās mazāko daļu), kurā tā parādās.
search-index-failed = Meklēšanas indeksu { $path } nevar izveidot: { $error }
    .hint = Tā ir kļūda lapa programmā vai Pagefind bibliotēkā, ar kuru tā veido meklēšanas indeksus, nevis vietnē. Lūdzu, ziņojiet par to lapa izstrādātājiem.
template-syntax = Veidni nevar nolasīt: { $details }
    .hint = Pārbaudiet {"{{ }}"} un {"{% %}"} birkas ap šo vietu.
template-render = Veidne neizdevās: { $details }
    .hint = Pārbaudiet veidni šajā vietā.
template-render-page = Veidne neizdevās, veidojot { $page }{ $pages ->
    [one] {""}
   *[other] {" "}un kopā { $pages } lapas
}: { $details }
    .hint = Pārbaudiet veidni šajā vietā un to, ko tai padod šī lapa.
template-missing = Veidnes "{ $template }" nav.
    .hint = Izveidojiet to tēmas mapē templates/ vai nomainiet "template:".
template-missing-page = Veidnes "{ $template }" nav (tā vajadzīga lapai { $page }{ $pages ->
    [one] {""}
   *[other] {" "}un kopā { $pages } lapām
}).
    .hint = Izveidojiet to tēmas mapē templates/ vai nomainiet "template:".
static-file-collision = Tēmas fails aizstātu lapu adresē { $url }.
    .hint = Pārdēvējiet vai pārvietojiet failu tēmas mapē static/.
fluent-syntax = { $problem ->
        [equals] Šajā rindā starp atslēgu un tekstu nav "=".
        [value] Saskarnes tekstam "{ $key }" aiz "=" nav teksta.
        [brace] Šeit atvērtā {"{"} nav aizvērta ar {"}"} vai satur ko citu, nevis mainīgo.
        [variant] Varianti šeit nav rakstīti kā [atslēga] teksts.
        [default-variant] Neviens no variantiem šeit nav atzīmēts ar * kā noklusētais.
        [quote] Tekstam pēdiņās šeit nav noslēdzošās pēdiņas.
       *[other] Šo saskarnes tekstu nevar nolasīt.
    }
    .hint = { $problem ->
        [equals] Rakstiet "atslēga = teksts". Ja šī rinda turpina tekstu virs tās, pievienojiet atkāpi ar atstarpēm.
        [value] Rakstiet tekstu aiz "=" tajā pašā rindā vai nākamajā rindā ar atkāpi.
        [brace] Aizveriet to ar {"}"}; iekavās rakstiet mainīgo, piemēram, {"{"} $count {"}"}. Lai parādītu pašu iekavu, rakstiet {"{"}"{"{"}"{"}"}.
        [variant] Rakstiet katru variantu savā rindā ar atkāpi kā [one] teksts, pēdējo kā *[other] teksts.
        [default-variant] Atzīmējiet vienu variantu ar *, piemēram, *[other] { "{" } $count { "}" } lapas.
        [quote] Aizveriet pēdiņas ar ".
       *[other] Katrs ziņojums ir "atslēga = teksts"; turpinājuma rindām ir atkāpe; varianti ir {"{"} $var -> [one] … *[other] … {"}"}.
    }
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
root-missing = Vietnes mapes { $root } nav.
    .hint = Ar --root norādiet mapi, kurā ir content/, themes/ un locales/, vai izlaidiet --root un palaidiet lapa šajā mapē.
root-not-folder = Vietnes mape { $root } ir fails, nevis mape.
    .hint = Ar --root norādiet mapi, kurā ir content/, themes/ un locales/, vai izlaidiet --root un palaidiet lapa šajā mapē.
output-not-lapa = Rezultāta mapē { $output } jau ir faili, ko nav ierakstījusi lapa; lapa tos atstāj, kā ir.
    .hint = Katra būvēšana aizstāj visu rezultāta mapi, tāpēc lapa raksta tikai jaunā vai tukšā mapē vai mapē, ko tā pati ir rakstījusi iepriekš. Izvēlieties citu mapi ar --output vai pārvietojiet šos failus citur. Ja mapē ir kādas agrākas lapa versijas rezultāts, vienreiz izdzēsiet to un būvējiet vēlreiz.
output-not-folder = Rezultāta mape { $output } ir fails, nevis mape.
    .hint = Izvēlieties citu mapi ar --output vai pārvietojiet šo failu citur.
output-unwritable = lapa nevar ierakstīt rezultāta mapi { $output }: { $details }
    .hint = Pārbaudiet, vai šī mape un mape, kurā tā atrodas, ir mapes (nevis faili) un vai jums ir tiesības tajās rakstīt, vai izvēlieties citu mapi ar --output.
output-read-only = lapa nevar aizstāt rezultāta mapi { $output }: mape { $folder } ir tikai lasāma.
    .hint = Atļaujiet rakstīt šajā mapē (tās īpašībās vai ar chmod u+w) vai izvēlieties citu mapi ar --output.
output-path-blocked = lapa nevar izveidot rezultāta mapi { $output }: { $file } ir fails, nevis mape.
    .hint = Pārvietojiet vai pārdēvējiet šo failu vai izvēlieties citu mapi ar --output.

# lapa veidņu funkciju un filtru izsaukumi, kas neizdodas.
template-variable-undefined = Veidne lieto "{ $missing }", kas tai nav dots{ $pages ->
    [0] {""}
    [one] {" "}(veidojot { $page })
   *[other] {" "}(veidojot { $page } un kopā { $pages } lapas)
}.
    .hint = Pārbaudiet rakstību.{ $count ->
        [0] {""}
       *[other] {" "}Kas šai veidnei ir dots: { $available }.
    }
template-field-undefined = Veidne lieto lauku "{ $missing }", kura tur nav{ $pages ->
    [0] {""}
    [one] {" "}(veidojot { $page })
   *[other] {" "}(veidojot { $page } un kopā { $pages } lapas)
}.
    .hint = Pārbaudiet rakstību.{ $count ->
        [0] {""}
       *[other] {" "}Tur esošie lauki: { $available }.
    }
template-data-id-unknown = Veidne izsauc { $function }(id="{ $id }"), bet failā { $file } šāda identifikatora nav{ $pages ->
    [0] {""}
    [one] {" "}(veidojot { $page })
   *[other] {" "}(veidojot { $page } un kopā { $pages } lapas)
}.
    .hint = Lietojiet identifikatoru no { $file } vai pievienojiet tur ierakstu.
template-text-missing = Veidne prasa saskarnes tekstu "{ $key }", kura mapē locales/{ $lang }/ nav{ $pages ->
    [0] {""}
    [one] {" "}(veidojot { $page })
   *[other] {" "}(veidojot { $page } un kopā { $pages } lapas)
}.
    .hint = Pievienojiet "{ $key } = …" kādam failam mapē locales/{ $lang }/ (un visās pārējās valodās) vai izlabojiet atslēgu.
template-text-format = Saskarnes tekstu "{ $key }" ({ $lang }) nevar izveidot: { $details }{ $pages ->
    [0] {""}
    [one] {" "}(veidojot { $page })
   *[other] {" "}(veidojot { $page } un kopā { $pages } lapas)
}.
    .hint = Pārbaudiet tekstu mapē locales/{ $lang }/ un argumentus, ko tam dod veidne.
template-language-unknown = Veidne prasa valodu "{ $lang }", kas nav starp vietnes valodām{ $pages ->
    [0] {""}
    [one] {" "}(veidojot { $page })
   *[other] {" "}(veidojot { $page } un kopā { $pages } lapas)
}.
    .hint = Lietojiet valodas kodu no site.yaml sadaļas languages.
template-no-language = Veidne izsauc funkciju, kurai vajag valodu, bet šī lapa to nedod{ $pages ->
    [0] {""}
    [one] {" "}(veidojot { $page })
   *[other] {" "}(veidojot { $page } un kopā { $pages } lapas)
}.
    .hint = Norādiet izsaukumā lang="…".
template-url-not-content = Veidne izsauc url(path="{ $path }"), bet url() pieņem tikai faila adresi mapē content/{ $pages ->
    [0] {""}
    [one] {" "}(veidojot { $page })
   *[other] {" "}(veidojot { $page } un kopā { $pages } lapas)
}.
    .hint = Rakstiet url(path="@/…") ar failu no content/, piemēram, @/kontakti.md; tēmas failiem lietojiet asset(path="…").
template-url-missing = Veidne saitē uz "{ $path }", bet mapē content/ šāda faila nav{ $pages ->
    [0] {""}
    [one] {" "}(veidojot { $page })
   *[other] {" "}(veidojot { $page } un kopā { $pages } lapas)
}.
    .hint = Pārbaudiet ceļu: tas sākas mapē content/, piemēram, @/jaunumi/_index.md.
template-url-draft = Veidne saitē uz "{ $path }", kas ir melnraksts ({ $draft }) un netiek publicēts{ $pages ->
    [0] {""}
    [one] {" "}(veidojot { $page })
   *[other] {" "}(veidojot { $page } un kopā { $pages } lapas)
}.
    .hint = Publicējiet melnrakstu (izdzēsiet "draft: true") vai saitējiet citu lapu.
template-url-other-language = Veidne saitē uz "{ $path }", kam nav "{ $lang }" versijas (ir tikai { $target }){ $pages ->
    [0] {""}
    [one] {" "}(veidojot { $page })
   *[other] {" "}(veidojot { $page } un kopā { $pages } lapas)
}.
    .hint = Uzrakstiet lapas "{ $lang }" versiju vai apzināti saitējiet otras valodas lapu: url(path="{ $explicit }").
template-currency-unknown = "{ $currency }" nav valūtas kods{ $pages ->
    [0] {""}
    [one] {" "}(veidojot { $page })
   *[other] {" "}(veidojot { $page } un kopā { $pages } lapas)
}.
    .hint = Lietojiet ISO 4217 kodu, piemēram, EUR.
template-date-format-unknown = Datuma filtram nav formāta "{ $format }"{ $pages ->
    [0] {""}
    [one] {" "}(veidojot { $page })
   *[other] {" "}(veidojot { $page } un kopā { $pages } lapas)
}.
    .hint = Lietojiet format="long", "medium", "short" vai "weekday".
template-not-a-date = Filtram { $filter } ir dots "{ $value }", kas nav datums{ $pages ->
    [0] {""}
    [one] {" "}(veidojot { $page })
   *[other] {" "}(veidojot { $page } un kopā { $pages } lapas)
}.
    .hint = Dodiet tam datumu, piemēram, 2023-02-03 (vai 2023-02-03T10:00).
template-not-a-number = Skaitļa filtram ir dots "{ $value }", kas nav skaitlis{ $pages ->
    [0] {""}
    [one] {" "}(veidojot { $page })
   *[other] {" "}(veidojot { $page } un kopā { $pages } lapas)
}.
    .hint = Dodiet tam skaitli, piemēram, 1200 vai 3.5.

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
data-bad-url = { $key }: "{ $value }" nav tīmekļa adrese.
    .hint = Rakstiet visu adresi, sākot ar https://, piemēram, https://www.example.lv/lapa.
accessibility-unknown-value = { $key }: "{ $value }" nav neviena no šīs atslēgas pieļaujamajām vērtībām.
    .hint = Rakstiet vienu no šīm: { $allowed }.
accessibility-unknown-contact = { $key }: "{ $id }" nav failā content/data/contacts.yaml.
    .hint = Lietojiet identifikatoru no contacts.yaml vai rakstiet e-pasta adresi pie feedback.email vai tālruņa numuru pie feedback.phone.
accessibility-feedback-missing = { $key }: paziņojumā nav norādīts, kā sniegt atsauksmes.
    .hint = Nosauciet kontaktu (feedback.contacts: [identifikators no contacts.yaml]) vai rakstiet feedback.email vai feedback.phone.
accessibility-reviewed-before-prepared = { $key }: pārskatīšanas datums { $value } ir agrāks par paziņojuma sagatavošanas datumu ({ $prepared }).
    .hint = Rakstiet pēdējās pārskatīšanas datumu – to pašu vai vēlāku par sagatavošanas datumu.
accessibility-review-stale = { $key }: piekļūstamības paziņojums pēdējo reizi pārskatīts { $reviewed }, vairāk nekā gadu pirms { $now }.
    .hint = Vēlreiz pārbaudiet vietni, atjauniniet paziņojuma faktus un ierakstiet šīs pārskatīšanas datumu pie preparation.reviewed.
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
config-not-positive = { $key }: { $value } ir par maz: vajag vismaz vienu.
    .hint = Rakstiet veselu skaitli no 1, piemēram, { $example }.
config-bad-easy-read-logo = easy_read.logo: "{ $value }" nav attēla faila ceļš vietnes mapē.
    .hint = Rakstiet ceļu uz viegli lasāma teksta logo failu (tādu, kādu to piegādā Inclusion Europe) no vietnes mapes (kurā ir content/), ar paplašinājumu .png, .svg, .jpg, .jpeg vai .webp, piemēram, easy-to-read-logo.png.
event-missing-start = Šim pasākumam nav sākuma.
    .hint = Pievienojiet galvenei rindu "start: GGGG-MM-DDTHH:MM" (Rīgas laiks).
event-end-before-start = Pasākums beidzas ({ $end }) pirms tas sākas ({ $start }).
    .hint = Pārbaudiet "start:" un "end:"; beigām jābūt tajā pašā laikā vai vēlāk nekā sākumam.
event-times-differ = Šī pasākuma "{ $field }:" ({ $value }) atšķiras no tulkojuma { $other } ({ $other_value }).
    .hint = Vienam pasākumam visās valodās ir viens laiks (abām versijām kalendārā ir viens ieraksts): abos failos rakstiet vienādu "{ $field }:".
news-date-in-future = Šīs ziņas datums ir { $date }, vēlāks par būvēšanas datumu ({ $now }): tā tiks rādīta saraksta augšā.
    .hint = Līdz publicēšanai rakstiet "draft: true" vai izlabojiet datumu.
tag-slug-empty = No birkas "{ $tag }" iznāk tukša adrese.
    .hint = Lietojiet birku ar burtiem vai cipariem.
tag-spellings-merged = Birkām { $spellings } ir viena adrese ({ $slug }), un tās tiek rādītas kā viena – "{ $name }".
    .hint = Rakstiet birku visur vienādi.
output-collision = Uz { $url } tiktu ierakstītas divas lietas (no { $first } un no { $second }): aizstājadrese vai fails mapē content/ aizņem vietu failam, ko veido lapa (lapai, plūsmai, kalendāram, lejupielādei vai 404 lapai).
    .hint = Pārdēvējiet failu vai nomainiet aizstājadresi.
image-alt-missing = Galvenajam attēlam nav teksta alternatīvas.
    .hint = Pievienojiet rindu "image_alt: …", kas pasaka, ko attēls rāda.
easy-read-without-page = Šai vieglās valodas versijai nav lapas: { $page } nav atrodams.
    .hint = Nosauciet vieglās valodas failu tāpat kā lapu, ko tas vienkāršo, ar ".easy" pirms ".md", vai vispirms uzrakstiet šo lapu.
easy-read-checked-outside = { $field } drīkst rakstīt tikai vieglās valodas versijā (failā, kura nosaukums beidzas ar .easy.md).
    .hint = Izdzēsiet šo rindu vai pārceliet to uz lapas vieglās valodas versiju.
easy-read-checked-by-invalid = { $key } jābūt sarakstam ar to cilvēku vārdiem, kuri pārbaudīja tekstu.
    .hint = Rakstiet, piemēram: checked_by: ["Anna Bērziņa", "Jānis Kalniņš"]
easy-read-checked-by-not-name = { $key } nav vārds.
    .hint = Rakstiet katra cilvēka, kurš pārbaudīja tekstu, vārdu savā rindā zem checked_by, piemēram: - Anna Bērziņa
easy-read-logo-missing = easy_read.logo: vietnes mapē nav faila { $logo }.
    .hint = Saglabājiet Eiropas viegli lasāma teksta logo failu, kādu to sniedz Inclusion Europe, kā { $logo } (ceļš no vietnes mapes, kurā ir mape content/) vai izlabojiet ceļu.
easy-read-checked-on-alone = checked_on norāda, kad teksts pārbaudīts, bet checked_by nenosauc nevienu, kas to pārbaudīja.
    .hint = Pievienojiet checked_by ar to cilvēku vārdiem, kuri pārbaudīja tekstu, vai izdzēsiet checked_on.

easy-read-field-ignored = Vieglās valodas versija neizmanto { $field }: tās adrese, datumi, vieta sarakstos un pasākuma ziņas ir tās lapas.
    .hint = Izdzēsiet šeit { $field }; ja tas vajadzīgs, ierakstiet to lapā, kuru šis teksts vienkāršo.

# lapa check (10. problēma).
checked = { $pages ->
    [zero] Pārbaudītas { $pages } lapas
    [one] Pārbaudīta { $pages } lapa
   *[other] Pārbaudītas { $pages } lapas
}, nekas netika ierakstīts.
check-missing-translations = Trūkst tulkojumu valodā "{ $lang }": { $pages ->
    [zero] { $pages } lapām
    [one] { $pages } lapai
   *[other] { $pages } lapām
}.
check-strict = --strict: brīdinājumi skaitās kā kļūdas.
link-broken = Saite "{ $link }" neved ne uz vienu šīs vietnes lapu vai failu.
    .hint = Pārbaudiet adresi. Lapām saitējiet to failu, piemēram, [teksts](@/par.md): tad lapa atrod vajadzīgo lapu katrā valodā, un saite paliek pareiza arī tad, ja lapas adrese mainās.
link-outside-base = Saite "{ $link }" nesākas ar vietnes bāzes ceļu { $base }, tāpēc publicētajā vietnē tā nekur neved.
    .hint = Lapām saitējiet to failu, piemēram, [teksts](@/par.md), vai sāciet adresi ar { $base }.
link-anchor-missing = Saite "{ $link }" ved uz #{ $anchor }, bet lapā { $target } tāda nav.
    .hint = Lietojiet kādu no lapas identifikatoriem ({ $ids }). Virsraksta identifikators veidojas no tā teksta ("## Vēsture" → #vesture) vai ir norādīts: "## Vēsture {"{"}#vesture{"}"}".
theme-link-broken = Šī veidne raksta saiti "{ $link }", kas neved ne uz vienu vietnes lapu vai failu (lapā { $page }{ $pages ->
    [one] {""}
   *[other] {" "}un kopā { $pages } lapās
}).
    .hint = Pārbaudiet, kā veidne veido adresi: lapām lietojiet url(path="@/…"), tēmas failiem asset(path="…").
theme-link-anchor-missing = Šī veidne saitē uz "{ $link }", bet tajā lapā nav #{ $anchor } (lapā { $page }{ $pages ->
    [one] {""}
   *[other] {" "}un kopā { $pages } lapās
}).
    .hint = Saitējiet uz identifikatoru, kas lapā ir, vai piešķiriet to elementam.
link-text-empty = Saitei uz "{ $link }" nav teksta: ekrāna lasītājs var pateikt tikai "saite".
    .hint = Kvadrātiekavās uzrakstiet, uz kurieni saite ved: [2024. gada pārskats]({ $link }).
link-text-vague = Saites teksts "{ $text }" nepasaka, uz kurieni saite ved.
    .hint = Saitējiet vārdus, kas saprotami arī atsevišķi, piemēram, "Lasiet [2024. gada pārskatu]({ $link })", nevis "[{ $text }]({ $link })".
image-alt-file-name = Attēla teksta alternatīva "{ $alt }" ir faila nosaukums, nevis apraksts.
    .hint = Aprakstiet, ko attēls rāda: ![Brīvprātīgie stāda kokus Ludzā]({ $image }).
heading-level-skipped = Šis ir { $level }. līmeņa virsraksts pēc { $previous }. līmeņa virsraksta: viens līmenis ir izlaists.
    .hint = Virsrakstu līmeņiem ejiet uz leju pa vienam: padariet šo par { $expected }. līmeņa virsrakstu ({ $marks }).
easy-read-long-sentence = Šajā teikumā ir { $words ->
    [zero] { $words } vārdu
    [one] { $words } vārds
   *[other] { $words } vārdi
}, vairāk nekā { $limit }: "{ $start }".
    .hint = Sadaliet to īsos teikumos, katrā vienu domu, piemēram, tur, kur ir "un", "bet" vai komats. (Robežu nosaka easy_read.rules.sentence_words failā content/site.yaml.)
easy-read-long-paragraph = Šajā rindkopā ir { $sentences ->
    [zero] { $sentences } teikumu
    [one] { $sentences } teikums
   *[other] { $sentences } teikumi
}, vairāk nekā { $limit }: "{ $start }".
    .hint = Sadaliet to īsākās rindkopās, katrā vienu tematu. (Robežu nosaka easy_read.rules.paragraph_sentences failā content/site.yaml.)
easy-read-capitals = "{ $text }" ir rakstīts ar lielajiem burtiem, ko ir grūti lasīt.
    .hint = Rakstiet ar mazajiem burtiem, bet, lai uzsvērtu vārdu, lietojiet treknrakstu (**…**). Ja tas ir saīsinājums, paskaidrojiet to tur, kur tas parādās pirmo reizi: "pilni vārdi (ABC)".
easy-read-italics = "{ $text }" ir slīprakstā, ko ir grūti lasīt.
    .hint = Rakstiet parastiem burtiem, bet, lai uzsvērtu vārdu, lietojiet treknrakstu (**…**).
easy-read-hyphenation = { $kind ->
    [soft] Vārdā "{ $word }" ir mīkstā defise, tāpēc pārlūks to var pārdalīt rindas beigās.
   *[split] Vārds "{ $word }" ir pārdalīts divās rindās ar defisi.
}
    .hint = { $kind ->
        [soft] Izdzēsiet mīksto defisi: vieglajā valodā katru vārdu raksta veselu.
       *[split] Uzrakstiet vārdu veselu vienā rindā.
    }
easy-read-number-word = "{ $text }" ir skaitlis, kas uzrakstīts ar vārdiem ({ $value }).
    .hint = Skaitļus, kas lielāki par { $limit }, rakstiet ar cipariem: { $value }.
easy-read-abbreviation = Saīsinājums "{ $abbreviation }" nav paskaidrots tur, kur tas parādās pirmo reizi.
    .hint = { $kind ->
        [dotted] Uzrakstiet vārdus pilnībā.
       *[capitals] Uzrakstiet vārdus pilnībā vai paskaidrojiet saīsinājumu tur, kur tas parādās pirmo reizi: "Eiropas Sociālais fonds (ESF)" vai "ESF (Eiropas Sociālais fonds)".
    }
easy-read-percentage = "{ $text }" ir procenti, ko ir grūti saprast.
    .hint = Pasakiet to vienkāršāk, piemēram, "3 no 10 cilvēkiem" vai "daži", "daudzi", "puse".
theme-heading-level-skipped = Šī veidne raksta { $level }. līmeņa virsrakstu ("{ $text }") pēc { $previous }. līmeņa virsraksta (lapā { $page }{ $pages ->
    [one] {""}
   *[other] {" "}un kopā { $pages } lapās
}).
    .hint = Virsrakstu līmeņiem ejiet uz leju pa vienam, piemēram, šeit h{ $expected }.
translation-missing = Šai lapai nav tulkojuma valodā "{ $lang }".
    .hint = Pievienojiet { $expected } (vai atstājiet to apzināti: tad vietnē valodā "{ $lang }" šādas lapas nav).
page-orphan = Neviena cita vietnes lapa nesaitē uz šo lapu ({ $url }).
    .hint = Saitējiet to no citas lapas, sadaļas vai izvēlnes failā content/site.yaml, vai atzīmējiet to ar "draft: true", līdz tā ir gatava.
accessibility-statement-missing = Vietnei nav piekļūstamības paziņojuma (content/data/accessibility.yaml).
    .hint = Publisko iestāžu tīmekļvietnēm tas jāpublicē (Direktīva (ES) 2016/2102). Uzrakstiet failu, kā aprakstīts docs/data-files.md: tad lapa izveidos paziņojuma lapu katrā valodā un saiti uz to katras lapas kājenē.
message-unused = Saskarnes teksts "{ $id }" netiek lietots ne tēmas veidnēs, ne programmā lapa.
    .hint = Izņemiet to no visām valodām vai lietojiet veidnē: {"{{"} t(key="{ $id }") {"}}"}.
# lapa serve
serve-built = { $files ->
    [zero] Uzbūvēti { $files } faili
    [one] Uzbūvēts { $files } fails
   *[other] Uzbūvēti { $files } faili
} { $ms } ms laikā.
serve-listening = Vietne pieejama adresē { $url }; tā tiek pārbūvēta, kad kaut kas mainās mapēs content/, themes/ vai locales/. Ctrl+C aptur.
serve-rebuilt = { $changed }: { $written ->
    [0] neviena lapa nemainījās
    [zero] pārbūvēti { $written } faili
    [one] pārbūvēts { $written } fails
   *[other] pārbūvēti { $written } faili
} ({ $ms } ms).
serve-rebuild-failed = { $changed }: vietnē ir kļūdas.
serve-kept = Joprojām tiek rādīta pēdējā veiksmīgā būvējuma versija, un problēmas redzamas virs katras lapas. Saglabājiet labojumu, un atvērtās lapas pārlādēsies.
serve-not-built = Kamēr vietni nevar uzbūvēt, nekas netiek rādīts; pārlūkā redzamas problēmas. Saglabājiet labojumu, un atvērtās lapas ielādēs vietni.
serve-not-built-title = Vietne vēl nav uzbūvēta
serve-not-built-page = lapa nevarēja uzbūvēt vietni: problēmas redzamas virs šīs lapas un terminālī. Saglabājiet labojumu, un šī lapa pati ielādēs vietni.
serve-overlay-title = { $errors ->
    [zero] Vietnē ir { $errors } kļūdu
    [one] Vietnē ir { $errors } kļūda
   *[other] Vietnē ir { $errors } kļūdas
}
serve-overlay-note = Šī lapa ir no pēdējā veiksmīgā būvējuma. Izlabojiet failu un saglabājiet to: tad šis paziņojums aizvērsies pats.
serve-overlay-close = Aizvērt
serve-port-in-use = Ports { $port } jau ir aizņemts ({ $address }).
    .hint = Tajā klausās cita programma, varbūt cits lapa serve. Apturiet to vai izvēlieties citu portu: --port 1112 (vai --port 0, lai izvēlētos jebkuru brīvu).
serve-address-unavailable = Šim datoram nav adreses { $address }.
    .hint = Norādiet --bind šī datora adresi, piemēram, 127.0.0.1 (tikai šis dators) vai 0.0.0.0 (visi tīkli, kuros tas ir).
serve-bind-failed = Neizdevās sākt rādīt vietni adresē { $address }: { $details }
    .hint = Mēģiniet citu portu ar --port vai citu adresi ar --bind.
serve-base-url-bad = --base-url { $url } nav tīmekļa adrese.
    .hint = Norādiet adresi, kurā vietne tiek publicēta, piemēram, https://www.example.lv/di/: tad serve rāda vietni zem /di/.
serve-bind-public = lapa serve klausās adresē { $address }: citi tīkla datori var atvērt vietni, arī melnrakstus.
    .hint = Izlaidiet --bind, lai vietni rādītu tikai šim datoram (127.0.0.1).
serve-watch-failed = Izmaiņas mapē { $folder } nevar novērot: { $details }
    .hint = Vietne joprojām tiek rādīta, bet tur veiktie labojumi netiks pārbūvēti, līdz lapa serve tiks palaists no jauna. Linux sistēmā, iespējams, beidzies novērojumu skaits (fs.inotify.max_user_watches).
# lapa new
new-created = Izveidots { $path }
new-next = Rakstiet tekstu zem galvenes, aizpildiet kopsavilkumu un apskatiet rezultātu ar: lapa serve
new-title-invalid = "{ $title }" nevar būt virsraksts: tas ir tukšs vai tajā ir rindas pārnesums vai vadības rakstzīme.
    .hint = Ierakstiet virsrakstu pēdiņās vienā rindā, piemēram, lapa new news "Jauns dienas centrs Ludzā".
new-title-no-slug = No virsraksta "{ $title }" nevar izveidot adresi: tajā nav burtu vai ciparu.
    .hint = Izmantojiet virsrakstu ar vārdiem: lapas adresi veido no tiem.
new-exists = { $path } jau ir; lapa new nekad neaizstāj failu.
    .hint = Izvēlieties citu virsrakstu vai atveriet un labojiet esošo failu.
new-unwritable = Neizdevās izveidot { $path }: { $details }
    .hint = Pārbaudiet, vai mapē content var rakstīt un vai diskā ir vieta.
new-no-section = Vietnē nav sadaļas ar veidu { $kind }.
    .hint = Pievienojiet tādu sadaļu: mapi content/ iekšā ar failu _index.lv.md, kura galvenē ir "kind: { $kind }".
new-sections-several = Vietnē ir vairākas sadaļas ar veidu { $kind }: { $sections }.
    .hint = Norādiet, kuru izmantot, ar --section, piemēram, --section { $sections }.
new-section-not-of-kind = { $section } nav sadaļa ar veidu { $kind }. Sadaļas ar šo veidu: { $sections }.
    .hint = Norādiet --section vienu no šīm mapēm.
new-section-unknown = Mapē content/ nav sadaļas { $section }. Sadaļas: { $sections }.
    .hint = Norādiet sadaļas mapi content/ iekšā (tādu, kurā ir _index.lv.md) vai . augšējam līmenim.
new-section-data = Sadaļa { $section } veido savas lapas no datu faila; tur lapas ar roku neraksta.
    .hint = Tā vietā pievienojiet ierakstu sadaļas datu failam mapē content/data/.
new-field-title = Virsraksts: to rāda lapas augšā, sarakstos un pārlūka cilnē.
new-field-date = Datums (GGGG-MM-DD): pēc tā ziņas sakārto sarakstā, jaunākās augšā.
new-field-start = Kad pasākums sākas (GGGG-MM-DDTHH:MM, Latvijas laiks).
new-field-end = Kad pasākums beidzas (GGGG-MM-DDTHH:MM); tas nevar būt pirms sākuma.
new-field-location = Kur tas notiek: vietas nosaukums un adrese.
new-field-summary = Viens vai divi teikumi, ko rāda sarakstos, ziņu plūsmās un meklēšanas rezultātos.
new-field-tags = Tēmas, piemēram, [sadarbība, Ludza]; lapas ar vienu tēmu rāda kopā.
new-field-municipalities = Pašvaldības, par kurām tas ir, ar to id no content/data/municipalities.yaml, piemēram, [ludza].
new-field-draft-translation = Tulkojums sākas kā melnraksts: iztulkojiet virsrakstu un tekstu, tad izdzēsiet šo rindu.

# Komandrinda: --help teksti un lietošanas kļūdas
cli-about = lapa: Latgales DI projekta tīmekļa vietnes statisko vietņu ģenerators.
cli-usage = Lietošana:
cli-heading-options = Iespējas
cli-heading-arguments = Argumenti
cli-heading-commands = Komandas
cli-value-command = KOMANDA
cli-value-title = VIRSRAKSTS
cli-value-section = SADAĻA
cli-value-root = MAPE
cli-value-output = MAPE
cli-value-base_url = URL
cli-value-threads = N
cli-help = Parādīt šo palīdzību
cli-version = Parādīt lapa versiju
cli-arg-lang = Valoda lapa paša ziņojumiem: lv vai en (pēc noklusējuma no LANG, citādi angļu)
cli-arg-root = Vietnes mape, tā, kurā ir content/, themes/ un locales/ (pēc noklusējuma pašreizējā mape)
cli-arg-output = Rezultāta mape, relatīvi pret vietnes mapi (pēc noklusējuma public)
cli-arg-base_url = Aizstāj base_url no site.yaml (testa kopijām)
cli-arg-drafts = Iekļaut arī lapas ar `draft: true`
cli-arg-now = Būvēšanas "tagad", GGGG-MM-DDTHH:MM (pēc noklusējuma SOURCE_DATE_EPOCH vai pulkstenis)
cli-arg-threads = Darba pavedienu skaits (pēc noklusējuma viens katram kodolam)
cli-arg-title = Virsraksts vietnes galvenajā valodā
cli-build-about = Uzbūvēt vietni rezultāta mapē
cli-new-about = Sākt jaunu ziņu, pasākumu vai lapu: pa failam katrā valodā, galvene jau aizpildīta
cli-new-now = Datums, ko tai dot, GGGG-MM-DD (pēc noklusējuma SOURCE_DATE_EPOCH vai šodiena)
cli-new-news-about = Datēta ziņa ziņu sadaļā: lapa new news "Virsraksts"
cli-new-news-section = Ziņu sadaļa, ja vietnē tādu ir vairākas
cli-new-event-about = Pasākums pasākumu sadaļā: lapa new event "Virsraksts"
cli-new-event-section = Pasākumu sadaļa, ja vietnē tādu ir vairākas
cli-new-page-about = Lapa sadaļā: lapa new page izpratne "Virsraksts"
cli-new-page-section = Sadaļas mape content/ iekšā (. augšējam līmenim)
cli-serve-about = Uzbūvēt vietni atmiņā, rādīt to šajā datorā un pārbūvēt pēc katras izmaiņas
cli-serve-port = Ports, kurā klausīties (pēc noklusējuma: 1111; 0: jebkurš brīvs ports, ko parāda, kad vietne sāk darboties)
cli-serve-bind = Adrese, kurā klausīties (pēc noklusējuma: 127.0.0.1, tikai šis dators; 0.0.0.0 ielaiž arī citus datorus)
cli-serve-base_url = Rādīt vietni zem šīs adreses ceļa, kā to publicē apakšmapē (https://example.lv/di/ → /di/)
cli-check-about = Pārbaudīt vietni, neko neierakstot: viss, ko pārbauda build, un arī saites un #enkuri, trūkstoši tulkojumi, lapas bez saitēm uz tām un piekļūstamība
cli-check-output = Pieņemts tāpat kā build; check neko neieraksta (pēc noklusējuma public)
cli-check-strict = Brīdinājumi skaitās kā kļūdas (izejas kods 1)
cli-check-format = Kā rādīt problēmas: human (pa failiem, ar fragmentiem) vai json (viens JSON objekts rindā, standartizvadē) (pēc noklusējuma human)
cli-value-format = human|json
cli-value-port = PORTS
cli-value-bind = IP
cli-unknown-argument = Šeit lapa nav iespējas { $arg }.
    .hint = { $suggestion ->
        [none] Iespējas var apskatīt ar --help.
       *[other] Vai domājāt { $suggestion }? Iespējas var apskatīt ar --help.
    }
cli-unknown-command = lapa nav komandas "{ $command }".
    .hint = { $suggestion ->
        [none] Komandas ir build, new, serve un check; skatiet lapa --help.
       *[other] Vai domājāt { $suggestion }? Skatiet lapa --help.
    }
cli-invalid-value = "{ $value }" nevar norādīt iespējai { $arg }.
    .hint = { $valid ->
        [none] Ko tā pieņem, var apskatīt ar --help.
       *[other] Norādiet vienu no šiem: { $valid }.
    }
cli-missing = Trūkst: { $args }.
    .hint = Norādiet to, kā rāda lietošanas rinda zemāk.
cli-conflict = { $arg } nevar norādīt kopā ar { $other }.
    .hint = Atstājiet tikai vienu no tām.
cli-values = Iespējai { $arg } norādīts nepareizs vērtību skaits.
    .hint = Kā to raksta, var apskatīt ar --help.
cli-other = Nepareiza lietošana: { $details }
    .hint = Skatiet lapa --help.

# Visām komandām kopīgās iespējas
now-invalid = --now { $value } nav datums un laiks.
    .hint = Rakstiet to formā GGGG-MM-DDTHH:MM pēc Latvijas laika, piemēram, --now 2024-05-14T10:00 (vai tikai datumu, 2024-05-14).
epoch-invalid = SOURCE_DATE_EPOCH={ $value } nav laika brīdis, ko lapa var izmantot.
    .hint = Norādiet veselas sekundes kopš 1970. gada 1. janvāra (piemēram, 1700000000) vai noņemiet šo mainīgo, lai izmantotu pulksteni.
base-url-invalid = --base-url { $url } nav tīmekļa adrese.
    .hint = Norādiet pilnu adresi, kur šī kopija tiek publicēta, ar / beigās, piemēram, https://www.example.lv/di/.
markdown-link-scheme-not-allowed = Saite "{ $value }" nav adrese, uz kuru lapa veido saiti ({ $scheme }:).
    .hint = Rakstiet tīmekļa adresi (https://…), e-pasta adresi (mailto:…), tālruņa numuru (tel:…), ceļu vietnē, piemēram, /lv/kontakti/, vai lapu kā @/kontakti.md.
# Dokumenti (14. uzdevums, media-docs): veidnes funkcija documents().
template-documents-no-page = Veidne izsauc documents() ārpus īsā koda, nenorādot, kuras lapas dokumentus rādīt{ $pages ->
    [0] {""}
    [one] {" "}(veidojot { $page })
   *[other] {" "}(veidojot { $page } un kopā { $pages } lapas)
}.
    .hint = Izsauciet to īsajā kodā (tur tā rāda lapas dokumentus) vai norādiet from="@/sadala/_index.md", lai rādītu sadaļas dokumentus.
# media-core (issue 14): attēli: iestatījumi un apstrāde
config-images-bad-widths = images.widths: { $value } nav platumu saraksts, ko lapa var izmantot.
    .hint = Rakstiet platumus pikseļos no 16 līdz 8000, mazāko vispirms, katru vienu reizi, piemēram, [480, 800, 1200, 1600].
config-images-bad-quality = images.quality: { $value } nav kvalitāte no 1 līdz 100.
    .hint = Rakstiet veselu skaitli no 1 (mazākie faili) līdz 100 (labākais attēls), piemēram, 80.
config-images-bad-sizes = images.sizes: "{ $value }" nevar būt HTML atribūts sizes.
    .hint = Rakstiet mediju nosacījumus un platumus kā HTML, bez pēdiņām un leņķiekavām, piemēram, (min-width: 42rem) 40rem, 100vw.
config-images-bad-cache = images.cache: "{ $value }" nevar būt apstrādāto attēlu mape.
    .hint = Rakstiet mapi vietnes mapē (blakus content/), kas nav mapēs content/, themes/ un locales/, piemēram, .lapa-cache.
config-images-cache-in-output = images.cache: "{ $value }" pārklājas ar izvades mapi, ko katra būvēšana aizstāj.
    .hint = Novietojiet kešatmiņu blakus izvades mapei, nevis tajā (un ne izvades mapi kešatmiņā), piemēram, .lapa-cache.
image-unsupported = Attēls { $image } ir formātā, ko lapa nepublicē ({ $found }).
    .hint = Saglabājiet to kā JPEG (fotoattēlus) vai PNG (zīmējumus, caurspīdīgus attēlus) un ielieciet šo failu tā vietā; iPhone tālrunī iestatījums Settings › Camera › Formats › Most Compatible uzņem fotoattēlus JPEG formātā.
image-corrupt = Attēlu { $image } nevar nolasīt: { $details }.
    .hint = Fails var būt bojāts vai nepilnīgs. Atveriet to attēlu skatītājā, saglabājiet vēlreiz kā JPEG vai PNG un ielieciet šo failu tā vietā.
document-damaged = Dokuments { $document } izskatās bojāts: lapa nevar nolasīt tā saturu.
    .hint = Tas tiek publicēts un tam ir saite, tikai bez nosaukuma un lappušu skaita. Iespējams, tā augšupielāde vai kopēšana apstājās pusceļā: atveriet to, un, ja tas neatveras pilnībā, ielieciet to vēlreiz.
image-empty = Attēls { $image } ir tukšs fails (0 baitu).
    .hint = Tā augšupielāde vai kopēšana nav pabeigta. Ielieciet fotoattēlu vēlreiz no tālruņa vai kameras, kurā tas uzņemts.
image-truncated = Attēls { $image } ir nepilnīgs: fails beidzas agrāk nekā attēls.
    .hint = Tā augšupielāde vai kopēšana apstājās pusceļā; pārlūks attēla atlikušo daļu rādītu pelēku. Ielieciet fotoattēlu vēlreiz no tālruņa vai kameras, kurā tas uzņemts.
image-misnamed = Attēla { $image } nosaukums norāda uz { $named }, bet tajā ir { $format } attēls.
    .hint = Pārlūki to parāda, taču tīmekļa serveri to sūta kā { $named }, un tā mazākajiem izmēriem paliek nepareizais nosaukums. Pārdēvējiet to par { $name } un nomainiet saites uz to.
image-too-large = Attēls { $image } ir { $width } × { $height } pikseļu — vairāk, nekā lapa nolasa ({ $limit } megapikseļi).
    .hint = Samaziniet to (tīmekļa lapai pietiek ar 4000 pikseļiem garākajā malā) un ielieciet šo failu tā vietā.
image-large = Attēls { $image } ir liels: { $width } × { $height } pikseļu, { $megabytes } MB.
    .hint = Tas tiek publicēts, taču palēnina būvēšanu, un tā oriģinālu ir smagi lejupielādēt. Samaziniet to līdz { $side } pikseļiem garākajā malā un { $limit } MB (vai mainiet site.yaml iestatījumus images.warn_side un images.warn_megabytes).
image-io = Attēlu { $image } neizdevās nolasīt vai apstrādāt: { $details }.
    .hint = Pārbaudiet, vai failu var nolasīt un vai kešatmiņas mapē (site.yaml iestatījums images.cache) var rakstīt.
svg-script = Šajā SVG ir skripts: { $what ->
        [script] elements <script>
        [handler] notikuma atribūts { $name }=
        [address] javascript: adrese atribūtā { $name }=
       *[embedded] iegults dokuments <{ $name }>
    } ({ $line }. rindā, { $column }. kolonnā); to izmanto { $page }.
    .hint = Attēli vietnē nedrīkst palaist skriptus. Izņemiet skriptu (saglabājiet zīmējumu vēlreiz kā vienkāršu SVG bez interaktivitātes) vai publicējiet to kā PNG.
## Attēli lapās (14. problēma, media-site)
template-picture-unknown = Funkcijai picture() dots "{ $src }", bet vietne tādu attēlu nepublicē{ $pages ->
    [0] {""}
    [one] {" "}(veidojot { $page })
   *[other] {" "}(veidojot { $page } un kopā { $pages } lapas)
}.
    .hint = Norādiet attēla adresi tā, kā to dod page.image, vai īskodā tā faila nosaukumu lapas mapē (piemēram, src="foto.jpg").
template-picture-loading = Funkcijai picture() dots loading="{ $loading }"{ $pages ->
    [0] {""}
    [one] {" "}(veidojot { $page })
   *[other] {" "}(veidojot { $page } un kopā { $pages } lapas)
}.
    .hint = Rakstiet loading="lazy" (zem pirmā ekrāna, noklusējums) vai loading="eager"; lapas galvenajam attēlam rakstiet priority=true.
image-cache-unusable = Apstrādāto attēlu mapi { $folder } nevar izmantot: { $details }.
    .hint = Pārbaudiet, vai lapa drīkst šo mapi izveidot un tajā rakstīt, vai norādiet citu mapi ar images.cache failā content/site.yaml.
