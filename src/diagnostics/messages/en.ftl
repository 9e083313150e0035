# lapa's own messages, in English. Every message here must also be in lv.ftl.
# A message's `.hint` says how to fix the problem.

label-error = error
label-hint = help
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
output-waiting = Another build is writing { $output }; waiting for it to finish…

yaml-invalid = This YAML cannot be read from here on.
    .hint = Check the indentation (spaces, not tabs), that every "key: value" has a space after the colon, and that texts with a colon or # are in quotes.
yaml-duplicate-key = The key { $key } appears twice (first on line { $first }).
    .hint = Keep one of the two lines and delete the other.
yaml-expected-number = { $key }: "{ $value }" is not a number.
    .hint = { $number ->
        [none] Write only a number, e.g. 540, without words or units.
       *[other] Write only the number: { $number }, not "{ $value }".
    }
yaml-expected-whole-number = { $key }: { $value } is not a whole number.
    .hint = Write a whole number without a decimal point, e.g. 5.
yaml-expected-count = { $key }: { $value } cannot be used here.
    .hint = Write a whole number from 0 up, e.g. 5.
yaml-expected-list = { $key }: a list belongs here, not the text "{ $value }".
    .hint = Write the items in square brackets, e.g. { $example }, or one per line below the key, each starting with "- ".
yaml-expected-yes-no = { $key }: "{ $value }" is neither true nor false.
    .hint = Write true or false.
yaml-expected-text = { $key }: a text belongs here.
    .hint = Write the text after the colon on the same line; put it in quotes if it starts with [ or {"{"}.
yaml-expected-fields = { $key }: "{ $value }" cannot stand here: this key takes fields of its own.
    .hint = Write the fields on the lines below the key, each indented by two spaces, e.g. "  name: …".
yaml-wrong-value = { $key }: "{ $value }" cannot be used here.
    .hint = Check what this key takes in the documentation.
yaml-unknown-field = { $key }: there is no field "{ $field }" here.
    .hint = Check the spelling. The fields here are: { $known }.
yaml-unknown-field-top = There is no field "{ $field }" in this file.
    .hint = Check the spelling. The fields are: { $known }.
yaml-unknown-choice = { $key }: "{ $value }" is not one of the choices.
    .hint = Write one of: { $known }.
yaml-missing-field = { $key }: the field "{ $field }" is missing.
    .hint = Add a line "{ $field }: …" here, indented like the other fields.
yaml-missing-field-top = The field "{ $field }" is missing.
    .hint = Add a line "{ $field }: …" at the start of a line.
yaml-top-not-fields = This text is not a list of "key: value" lines.
    .hint = Write one "key: value" per line, e.g. "title: Par projektu".
yaml-tab = A tab is used for indentation here.
    .hint = Indent with spaces only: replace the tab with two spaces.
yaml-unclosed-quote = The quote { $quote } opened here is never closed.
    .hint = Add the closing { $quote } at the end of the text.
yaml-unclosed-bracket = The bracket { $bracket } opened here is never closed.
    .hint = Add the closing { $closing } after the last item, on the same line.
yaml-reserved-character = A value cannot start with "{ $character }" unless it is in quotes.
    .hint = Put the whole text in quotes, e.g. "{ $character }…".
yaml-colon-in-value = This text contains a colon followed by a space, which YAML reads as a new key.
    .hint = Put the text in quotes: { $fixed }
yaml-indentation = This line is indented differently from the lines around it.
    .hint = Keys of the same group start in the same column; a key inside a group is indented by two spaces more than the group's key.
yaml-not-key-value = This line is not "key: value".
    .hint = Start the line with a key and a colon ("summary: …"), or indent it if it continues the text above.
yaml-unfinished = The YAML ends before what starts here is finished.
    .hint = Check that every quote and bracket opened here is closed.
yaml-missing-space = The key { $key } has no space after its colon.
    .hint = Write a space after the colon: "{ $key }: …".
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
data-slug-invalid = { $key }: a slug is a text.
    .hint = Write slug: ludzas-novads, or one per language: slug: {"{"}lv: …, en: …{"}"}.
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
url-collision-made-page = { $file } takes the address { $url }, where lapa puts a page it makes itself (its folder name is { $key } in content/site.yaml).
    .hint = Give this page another "slug:", or give lapa's page another folder name with { $key } in content/site.yaml.
translation-key-duplicate = Another page in this language already has the translation key "{ $key }": { $other }.
    .hint = Each language may have only one page per translation_key.
alias-invalid = The alias "{ $alias }" is not a path inside the site.
    .hint = Write the old address's path, e.g. /jaunumi/vecs-raksts.html, without "..".
asset-without-page = This file is not published: it is not in a page bundle and no page links to it.
    .hint = Put it in the folder of the page that uses it (next to index.lv.md) and link to it there, or move it out of content/.
markdown-name-not-built = This file does not become a page and is not published: lapa builds pages only from files ending in ".md", in lower case.
    .hint = Rename it to { $name }.
markdown-in-data-folder = This markdown file is in content/data/, which holds data files only: it does not become a page and is not published.
    .hint = Move it to the folder of its section (e.g. content/jaunumi/) to make it a page, or out of content/ if it is a note.
data-file-name-not-read = This data file is not read and not published: lapa reads data files ending in ".yaml" or ".yml", in lower case.
    .hint = Rename it to { $name }.
yaml-outside-data-folder = This YAML file is not read and not published: data files sit directly in content/data/.
    .hint = Move it to content/data/ if it is a data file, or out of content/ if it is not.
front-matter-unknown-field-near = lapa does not know the field "{ $field }": did you mean "{ $near }"?
    .hint = Rename it to "{ $near }:". As it is written, lapa does not use it.
front-matter-unknown-field = lapa does not know the field "{ $field }".
    .hint = Check the spelling against the fields in the README. A field of your own for the theme goes under "extra:".
front-matter-section-field = "{ $field }" works only in a section's _index file; in this page it does nothing.
    .hint = Move it to the _index.<lang>.md file of the section, or remove it.
yaml-value-cut-at-comment = The value stops before "{ $comment }": in YAML a space and # start a comment, so the value read is "{ $value }".
    .hint = Put the whole value in quotes, e.g. "{ $whole }".
link-scheme-not-allowed = { $key }: "{ $value }" is not an address lapa links to ({ $scheme }:).
    .hint = Write a web address (https://…), an e-mail address (mailto:…), a phone number (tel:…) or a path inside the site such as /lv/kontakti/.
link-target-missing = The link "{ $link }" points to a file that does not exist.
    .hint = Check the path: it starts at content/, e.g. @/jaunumi/ligums.md.
shortcode-malformed = This shortcode cannot be read: { $reason ->
    [not-closed] the line does not end with {"}}"}.
    [text-after] there is text after {"}}"} on its line.
    [no-open] "{ $value }" has no ( after the name.
    [no-close] the arguments of "{ $value }" are not closed with ).
    [name] "{ $value }" is not a shortcode name (use letters, digits, _ and -).
    [pair] arguments are written name=value, and "{ $value }" is not.
    [quote] the text of { $value } is not closed with its quote mark.
    [value] { $value } is not text in quotes, a number, true or false.
    [no-value] { $value } has no value.
   *[twice] { $value } is given twice.
}
    .hint = Write it on its own line as {"{{"} name(key="text", number=3) {"}}"}.
shortcode-unknown = There is no shortcode "{ $name }".
    .hint = Check the name, or create themes/{ $theme }/shortcodes/{ $name }.html.
task-item-empty = This task item has no text, so its checkbox would have no name for screen readers; it is left out.
    .hint = Write what the task is after the [ ] or [x], or remove the item.
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
output-unmade = lapa cannot make { $path } from the site's model. This is a bug in lapa, not in the site.
    .hint = Please report it to lapa's developers with the site (or the smallest part of it) that shows it.
search-index-failed = The search index { $path } cannot be made: { $error }
    .hint = This is a bug in lapa or in Pagefind, the library it makes search indexes with, not in the site. Please report it to lapa's developers.
template-syntax = The template cannot be read: { $details }
    .hint = Check the {"{{ }}"} and {"{% %}"} tags around this place.
template-render = The template failed: { $details }
    .hint = Check the template at this place.
template-render-page = The template failed while making { $page }{ $pages ->
    [one] {""}
   *[other] {" "}and { $pages } pages in all
}: { $details }
    .hint = Check the template at this place, and what that page gives it.
template-missing = There is no template "{ $template }".
    .hint = Create it in the theme's templates/ folder, or change "template:".
template-missing-page = There is no template "{ $template }" (needed for { $page }{ $pages ->
    [one] {""}
   *[other] {" "}and { $pages } pages in all
}).
    .hint = Create it in the theme's templates/ folder, or change "template:".
static-file-collision = A theme file would replace the page at { $url }.
    .hint = Rename or move the file in the theme's static/ folder.
fluent-syntax = { $problem ->
        [equals] This line has no "=" between the key and the text.
        [value] The interface text "{ $key }" has no text after "=".
        [brace] A {"{"} here is not closed with {"}"}, or holds something that is not a variable.
        [variant] The variants here are not written as [key] text.
        [default-variant] None of the variants here is marked with * as the default.
        [quote] A quoted text here has no closing quote.
       *[other] This interface text cannot be read.
    }
    .hint = { $problem ->
        [equals] Write "key = text". If this line continues the text above, indent it with spaces.
        [value] Write the text after "=" on the same line, or on the next line indented with spaces.
        [brace] Close it with {"}"}; inside the braces write a variable such as {"{"} $count {"}"}. To show a brace itself, write {"{"}"{"{"}"{"}"}.
        [variant] Write each variant on its own indented line as [one] text; the last one as *[other] text.
        [default-variant] Mark one variant with *, e.g. *[other] { "{" } $count { "}" } pages.
        [quote] Close the quote with ".
       *[other] Each message is "key = text"; continued lines are indented; variants are in {"{"} $var -> [one] … *[other] … {"}"}.
    }
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
root-missing = The site folder { $root } does not exist.
    .hint = Give --root the folder that holds content/, themes/ and locales/, or leave --root out and run lapa inside that folder.
root-not-folder = The site folder { $root } is a file, not a folder.
    .hint = Give --root the folder that holds content/, themes/ and locales/, or leave --root out and run lapa inside that folder.
output-not-lapa = The output folder { $output } already holds files that lapa did not write; lapa leaves them as they are.
    .hint = Every build replaces the whole output folder, so lapa writes only into a new or empty folder, or one it wrote before. Choose another folder with --output, or move these files away. If the folder holds the output of an earlier lapa version, delete it once and build again.
output-not-folder = The output folder { $output } is a file, not a folder.
    .hint = Choose another folder with --output, or move the file away.
output-unwritable = lapa cannot write the output folder { $output }: { $details }
    .hint = Check that this folder and the folder it is in are folders (not files) that you may write to, or choose another folder with --output.
output-read-only = lapa cannot replace the output folder { $output }: the folder { $folder } is read-only.
    .hint = Allow writing to that folder (its properties or chmod u+w), or choose another folder with --output.
output-path-blocked = lapa cannot create the output folder { $output }: { $file } is a file, not a folder.
    .hint = Move or rename that file, or choose another folder with --output.

# Calls of lapa's template functions and filters that fail.
template-variable-undefined = The template uses "{ $missing }", which it is not given{ $pages ->
    [0] {""}
    [one] {" "}(making { $page })
   *[other] {" "}(making { $page } and { $pages } pages in all)
}.
    .hint = Check the spelling.{ $count ->
        [0] {""}
       *[other] {" "}What this template is given: { $available }.
    }
template-field-undefined = The template uses the field "{ $missing }", which is not there{ $pages ->
    [0] {""}
    [one] {" "}(making { $page })
   *[other] {" "}(making { $page } and { $pages } pages in all)
}.
    .hint = Check the spelling.{ $count ->
        [0] {""}
       *[other] {" "}The fields there: { $available }.
    }
template-data-id-unknown = The template calls { $function }(id="{ $id }"), but there is no such id in { $file }{ $pages ->
    [0] {""}
    [one] {" "}(making { $page })
   *[other] {" "}(making { $page } and { $pages } pages in all)
}.
    .hint = Use an id from { $file }, or add the record there.
template-text-missing = The template asks for the interface text "{ $key }", which locales/{ $lang }/ does not have{ $pages ->
    [0] {""}
    [one] {" "}(making { $page })
   *[other] {" "}(making { $page } and { $pages } pages in all)
}.
    .hint = Add "{ $key } = …" to a file in locales/{ $lang }/ (and to every other language), or correct the key.
template-text-format = The interface text "{ $key }" ({ $lang }) cannot be made: { $details }{ $pages ->
    [0] {""}
    [one] {" "}(making { $page })
   *[other] {" "}(making { $page } and { $pages } pages in all)
}.
    .hint = Check the text in locales/{ $lang }/ and the arguments the template gives it.
template-language-unknown = The template asks for the language "{ $lang }", which is not one of the site's languages{ $pages ->
    [0] {""}
    [one] {" "}(making { $page })
   *[other] {" "}(making { $page } and { $pages } pages in all)
}.
    .hint = Use a language code from site.yaml's languages.
template-no-language = The template calls a function that needs a language, but this page gives it none{ $pages ->
    [0] {""}
    [one] {" "}(making { $page })
   *[other] {" "}(making { $page } and { $pages } pages in all)
}.
    .hint = Pass lang="…" to the call.
template-url-not-content = The template calls url(path="{ $path }"), but url() takes the address of a file in content/{ $pages ->
    [0] {""}
    [one] {" "}(making { $page })
   *[other] {" "}(making { $page } and { $pages } pages in all)
}.
    .hint = Write url(path="@/…") with a file in content/, e.g. @/kontakti.md; for theme files use asset(path="…").
template-url-missing = The template links to "{ $path }", but there is no such file in content/{ $pages ->
    [0] {""}
    [one] {" "}(making { $page })
   *[other] {" "}(making { $page } and { $pages } pages in all)
}.
    .hint = Check the path: it starts at content/, e.g. @/jaunumi/_index.md.
template-url-draft = The template links to "{ $path }", which is a draft ({ $draft }) and is not published{ $pages ->
    [0] {""}
    [one] {" "}(making { $page })
   *[other] {" "}(making { $page } and { $pages } pages in all)
}.
    .hint = Publish the draft (remove "draft: true") or link another page.
template-url-other-language = The template links to "{ $path }", which has no "{ $lang }" version (only { $target }){ $pages ->
    [0] {""}
    [one] {" "}(making { $page })
   *[other] {" "}(making { $page } and { $pages } pages in all)
}.
    .hint = Write the "{ $lang }" version of the page, or link the other language's page on purpose: url(path="{ $explicit }").
template-currency-unknown = "{ $currency }" is not a currency code{ $pages ->
    [0] {""}
    [one] {" "}(making { $page })
   *[other] {" "}(making { $page } and { $pages } pages in all)
}.
    .hint = Use an ISO 4217 code such as EUR.
template-date-format-unknown = The date filter has no format "{ $format }"{ $pages ->
    [0] {""}
    [one] {" "}(making { $page })
   *[other] {" "}(making { $page } and { $pages } pages in all)
}.
    .hint = Use format="long", "medium", "short" or "weekday".
template-not-a-date = The { $filter } filter is given "{ $value }", which is not a date{ $pages ->
    [0] {""}
    [one] {" "}(making { $page })
   *[other] {" "}(making { $page } and { $pages } pages in all)
}.
    .hint = Give it a date such as 2023-02-03 (or 2023-02-03T10:00).
template-not-a-number = A number filter is given "{ $value }", which is not a number{ $pages ->
    [0] {""}
    [one] {" "}(making { $page })
   *[other] {" "}(making { $page } and { $pages } pages in all)
}.
    .hint = Give it a number, such as 1200 or 3.5.

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
data-bad-url = { $key }: "{ $value }" is not a web address.
    .hint = Write the whole address, starting with https://, e.g. https://www.example.lv/page.
accessibility-unknown-value = { $key }: "{ $value }" is not one of the values this key takes.
    .hint = Write one of: { $allowed }.
accessibility-unknown-contact = { $key }: "{ $id }" is not in content/data/contacts.yaml.
    .hint = Use an id from contacts.yaml, or write the address under feedback.email or the number under feedback.phone.
accessibility-feedback-missing = { $key }: the statement gives no way to send feedback.
    .hint = Name a contact (feedback.contacts: [id from contacts.yaml]) or write feedback.email or feedback.phone.
accessibility-reviewed-before-prepared = { $key }: the review date { $value } is before the statement was prepared ({ $prepared }).
    .hint = Write the date of the last review, on or after the date the statement was prepared.
accessibility-review-stale = { $key }: the accessibility statement was last reviewed on { $reviewed }, more than a year before { $now }.
    .hint = Check the site again, update the statement's facts and write the date of this review under preparation.reviewed.
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
config-not-positive = { $key }: { $value } is too few: at least one is needed.
    .hint = Write a whole number from 1 up, e.g. { $example }.
config-bad-easy-read-logo = easy_read.logo: "{ $value }" is not the path of an image file in the site folder.
    .hint = Write the path of the easy-to-read logo file as Inclusion Europe supplies it, relative to the site folder (beside content/), ending in .png, .svg, .jpg, .jpeg or .webp, e.g. easy-to-read-logo.png.
event-missing-start = This event has no start.
    .hint = Add a line "start: YYYY-MM-DDTHH:MM" (Riga time) to the front matter.
event-end-before-start = The event ends ({ $end }) before it starts ({ $start }).
    .hint = Check "start:" and "end:"; the end must be the same as or after the start.
event-times-differ = This event's "{ $field }:" ({ $value }) differs from its translation { $other } ({ $other_value }).
    .hint = One event has one time in every language (both versions share one calendar entry): write the same "{ $field }:" in both files.
news-date-in-future = This news item is dated { $date }, after the date of the build ({ $now }): it will be shown at the top of the list.
    .hint = Write "draft: true" until it may be published, or correct the date.
tag-slug-empty = The tag "{ $tag }" gives an empty address.
    .hint = Use a tag with letters or digits.
tag-spellings-merged = The tags { $spellings } have the same address ({ $slug }) and are shown as one, "{ $name }".
    .hint = Write the tag the same way everywhere.
output-collision = Two things would be written to { $url }, from { $first } and from { $second }: an alias or a file in content/ takes the place of a file lapa makes (a page, feed, calendar, download or the 404 page).
    .hint = Rename the file or change the alias.
image-alt-missing = The lead image has no text alternative.
    .hint = Add a line "image_alt: …" that says what the image shows.
easy-read-without-page = This easy-to-read version has no page: { $page } does not exist.
    .hint = Name the easy-to-read file like the page it simplifies, with ".easy" before ".md", or write that page first.
easy-read-checked-outside = { $field } belongs only in an easy-to-read version (a file whose name ends in .easy.md).
    .hint = Delete the line, or move it to the page's easy-to-read version.
easy-read-checked-by-invalid = { $key } must be a list of the names of the people who checked the text.
    .hint = Write for example: checked_by: ["Anna Bērziņa", "Jānis Kalniņš"]
easy-read-checked-by-not-name = { $key } is not a name.
    .hint = Write the name of each person who checked the text on a line of its own below checked_by, for example: - Anna Bērziņa
easy-read-logo-missing = easy_read.logo: there is no file { $logo } in the site folder.
    .hint = Put the European Easy-to-Read Logo file, as Inclusion Europe supplies it, at { $logo } (beside content/), or correct the path.
easy-read-checked-on-alone = checked_on says when the text was checked, but checked_by names nobody who checked it.
    .hint = Add checked_by with the names of the people who checked the text, or delete checked_on.

easy-read-field-ignored = An easy-to-read version does not use { $field }: its address, dates, place in lists and event facts are its page's.
    .hint = Delete { $field } here; set it in the page this text simplifies, if it belongs there.

# lapa check (issue 10).
checked = Checked { $pages ->
    [one] 1 page
   *[other] { $pages } pages
} without writing anything.
check-missing-translations = Missing translations in { $lang }: { $pages ->
    [one] 1 page
   *[other] { $pages } pages
}.
check-strict = --strict: warnings count as errors.
link-broken = The link "{ $link }" leads to no page or file of this site.
    .hint = Check the address. Link pages by their file, e.g. [text](@/par.md): lapa then finds the page in every language and keeps the link right when its address changes.
link-outside-base = The link "{ $link }" does not start with the site's base path { $base }, so it leads nowhere on the published site.
    .hint = Link pages by their file, e.g. [text](@/par.md), or start the address with { $base }.
link-anchor-missing = The link "{ $link }" goes to #{ $anchor }, which is not on { $target }.
    .hint = Use an id the page has ({ $ids }). A heading's id comes from its text ("## Vēsture" → #vesture) or is given: "## Vēsture {"{"}#vesture{"}"}".
theme-link-broken = This template writes the link "{ $link }", which leads to no page or file of the site (on { $page }{ $pages ->
    [one] {""}
   *[other] {" "}and { $pages } pages in all
}).
    .hint = Check how the template builds the address: use url(path="@/…") for pages and asset(path="…") for theme files.
theme-link-anchor-missing = This template links to "{ $link }", but #{ $anchor } is not on that page (on { $page }{ $pages ->
    [one] {""}
   *[other] {" "}and { $pages } pages in all
}).
    .hint = Link to an id the page has, or give the element that id.
link-text-empty = The link to "{ $link }" has no text: a screen reader can only say "link".
    .hint = Write what the link leads to between the brackets: [The 2024 annual report]({ $link }).
link-text-vague = The link text "{ $text }" does not say where the link leads.
    .hint = Link words that make sense on their own, e.g. "Read [the 2024 annual report]({ $link })" rather than "[{ $text }]({ $link })".
image-alt-file-name = The image's text alternative "{ $alt }" is a file name, not a description.
    .hint = Describe what the image shows: ![Volunteers planting trees in Ludza]({ $image }).
heading-level-skipped = This heading is level { $level } after a level { $previous } heading: a level is skipped.
    .hint = Go down one level at a time: make this heading level { $expected } ({ $marks }).
easy-read-long-sentence = This sentence has { $words } words, more than { $limit }: "{ $start }".
    .hint = Split it into short sentences, one idea each, e.g. where it says "and", "but" or has a comma. (easy_read.rules.sentence_words in content/site.yaml sets the limit.)
easy-read-long-paragraph = This paragraph has { $sentences } sentences, more than { $limit }: "{ $start }".
    .hint = Split it into shorter paragraphs, one subject each. (easy_read.rules.paragraph_sentences in content/site.yaml sets the limit.)
easy-read-capitals = "{ $text }" is written in capitals, which are hard to read.
    .hint = Write it in small letters, and use bold (**…**) to stress a word. If it is an abbreviation, explain it where it is first used: "full words (ABC)".
easy-read-italics = "{ $text }" is in italics, which are hard to read.
    .hint = Write it in plain letters, and use bold (**…**) to stress a word.
easy-read-hyphenation = { $kind ->
    [soft] "{ $word }" has a soft hyphen, so a browser may divide it at a line's end.
   *[split] "{ $word }" is divided across two lines with a hyphen.
}
    .hint = { $kind ->
        [soft] Remove the soft hyphen: easy-to-read texts keep every word whole.
       *[split] Write the word whole on one line.
    }
easy-read-number-word = "{ $text }" is a number written in words ({ $value }).
    .hint = Write numbers above { $limit } in digits: { $value }.
easy-read-abbreviation = The abbreviation "{ $abbreviation }" is not explained where it is first used.
    .hint = { $kind ->
        [dotted] Write the words in full.
       *[capitals] Write the words in full, or explain it the first time: "European Social Fund (ESF)" or "ESF (European Social Fund)".
    }
easy-read-percentage = "{ $text }" is a percentage, which is hard to understand.
    .hint = Say it in a simpler way, e.g. "3 of 10 people", or "a few", "many", "half".
theme-heading-level-skipped = This template writes a level { $level } heading ("{ $text }") after a level { $previous } heading (on { $page }{ $pages ->
    [one] {""}
   *[other] {" "}and { $pages } pages in all
}).
    .hint = Go down one heading level at a time, e.g. h{ $expected } here.
translation-missing = This page has no { $lang } translation.
    .hint = Add { $expected } (or leave it out on purpose: the { $lang } site then has no such page).
page-orphan = No other page of the site links to this page ({ $url }).
    .hint = Link it from another page, a section or a menu in content/site.yaml, or mark it "draft: true" until it is ready.
accessibility-statement-missing = The site has no accessibility statement (content/data/accessibility.yaml).
    .hint = Public bodies' websites must publish one (Directive (EU) 2016/2102). Write the file as docs/data-files.md describes: lapa then makes the statement's page in every language and links it from every footer.
message-unused = The interface text "{ $id }" is not used by the theme or by lapa.
    .hint = Remove it from every language, or use it in a template: {"{{"} t(key="{ $id }") {"}}"}.
# lapa serve
serve-built = Built { $files ->
    [one] 1 file
   *[other] { $files } files
} in { $ms } ms.
serve-listening = Serving the site at { $url } and rebuilding it when anything in content/, themes/ or locales/ changes. Ctrl+C stops.
serve-rebuilt = { $changed }: { $written ->
    [0] no page changed
    [one] 1 file rebuilt
   *[other] { $written } files rebuilt
} ({ $ms } ms).
serve-rebuild-failed = { $changed }: the site has errors.
serve-kept = The last good build is still served, with the problems shown over each page. Save a fix and open pages reload.
serve-not-built = Nothing is served until the site builds; the browser shows the problems. Save a fix and open pages load the site.
serve-not-built-title = The site is not built yet
serve-not-built-page = lapa could not build the site: the problems are shown over this page and in the terminal. Save a fix and this page loads the site by itself.
serve-overlay-title = { $errors ->
    [one] The site has 1 error
   *[other] The site has { $errors } errors
}
serve-overlay-note = This page is the last good build. Fix the file and save it: this message then closes by itself.
serve-overlay-close = Close
serve-port-in-use = Port { $port } is already in use ({ $address }).
    .hint = Another program, perhaps another lapa serve, listens there. Stop it, or choose another port: --port 1112 (or --port 0 for any free one).
serve-address-unavailable = This computer has no address { $address }.
    .hint = Give --bind an address of this computer, such as 127.0.0.1 (only this computer) or 0.0.0.0 (every network it is on).
serve-bind-failed = Could not serve at { $address }: { $details }
    .hint = Try another port with --port, or another address with --bind.
serve-base-url-bad = --base-url { $url } is not a web address.
    .hint = Give the address the site is published at, such as https://www.example.lv/di/: serve then shows the site under /di/.
serve-bind-public = lapa serve listens on { $address }: other computers on the network can open the site, drafts included.
    .hint = Leave --bind out to serve to this computer only (127.0.0.1).
serve-watch-failed = Changes in { $folder } cannot be watched: { $details }
    .hint = The site is still served, but edits there are not rebuilt until lapa serve is started again. On Linux, the system may have run out of watches (fs.inotify.max_user_watches).
# lapa new
new-created = Created { $path }
new-next = Write the text below the front matter, fill in the summary, and see it with: lapa serve
new-title-invalid = "{ $title }" cannot be a title: it is empty or has a line break or control character.
    .hint = Give the title in quotes on one line, e.g. lapa new news "Jauns dienas centrs Ludzā".
new-title-no-slug = No address can be made from the title "{ $title }": it has no letters or digits.
    .hint = Use a title with words in it; the address of the page is made from them.
new-exists = { $path } already exists; lapa new never replaces a file.
    .hint = Choose another title, or open and edit the existing file.
new-unwritable = Could not create { $path }: { $details }
    .hint = Check that the content folder is writable and the disk is not full.
new-no-section = The site has no { $kind } section.
    .hint = Add a section for it: a folder in content/ with an _index.lv.md whose front matter says "kind: { $kind }".
new-sections-several = The site has several { $kind } sections: { $sections }.
    .hint = Say which one with --section, e.g. --section { $sections }.
new-section-not-of-kind = { $section } is not a { $kind } section. The { $kind } sections are: { $sections }.
    .hint = Give --section one of those folders.
new-section-unknown = There is no section { $section } in content/. Sections: { $sections }.
    .hint = Give the folder of a section under content/ (one that has an _index.lv.md), or . for the top level.
new-section-data = The section { $section } makes its pages from a data file; pages are not written there by hand.
    .hint = Add an item to the section's data file in content/data/ instead.
new-field-title = The title: shown at the top of the page, in lists and in the browser tab.
new-field-date = The date (YYYY-MM-DD): news are listed newest first by it.
new-field-start = When the event starts (YYYY-MM-DDTHH:MM, Latvian time).
new-field-end = When the event ends (YYYY-MM-DDTHH:MM); it must not be before the start.
new-field-location = Where it takes place: the name of the place and its street address.
new-field-summary = One or two sentences shown in lists, feeds and search results.
new-field-tags = Topics, e.g. [cooperation, Ludza]; pages with the same tag are listed together.
new-field-municipalities = Municipalities it is about, by their id in content/data/municipalities.yaml, e.g. [ludza].
new-field-draft-translation = A translation starts as a draft: translate the title and text, then delete this line.

# The command line: --help texts and mistakes in using it
cli-about = lapa: the static site generator of the Latgale DI project's website.
cli-usage = Usage:
cli-heading-options = Options
cli-heading-arguments = Arguments
cli-heading-commands = Commands
cli-value-command = COMMAND
cli-value-title = TITLE
cli-value-section = SECTION
cli-value-root = DIR
cli-value-output = DIR
cli-value-base_url = URL
cli-value-threads = N
cli-help = Show this help
cli-version = Show lapa's version
cli-arg-lang = Language of lapa's own messages: lv or en (default: from LANG, else English)
cli-arg-root = The site folder, the one holding content/, themes/ and locales/ (default: the current folder)
cli-arg-output = The output folder, relative to the site folder (default: public)
cli-arg-base_url = Overrides base_url in site.yaml (for staging copies)
cli-arg-drafts = Include pages marked `draft: true`
cli-arg-now = The build's notion of now, YYYY-MM-DDTHH:MM (default: SOURCE_DATE_EPOCH or the clock)
cli-arg-threads = Worker threads (default: one per core)
cli-arg-title = The title, in the site's default language
cli-build-about = Build the site into the output folder
cli-new-about = Start a news item, an event or a page: one file per language, front matter filled in
cli-new-now = The date to give it, YYYY-MM-DD (default: SOURCE_DATE_EPOCH or today)
cli-new-news-about = A dated news item in the news section: lapa new news "Virsraksts"
cli-new-news-section = The news section, when the site has more than one
cli-new-event-about = An event in the events section: lapa new event "Virsraksts"
cli-new-event-section = The events section, when the site has more than one
cli-new-page-about = A page in a section: lapa new page izpratne "Virsraksts"
cli-new-page-section = The section's folder under content/ (. for the top level)
cli-serve-about = Build the site in memory, serve it on this computer and rebuild it on every change
cli-serve-port = The port to listen on (default: 1111; 0: any free port, printed when serving starts)
cli-serve-bind = The address to listen on (default: 127.0.0.1, this computer only; 0.0.0.0 lets other computers in)
cli-serve-base_url = Serve the site under this address's path, as it is published in a sub-folder (https://example.lv/di/ → /di/)
cli-check-about = Check the site without writing anything: everything build checks, plus links and #anchors, missing translations, orphan pages and accessibility
cli-check-output = Accepted as in build; check writes nothing (default: public)
cli-check-strict = Warnings count as errors (exit 1)
cli-check-format = How problems are printed: human (by file, with snippets) or json (one JSON object a line, on stdout) (default: human)
cli-value-format = human|json
cli-value-port = PORT
cli-value-bind = IP
cli-unknown-argument = lapa has no option { $arg } here.
    .hint = { $suggestion ->
        [none] See the options with --help.
       *[other] Did you mean { $suggestion }? See the options with --help.
    }
cli-unknown-command = lapa has no command "{ $command }".
    .hint = { $suggestion ->
        [none] The commands are build, new, serve and check; see lapa --help.
       *[other] Did you mean { $suggestion }? See lapa --help.
    }
cli-invalid-value = "{ $value }" cannot be given to { $arg }.
    .hint = { $valid ->
        [none] See what it takes with --help.
       *[other] Give one of: { $valid }.
    }
cli-missing = Missing: { $args }.
    .hint = Give it as the usage line below shows.
cli-conflict = { $arg } cannot be given together with { $other }.
    .hint = Leave one of them out.
cli-values = { $arg } was given the wrong number of values.
    .hint = See how it is written with --help.
cli-other = Wrong usage: { $details }
    .hint = See lapa --help.

# Options every command shares
now-invalid = --now { $value } is not a date and time.
    .hint = Write it as YYYY-MM-DDTHH:MM in Latvian time, e.g. --now 2024-05-14T10:00 (or just the date, 2024-05-14).
epoch-invalid = SOURCE_DATE_EPOCH={ $value } is not a moment lapa can use.
    .hint = Set it to whole seconds since 1 January 1970 (e.g. 1700000000), or unset it to use the clock.
base-url-invalid = --base-url { $url } is not a web address.
    .hint = Give the whole address where this copy is published, ending in /, e.g. https://www.example.lv/di/.
markdown-link-scheme-not-allowed = The link "{ $value }" is not an address lapa links to ({ $scheme }:).
    .hint = Write a web address (https://…), an e-mail address (mailto:…), a phone number (tel:…), a path inside the site such as /lv/kontakti/, or a page as @/kontakti.md.
# Documents (issue 14, media-docs): the documents() template function.
template-documents-no-page = The template calls documents() outside a shortcode without saying whose documents to list{ $pages ->
    [0] {""}
    [one] {" "}(making { $page })
   *[other] {" "}(making { $page } and { $pages } pages in all)
}.
    .hint = Call it in a shortcode (it lists the page's own documents there), or pass from="@/section/_index.md" for a section's.
# media-core (issue 14): images: settings and processing
config-images-bad-widths = images.widths: { $value } is not a list of widths lapa can use.
    .hint = Write widths in pixels from 16 to 8000, smallest first, each once, e.g. [480, 800, 1200, 1600].
config-images-bad-quality = images.quality: { $value } is not a quality from 1 to 100.
    .hint = Write a whole number from 1 (smallest files) to 100 (best picture), e.g. 80.
config-images-bad-sizes = images.sizes: "{ $value }" cannot be an HTML sizes attribute.
    .hint = Write media conditions and widths as in HTML, without quotes or angle brackets, e.g. (min-width: 42rem) 40rem, 100vw.
config-images-bad-cache = images.cache: "{ $value }" cannot be the folder of processed images.
    .hint = Write a folder inside the site folder (beside content/) and outside content/, themes/ and locales/, e.g. .lapa-cache.
config-images-cache-in-output = images.cache: "{ $value }" overlaps the output folder, which every build replaces.
    .hint = Put the cache beside the output folder, not inside it (nor the output inside the cache), e.g. .lapa-cache.
image-unsupported = The image { $image } is in a format lapa does not publish ({ $found }).
    .hint = Save it as JPEG (photos) or PNG (drawings, transparency) and put that file in its place; on an iPhone, Settings › Camera › Formats › Most Compatible takes photos as JPEG.
image-corrupt = The image { $image } cannot be read: { $details }.
    .hint = The file may be damaged or cut short. Open it in an image viewer, save it again as JPEG or PNG and put that file in its place.
document-damaged = The document { $document } looks damaged: lapa cannot read inside it.
    .hint = It is published and linked, without its title and pages. It may be cut short by an upload or copy that stopped part way: open it, and if it does not open whole, put it in its place again.
image-empty = The image { $image } is an empty file (0 bytes).
    .hint = Its upload or copy did not finish. Put the photo in its place again, from the phone or camera it came from.
image-truncated = The image { $image } is cut short: the file ends before the picture does.
    .hint = Its upload or copy stopped part way; a browser would show the rest of the picture grey. Put the photo in its place again, from the phone or camera it came from.
image-misnamed = The image { $image } is named as { $named } but holds a { $format } image.
    .hint = Browsers show it, but web hosts send it as { $named } and its smaller sizes keep the wrong name. Rename it to { $name } and change the links to it.
image-too-large = The image { $image } is { $width } × { $height } pixels, more than lapa reads ({ $limit } megapixels).
    .hint = Make it smaller (4000 pixels on the longest side is plenty for a web page) and put that file in its place.
image-large = The image { $image } is large: { $width } × { $height } pixels, { $megabytes } MB.
    .hint = It is published, but it slows the build down and its original is heavy to download. Make it at most { $side } pixels on the longest side and { $limit } MB (or change images.warn_side and images.warn_megabytes in site.yaml).
image-io = The image { $image } could not be read or processed: { $details }.
    .hint = Check that the file can be read and that the cache folder (images.cache in site.yaml) can be written to.
svg-script = This SVG contains a script: { $what ->
        [script] a <script> element
        [handler] an event attribute { $name }=
        [address] a javascript: address in { $name }=
       *[embedded] an embedded document <{ $name }>
    } (line { $line }, column { $column }); { $page } uses it.
    .hint = Images may not run scripts on the site. Remove the script (save the drawing again as plain SVG, without interactivity) or publish it as PNG.
## Images in pages (issue 14, media-site)
template-picture-unknown = picture() was given "{ $src }", which is not an image the site publishes{ $pages ->
    [0] {""}
    [one] {" "}(making { $page })
   *[other] {" "}(making { $page } and { $pages } pages in all)
}.
    .hint = Give the image's address as page.image gives it, or, in a shortcode, its file name in the page's bundle (e.g. src="foto.jpg").
template-picture-loading = picture() was given loading="{ $loading }"{ $pages ->
    [0] {""}
    [one] {" "}(making { $page })
   *[other] {" "}(making { $page } and { $pages } pages in all)
}.
    .hint = Write loading="lazy" (below the first screen, the default) or loading="eager"; for the page's own lead image write priority=true.
image-cache-unusable = The folder for processed images, { $folder }, cannot be used: { $details }.
    .hint = Check that lapa may create and write that folder, or name another one with images.cache in content/site.yaml.
