# Machine-assisted translation (2026-12-03); not yet read back by a second reader.
# Built-in Greek messages of cookiedoc. Copy a message into locales/el/*.ftl beside your
# cookies.toml to change it; the README lists every message and its variables.
# Terms as in the Greek text of the GDPR (Κανονισμός (ΕΕ) 2016/679, ΕΕ L 119 της 4.5.2016):
# υπεύθυνος επεξεργασίας (controller), υπεύθυνος προστασίας δεδομένων (data protection officer),
# εποπτική αρχή (supervisory authority), συγκατάθεση (consent), νομική βάση (legal basis),
# δεδομένα προσωπικού χαρακτήρα (personal data), επεξεργασία (processing), τρίτη χώρα (third
# country). Formal address: the plural "εσείς". "Cookies" stays in Latin letters, as on Greek
# sites and in the Greek data protection authority's guidance.
# Texts marked "Markdown" may use links and emphasis.

## The page

# The name of this language in itself, for the language switcher.
language-name = Ελληνικά
page-title = Πολιτική για τα cookies
# The title of dist/index.html, which lists every language.
locale-index-title = Πολιτική για τα cookies
skip-link = Μετάβαση στην πολιτική για τα cookies
language-switcher-label = Άλλες γλώσσες
# Markdown.
intro = Για να σας παρέχουμε την καλύτερη δυνατή υπηρεσία, χρησιμοποιούμε cookies ώστε να διασφαλίζεται η σωστή λειτουργία του ιστότοπου, καθώς και για την ανάλυση της επισκεψιμότητάς του.

## What is a cookie?

definitions-heading = Τι είναι ένα cookie;
# Markdown.
definitions-body = Ένα cookie είναι ένα σύνολο δεδομένων, συνήθως μικρό, που φέρει ένα όνομα και το οποίο μπορεί να αποστείλει στο πρόγραμμα περιήγησής σας ένας ιστότοπος που επισκέπτεστε. Το πρόγραμμα περιήγησής σας το αποθηκεύει για ορισμένο χρονικό διάστημα και το αποστέλλει πίσω στον διακομιστή ιστού κάθε φορά που επισκέπτεστε ξανά τον ιστότοπο. Τα cookies έχουν πολλές χρήσεις: μπορούν να χρησιμοποιηθούν για την απομνημόνευση των στοιχείων σύνδεσής σας σε ένα ηλεκτρονικό κατάστημα ή του τρέχοντος περιεχομένου του καλαθιού αγορών σας, ως αναγνωριστικό για την παρακολούθηση της περιήγησής σας για στατιστικούς ή διαφημιστικούς σκοπούς κ.λπ.
cookie-kinds-intro = Υπάρχουν διάφορα είδη cookies:
# Markdown.
cookie-kind-necessary = Τα «απαραίτητα» εσωτερικά cookies επιτρέπουν τη διατήρηση πληροφοριών μεταξύ δύο επισκέψεων στον ίδιο ιστότοπο από την ίδια συσκευή. Μπορούν να διατηρούν ένα καλάθι αγορών, στοιχεία σύνδεσης ή προτιμήσεις της διεπαφής. Δεν απαιτούν τη συγκατάθεση του χρήστη.
# Markdown.
cookie-kind-statistical = Τα «στατιστικά» cookies επιτρέπουν την παρακολούθηση των ενεργειών ενός χρήστη του διαδικτύου σε έναν ιστότοπο. Όταν τα στατιστικά στοιχεία είναι ανωνυμοποιημένα (δηλαδή δεν μπορούν να συσχετιστούν με ένα πρόσωπο), δεν απαιτείται η συγκατάθεση του χρήστη.
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

## Who is responsible

controller-heading = Ποιος είναι υπεύθυνος για αυτόν τον ιστότοπο
# "υπεύθυνος επεξεργασίας": GDPR άρθρο 4 σημείο 7, Greek text.
controller-intro = Υπεύθυνος επεξεργασίας των δεδομένων σας σε αυτόν τον ιστότοπο είναι:
controller-email = Ηλεκτρονικό ταχυδρομείο: { $email }
controller-website = Ιστότοπος: { $url }

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
