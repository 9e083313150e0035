# lapa's own messages, in English. Every message here must also be in lv.ftl.
# A message's `.hint` says how to fix the problem.

label-error = error
label-warning = warning
summary = { $errors ->
    [one] 1 error
   *[other] { $errors } errors
}, { $warnings ->
    [one] 1 warning
   *[other] { $warnings } warnings
}
built = Built { $pages } pages ({ $files } files, { $written } changed) in { $ms } ms into { $output }
building = Building the site…
output-untouched = Nothing was written: the previous output is as it was.
usage-error = Wrong usage: { $details }
write-failed = Could not write { $path }: { $details }

yaml-invalid = This YAML cannot be read: { $details }
    .hint = Check the indentation (spaces, not tabs), that every "key: value" has a space after the colon, and that texts with a colon or # are in quotes.
site-file-unreadable = The site settings file cannot be read: { $details }
    .hint = Every site folder needs content/site.yaml. Run lapa in the site folder or pass --root.
config-bad-base-url = "{ $url }" is not a web address.
    .hint = Write the full address where the site is published, e.g. https://www.example.lv/di/
config-bad-language-code = "{ $code }" is not a language code.
    .hint = Use two or three lower-case letters, e.g. lv, en, ltg.
config-duplicate-language = The language "{ $code }" is listed twice.
    .hint = List each language once.
config-no-languages = The site has no languages.
    .hint = List at least one language under "languages:", e.g. "- code: lv".
config-unknown-default-language = The default language "{ $lang }" is not one of the site's languages.
    .hint = Set default_language to a code listed under "languages:".
config-bad-theme = "{ $theme }" is not a theme name.
    .hint = Write the name of a folder in themes/, e.g. default.
config-bad-locale = There are no number and date formats for "{ $locale }".
    .hint = Set "locale:" of that language to a CLDR locale such as lv or en-GB.
data-text-missing-language = { $key }: no "{ $lang }" text.
    .hint = Add the { $lang } translation of this text, e.g. "{ $lang }: …", or write one plain text for all languages.
data-text-unknown-language = { $key }: "{ $lang }" is not one of the site's languages.
    .hint = Remove this text, or add the language to content/site.yaml.
theme-missing = The theme "{ $theme }" does not exist.
    .hint = Create themes/{ $theme }/ or set "theme:" in content/site.yaml to an existing theme.
file-unreadable = This file cannot be read: { $details }
    .hint = Check that the file is saved as UTF-8 text and that lapa may read it.
unknown-language-suffix = The file name says the language is "{ $lang }", which is not one of the site's languages ({ $languages }).
    .hint = Rename the file to one of the site's languages, or add "{ $lang }" to the languages in content/site.yaml.
front-matter-missing = The file does not start with front matter.
    .hint = Start the file with a line "---", then "title: …", then another "---".
front-matter-unclosed = The front matter is not closed.
    .hint = Add a line with only "---" after the last front matter line.
locale-folder-missing = There are no interface texts for "{ $lang }".
    .hint = Create { $folder }/ with the same .ftl files as the other languages.
page-missing-title = The page has no title.
    .hint = Add a line "title: …" to the front matter.
date-invalid = { $key }: "{ $value }" is not a date.
    .hint = Write the date as YYYY-MM-DD (2023-02-03) or with a time as YYYY-MM-DDTHH:MM (2023-02-03T10:00).
news-missing-date = This news item has no date.
    .hint = Add a line "date: YYYY-MM-DD" to the front matter.
slug-empty = "{ $value }" gives an empty address.
    .hint = Set "slug:" to a few words with letters or digits.
url-collision = Two files claim the same address: { $first } and { $second }.
    .hint = Give one of them another "slug:" or rename its file.
translation-key-duplicate = Another page in this language already has the translation key "{ $key }": { $other }.
    .hint = Each language may have only one page per translation_key.
alias-invalid = The alias "{ $alias }" is not a path inside the site.
    .hint = Write the old address's path, e.g. /jaunumi/vecs-raksts.html, without "..".
asset-without-page = This file is not part of any page bundle or section and is not published.
    .hint = Move it into the folder of the page that uses it (next to index.lv.md).
link-target-missing = The link "{ $link }" points to a file that does not exist.
    .hint = Check the path: it starts at content/, e.g. @/jaunumi/ligums.md.
shortcode-malformed = This shortcode cannot be read: { $details }
    .hint = Write it on its own line as {"{{"} name(key="text", number=3) {"}}"}.
shortcode-unknown = There is no shortcode "{ $name }".
    .hint = Check the name, or create themes/{ $theme }/shortcodes/{ $name }.html.
image-missing-alt = The image "{ $image }" has no text alternative.
    .hint = Describe the image in the brackets: ![what the image shows]({ $image }).

# Markdown, links and shortcodes (issue 8).
label-note = note
note-shortcode-template = the template of the shortcode "{ $name }"
note-shortcode-arguments = the arguments the shortcode "{ $name }" takes are declared here
link-to-draft = The link "{ $link }" leads to { $draft }, which is a draft and is not published.
    .hint = Publish the draft (remove "draft: true" from { $draft }) or remove the link. lapa build --drafts shows drafts.
link-other-language = The link "{ $link }" leads to { $target } ({ $target_lang }): there is no "{ $lang }" version of that page.
    .hint = Write the "{ $lang }" version of the page, or link to this page on purpose: { $explicit }.
bundle-file-missing = There is no file "{ $file }" next to this page.
    .hint = Files next to this page: { $files }. Put the file in the page's own folder (with index.lv.md) and check the spelling.
bundle-file-case = The file "{ $file }" is called "{ $actual }": web servers tell capital and small letters apart.
    .hint = Write "{ $actual }" exactly, or rename the file.
bundle-file-outside = The address "{ $file }" goes outside the site.
    .hint = Put the file in the page's own folder and write only its name.
lead-image-missing = The lead image "{ $file }" is not in this page's folder.
    .hint = Files next to this page: { $files }. Put the image next to index.lv.md and write its file name.
lead-image-outside-bundle = The lead image "{ $image }" is not a file of this page's folder.
    .hint = Copy the image into the page's own folder (next to index.lv.md) and write only its file name, e.g. image: foto.jpg.
heading-attribute-invalid = "{ $name }" cannot be an attribute of a heading; it is left out.
    .hint = Write attributes as {"{"}#id .class name=value{"}"}, with names of letters, digits and dashes.
shortcode-args-malformed = This argument declaration cannot be read: { $reason ->
    [name] "{ $value }" is not an argument name (use a–z, digits and _).
    [type] "{ $value }" is not a type.
    [id-of] "{ $value }" does not name a data file and its list.
    [empty-choice] "{ $value }" has an empty choice.
    [twice] "{ $value }" is declared twice.
    [required-default] "{ $value }" is both required and has a default.
    [default] the default of "{ $value }" is not one of its values.
   *[second] there is a second "{ $value }" comment.
}
    .hint = Declare one argument per line as "name: type = default (required)"; types are text, integer, number, bool, a|b|c or id of file.list.
shortcode-argument-unknown = The shortcode "{ $name }" has no argument "{ $argument }".
    .hint = Remove it or correct its name; "{ $name }" takes: { $takes }.
shortcode-takes-no-arguments = The shortcode "{ $name }" takes no arguments, but "{ $argument }" is given.
    .hint = Write it as {"{{"} { $name }() {"}}"}.
shortcode-argument-missing = The shortcode "{ $name }" needs the argument "{ $missing }".
    .hint = Add { $missing }=… inside the brackets.
shortcode-argument-invalid = { $argument }={ $value } is not right for the shortcode "{ $name }": it takes { $kind ->
    [integer] a whole number, e.g. 3
    [number] a number, e.g. 2.5
    [bool] true or false
   *[text] a text in quotes, e.g. "…"
}.
    .hint = Correct the value of { $argument }.
shortcode-argument-not-one-of = { $argument }={ $value } is not one of the values the shortcode "{ $name }" takes: { $allowed }.
    .hint = Write one of { $allowed }.
shortcode-id-unknown = There is no "{ $value }" in { $file } for the shortcode "{ $name }".
    .hint = Use one of the ids in { $file }: { $ids }.
shortcode-render = The shortcode "{ $name }" failed: { $details }
    .hint = Check the shortcode's arguments here, and its template (see the note).
template-syntax = The template cannot be read: { $details }
    .hint = Check the {"{{ }}"} and {"{% %}"} tags around this place.
template-render = The template failed: { $details }
    .hint = Check the template at this place.
template-render-page = The template failed while making { $page }: { $details }
    .hint = Check the template at this place, and what that page gives it.
template-missing = There is no template "{ $template }".
    .hint = Create it in the theme's templates/ folder, or change "template:".
template-missing-page = There is no template "{ $template }" (needed for { $page }).
    .hint = Create it in the theme's templates/ folder, or change "template:".
static-file-collision = A theme file would replace the page at { $url }.
    .hint = Rename or move the file in the theme's static/ folder.
fluent-syntax = This interface text cannot be read.
    .hint = Each message is "key = text"; continued lines are indented; variants are in {"{"} $var -> [one] … *[other] … {"}"}.
fluent-duplicate = The interface text "{ $key }" is defined twice (first in { $first }).
    .hint = Keep one of the two.
fluent-missing-key = The interface text "{ $key }" is missing in "{ $lang }".
    .hint = Add "{ $key } = …" to a file in { $folder }.
output-contains-site = The output folder { $output } contains the site itself.
    .hint = Choose a folder inside the site, e.g. --output public.
output-holds-sources = The output folder { $output } holds site sources (content/, themes/ or locales/).
    .hint = Choose an empty folder or the default, public.
output-inside-sources = The output folder { $output } is inside the site's sources.
    .hint = Choose a folder outside content/, themes/ and locales/, e.g. public.

data-bad-id = { $key }: "{ $id }" cannot be an id.
    .hint = Use lower-case letters a–z, digits and dashes, e.g. grt-services.
data-duplicate-id = { $key }: the id "{ $id }" is used twice in this file.
    .hint = Give each item its own id.
data-negative = { $key }: { $value } is not a number between 0 and 1 000 000 000 000 000.
    .hint = Write a plain number such as 389 or 7596069.00, without spaces or units.
data-bad-phone = { $key }: "{ $value }" is not a phone number.
    .hint = Write the number with digits, e.g. 65707131 or +371 6570 7131.
data-bad-email = { $key }: "{ $value }" is not an e-mail address.
    .hint = Write it as name@example.lv.
data-unknown-municipality = { $key }: "{ $id }" is not in content/data/municipalities.yaml.
    .hint = Use an id from municipalities.yaml, or add the municipality there.
data-bad-date = { $key }: "{ $value }" is not a date.
    .hint = Write the date as YYYY-MM-DD, e.g. 2023-02-03.
data-unknown-group = { $key }: there is no group "{ $id }".
    .hint = Use an id from the file's groups list, or add the group there.
data-missing-unit = { $key }: the indicator "{ $id }" has neither unit nor currency.
    .hint = Add "unit: unit-persons" (a message in locales/) or "currency: EUR".
data-unit-unknown = { $key }: there is no interface text "{ $unit }" in locales/{ $lang }/.
    .hint = Add "{ $unit } = …" with the plural forms to a file in locales/{ $lang }/.
data-dates-out-of-order = { $key }: { $value } does not come after the entry before it.
    .hint = List the entries from the oldest to the newest, each date once.
data-item-missing-id = { $key }: this item has no id.
    .hint = Add "id: …" to the item; it becomes the address of its page.
data-section-without-file = This section is kind: data but names no data file.
    .hint = Add "data: indicators.yaml" (a file in content/data/).
data-file-missing = There is no data file "{ $file }" in content/data/.
    .hint = Check the file name, or create content/data/{ $file }.
data-items-unknown = "{ $file }" has no list to make pages from (its lists: { $lists }).
    .hint = Name the list with "items: …".
unknown-municipality = "{ $id }" is not a municipality in content/data/municipalities.yaml.
    .hint = Use an id from municipalities.yaml, or add the municipality there.
shortcode-not-here = The shortcode "{ $name }" cannot be used in a data file.
    .hint = Use shortcodes in pages only.
interface-text-missing = The theme needs the interface text "{ $key }" in locales/{ $lang }/.
    .hint = Add "{ $key } = …" to a file in locales/{ $lang }/.
config-bad-slug = { $key }: "{ $value }" cannot be a folder name in addresses.
    .hint = Use lower-case letters a–z, digits and dashes, e.g. birkas.
event-missing-start = This event has no start.
    .hint = Add a line "start: YYYY-MM-DDTHH:MM" (Riga time) to the front matter.
event-end-before-start = The event ends ({ $end }) before it starts ({ $start }).
    .hint = Check "start:" and "end:"; the end must be the same as or after the start.
tag-slug-empty = The tag "{ $tag }" gives an empty address.
    .hint = Use a tag with letters or digits.
tag-spellings-merged = The tags { $spellings } have the same address ({ $slug }) and are shown as one, "{ $name }".
    .hint = Write the tag the same way everywhere.
output-collision = Two things would be written to { $url }: an alias or a file in content/ takes the place of a file lapa makes (a page, feed, calendar, download or the 404 page).
    .hint = Rename the file or change the alias.
image-alt-missing = The lead image has no text alternative.
    .hint = Add a line "image_alt: …" that says what the image shows.
easy-read-not-published = Easy-to-read versions are not published yet; this file is left out.
    .hint = Keep the file: it will be published when lapa supports easy-to-read pages.
