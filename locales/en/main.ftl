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
# Link text when "online" is an address (http…).
event-online-link = Join the event online
# Link text when "registration" is an address (http… or mailto:…).
event-registration-link = Register for the event
# In lists of events: the event takes place online.
event-online-note = Takes place online
event-ics = Add to calendar (.ics)
event-ended = This event has ended.
# Short note in a list next to an event that has ended.
event-ended-short = Ended
municipalities-label = Municipalities

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

# How many news items a news section has.
news-count =
    { $count ->
        [one] { $count } news item
       *[other] { $count } news items
    }

## Pagination (of long lists)

pagination-label = Pages of the list
pagination-previous = Previous page
pagination-next = Next page
# The name of a page number link for screen readers.
pagination-page = Page { $number }
pagination-status = Page { $number } of { $total }

## Events

events-upcoming-heading = Upcoming events
events-past-heading = Past events
events-none-upcoming = There are no upcoming events at the moment.
events-none-past = There are no past events yet.
calendar-link = Calendar of all events (.ics)
calendar-help = With this file you can put all events in the calendar on your phone or computer.

## Home page

home-news-heading = Latest news
home-no-news = There is no news yet.
home-all-news = All news
home-all-events = All events

## Tags and municipalities

# Page titles: the list of all tags and the list of all municipalities (made by lapa).
tags-title = Tags
municipalities-title = Municipalities
# The title of the Atom feed of all news (shown by feed readers).
feed-news-title = DI project news

# How many news items and events have this tag or are about this municipality.
tag-count =
    { $count ->
        [one] { $count } item
       *[other] { $count } items
    }
tags-intro = Here are all the tags. Choose a tag to see the news and events that have it.
tags-none = There are no tags yet.
tag-intro = News and events with the tag “{ $tag }”.
tag-empty = There is no news and no event with this tag yet.
municipalities-intro = Municipalities in Latgale took part in the project. Choose a municipality to see the news and events about it.
municipalities-none = There are no municipalities yet.
municipality-intro = Here you can find the news and events about this municipality.
municipality-website = The municipality's website
municipality-news-heading = News
municipality-no-news = There is no news about this municipality yet.

## Information for other programs

# Language and country in the Open Graph format (for social networks).
og-locale = en_GB

## European Union funding notice

eu-union = European Union
eu-fund = European Social Fund
eu-slogan = Investing in your future

## Footer

footer-project-number = Project No. { $number }
footer-lead-partner = Lead partner
footer-funding = The project was co-funded by the European Union through the European Social Fund.
footer-contacts = Contact us
# Footer link to the accessibility statement (site.accessibility_url, from accessibility.yaml).
footer-accessibility = Accessibility statement
footer-links-label = Useful links
footer-calendar = Events calendar (.ics)
footer-feed = News feed (Atom)
footer-embed = Embed on your site

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

## Embeds on partner websites

# The title of each embed (its iframe, its page and its entry on the guide page).
embed-news-title = Latest news
embed-news-municipality-title = Latest news: { $municipality }
embed-events-title = Upcoming events
embed-events-municipality-title = Upcoming events: { $municipality }
embed-contacts-title = Contacts
embed-contacts-municipality-title = Contacts: { $municipality }
embed-indicators-title = Result indicators
embed-project-title = Project card
# When an embed has nothing to show.
embed-no-news = There is no news yet.
embed-no-events = There are no upcoming events at the moment.
embed-no-contacts = There are no contacts here yet.
# The line at the end of every embed: a link to the page with everything.
embed-source = Read more: { $page } – { $site }

## "Embed on your site" guide pages

embed-guide-title = Embed on your site
embed-guide-municipality-title = Embed on your site: { $name }
embed-guide-intro = Partner municipalities and others can show the project's news, events, results and contacts on their own website. The content updates itself when this site changes.
embed-guide-municipality-intro = These embeds show only the news, events and contacts of { $municipality }.
embed-guide-how = Copy the code of the embed you want and paste it into your website's page, in the HTML or code view of your content management system. The code is the same for every page: add it once per embed.
embed-guide-levels = The embed's title is a level 2 heading. If it sits below a level 2 heading on your page, change ?h=2 in the code to ?h=3: its headings then move one level down.
embed-guide-toc = Embeds on this page
embed-guide-about-news = Shows the latest news, newest first, with their dates and summaries.
embed-guide-about-events = Shows the events that are coming up, soonest first, with when and where they take place.
embed-guide-about-contacts = Shows the contacts with their phone numbers and email addresses.
embed-guide-about-indicators = Shows the project's result indicators: each target and the latest achieved value.
embed-guide-about-indicator = Shows one result indicator with its target, progress, chart and table.
embed-guide-about-project = Shows the project card: the project's name, number, period, partners, goal and budget.
embed-guide-full-page = See the full page.
embed-guide-code = Code to copy
embed-guide-copy = Copy code
embed-guide-copied = The code of “{ $title }” is copied. Paste it into your website.
embed-guide-copy-failed = The code could not be copied. It is selected: press Ctrl+C to copy it.
embed-guide-files = If your website does not allow iframes:
embed-guide-file-fragment = HTML to paste (without script)
embed-guide-file-json-feed = JSON Feed (for feed readers and plugins)
embed-guide-address = Does your website embed an address you paste, as WordPress does? Paste this address on a line of its own:
embed-guide-preview = Preview
embed-guide-municipalities-heading = Embeds of one municipality
embed-guide-municipalities-intro = Each partner municipality has its own news, events and contacts embeds. Choose a municipality:

# Easy-to-read (plain language) versions of pages.
# The title of the easy-to-read index page and of the header link to it.
easy-read-index-title = Easy to read
# The link near the title of a page that has an easy-to-read version.
easy-read-link = Easy to read
# On an easy-to-read page: the link back to the page it simplifies.
easy-read-back = Standard version
# On the easy-to-read index: the heading of the list of pages.
easy-read-pages-heading = Pages in easy-to-read language
easy-read-index-empty = There are no easy-to-read pages yet.
# $names: the names of the people who checked the text, joined by commas.
easy-read-checked-by = Checked by: { $names }
# $date: an already formatted date.
easy-read-checked-on = Checked on { $date }
# The mark of our own on checked pages (when the site has no European easy-to-read logo).
easy-read-checked-mark = Easy to read, checked by readers
# The credit line required next to the European Easy-to-Read Logo; "easy-to-read.eu" is a link after it.
easy-read-logo-credit = © European Easy-to-Read Logo: Inclusion Europe. More information at
easy-read-logo-alt = European Easy-to-Read Logo
