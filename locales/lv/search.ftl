# Meklēšanas teksti (latviešu valoda): meklēšanas lapa un meklēšanas lauks katras lapas galvā.
# Katrai atslēgai jābūt arī failā locales/en/search.ftl.

## Meklēšanas lapa

# Meklēšanas lapas virsraksts.
search-title = Meklēšana
# Lauka nosaukums meklēšanas lapā.
search-label = Ko jūs meklējat?
search-hint = Ierakstiet vienu vai dažus vārdus. Rezultāti parādās, kamēr rakstāt.
# Poga blakus meklēšanas laukam (arī lapas galvā).
search-button = Meklēt
# Paziņojums, ja pārlūkā ir izslēgts JavaScript.
search-no-script = Meklēšana darbojas tikai tad, ja pārlūkā ir ieslēgts JavaScript. Jūsu pārlūkā tas ir izslēgts. Lapas varat atrast arī pēc sadaļām.
# Saraksts ar vietnes sadaļām zem meklēšanas.
search-browse-heading = Atrodiet lapu pēc sadaļas
search-sitemap = Visu lapu saraksts (vietnes karte XML formātā)
# Rezultātu skaits. Paziņo ekrāna lasītājam.
search-count =
    { $count ->
        [zero] Atradām { $count } lapu.
        [one] Atradām { $count } lapu.
       *[other] Atradām { $count } lapas.
    }
search-none = Mēs neatradām nevienu lapu. Pamēģiniet citu vārdu vai skatiet sadaļas zemāk.
search-error = Meklēšana neizdevās. Pārlādējiet lapu un mēģiniet vēlreiz.
# Redzams, kamēr meklē (netiek paziņots ekrāna lasītājam).
search-busy = Meklē…
search-more = Rādīt vēl rezultātus
search-results-label = Meklēšanas rezultāti
# Izvēle zem meklēšanas lauka: meklēt tikai vienas sadaļas lapās.
search-section-filter = Meklēt sadaļā
search-section-all = Visās sadaļās
# Pie rezultāta: kādai sadaļai lapa pieder.
search-section = Sadaļa
# Pie rezultāta: kāda veida lapa tā ir.
search-kind-news = Jaunums
search-kind-event = Pasākums
search-kind-easy = Vieglā valoda
search-kind-data = Dati

## Meklēšanas lauks katras lapas galvā

# Lauka nosaukums ekrāna lasītājiem (redzama ir poga „Meklēt”).
search-field-label = Meklēt šajā vietnē
