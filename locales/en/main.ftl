# Interface texts of the site (English).
# Every key must also be in locales/lv/main.ftl.

## Navigation and landmarks

skip-link = Skip to main content
home = Home
menu-label = Main menu
lang-switcher-label = Choose a language
# Shown next to a language link when this page has no translation; written in the link's language.
lang-no-translation = This page is not in English – the link goes to the nearest English page
breadcrumbs-label = You are here
toc-label = On this page

## Page information

published = Published
updated = Updated
tags-label = Tags
event-when = When
event-where = Where
event-online = Online
event-online-yes = Yes, the event takes place online
event-registration = Registration

## Sections and lists

subsections-heading = Sections
pages-heading = Pages
section-pages-heading = In this section
section-empty = There are no pages in this section yet.
pages-count =
    { $count ->
        [one] { $count } page
       *[other] { $count } pages
    }

## European Union funding notice

eu-union = European Union
eu-fund = European Social Fund
eu-slogan = Investing in your future

## Footer

footer-project-number = Project No. { $number }
footer-lead-partner = Lead partner
footer-funding = The project was co-funded by the European Union through the European Social Fund.
footer-contacts = Contact us
# Footer link to the accessibility statement (used once that page exists).
footer-accessibility = Accessibility statement
footer-links-label = Useful links

## Text size control (works only with JavaScript)

text-size-label = Text size
text-size-normal-symbol = A
text-size-normal = normal text
text-size-large-symbol = A+
text-size-large = large text
text-size-largest-symbol = A++
text-size-largest = very large text

## Page not found (404)

not-found-title = Page not found
not-found-text = There is no page at this address. It may have been moved or deleted, or the address may contain a mistake.
not-found-home = Go to the home page in English

## Language chooser at the site root

root-title = Choose a language
root-continue = Continue in English

## Redirect

redirect-title = This page has moved
redirect-text = This page now has a new address. If your browser does not take you there by itself, use this link:
redirect-link = Open the page at its new address
