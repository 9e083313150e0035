# Dokumenti, uz kuriem lapa saista (PDF, DOCX, XLSX…): ziņas, ko lapa ieliek saites tekstā,
# "(PDF, 1,2 MB, 12 lappušu)", un saraksts documents(). Izmēri: 1 kB = 1000 baitu, kā tos
# rāda tālruņi un vairums failu pārvaldnieku; skaitli valodai atbilstoši noformē lapa.
document-size-bytes = { $size } B
document-size-kb = { $size } kB
document-size-mb = { $size } MB
document-size-gb = { $size } GB
document-pages =
    { $count ->
        [zero] { $count } lappušu
        [one] { $count } lappuse
       *[other] { $count } lappuses
    }
document-details = ({ $type }, { $size })
document-details-pages = ({ $type }, { $size }, { $pages })
# Saraksts documents(): tā nosaukums ekrāna lasītājiem un lapa, pie kuras dokuments pieder.
documents-list = Dokumenti
documents-page = Lapā
documents-none = Šeit vēl nav neviena dokumenta.
