# Machine-assisted translation (2026-12-03), reviewed by a second reader (2026-12-03).
# Built-in Greek messages of cookiedoc. Copy a message into locales/el/*.ftl beside your
# cookies.toml to change it; the README lists every message and its variables.
# Terms as in the Greek text of the GDPR (Κανονισμός (ΕΕ) 2016/679, ΕΕ L 119 της 4.5.2016):
# υπεύθυνος επεξεργασίας (controller), υπεύθυνος προστασίας δεδομένων (data protection officer),
# εποπτική αρχή (supervisory authority), συγκατάθεση (consent), νομική βάση (legal basis),
# δεδομένα προσωπικού χαρακτήρα (personal data), επεξεργασία (processing), τρίτη χώρα (third
# country). Formal address: the plural "εσείς". "Cookies" stays in Latin letters, as on Greek
# sites and in the Greek data protection authority's guidance.
# Transfers (GDPR Chapter V): απόφαση επάρκειας (adequacy decision), τυποποιημένες ρήτρες
# προστασίας δεδομένων (standard data protection clauses), δεσμευτικοί εταιρικοί κανόνες (binding
# corporate rules). The GDPR is cited as ΓΚΠΔ, its points with Greek letters (στοιχ. α), ε),
# στ)).
# Texts marked "Markdown" may use links and emphasis.

## The page

# The name of this language in itself, for the language switcher.
language-name = Ελληνικά
page-title = Πολιτική για τα cookies
# The title of dist/index.html, which lists every language.
locale-index-title = Πολιτική για τα cookies
skip-link = Μετάβαση στην πολιτική για τα cookies
language-switcher-label = Άλλες γλώσσες
# Markdown. $purposes: what the registry's cookies are for, from the categories that have
# cookies: "none", "necessary" (no statistics or marketing cookies), "statistics", "marketing" or
# "statistics-marketing". Never claim web analytics without statistics cookies.
# (Replaces `intro`, which claimed web analytics on every site.)
introduction = { $purposes ->
    [none] Ο ιστότοπος αυτός λειτουργεί χωρίς cookies.
    [statistics] Για να σας παρέχουμε την καλύτερη δυνατή υπηρεσία, χρησιμοποιούμε cookies ώστε να διασφαλίζεται η σωστή λειτουργία του ιστότοπου, καθώς και για την ανάλυση της επισκεψιμότητάς του.
    [marketing] Για να σας παρέχουμε την καλύτερη δυνατή υπηρεσία, χρησιμοποιούμε cookies ώστε να διασφαλίζεται η σωστή λειτουργία του ιστότοπου, καθώς και για να σας προβάλλουμε διαφημίσεις που σας αφορούν.
    [statistics-marketing] Για να σας παρέχουμε την καλύτερη δυνατή υπηρεσία, χρησιμοποιούμε cookies ώστε να διασφαλίζεται η σωστή λειτουργία του ιστότοπου, για την ανάλυση της επισκεψιμότητάς του και για να σας προβάλλουμε διαφημίσεις που σας αφορούν.
   *[necessary] Για να σας παρέχουμε την καλύτερη δυνατή υπηρεσία, χρησιμοποιούμε cookies ώστε να διασφαλίζεται η σωστή λειτουργία του ιστότοπου.
}

## What is a cookie?

definitions-heading = Τι είναι ένα cookie;
# Markdown.
definitions-body = Ένα cookie είναι ένα σύνολο δεδομένων, συνήθως μικρό, που φέρει ένα όνομα και το οποίο μπορεί να αποστείλει στο πρόγραμμα περιήγησής σας ένας ιστότοπος που επισκέπτεστε. Το πρόγραμμα περιήγησής σας το αποθηκεύει για ορισμένο χρονικό διάστημα και το αποστέλλει πίσω στον διακομιστή ιστού κάθε φορά που επισκέπτεστε ξανά τον ιστότοπο. Τα cookies έχουν πολλές χρήσεις: μπορούν να χρησιμοποιηθούν για την απομνημόνευση των στοιχείων σύνδεσής σας σε ένα ηλεκτρονικό κατάστημα ή του τρέχοντος περιεχομένου του καλαθιού αγορών σας, ως αναγνωριστικό για την παρακολούθηση της περιήγησής σας για στατιστικούς ή διαφημιστικούς σκοπούς κ.λπ.
cookie-kinds-intro = Υπάρχουν διάφορα είδη cookies:
# Markdown.
cookie-kind-necessary = Τα «απαραίτητα» εσωτερικά cookies επιτρέπουν τη διατήρηση πληροφοριών μεταξύ δύο επισκέψεων στον ίδιο ιστότοπο από την ίδια συσκευή. Μπορούν να διατηρούν ένα καλάθι αγορών, στοιχεία σύνδεσης ή προτιμήσεις της διεπαφής. Δεν απαιτούν τη συγκατάθεση του χρήστη.
# Markdown. $jurisdiction: the `[site] jurisdiction` (ISO 3166-1, such as DE), or EU when none is
# given; the default variant must be true in every EU Member State.
# (Replaces `cookie-kind-statistical`, whose exemption for anonymized statistics is French law only.)
# Sources, by variant:
# [FR] the CNIL exempts audience measurement that meets strict conditions from consent: article 82
#      of the loi n° 78-17 Informatique et Libertés; CNIL, délibération n° 2020-091 of 17 September
#      2020 (lignes directrices « cookies et autres traceurs »), article 5. The seed's sentence,
#      word for word.
# [DE] § 25 (1) TDDDG (consent) and § 25 (2) Nr. 2 TDDDG (the only exemption: strictly necessary
#      for a service the user explicitly asked for); DSK, Orientierungshilfe der Aufsichtsbehörden
#      für Anbieter:innen von digitalen Diensten (OH Digitale Dienste, 2021/2024): reach
#      measurement is as a rule not strictly necessary.
# [AT] § 165 (3) TKG 2021 (consent; exemption when strictly necessary for a service the user
#      explicitly asked for).
# [other] Art. 5(3) of Directive 2002/58/EC (ePrivacy), as every Member State implements it;
#      EDPB Guidelines 2/2023 on the technical scope of Art. 5(3).
cookie-kind-statistics = { $jurisdiction ->
    [FR] Τα «στατιστικά» cookies επιτρέπουν την παρακολούθηση των ενεργειών ενός χρήστη του διαδικτύου σε έναν ιστότοπο. Όταν τα στατιστικά στοιχεία είναι ανωνυμοποιημένα (δηλαδή δεν μπορούν να συσχετιστούν με ένα πρόσωπο), δεν απαιτείται η συγκατάθεση του χρήστη.
    [DE] Τα «στατιστικά» cookies επιτρέπουν την παρακολούθηση των ενεργειών ενός χρήστη του διαδικτύου σε έναν ιστότοπο. Αποθηκεύονται μόνο με τη συγκατάθεση του χρήστη (§ 25 παρ. 1 του γερμανικού νόμου TDDDG), εκτός εάν η αποθήκευσή τους είναι απολύτως απαραίτητη για την παροχή υπηρεσίας που ζήτησε ρητά ο χρήστης (§ 25 παρ. 2 αριθ. 2 TDDDG).
    [AT] Τα «στατιστικά» cookies επιτρέπουν την παρακολούθηση των ενεργειών ενός χρήστη του διαδικτύου σε έναν ιστότοπο. Αποθηκεύονται μόνο με τη συγκατάθεση του χρήστη (§ 165 παρ. 3 του αυστριακού νόμου TKG 2021), εκτός εάν η αποθήκευσή τους είναι απολύτως απαραίτητη για την παροχή υπηρεσίας που ζήτησε ρητά ο χρήστης.
   *[other] Τα «στατιστικά» cookies επιτρέπουν την παρακολούθηση των ενεργειών ενός χρήστη του διαδικτύου σε έναν ιστότοπο. Αποθηκεύονται μόνο με τη συγκατάθεση του χρήστη, εκτός εάν η αποθήκευσή τους είναι απολύτως απαραίτητη για την παροχή υπηρεσίας που ζήτησε ρητά ο χρήστης (άρθρο 5 παρ. 3 της οδηγίας 2002/58/ΕΚ για την προστασία της ιδιωτικής ζωής στις ηλεκτρονικές επικοινωνίες και οι εθνικοί νόμοι που την ενσωματώνουν).
}
# Markdown.
cookie-kind-first-party = Τα «εσωτερικά» cookies ή cookies «πρώτου μέρους» αποθηκεύονται από τον ιστότοπο που επισκέπτεστε. Μπορούν να αποθηκεύονται επιπλέον των απαραίτητων cookies και να χρησιμοποιούνται για τη συλλογή δεδομένων προσωπικού χαρακτήρα, την παρακολούθηση της συμπεριφοράς των χρηστών και για διαφημιστικούς σκοπούς.
# Markdown.
cookie-kind-third-party = Τα cookies «τρίτων» είναι cookies που αποθηκεύονται στον ιστότοπο Α από έναν ιστότοπο Β (συχνά μια διαφημιστική εταιρεία) ή για λογαριασμό του. Έτσι ο ιστότοπος Β μπορεί να βλέπει ποιες σελίδες επισκέφθηκε ο χρήστης στον ιστότοπο Α και να συλλέγει πληροφορίες για τον χρήστη.

## The cookies of this site

# Markdown. $url: the site's address.
cookies-used-heading = Ποια cookies χρησιμοποιούνται στην πλατφόρμα <{ $url }>
no-cookies = Ο ιστότοπος αυτός δεν αποθηκεύει cookies ή παρόμοια δεδομένα στη συσκευή σας.
consent-required = Τα cookies αυτά αποθηκεύονται μόνο με τη συγκατάθεσή σας.
consent-not-required = Τα cookies αυτά δεν απαιτούν τη συγκατάθεσή σας.
column-provider = Επωνυμία του παρόχου υπηρεσιών
column-function = Λειτουργία και τοποθεσία
column-names = Όνομα ή ονόματα cookie
column-purpose = Σκοποί
column-duration = Διάρκεια
column-kind = Τύπος
party-third = Τρίτο μέρος
list-separator = {", "}
# What the law bases a category's cookies on, under the category's title (GDPR Art. 13(1)(c)).
legal-basis-label = Νομική βάση:
# $jurisdiction as in cookie-kind-statistics. Sources, by variant:
# all: GDPR Art. 6(1)(a) (consent), with the national law implementing ePrivacy Art. 5(3):
# [DE] § 25 (1) TDDDG; [AT] § 165 (3) TKG 2021; [FR] article 82 of the loi Informatique et
# Libertés; [other] Art. 5(3) of Directive 2002/58/EC as national law implements it.
legal-basis-consent = { $jurisdiction ->
    [DE] η συγκατάθεσή σας (άρθρο 6 παρ. 1 στοιχ. α) ΓΚΠΔ· § 25 παρ. 1 του γερμανικού νόμου TDDDG)
    [AT] η συγκατάθεσή σας (άρθρο 6 παρ. 1 στοιχ. α) ΓΚΠΔ· § 165 παρ. 3 του αυστριακού νόμου TKG 2021)
    [FR] η συγκατάθεσή σας (άρθρο 6 παρ. 1 στοιχ. α) ΓΚΠΔ· άρθρο 82 του γαλλικού νόμου Informatique et Libertés)
   *[other] η συγκατάθεσή σας (άρθρο 6 παρ. 1 στοιχ. α) ΓΚΠΔ· άρθρο 5 παρ. 3 της οδηγίας 2002/58/ΕΚ, όπως έχει ενσωματωθεί στο εθνικό δίκαιο)
}
# $jurisdiction as in cookie-kind-statistics; $public: "yes" for a public body (`[site]
# public_body`), else "no". Sources: the exemption for what is strictly necessary for a service
# the user explicitly asked for: [DE] § 25 (2) Nr. 2 TDDDG; [AT] § 165 (3) TKG 2021; [FR] article
# 82 of the loi Informatique et Libertés (2°); [other] Art. 5(3) of Directive 2002/58/EC, second
# sentence. The GDPR basis: Art. 6(1)(f) legitimate interests, named as Art. 13(1)(d) asks; for
# public authorities performing their tasks Art. 6(1)(f) does not apply (Art. 6(1), last
# subparagraph), so Art. 6(1)(e).
legal-basis-necessary = { $jurisdiction ->
    [DE] { $public ->
        [yes] η αποθήκευσή τους είναι απολύτως απαραίτητη για την παροχή της υπηρεσίας που ζητήσατε (§ 25 παρ. 2 αριθ. 2 του γερμανικού νόμου TDDDG)· η επεξεργασία είναι απαραίτητη για την εκπλήρωση καθήκοντος που εκτελείται προς το δημόσιο συμφέρον ή κατά την άσκηση δημόσιας εξουσίας που μας έχει ανατεθεί (άρθρο 6 παρ. 1 στοιχ. ε) ΓΚΠΔ)
       *[no] η αποθήκευσή τους είναι απολύτως απαραίτητη για την παροχή της υπηρεσίας που ζητήσατε (§ 25 παρ. 2 αριθ. 2 του γερμανικού νόμου TDDDG)· το έννομο συμφέρον μας για έναν ιστότοπο που λειτουργεί και είναι ασφαλής (άρθρο 6 παρ. 1 στοιχ. στ) ΓΚΠΔ)
    }
    [AT] { $public ->
        [yes] η αποθήκευσή τους είναι απολύτως απαραίτητη για την παροχή της υπηρεσίας που ζητήσατε (§ 165 παρ. 3 του αυστριακού νόμου TKG 2021)· η επεξεργασία είναι απαραίτητη για την εκπλήρωση καθήκοντος που εκτελείται προς το δημόσιο συμφέρον ή κατά την άσκηση δημόσιας εξουσίας που μας έχει ανατεθεί (άρθρο 6 παρ. 1 στοιχ. ε) ΓΚΠΔ)
       *[no] η αποθήκευσή τους είναι απολύτως απαραίτητη για την παροχή της υπηρεσίας που ζητήσατε (§ 165 παρ. 3 του αυστριακού νόμου TKG 2021)· το έννομο συμφέρον μας για έναν ιστότοπο που λειτουργεί και είναι ασφαλής (άρθρο 6 παρ. 1 στοιχ. στ) ΓΚΠΔ)
    }
    [FR] { $public ->
        [yes] η αποθήκευσή τους είναι απολύτως απαραίτητη για την παροχή της υπηρεσίας που ζητήσατε (άρθρο 82 του γαλλικού νόμου Informatique et Libertés)· η επεξεργασία είναι απαραίτητη για την εκπλήρωση καθήκοντος που εκτελείται προς το δημόσιο συμφέρον ή κατά την άσκηση δημόσιας εξουσίας που μας έχει ανατεθεί (άρθρο 6 παρ. 1 στοιχ. ε) ΓΚΠΔ)
       *[no] η αποθήκευσή τους είναι απολύτως απαραίτητη για την παροχή της υπηρεσίας που ζητήσατε (άρθρο 82 του γαλλικού νόμου Informatique et Libertés)· το έννομο συμφέρον μας για έναν ιστότοπο που λειτουργεί και είναι ασφαλής (άρθρο 6 παρ. 1 στοιχ. στ) ΓΚΠΔ)
    }
   *[other] { $public ->
        [yes] η αποθήκευσή τους είναι απολύτως απαραίτητη για την παροχή της υπηρεσίας που ζητήσατε (άρθρο 5 παρ. 3 της οδηγίας 2002/58/ΕΚ)· η επεξεργασία είναι απαραίτητη για την εκπλήρωση καθήκοντος που εκτελείται προς το δημόσιο συμφέρον ή κατά την άσκηση δημόσιας εξουσίας που μας έχει ανατεθεί (άρθρο 6 παρ. 1 στοιχ. ε) ΓΚΠΔ)
       *[no] η αποθήκευσή τους είναι απολύτως απαραίτητη για την παροχή της υπηρεσίας που ζητήσατε (άρθρο 5 παρ. 3 της οδηγίας 2002/58/ΕΚ)· το έννομο συμφέρον μας για έναν ιστότοπο που λειτουργεί και είναι ασφαλής (άρθρο 6 παρ. 1 στοιχ. στ) ΓΚΠΔ)
    }
}
kind-http-cookie = Cookie
kind-local-storage = Τοπική αποθήκευση
kind-session-storage = Αποθήκευση συνεδρίας
kind-indexeddb = IndexedDB
kind-pixel = Pixel παρακολούθησης

## Built-in categories

category-necessary-title = Απαραίτητα cookies
category-necessary-description = Τα cookies αυτά είναι απαραίτητα για τη λειτουργία και την ασφάλεια του ιστότοπου. Δεν μπορούν να απενεργοποιηθούν.
category-preferences-title = Cookies προτιμήσεων
category-preferences-description = Τα cookies αυτά θυμούνται τις επιλογές σας, όπως τη γλώσσα ή την περιοχή σας, ώστε να σας προσφέρουν μια πιο εξατομικευμένη εμπειρία.
category-statistics-title = Cookies στατιστικής
category-statistics-description = Τα cookies αυτά μας βοηθούν να κατανοήσουμε πώς χρησιμοποιούν οι επισκέπτες τον ιστότοπο, συλλέγοντας πληροφορίες σχετικά με τις επισκέψεις.
category-marketing-title = Cookies μάρκετινγκ
category-marketing-description = Τα cookies αυτά χρησιμοποιούνται για να σας προβάλλονται διαφημίσεις που σας αφορούν και για να μετράται η αποτελεσματικότητά τους.

## Durations ($count: a number)

duration-session = Συνεδρία
duration-persistent = Μέχρι να το διαγράψετε
# $duration: a duration in words. Not "έως" (up to), which takes the accusative ("έως 1 μήνα")
# while the count forms are nominative ("1 μήνας"); "το πολύ" takes them as they are.
duration-up-to = το πολύ { $duration }
# $first, $second: two durations in words.
duration-and = { $first } και { $second }
duration-seconds = { $count ->
    [one] { $count } δευτερόλεπτο
   *[other] { $count } δευτερόλεπτα
}
duration-minutes = { $count ->
    [one] { $count } λεπτό
   *[other] { $count } λεπτά
}
duration-hours = { $count ->
    [one] { $count } ώρα
   *[other] { $count } ώρες
}
duration-days = { $count ->
    [one] { $count } ημέρα
   *[other] { $count } ημέρες
}
duration-weeks = { $count ->
    [one] { $count } εβδομάδα
   *[other] { $count } εβδομάδες
}
duration-months = { $count ->
    [one] { $count } μήνας
   *[other] { $count } μήνες
}
duration-years = { $count ->
    [one] { $count } έτος
   *[other] { $count } έτη
}

## Managing cookies

manage-heading = Πώς να αρνηθείτε ή να διαγράψετε τα cookies
# Markdown.
manage-body = Μπορείτε να αρνηθείτε τα cookies που απαιτούν τη συγκατάθεσή σας όταν σας τη ζητήσει ο ιστότοπος, και να αλλάξετε την επιλογή σας ανά πάσα στιγμή. Μπορείτε επίσης να ρυθμίσετε το πρόγραμμα περιήγησής σας ώστε να απορρίπτει τα cookies ή να τα διαγράφει όταν το κλείνετε, καθώς και να διαγράψετε από τις ρυθμίσεις του τα cookies που έχει ήδη αποθηκεύσει, συνήθως στην ενότητα «Απόρρητο» ή «Ασφάλεια». Αν αρνηθείτε τα απαραίτητα cookies, ορισμένα τμήματα του ιστότοπου ενδέχεται να μη λειτουργούν πλέον.

## Transfers to third countries (GDPR Art. 13(1)(f), Chapter V)

transfers-heading = Διαβιβάσεις σε χώρες εκτός του Ευρωπαϊκού Οικονομικού Χώρου
# Markdown.
transfers-intro = Ορισμένοι πάροχοι λαμβάνουν δεδομένα σε χώρες εκτός της Ευρωπαϊκής Ένωσης και του Ευρωπαϊκού Οικονομικού Χώρου (τρίτες χώρες). Τα δεδομένα σας προστατεύονται εκεί ως εξής:
# Markdown. $provider: the provider's name; $country: its country in words; $safeguard: one of
# the transfer-… messages.
transfer-item = { $provider } ({ $country }): { $safeguard }
# Markdown. Source: GDPR Art. 45 (the European Commission's adequacy decisions).
transfer-adequacy = απόφαση επάρκειας της Ευρωπαϊκής Επιτροπής (άρθρο 45 ΓΚΠΔ)
# Markdown. Source: Commission Implementing Decision (EU) 2023/1795 of 10 July 2023 on the EU–US
# Data Privacy Framework (GDPR Art. 45).
transfer-dpf = το πλαίσιο ΕΕ-ΗΠΑ για την προστασία των δεδομένων (Data Privacy Framework), βάσει του οποίου ο πάροχος είναι πιστοποιημένος (απόφαση επάρκειας της Ευρωπαϊκής Επιτροπής της 10ης Ιουλίου 2023, άρθρο 45 ΓΚΠΔ)
# Markdown. Source: GDPR Art. 46(2)(c); Commission Implementing Decision (EU) 2021/914.
transfer-scc = τυποποιημένες ρήτρες προστασίας δεδομένων που έχει εκδώσει η Ευρωπαϊκή Επιτροπή (άρθρο 46 παρ. 2 στοιχ. γ) ΓΚΠΔ)
# Markdown. Source: GDPR Art. 47.
transfer-bcr = δεσμευτικοί εταιρικοί κανόνες εγκεκριμένοι από εποπτική αρχή (άρθρο 47 ΓΚΠΔ)
# Markdown. Source: GDPR Art. 49(1)(a).
transfer-consent = η ρητή συγκατάθεσή σας, που δόθηκε αφού ενημερωθήκατε για τους πιθανούς κινδύνους της διαβίβασης (άρθρο 49 παρ. 1 στοιχ. α) ΓΚΠΔ)

## Your rights (GDPR Art. 13(2)(b)–(d))

rights-heading = Τα δικαιώματά σας
# Markdown. Source: GDPR Art. 15–18, 20, 21 (Art. 13(2)(b)).
rights-body = Έχετε δικαίωμα πρόσβασης στα δεδομένα προσωπικού χαρακτήρα που σας αφορούν και τα οποία επεξεργαζόμαστε (άρθρο 15 ΓΚΠΔ), καθώς και δικαίωμα διόρθωσης (άρθρο 16 ΓΚΠΔ), διαγραφής (άρθρο 17 ΓΚΠΔ), περιορισμού της επεξεργασίας (άρθρο 18 ΓΚΠΔ) και φορητότητας των δεδομένων (άρθρο 20 ΓΚΠΔ). Όταν επεξεργαζόμαστε δεδομένα βάσει του άρθρου 6 παρ. 1 στοιχ. ε) ή στ) ΓΚΠΔ, έχετε δικαίωμα να αντιταχθείτε στην επεξεργασία για λόγους που σχετίζονται με την ιδιαίτερη κατάστασή σας (άρθρο 21 ΓΚΠΔ). Για να ασκήσετε τα δικαιώματα αυτά, επικοινωνήστε μαζί μας· τα στοιχεία επικοινωνίας μας αναφέρονται σε αυτή τη σελίδα.
# Markdown. Shown when a category needs consent. Source: GDPR Art. 7(3), Art. 13(2)(c).
rights-withdraw = Μπορείτε να ανακαλέσετε τη συγκατάθεσή σας ανά πάσα στιγμή, εξίσου εύκολα με τον τρόπο που τη δώσατε, αλλάζοντας τις ρυθμίσεις σας για τα cookies. Η ανάκληση ισχύει από τη στιγμή εκείνη και μετά· δεν θίγει τη νομιμότητα της επεξεργασίας που βασίστηκε στη συγκατάθεση πριν από την ανάκλησή της (άρθρο 7 παρ. 3 ΓΚΠΔ).
# The control that opens the cookie settings (`[site] consent_settings`, or the banner).
consent-settings-link = Αλλαγή των ρυθμίσεων για τα cookies
# Markdown. Source: GDPR Art. 77 (Art. 13(2)(d)).
rights-complaint = Έχετε δικαίωμα να υποβάλετε καταγγελία σε εποπτική αρχή, ιδίως στο κράτος μέλος της συνήθους διαμονής σας, του τόπου εργασίας σας ή του τόπου της εικαζόμενης παράβασης (άρθρο 77 ΓΚΠΔ).
# Markdown. $authority: the `[site] supervisory_authority`, a link when it has a `url`.
rights-authority = Αρμόδια εποπτική αρχή για εμάς: { $authority }.

## Who is responsible

controller-heading = Ποιος είναι υπεύθυνος για αυτόν τον ιστότοπο
# "υπεύθυνος επεξεργασίας": GDPR άρθρο 4 σημείο 7, Greek text.
controller-intro = Υπεύθυνος επεξεργασίας των δεδομένων σας σε αυτόν τον ιστότοπο είναι:
controller-email = Ηλεκτρονικό ταχυδρομείο: { $email }
controller-website = Ιστότοπος: { $url }
# Introduces the data protection officer (`[site] dpo`). Source: GDPR Art. 13(1)(b).
dpo-intro = Μπορείτε να επικοινωνήσετε με τον υπεύθυνο προστασίας δεδομένων μας:

## Dates

# $date: a date in words.
last-updated = Τελευταία ενημέρωση: { $date }
# $day, $month (a month name, genitive as in Greek dates), $year; $iso is the date as 2026-11-28.
date = { $day } { $month } { $year }
month-1 = Ιανουαρίου
month-2 = Φεβρουαρίου
month-3 = Μαρτίου
month-4 = Απριλίου
month-5 = Μαΐου
month-6 = Ιουνίου
month-7 = Ιουλίου
month-8 = Αυγούστου
month-9 = Σεπτεμβρίου
month-10 = Οκτωβρίου
month-11 = Νοεμβρίου
month-12 = Δεκεμβρίου

## Consent banner (cookiedoc build --banner cookieconsent)

banner-title = Χρησιμοποιούμε cookies
# Markdown.
banner-description = Χρησιμοποιούμε cookies που είναι απαραίτητα για τη λειτουργία αυτού του ιστότοπου και, με τη συγκατάθεσή σας, άλλα cookies που μας βοηθούν να τον βελτιώνουμε. Μπορείτε να αλλάξετε την επιλογή σας ανά πάσα στιγμή.
banner-accept-all = Αποδοχή όλων
banner-accept-necessary = Απόρριψη όλων
banner-show-preferences = Διαχείριση προτιμήσεων
preferences-title = Προτιμήσεις για τα cookies
preferences-save = Αποθήκευση των επιλογών μου
preferences-close = Κλείσιμο
