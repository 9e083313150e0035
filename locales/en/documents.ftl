# Documents a page links (PDF, DOCX, XLSX…): the details lapa puts inside a link's text,
# "(PDF, 1.2 MB, 12 pages)", and the documents() list. Sizes count 1 kB = 1000 bytes, as
# phones and most file managers show them; the figure comes formatted for the language.
document-size-bytes = { $size } B
document-size-kb = { $size } kB
document-size-mb = { $size } MB
document-size-gb = { $size } GB
document-pages =
    { $count ->
        [one] { $count } page
       *[other] { $count } pages
    }
document-details = ({ $type }, { $size })
document-details-pages = ({ $type }, { $size }, { $pages })
# The documents() list: its label for screen readers, and the page a document belongs to.
documents-list = Documents
documents-page = On the page
documents-none = There are no documents here yet.
