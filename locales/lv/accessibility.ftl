# Piekļūstamības paziņojuma lapas (accessibility.html) teksti ES paraugpaziņojuma daļās
# (Komisijas Īstenošanas lēmums (ES) 2018/1523).
accessibility-title = Piekļūstamības paziņojums
accessibility-commitment = { $body } apņemas veidot šo tīmekļvietni piekļūstamu saskaņā ar { $law }.
accessibility-commitment-directive = { $body } apņemas veidot šo tīmekļvietni piekļūstamu saskaņā ar Direktīvu (ES) 2016/2102 par publiskā sektora struktūru tīmekļvietņu piekļūstamību.
accessibility-scope = Šis piekļūstamības paziņojums attiecas uz tīmekļvietni „{ $site }“:

accessibility-status-heading = Atbilstība prasībām
accessibility-status-fully = Šī tīmekļvietne pilnībā atbilst standartam { $standard }.
accessibility-status-partially = Šī tīmekļvietne daļēji atbilst standartam { $standard }, jo tajā ir turpmāk uzskaitītās problēmas.
accessibility-status-not = Šī tīmekļvietne neatbilst standartam { $standard }. Problēmas ir uzskaitītas turpmāk.

accessibility-content-heading = Nepiekļūstams saturs
accessibility-content-none = Mums nav zināms neviens šīs tīmekļvietnes saturs, kas nebūtu piekļūstams.
accessibility-content-intro = Turpmāk uzskaitītais saturs nav piekļūstams norādīto iemeslu dēļ.
accessibility-kind-non-compliance = Neatbilstība piekļūstamības prasībām
accessibility-kind-disproportionate-burden = Nesamērīgs slogs
accessibility-kind-out-of-scope = Saturs, uz kuru neattiecas piemērojamie tiesību akti
accessibility-criteria = Neizpildītie WCAG kritēriji: { $criteria }
accessibility-alternative = Ko varat darīt citādi:

accessibility-preparation-heading = Paziņojuma sagatavošana
accessibility-prepared = Paziņojums sagatavots
accessibility-method-self-assessment = Paziņojuma pamatā ir tīmekļvietnes izdevēja paša veikts izvērtējums.
accessibility-method-third-party = Paziņojuma pamatā ir trešās personas veikts tīmekļvietnes izvērtējums.
accessibility-by = Tīmekļvietni izvērtēja: { $by }.
accessibility-tools = Izvērtēšanā izmantots:
accessibility-reviewed = Pēdējo reizi pārskatīts

accessibility-feedback-heading = Atsauksmes un saziņa
accessibility-feedback-intro = Ja atrodat problēmu, kas šeit nav minēta, vai jums vajag šīs tīmekļvietnes saturu citā formātā, lūdzu, paziņojiet mums:
accessibility-response = Mēs atbildēsim { $days ->
    [one] { $days } dienas
   *[other] { $days } dienu
} laikā.

accessibility-enforcement-heading = Izpildes nodrošināšanas procedūra
accessibility-enforcement-intro = Ja mūsu atbilde jūs neapmierina, varat vērsties:
