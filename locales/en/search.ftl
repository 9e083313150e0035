# Search texts (English): the search page and the search field in the header of every page.
# Every key must also be in locales/lv/search.ftl.

## The search page

# The search page's title.
search-title = Search
# The name of the field on the search page.
search-label = What are you looking for?
search-hint = Type one or a few words. The results appear while you type.
# The button next to a search field (in the header too).
search-button = Search
# Shown when JavaScript is turned off in the browser.
search-no-script = Search works only when JavaScript is turned on in the browser. It is turned off in your browser. You can also find pages by section.
# The list of the site's sections below the search.
search-browse-heading = Find a page by section
search-sitemap = List of all pages (site map in XML format)
# The number of results. Read out by screen readers.
search-count =
    { $count ->
        [one] We found { $count } page.
       *[other] We found { $count } pages.
    }
search-none = We found no pages. Try another word, or look at the sections below.
search-error = Search did not work. Reload the page and try again.
# Shown while searching (not read out by screen readers).
search-busy = Searching…
search-more = Show more results
search-results-label = Search results
# A choice under the search field: search only the pages of one section.
search-section-filter = Search in the section
search-section-all = All sections
# Next to a result: the section the page belongs to.
search-section = Section
# Next to a result: what kind of page it is.
search-kind-news = News
search-kind-event = Event
search-kind-easy = Easy to read
search-kind-data = Data

## The search field in the header of every page

# The field's name for screen readers (the "Search" button next to it is visible).
search-field-label = Search this site
