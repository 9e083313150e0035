# Texts of the markdown renderer: the heading of a page's footnote list and the name of
# the link from a note back to where it is referenced.
footnotes-title = Notes
footnote-back = Back to reference { $n }
