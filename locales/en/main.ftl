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

## Units (of the result indicators; $count is a number)

unit-persons =
    { $count ->
        [one] { $count } person
       *[other] { $count } people
    }
unit-children =
    { $count ->
        [one] { $count } child
       *[other] { $count } children
    }
unit-plans =
    { $count ->
        [one] { $count } plan
       *[other] { $count } plans
    }

## Result indicators

# Shown on every page with figures from a file that says illustrative: true.
indicators-illustrative-label = Please note
indicators-illustrative = These figures are only an example. They are not the project's real data.
# Followed by a colon and the date when the figures were last checked.
indicators-updated = Figures last checked
indicators-downloads-heading = Download the figures
indicators-download-csv = Download the figures (CSV, opens in spreadsheet programs such as Excel)
indicators-download-json = Download the figures (JSON, for computer programs)
indicator-target = Target
indicator-latest = Achieved
# For example: 389 of 400, 97%. $latest and $target are already formatted numbers or amounts.
indicator-progress = { $latest } of { $target }, { $percent }
indicator-progress-no-percent = { $latest } of { $target }
indicator-none-published = No achieved figure has been published yet.
indicator-facts-label = Key facts
indicator-target-source = Source of the target
indicator-group = Group
indicator-history-heading = Target changes
indicator-history-caption = Earlier targets and when they changed
indicator-history-value = Earlier target
indicator-history-until = Until
indicator-history-until-unknown = not known
indicator-history-source = Source
indicator-progress-heading = Progress
indicator-progress-caption = Achieved figures by date
indicator-progress-date = Date
indicator-progress-value = Achieved
indicator-municipalities-heading = By municipality
indicator-municipalities-caption = The achieved figure in each municipality, largest first
indicator-municipality = Municipality
indicator-value = Figure
indicator-source = Source

## Project card

project-number = Project number
project-programme = Programme
project-measure = Measure
project-period = Project period
# $date is an already formatted date, $source the name of the source.
project-earlier-end = earlier planned end: { $date } (source: { $source })
project-lead-partner = Lead partner
project-partners = Cooperation partners
project-partners-count =
    { $count ->
        [one] { $count } cooperation partner
       *[other] { $count } cooperation partners
    }
project-goal = Goal
project-activities = Main activities
project-budget-total = Total budget
project-budget-esf = European Social Fund funding
project-esf-share = { $share } of the project's eligible costs

## Contacts

contact-phone = Phone
contact-email = Email
contact-vcard = Save to your address book (vCard)
contact-source = Source
contact-as-of = Details last checked

## Result indicator charts

# Charts are drawn by lapa: the description for screen readers and the label of the dashed target line.
chart-description = The chart shows { $count ->
    [one] { $count } value
   *[other] { $count } values
} from { $from } to { $to }: from { $first } to { $latest }. The target is { $target }.
chart-target = Target: { $target }
