<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl">
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../../desktop/ui/account_dialog.py" line="77"/>
        <source>Edit account</source>
        <extracomment>The whole connection doctor (every stream&apos;s first page and detail requests) within this time. the AccountInfo saved ok, message (after &quot;Test connection&quot;)</extracomment>
        <translation>Edytuj konto</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialog.py" line="77"/>
        <source>Connect an ATS account</source>
        <translation>Połącz konto ATS</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialog.py" line="89"/>
        <source>ATS</source>
        <translation>ATS</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialog.py" line="92"/>
        <source>&amp;ATS:</source>
        <translation>&amp;ATS:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialog.py" line="96"/>
        <source>Account name</source>
        <translation>Nazwa konta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialog.py" line="97"/>
        <source>e.g. Acme Germany</source>
        <translation>np. Acme Polska</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialog.py" line="98"/>
        <source>Account &amp;name:</source>
        <translation>&amp;Nazwa konta:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialog.py" line="107"/>
        <source>Sync only applications created in this app (and their candidates)</source>
        <translation>Synchronizuj tylko aplikacje utworzone w tej aplikacji (i ich kandydatów)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialog.py" line="118"/>
        <source>Share of the vendor&apos;s rate limit for background sync</source>
        <translation>Udział w limicie zapytań dostawcy dla synchronizacji w tle</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialog.py" line="120"/>
        <source>Background sync never uses more than this part of the vendor&apos;s published rate limit, so other integrations on the same ATS keep working. Writes you make here may use all of it.</source>
        <translation>Synchronizacja w tle nigdy nie używa więcej niż tej części opublikowanego limitu zapytań dostawcy, aby inne integracje z tym samym ATS działały dalej. Zmiany wprowadzane tutaj mogą wykorzystać cały limit.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialog.py" line="125"/>
        <source>Background sync uses at &amp;most</source>
        <translation>Synchronizacja w tle używa naj&amp;wyżej</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialog.py" line="129"/>
        <source>of the vendor&apos;s rate limit</source>
        <translation>limitu zapytań dostawcy</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialog.py" line="134"/>
        <source>&amp;Test connection</source>
        <translation>&amp;Testuj połączenie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialog.py" line="135"/>
        <source>Test connection</source>
        <translation>Testuj połączenie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialog.py" line="144"/>
        <location filename="../../desktop/ui/account_dialog.py" line="168"/>
        <source>Result</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialog.py" line="157"/>
        <source>Connection guide</source>
        <translation>Instrukcja połączenia</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialog.py" line="164"/>
        <source>What this account can do</source>
        <translation>Co potrafi to konto</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialog.py" line="168"/>
        <source>Capability</source>
        <translation>Funkcja</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialog.py" line="168"/>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialog.py" line="168"/>
        <source>Why</source>
        <translation>Dlaczego</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialog.py" line="219"/>
        <source>unchanged (kept in the keyring)</source>
        <extracomment>The last test&apos;s findings (``None`` before a test, or when the settings were refused).</extracomment>
        <translation>bez zmian (przechowywane w pęku kluczy)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialog.py" line="242"/>
        <source>Connecting %1</source>
        <translation>Łączenie z %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialog.py" line="243"/>
        <source>You need</source>
        <translation>Potrzebujesz</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialog.py" line="244"/>
        <source>Creating the credentials</source>
        <translation>Tworzenie danych dostępowych</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialog.py" line="245"/>
        <source>Secret fields are stored in your system keyring, never in files.</source>
        <translation>Pola tajne są przechowywane w systemowym pęku kluczy, nigdy w plikach.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialog.py" line="280"/>
        <source>Testing the connection…</source>
        <translation>Testowanie połączenia…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialog.py" line="305"/>
        <source>new account</source>
        <translation>nowe konto</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialog.py" line="338"/>
        <source>Connection works: %1 accepted these credentials.</source>
        <translation>Połączenie działa: %1 zaakceptował te dane dostępowe.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialog.py" line="320"/>
        <source>No answer within %1 seconds. Check the address and your network.</source>
        <translation>Brak odpowiedzi w ciągu %1 sekund. Sprawdź adres i swoją sieć.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialog.py" line="342"/>
        <source>Everything it offers can be read.</source>
        <translation>Wszystko, co oferuje, można odczytać.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialog.py" line="347"/>
        <source>the write actions needing it</source>
        <translation>wymagające tego akcje zapisu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialog.py" line="348"/>
        <source>Not working: %1. The list below says why (no write was sent).</source>
        <translation>Nie działa: %1. Lista poniżej mówi dlaczego (nic nie zostało zapisane).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialog.py" line="359"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialog.py" line="360"/>
        <source>forbidden</source>
        <translation>brak uprawnień</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialog.py" line="361"/>
        <source>not found</source>
        <translation>nie znaleziono</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialog.py" line="362"/>
        <source>not offered</source>
        <translation>nieoferowane</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialog.py" line="363"/>
        <source>error</source>
        <translation>błąd</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialog.py" line="365"/>
        <source>data</source>
        <translation>dane</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialog.py" line="365"/>
        <source>write</source>
        <translation>zapis</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialog.py" line="394"/>
        <source>Give the account a name.</source>
        <translation>Nadaj kontu nazwę.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialog.py" line="398"/>
        <source>Saving…</source>
        <translation>Zapisywanie…</translation>
    </message>
</context>
<context>
    <name>AccountFlow</name>
    <message>
        <location filename="../../desktop/ui/account_flow.py" line="61"/>
        <source>Saved %1; syncing it now.</source>
        <translation>Zapisano %1; trwa synchronizacja.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_flow.py" line="69"/>
        <source>Remove account</source>
        <translation>Usuń konto</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_flow.py" line="71"/>
        <source>Remove %1? Its credentials and everything cached for it are deleted from this computer. Nothing changes in the ATS.</source>
        <translation>Usunąć %1? Dane dostępowe i wszystko, co zapisano w pamięci podręcznej, zostaną usunięte z tego komputera. W ATS nic się nie zmieni.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_flow.py" line="90"/>
        <source>Removed %1.</source>
        <translation>Usunięto %1.</translation>
    </message>
</context>
<context>
    <name>AccountSyncWidget</name>
    <message>
        <location filename="../../desktop/ui/views/status.py" line="30"/>
        <source>Sync progress of %1</source>
        <translation>Postęp synchronizacji %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/status.py" line="35"/>
        <source>Cancel this sync; the next one resumes where it stopped</source>
        <translation>Anuluj tę synchronizację; następna wznowi od miejsca przerwania</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/status.py" line="36"/>
        <source>Cancel sync of %1</source>
        <translation>Anuluj synchronizację %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/status.py" line="42"/>
        <source>starting</source>
        <translation>uruchamianie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/status.py" line="50"/>
        <source>%1: step 2 of 2, details · %2 of %3</source>
        <translation>%1: krok 2 z 2, szczegóły · %2 z %3</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/status.py" line="56"/>
        <source>about %1 left</source>
        <translation>pozostało około %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/status.py" line="77"/>
        <source>at most %1 % of the rate limit</source>
        <translation>najwyżej %1 % limitu zapytań</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/status.py" line="59"/>
        <source>Every record is listed and searchable; their details are read now, newest first.</source>
        <translation>Wszystkie rekordy są na liście i można je przeszukiwać; ich szczegóły są teraz odczytywane, od najnowszych.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/status.py" line="65"/>
        <source>%1: step 1 of 2, lists · %2 · %3 records</source>
        <translation>%1: krok 1 z 2, listy · %2 · %3 rekordów</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/status.py" line="66"/>
        <source>Lists first, so every record is browsable soon; details follow.</source>
        <translation>Najpierw listy, aby każdy rekord był szybko dostępny; szczegóły potem.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/status.py" line="68"/>
        <source>%1: %2 · %3 records</source>
        <translation>%1: %2 · %3 rekordów</translation>
    </message>
</context>
<context>
    <name>AccountsSidebar</name>
    <message>
        <location filename="../../desktop/ui/views/sidebar.py" line="76"/>
        <location filename="../../desktop/ui/views/sidebar.py" line="92"/>
        <source>Accounts</source>
        <extracomment>account ids to show, or None for all accounts account id, full a saved search (desktop.saved_searches.SavedSearch) was chosen the user asked to forget one of their saved searches</extracomment>
        <translation>Konta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/sidebar.py" line="85"/>
        <source>Connect an ATS account (Ctrl+Shift+N)</source>
        <translation>Połącz konto ATS (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/sidebar.py" line="86"/>
        <source>Add account</source>
        <translation>Dodaj konto</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/sidebar.py" line="102"/>
        <location filename="../../desktop/ui/views/sidebar.py" line="116"/>
        <source>Saved searches</source>
        <translation>Zapisane wyszukiwania</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/sidebar.py" line="109"/>
        <source>Save the list&apos;s current filter as a search</source>
        <translation>Zapisz bieżący filtr listy jako wyszukiwanie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/sidebar.py" line="110"/>
        <source>Save search</source>
        <translation>Zapisz wyszukiwanie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/sidebar.py" line="147"/>
        <source>Remove saved search</source>
        <translation>Usuń zapisane wyszukiwanie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/sidebar.py" line="167"/>
        <source>All accounts</source>
        <translation>Wszystkie konta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/sidebar.py" line="189"/>
        <source>syncing…</source>
        <translation>synchronizacja…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/sidebar.py" line="193"/>
        <source>needs attention</source>
        <translation>wymaga uwagi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/sidebar.py" line="196"/>
        <source>synced %1</source>
        <translation>zsynchronizowano %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/sidebar.py" line="200"/>
        <source>not synced yet</source>
        <translation>jeszcze nie zsynchronizowano</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/sidebar.py" line="232"/>
        <source>Sync now</source>
        <translation>Synchronizuj teraz</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/sidebar.py" line="236"/>
        <source>Full sync (re-read everything)</source>
        <translation>Pełna synchronizacja (odczytaj wszystko ponownie)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/sidebar.py" line="240"/>
        <source>Cancel sync</source>
        <translation>Anuluj synchronizację</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/sidebar.py" line="244"/>
        <source>Edit account…</source>
        <translation>Edytuj konto…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/sidebar.py" line="247"/>
        <source>Remove account…</source>
        <translation>Usuń konto…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/sidebar.py" line="259"/>
        <source>Add account…</source>
        <translation>Dodaj konto…</translation>
    </message>
</context>
<context>
    <name>ActionFields</name>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="18"/>
        <source>Candidate</source>
        <translation>Kandydat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="19"/>
        <source>First name</source>
        <translation>Imię</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="20"/>
        <source>Last name</source>
        <translation>Nazwisko</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="21"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="22"/>
        <source>More e-mail addresses</source>
        <translation>Dodatkowe adresy e-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="23"/>
        <source>Type</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="24"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="25"/>
        <source>Job title</source>
        <translation>Stanowisko</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="26"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="27"/>
        <source>More phone numbers</source>
        <translation>Dodatkowe numery telefonu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="28"/>
        <source>Location</source>
        <translation>Lokalizacja</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="29"/>
        <source>City</source>
        <translation>Miasto</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="30"/>
        <source>Country (ISO code)</source>
        <translation>Kraj (kod ISO)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="31"/>
        <source>State or region</source>
        <translation>Województwo lub region</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="32"/>
        <source>Street</source>
        <translation>Ulica</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="33"/>
        <source>Postcode</source>
        <translation>Kod pocztowy</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="34"/>
        <source>Gender</source>
        <translation>Płeć</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="35"/>
        <source>Available from</source>
        <translation>Dostępny od</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="36"/>
        <source>Salary expectations</source>
        <translation>Oczekiwania finansowe</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="37"/>
        <source>Period</source>
        <translation>Okres</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="38"/>
        <source>Amount</source>
        <translation>Kwota</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="39"/>
        <source>Links</source>
        <translation>Linki</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="40"/>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="41"/>
        <source>Application</source>
        <translation>Aplikacja</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="42"/>
        <source>Job</source>
        <translation>Oferta pracy</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="43"/>
        <source>Stage</source>
        <translation>Etap</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="44"/>
        <source>Screening answers</source>
        <translation>Odpowiedzi na pytania wstępne</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="45"/>
        <source>Question</source>
        <translation>Pytanie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="46"/>
        <source>Answer</source>
        <translation>Odpowiedź</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="47"/>
        <source>Attachments</source>
        <translation>Załączniki</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="48"/>
        <source>File name</source>
        <translation>Nazwa pliku</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="49"/>
        <source>Kind of file</source>
        <translation>Rodzaj pliku</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="50"/>
        <source>Content type</source>
        <translation>Typ zawartości</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="51"/>
        <source>File content (base64)</source>
        <translation>Zawartość pliku (base64)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="52"/>
        <source>File URL (data: or https:)</source>
        <translation>Adres URL pliku (data: lub https:)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="53"/>
        <source>Source</source>
        <translation>Źródło</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="54"/>
        <source>Source name</source>
        <translation>Nazwa źródła</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="55"/>
        <source>Source id</source>
        <translation>Identyfikator źródła</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="56"/>
        <source>Sourced by</source>
        <translation>Pozyskany przez</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="57"/>
        <source>User</source>
        <translation>Użytkownik</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="58"/>
        <source>GDPR consent</source>
        <translation>Zgoda RODO</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="59"/>
        <source>Consent given</source>
        <translation>Zgoda udzielona</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="60"/>
        <source>Consent expires</source>
        <translation>Zgoda wygasa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="61"/>
        <source>Attachment</source>
        <translation>Załącznik</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="62"/>
        <source>Rejection reason</source>
        <translation>Powód odrzucenia</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="63"/>
        <source>Label</source>
        <translation>Etykieta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="64"/>
        <source>Details</source>
        <translation>Szczegóły</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="65"/>
        <source>Custom field prefix</source>
        <translation>Prefiks pól niestandardowych</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="66"/>
        <source>Attributes</source>
        <translation>Atrybuty</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="67"/>
        <source>Key</source>
        <translation>Klucz</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="68"/>
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="69"/>
        <source>Note</source>
        <translation>Notatka</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="70"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="71"/>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="73"/>
        <source>Create candidate</source>
        <translation>Utwórz kandydata</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="74"/>
        <source>Create application</source>
        <translation>Utwórz aplikację</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="75"/>
        <source>Add attachment to application</source>
        <translation>Dodaj załącznik do aplikacji</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="76"/>
        <source>Add attachment to candidate</source>
        <translation>Dodaj załącznik do kandydata</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="77"/>
        <source>Move application to stage</source>
        <translation>Przenieś aplikację do etapu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="78"/>
        <source>Add result link to application</source>
        <translation>Dodaj link do wyniku do aplikacji</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="79"/>
        <source>Add result link to candidate</source>
        <translation>Dodaj link do wyniku do kandydata</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="80"/>
        <source>Add note to application</source>
        <translation>Dodaj notatkę do aplikacji</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="81"/>
        <source>Add tag to candidate</source>
        <translation>Dodaj tag do kandydata</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="82"/>
        <source>Remove tag from candidate</source>
        <translation>Usuń tag z kandydata</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="96"/>
        <source>Personal</source>
        <translation>Prywatny</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="97"/>
        <source>Work</source>
        <translation>Służbowy</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="98"/>
        <source>Other</source>
        <translation>Inny</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="99"/>
        <source>Male</source>
        <translation>Mężczyzna</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="100"/>
        <source>Female</source>
        <translation>Kobieta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="101"/>
        <source>Per month</source>
        <translation>Miesięcznie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="102"/>
        <source>Per year</source>
        <translation>Rocznie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="103"/>
        <source>CV</source>
        <translation>CV</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="104"/>
        <source>Cover letter</source>
        <translation>List motywacyjny</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="105"/>
        <source>Plain text</source>
        <translation>Zwykły tekst</translation>
    </message>
</context>
<context>
    <name>ActionForm</name>
    <message>
        <location filename="../../desktop/ui/actions/form.py" line="105"/>
        <source>Account</source>
        <extracomment>Outcome: the action was saved (and sent, or queued to be sent)</extracomment>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/form.py" line="111"/>
        <source>&amp;Account:</source>
        <translation>&amp;Konto:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/form.py" line="121"/>
        <source>What this ATS takes</source>
        <translation>Co przyjmuje ten ATS</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/form.py" line="126"/>
        <source>Fields</source>
        <translation>Pola</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/form.py" line="133"/>
        <source>Result</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/form.py" line="138"/>
        <location filename="../../desktop/ui/actions/form.py" line="142"/>
        <location filename="../../desktop/ui/actions/form.py" line="405"/>
        <source>Save and send</source>
        <translation>Zapisz i wyślij</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/form.py" line="141"/>
        <source>Saved in the outbox first, then sent (Ctrl+Enter)</source>
        <translation>Najpierw zapisane w skrzynce nadawczej, potem wysłane (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/form.py" line="179"/>
        <source>In %1 (%2).</source>
        <translation>W %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/form.py" line="181"/>
        <source>Fields marked * are required.</source>
        <translation>Pola oznaczone * są wymagane.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/form.py" line="224"/>
        <source>Required</source>
        <translation>Wymagane</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/form.py" line="405"/>
        <source>Sending…</source>
        <translation>Wysyłanie…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/form.py" line="411"/>
        <source>Checking…</source>
        <translation>Sprawdzanie…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/form.py" line="421"/>
        <source>Sending to %1…</source>
        <translation>Wysyłanie do %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/form.py" line="440"/>
        <source>%1 refused it: %2 Nothing is lost: it is kept under Pending writes (retry or drop it there), or correct the form and submit again.</source>
        <translation>%1 odrzucił: %2 Nic nie zginęło: zmiana czeka w „Oczekujących zmianach” (tam można ponowić lub odrzucić) albo popraw formularz i wyślij ponownie.</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <location filename="../../desktop/ui/app.py" line="232"/>
        <source>Encrypting your cache, once. This can take a minute…</source>
        <translation>Jednorazowe szyfrowanie pamięci podręcznej. To może potrwać minutę…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/app.py" line="238"/>
        <source>Recruiter Companion</source>
        <translation>Recruiter Companion</translation>
    </message>
</context>
<context>
    <name>BulkActions</name>
    <message>
        <location filename="../../desktop/ui/bulk_actions.py" line="125"/>
        <location filename="../../desktop/ui/bulk_actions.py" line="135"/>
        <source>Move selected to stage…</source>
        <translation>Przenieś zaznaczone do etapu…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bulk_actions.py" line="142"/>
        <source>Undo the last bulk action (what is not sent yet)</source>
        <translation>Cofnij ostatnią akcję zbiorczą (to, co nie zostało jeszcze wysłane)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bulk_actions.py" line="182"/>
        <location filename="../../desktop/ui/bulk_actions.py" line="201"/>
        <source>Select the rows first (Shift/Ctrl+click).</source>
        <translation>Najpierw zaznacz wiersze (Shift/Ctrl+klik).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bulk_actions.py" line="190"/>
        <source>%1 on %2 records?</source>
        <translation>%1 dla %2 rekordów?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bulk_actions.py" line="227"/>
        <source>The selected applications&apos; accounts have no stages in the cache yet.</source>
        <translation>Konta zaznaczonych aplikacji nie mają jeszcze etapów w pamięci podręcznej.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bulk_actions.py" line="238"/>
        <source>Move to %1</source>
        <translation>Przenieś do: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bulk_actions.py" line="276"/>
        <source>Took back %1 items not sent yet.</source>
        <translation>Wycofano %1 jeszcze niewysłanych pozycji.</translation>
    </message>
</context>
<context>
    <name>CommandPalette</name>
    <message>
        <location filename="../../desktop/ui/views/palette.py" line="32"/>
        <source>Commands</source>
        <translation>Polecenia</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/palette.py" line="36"/>
        <source>Type a command…</source>
        <translation>Wpisz polecenie…</translation>
    </message>
</context>
<context>
    <name>CvView</name>
    <message>
        <location filename="../../desktop/ui/views/cv_view.py" line="90"/>
        <source>Candidate&apos;s files</source>
        <extracomment>Files up to this size are read from the cache on the GUI thread; larger ones on a worker thread. Images larger than this many pixels are scaled while reading (a phone photo of a CV is 12 MP). A worker&apos;s result for the GUI thread: (token, bytes | Path | None | Exception). The shown PDF&apos;s bytes: QPdfDocument reads from this buffer as long as it shows the pages. The last copy written for the system&apos;s viewer (tests look at it).</extracomment>
        <translation>Pliki kandydata</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/cv_view.py" line="96"/>
        <source>Open in viewer</source>
        <translation>Otwórz w przeglądarce</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/cv_view.py" line="97"/>
        <source>Open the file in the system&apos;s viewer</source>
        <translation>Otwórz plik w systemowej przeglądarce</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/cv_view.py" line="114"/>
        <source>The file&apos;s text</source>
        <translation>Tekst pliku</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/cv_view.py" line="178"/>
        <source>Loading the file…</source>
        <translation>Wczytywanie pliku…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/cv_view.py" line="183"/>
        <source>text of the document</source>
        <translation>tekst dokumentu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/cv_view.py" line="188"/>
        <source>No text could be read from this document. Open it in the viewer.</source>
        <translation>Nie udało się odczytać tekstu z tego dokumentu. Otwórz go w przeglądarce.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/cv_view.py" line="193"/>
        <source>Files of this type are not shown here. Open it in the viewer.</source>
        <translation>Pliki tego typu nie są tu wyświetlane. Otwórz go w przeglądarce.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/cv_view.py" line="239"/>
        <source>Not downloaded yet: it follows the next sync of this account.</source>
        <translation>Jeszcze nie pobrano: nastąpi to przy następnej synchronizacji tego konta.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/cv_view.py" line="242"/>
        <source>The downloaded file is no longer in the cache; it is fetched again on the next sync.</source>
        <translation>Pobranego pliku nie ma już w pamięci podręcznej; zostanie pobrany ponownie przy następnej synchronizacji.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/cv_view.py" line="244"/>
        <source>This file is not kept here.</source>
        <translation>Ten plik nie jest tu przechowywany.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/cv_view.py" line="263"/>
        <source>The PDF&apos;s pages</source>
        <translation>Strony pliku PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/cv_view.py" line="285"/>
        <source>This PDF is damaged and cannot be shown here. Open it in the viewer, or at the vendor.</source>
        <translation>Ten plik PDF jest uszkodzony i nie może być tu wyświetlony. Otwórz go w przeglądarce lub u dostawcy.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/cv_view.py" line="289"/>
        <source>1 page</source>
        <translation>1 strona</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/cv_view.py" line="289"/>
        <source>%1 pages</source>
        <translation>Stron: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/cv_view.py" line="306"/>
        <source>This image is damaged and cannot be shown here. Open it in the viewer.</source>
        <translation>Ten obraz jest uszkodzony i nie może być tu wyświetlony. Otwórz go w przeglądarce.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/cv_view.py" line="333"/>
        <source>Could not write a copy for the viewer: %1</source>
        <translation>Nie udało się zapisać kopii dla przeglądarki: %1</translation>
    </message>
</context>
<context>
    <name>DamagedCacheDialog</name>
    <message>
        <location filename="../../desktop/ui/damaged.py" line="30"/>
        <source>The cache cannot be unlocked</source>
        <translation>Nie można odblokować pamięci podręcznej</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/damaged.py" line="23"/>
        <source>The cache file %1 cannot be opened: %2.</source>
        <translation>Nie można otworzyć pliku pamięci podręcznej %1: %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/damaged.py" line="33"/>
        <source>Keep the locked file beside it and start over with an empty cache? Add your accounts again and sync: the records come back from the vendors, but writes still waiting in the old cache are not sent. Or quit, and restore the keyring entry from a backup.</source>
        <translation>Zachować zablokowany plik obok i zacząć od pustej pamięci podręcznej? Dodaj konta ponownie i zsynchronizuj: rekordy wrócą od dostawców, ale zapisy czekające jeszcze w starej pamięci nie zostaną wysłane. Albo zakończ i przywróć wpis w pęku kluczy z kopii zapasowej.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/damaged.py" line="39"/>
        <source>The cache is damaged</source>
        <translation>Pamięć podręczna jest uszkodzona</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/damaged.py" line="42"/>
        <source>Keep a copy of the damaged file beside it and start over with an empty cache? Accounts must then be added again, and writes still waiting in the old cache are not sent. Or quit, and restore the file from a backup.</source>
        <translation>Zachować kopię uszkodzonego pliku obok i zacząć od pustej pamięci podręcznej? Konta trzeba będzie wtedy dodać ponownie, a zapisy czekające jeszcze w starej pamięci nie zostaną wysłane. Albo zakończ i przywróć plik z kopii zapasowej.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/damaged.py" line="48"/>
        <source>Keep a copy and start over</source>
        <translation>Zachowaj kopię i zacznij od nowa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/damaged.py" line="50"/>
        <source>Quit</source>
        <translation>Zakończ</translation>
    </message>
</context>
<context>
    <name>DateEditor</name>
    <message>
        <location filename="../../desktop/ui/actions/fields.py" line="146"/>
        <source>No date</source>
        <extracomment>The date a ``DateEditor`` shows for &quot;no date&quot; (Qt&apos;s date edits cannot be empty). a problem the editor found itself (a file refused as it was dropped); &quot;&quot; clears it</extracomment>
        <translation>Brak daty</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/fields.py" line="147"/>
        <source>Clear the date</source>
        <translation>Wyczyść datę</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../desktop/ui/views/detail.py" line="171"/>
        <source>Pending writes of this record</source>
        <extracomment>Columns not shown among the fields (bookkeeping, shown elsewhere, or too long for a field row). model, record id: a related record&apos;s link was followed job id: &quot;open pipeline&quot; was clicked candidate id: &quot;Forget this person…&quot; was clicked (``desktop.ui.privacy`` asks and forgets) (candidate id, label) split from the person shown, with an undo, until another record shows</extracomment>
        <translation>Oczekujące zmiany tego rekordu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/detail.py" line="185"/>
        <source>Record details</source>
        <translation>Szczegóły rekordu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/detail.py" line="189"/>
        <source>Fields and related records</source>
        <translation>Pola i powiązane rekordy</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/detail.py" line="193"/>
        <location filename="../../desktop/ui/views/detail.py" line="207"/>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/detail.py" line="195"/>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/detail.py" line="195"/>
        <source>Field</source>
        <translation>Pole</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/detail.py" line="195"/>
        <source>Before</source>
        <translation>Przed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/detail.py" line="195"/>
        <source>After</source>
        <translation>Po</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/detail.py" line="197"/>
        <location filename="../../desktop/ui/views/detail.py" line="208"/>
        <source>Changes</source>
        <translation>Zmiany</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/detail.py" line="200"/>
        <location filename="../../desktop/ui/views/detail.py" line="209"/>
        <source>Vendor data</source>
        <translation>Dane dostawcy</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/detail.py" line="206"/>
        <source>Overview</source>
        <translation>Przegląd</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/detail.py" line="229"/>
        <source>Forget this person…</source>
        <translation>Zapomnij tę osobę…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/detail.py" line="231"/>
        <source>Remove every trace of this person from this computer</source>
        <translation>Usuń z tego komputera wszelkie ślady tej osoby</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/detail.py" line="261"/>
        <source>Nothing selected</source>
        <translation>Nic nie wybrano</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/detail.py" line="262"/>
        <source>Pick a record in a list, or search with Ctrl+K.</source>
        <translation>Wybierz rekord z listy lub wyszukaj za pomocą Ctrl+K.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/detail.py" line="276"/>
        <source>This record is no longer in the cache.</source>
        <translation>Tego rekordu nie ma już w pamięci podręcznej.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/detail.py" line="287"/>
        <source>Deleted at the vendor on %1. Kept here for reference.</source>
        <translation>Usunięty u dostawcy %1. Zachowany tutaj do wglądu.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/detail.py" line="297"/>
        <source>No description.</source>
        <translation>Brak opisu.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/detail.py" line="308"/>
        <source>The vendor sent no raw data for this record.</source>
        <translation>Dostawca nie przesłał surowych danych dla tego rekordu.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/detail.py" line="318"/>
        <location filename="../../desktop/ui/views/detail.py" line="340"/>
        <source>CV</source>
        <translation>CV</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/detail.py" line="340"/>
        <source>Files (%1)</source>
        <translation>Pliki (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/detail.py" line="370"/>
        <source>Open pipeline →</source>
        <translation>Otwórz lejek →</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/detail.py" line="394"/>
        <source>Not the same person</source>
        <translation>To nie ta sama osoba</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/detail.py" line="403"/>
        <source>Vendor id %1 · %2 · changed in the cache %3</source>
        <translation>Identyfikator dostawcy %1 · %2 · zmieniono w pamięci podręcznej %3</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/detail.py" line="415"/>
        <source>You marked this record as a person of its own.</source>
        <translation>Oznaczono ten rekord jako osobną osobę.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/detail.py" line="416"/>
        <source>Match it again</source>
        <translation>Połącz ponownie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/detail.py" line="420"/>
        <source>%1 no longer counts as this person.</source>
        <translation>%1 nie jest już traktowany jako ta osoba.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/detail.py" line="421"/>
        <source>Undo</source>
        <translation>Cofnij</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/detail.py" line="439"/>
        <source>Could not save that: %1</source>
        <translation>Nie udało się tego zapisać: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/detail.py" line="474"/>
        <source>No changes seen since this record was first synced.</source>
        <translation>Nie zauważono zmian od pierwszej synchronizacji tego rekordu.</translation>
    </message>
</context>
<context>
    <name>FilesEditor</name>
    <message>
        <location filename="../../desktop/ui/actions/files.py" line="119"/>
        <source>Choose file…</source>
        <translation>Wybierz plik…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/files.py" line="120"/>
        <location filename="../../desktop/ui/actions/files.py" line="209"/>
        <source>Choose a file to attach</source>
        <translation>Wybierz plik do załączenia</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/files.py" line="121"/>
        <source>Choose a file to attach (Ctrl+O)</source>
        <translation>Wybierz plik do załączenia (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/files.py" line="159"/>
        <source>exactly one file</source>
        <translation>dokładnie jeden plik</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/files.py" line="161"/>
        <source>at most %1 files</source>
        <translation>najwyżej %1 plików</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/files.py" line="163"/>
        <source>at least %1 files</source>
        <translation>co najmniej %1 plików</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/files.py" line="168"/>
        <source>up to %1</source>
        <translation>do %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/files.py" line="169"/>
        <source>%1 takes: %2</source>
        <translation>%1 przyjmuje: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/files.py" line="176"/>
        <source>%1 takes only one file here; remove the one chosen first.</source>
        <translation>%1 przyjmuje tu tylko jeden plik; najpierw usuń wybrany.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/files.py" line="180"/>
        <source>%1 takes at most %2 files here.</source>
        <translation>%1 przyjmuje tu najwyżej %2 plików.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/files.py" line="187"/>
        <source>%1 takes only %2 files; %3 is not one.</source>
        <translation>%1 przyjmuje tylko pliki %2; %3 do nich nie należy.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/files.py" line="193"/>
        <source>%1 is empty.</source>
        <translation>%1 jest pusty.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/files.py" line="196"/>
        <source>%1 is %2; %3 takes at most %4.</source>
        <translation>%1 ma %2; %3 przyjmuje najwyżej %4.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/files.py" line="215"/>
        <source>Accepted files (%1)</source>
        <translation>Akceptowane pliki (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/files.py" line="229"/>
        <location filename="../../desktop/ui/actions/files.py" line="240"/>
        <source>Cannot read %1: %2</source>
        <translation>Nie można odczytać %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/files.py" line="244"/>
        <source>%1 is empty (0 bytes); choose the real file.</source>
        <translation>%1 jest pusty (0 bajtów); wybierz właściwy plik.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/files.py" line="283"/>
        <source>Drop files here</source>
        <translation>Upuść pliki tutaj</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/files.py" line="285"/>
        <source>%1 takes no more files here.</source>
        <translation>%1 nie przyjmuje tu więcej plików.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/files.py" line="299"/>
        <source>Kind of file %1</source>
        <translation>Rodzaj pliku %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/files.py" line="308"/>
        <location filename="../../desktop/ui/actions/files.py" line="309"/>
        <source>Remove %1</source>
        <translation>Usuń %1</translation>
    </message>
</context>
<context>
    <name>FormActions</name>
    <message>
        <location filename="../../desktop/ui/actions/provider.py" line="107"/>
        <source>New &amp;application…</source>
        <extracomment>Shown as buttons on a record, in this order; the rest go under &quot;More&quot;.</extracomment>
        <translation>Nowa &amp;aplikacja…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/provider.py" line="112"/>
        <source>&amp;Pending writes…</source>
        <translation>&amp;Oczekujące zmiany…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/provider.py" line="142"/>
        <source>Connect an account first (File → Add account).</source>
        <translation>Najpierw połącz konto (Plik → Dodaj konto).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/provider.py" line="144"/>
        <location filename="../../desktop/ui/actions/provider.py" line="215"/>
        <source>%1 does not offer this through its API.</source>
        <translation>%1 nie oferuje tego przez swoje API.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/provider.py" line="167"/>
        <source>&amp;New candidate…</source>
        <translation>&amp;Nowy kandydat…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/provider.py" line="168"/>
        <source>New application…</source>
        <translation>Nowa aplikacja…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/provider.py" line="170"/>
        <source>New application for this candidate…</source>
        <translation>Nowa aplikacja tego kandydata…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/provider.py" line="171"/>
        <source>Move to stage…</source>
        <translation>Przenieś do etapu…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/provider.py" line="172"/>
        <source>Add note…</source>
        <translation>Dodaj notatkę…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/provider.py" line="173"/>
        <location filename="../../desktop/ui/actions/provider.py" line="174"/>
        <source>Add attachment…</source>
        <translation>Dodaj załącznik…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/provider.py" line="175"/>
        <location filename="../../desktop/ui/actions/provider.py" line="176"/>
        <source>Add result link…</source>
        <translation>Dodaj link do wyniku…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/provider.py" line="177"/>
        <source>Add tag…</source>
        <translation>Dodaj tag…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/provider.py" line="178"/>
        <source>Remove tag…</source>
        <translation>Usuń tag…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/provider.py" line="224"/>
        <source>More</source>
        <translation>Więcej</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/provider.py" line="248"/>
        <source>Not sent yet: %1</source>
        <translation>Jeszcze niewysłane: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/provider.py" line="287"/>
        <source>%1: sent to %2.</source>
        <translation>%1: wysłano do %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/provider.py" line="289"/>
        <source>(%1 kept it on the %2.)</source>
        <translation>(%1 zapisał to przy: %2.)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/provider.py" line="296"/>
        <source>%1: saved; it is sent when %2 can be reached (see Pending writes).</source>
        <translation>%1: zapisano; zostanie wysłane, gdy %2 będzie osiągalny (zob. Oczekujące zmiany).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/provider.py" line="302"/>
        <source>%1: %2 refused it: %3</source>
        <translation>%1: %2 odrzucił: %3</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/provider.py" line="333"/>
        <source>Sent what was waiting: %1.</source>
        <translation>Wysłano oczekujące: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/provider.py" line="405"/>
        <source>This job&apos;s account is not connected.</source>
        <translation>Konto tej oferty nie jest połączone.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/provider.py" line="407"/>
        <source>%1 does not let other apps move applications between stages.</source>
        <translation>%1 nie pozwala innym aplikacjom przenosić aplikacji między etapami.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/provider.py" line="443"/>
        <source>%1 refused the move: %2 (kept under Pending writes)</source>
        <translation>%1 odrzucił przeniesienie: %2 (czeka w Oczekujących zmianach)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/provider.py" line="450"/>
        <source>Moved to %1; sent when %2 can be reached.</source>
        <translation>Przeniesiono do %1; zostanie wysłane, gdy %2 będzie osiągalny.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/provider.py" line="457"/>
        <source>Moved to %1 in %2. Undo with Ctrl+Z.</source>
        <translation>Przeniesiono do %1 w %2. Cofnij: Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../desktop/ui/labels.py" line="35"/>
        <source>Jobs</source>
        <translation>Oferty pracy</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="36"/>
        <source>Candidates</source>
        <translation>Kandydaci</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="37"/>
        <location filename="../../desktop/ui/labels.py" line="65"/>
        <location filename="../../desktop/ui/labels.py" line="151"/>
        <source>Applications</source>
        <translation>Aplikacje</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="38"/>
        <location filename="../../desktop/ui/labels.py" line="66"/>
        <source>Interviews</source>
        <translation>Rozmowy</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="39"/>
        <location filename="../../desktop/ui/labels.py" line="67"/>
        <source>Offers</source>
        <translation>Oferty</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="40"/>
        <source>Users</source>
        <translation>Użytkownicy</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="41"/>
        <source>Job postings</source>
        <translation>Ogłoszenia</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="42"/>
        <source>Stages</source>
        <translation>Etapy</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="43"/>
        <location filename="../../desktop/ui/labels.py" line="68"/>
        <source>Tags</source>
        <translation>Tagi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="45"/>
        <location filename="../../desktop/ui/labels.py" line="72"/>
        <source>Screening questions</source>
        <translation>Pytania kwalifikacyjne</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="48"/>
        <source>Pipeline</source>
        <translation>Lejek</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="35"/>
        <location filename="../../desktop/ui/labels.py" line="138"/>
        <location filename="../../desktop/ui/labels.py" line="157"/>
        <source>Job</source>
        <translation>Oferta pracy</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="36"/>
        <location filename="../../desktop/ui/labels.py" line="139"/>
        <location filename="../../desktop/ui/labels.py" line="156"/>
        <source>Candidate</source>
        <translation>Kandydat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="37"/>
        <location filename="../../desktop/ui/labels.py" line="140"/>
        <source>Application</source>
        <translation>Aplikacja</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="38"/>
        <source>Interview</source>
        <translation>Rozmowa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="39"/>
        <source>Offer</source>
        <translation>Oferta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="40"/>
        <source>User</source>
        <translation>Użytkownik</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="41"/>
        <source>Job posting</source>
        <translation>Ogłoszenie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="42"/>
        <location filename="../../desktop/ui/labels.py" line="137"/>
        <location filename="../../desktop/ui/labels.py" line="158"/>
        <source>Stage</source>
        <translation>Etap</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="43"/>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="46"/>
        <source>Screening question</source>
        <translation>Pytanie kwalifikacyjne</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="99"/>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="161"/>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="114"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="117"/>
        <source>Department</source>
        <translation>Dział</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="150"/>
        <source>City</source>
        <translation>Miasto</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="121"/>
        <source>Opened</source>
        <translation>Otwarto</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="152"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="105"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="153"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="102"/>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="103"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="154"/>
        <source>Updated</source>
        <translation>Zaktualizowano</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="155"/>
        <source>Created</source>
        <translation>Utworzono</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="134"/>
        <source>Outcome</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="141"/>
        <source>Starts</source>
        <translation>Początek</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="143"/>
        <source>Canceled</source>
        <translation>Odwołano</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="69"/>
        <source>Applications by stage</source>
        <translation>Aplikacje według etapu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="70"/>
        <source>Hiring team</source>
        <translation>Zespół rekrutacyjny</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="71"/>
        <source>Postings</source>
        <translation>Ogłoszenia</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="73"/>
        <location filename="../../desktop/ui/labels.py" line="125"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="74"/>
        <source>Belongs to</source>
        <translation>Należy do</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="75"/>
        <source>Interviewers</source>
        <translation>Rekruterzy prowadzący</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="76"/>
        <source>Hiring team of</source>
        <translation>Zespół rekrutacyjny dla</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="77"/>
        <source>Also in other accounts</source>
        <translation>Także na innych kontach</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="78"/>
        <source>Their applications in other accounts</source>
        <translation>Ich aplikacje na innych kontach</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="87"/>
        <source>same e-mail</source>
        <translation>ten sam e-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="88"/>
        <source>same phone</source>
        <translation>ten sam telefon</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="100"/>
        <source>First name</source>
        <translation>Imię</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="101"/>
        <source>Last name</source>
        <translation>Nazwisko</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="104"/>
        <source>Source</source>
        <translation>Źródło</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="106"/>
        <source>E-mail addresses</source>
        <translation>Adresy e-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="107"/>
        <source>Phone numbers</source>
        <translation>Numery telefonów</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="108"/>
        <source>Social media</source>
        <translation>Media społecznościowe</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="109"/>
        <source>Location</source>
        <translation>Lokalizacja</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="110"/>
        <source>Custom fields</source>
        <translation>Pola niestandardowe</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="111"/>
        <source>Job code</source>
        <translation>Kod oferty</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="112"/>
        <location filename="../../desktop/ui/labels.py" line="147"/>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="113"/>
        <source>Employment type</source>
        <translation>Rodzaj zatrudnienia</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="115"/>
        <source>Visibility</source>
        <translation>Widoczność</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="116"/>
        <source>Category</source>
        <translation>Kategoria</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="118"/>
        <source>Public link</source>
        <translation>Link publiczny</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="119"/>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="120"/>
        <source>Experience level</source>
        <translation>Poziom doświadczenia</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="122"/>
        <source>Closed</source>
        <translation>Zamknięto</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="123"/>
        <source>Created at vendor</source>
        <translation>Utworzono u dostawcy</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="124"/>
        <source>Updated at vendor</source>
        <translation>Zaktualizowano u dostawcy</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="126"/>
        <source>Confidential</source>
        <translation>Poufne</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="127"/>
        <source>Weekly hours</source>
        <translation>Godziny tygodniowo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="128"/>
        <source>Remote work</source>
        <translation>Praca zdalna</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="129"/>
        <source>Salary</source>
        <translation>Wynagrodzenie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="130"/>
        <source>Salary from</source>
        <translation>Wynagrodzenie od</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="131"/>
        <source>Salary to</source>
        <translation>Wynagrodzenie do</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="132"/>
        <source>Currency</source>
        <translation>Waluta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="133"/>
        <source>Salary period</source>
        <translation>Okres wynagrodzenia</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="135"/>
        <source>Rejection reason</source>
        <translation>Powód odrzucenia</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="136"/>
        <source>Rejected</source>
        <translation>Odrzucono</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="142"/>
        <source>Ends</source>
        <translation>Koniec</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="144"/>
        <source>Vendor id</source>
        <translation>Identyfikator dostawcy</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="145"/>
        <source>Changed in cache</source>
        <translation>Zmieniono w pamięci podręcznej</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="146"/>
        <source>Deleted at vendor</source>
        <translation>Usunięto u dostawcy</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="148"/>
        <source>Position</source>
        <translation>Pozycja</translation>
    </message>
</context>
<context>
    <name>ListExportFlow</name>
    <message>
        <location filename="../../desktop/ui/list_export_flow.py" line="34"/>
        <source>Export %1</source>
        <translation>Eksportuj: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/list_export_flow.py" line="36"/>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/list_export_flow.py" line="69"/>
        <source>Exporting %1…</source>
        <translation>Eksportowanie: %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/list_export_flow.py" line="76"/>
        <source>Exported %1 rows to %2</source>
        <translation>Wyeksportowano wiersze (%1) do %2</translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <location filename="../../desktop/ui/menus.py" line="58"/>
        <source>&amp;File</source>
        <extracomment>While the app runs it re-syncs (delta, within each account&apos;s share) this often unless changed.</extracomment>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="60"/>
        <source>&amp;Add account…</source>
        <translation>&amp;Dodaj konto…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="62"/>
        <source>&amp;Team server…</source>
        <translation>Serwer &amp;zespołu…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="64"/>
        <source>&amp;Quit</source>
        <translation>&amp;Zakończ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="66"/>
        <source>&amp;View</source>
        <translation>&amp;Widok</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="67"/>
        <source>&amp;Search everything…</source>
        <translation>&amp;Szukaj wszędzie…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="71"/>
        <source>&amp;Filter this list</source>
        <translation>&amp;Filtruj tę listę</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="75"/>
        <source>Show &amp;deleted records</source>
        <translation>Pokaż &amp;usunięte rekordy</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="90"/>
        <source>&amp;Theme</source>
        <translation>&amp;Motyw</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="93"/>
        <source>Follow the system</source>
        <translation>Jak w systemie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="94"/>
        <source>Light</source>
        <translation>Jasny</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="95"/>
        <source>Dark</source>
        <translation>Ciemny</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="98"/>
        <source>&amp;Language</source>
        <translation>&amp;Język</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="101"/>
        <source>System language</source>
        <translation>Język systemu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="104"/>
        <source>&amp;Sync</source>
        <translation>&amp;Synchronizacja</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="106"/>
        <source>Sync &amp;all accounts</source>
        <translation>Synchronizuj &amp;wszystkie konta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="111"/>
        <source>&amp;Full sync of all accounts</source>
        <translation>&amp;Pełna synchronizacja wszystkich kont</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="115"/>
        <source>&amp;Cancel all syncs</source>
        <translation>&amp;Anuluj wszystkie synchronizacje</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="118"/>
        <source>Sync &amp;automatically</source>
        <translation>Synchronizuj a&amp;utomatycznie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="125"/>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="127"/>
        <source>&amp;Copy diagnostics</source>
        <translation>Kopiuj &amp;diagnostykę</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="129"/>
        <source>Open &amp;log folder</source>
        <translation>Otwórz folder &amp;dziennika</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="131"/>
        <source>&amp;About Recruiter Companion</source>
        <translation>&amp;O programie Recruiter Companion</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="155"/>
        <source>Off</source>
        <translation>Wyłączone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="157"/>
        <source>Every %1 minutes</source>
        <translation>Co %1 minut</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="159"/>
        <source>Every hour</source>
        <translation>Co godzinę</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="160"/>
        <source>Every %1 hours</source>
        <translation>Co %1 godziny</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/app.py" line="153"/>
        <source>Starting the demo sandboxes…</source>
        <translation>Uruchamianie piaskownic demo…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/app.py" line="167"/>
        <source>The demo could not be started; run &apos;recruiter-companion --demo&apos; instead.</source>
        <translation>Nie udało się uruchomić wersji demo; uruchom zamiast tego &apos;recruiter-companion --demo&apos;.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="89"/>
        <source>Record views</source>
        <extracomment>Tabs in order; &quot;pipeline&quot; is the per-job board, the others are record lists. the user asked to close; the app shuts down and then calls ``finish_close`` True when the network is back (writes waiting are sent), False when it went away the accounts were read again (one was added, edited or removed) the welcome page&apos;s &quot;Try the demo&quot; was pressed (the app restarts itself in demo mode)</extracomment>
        <translation>Widoki</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="121"/>
        <location filename="../../desktop/ui/main_window.py" line="123"/>
        <source>Main toolbar</source>
        <translation>Główny pasek narzędzi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="154"/>
        <source>Welcome to Recruiter Companion</source>
        <translation>Witamy w Recruiter Companion</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="171"/>
        <source>Connect an account…</source>
        <translation>Połącz konto…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="163"/>
        <source>Connect an ATS account once: everything is synced to this computer, searchable and readable offline.
To look around first, try the demo: sample accounts on local stand-ins of the vendors, kept apart from your own data.</source>
        <translation>Połącz konto ATS raz: wszystko zostanie zsynchronizowane z tym komputerem i będzie dostępne do przeszukiwania i czytania offline.
Aby najpierw się rozejrzeć, wypróbuj wersję demo: przykładowe konta na lokalnych odpowiednikach dostawców, oddzielone od Twoich danych.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="175"/>
        <source>Try the demo</source>
        <translation>Wypróbuj demo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="177"/>
        <source>Opens the app on sample accounts; your own accounts are not touched.</source>
        <translation>Otwiera aplikację z przykładowymi kontami; Twoje konta pozostają nietknięte.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="299"/>
        <source>No accounts to sync yet.</source>
        <translation>Brak kont do synchronizacji.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="338"/>
        <source>The team server answers again: live updates resumed.</source>
        <translation>Serwer zespołu znowu odpowiada: aktualizacje na żywo wznowione.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="340"/>
        <source>The team server does not answer; this computer&apos;s copy is shown, retrying.</source>
        <translation>Serwer zespołu nie odpowiada; widać kopię z tego komputera, ponawianie.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="372"/>
        <location filename="../../desktop/ui/main_window.py" line="399"/>
        <source>New since you last looked</source>
        <translation>Nowe od ostatniego przeglądania</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="377"/>
        <source>Command palette</source>
        <translation>Paleta poleceń</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="397"/>
        <source>New since you last looked (%1)</source>
        <translation>Nowe od ostatniego przeglądania (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="508"/>
        <source>The language changes the next time the app starts.</source>
        <translation>Język zmieni się przy następnym uruchomieniu aplikacji.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="518"/>
        <source>Diagnostics copied to the clipboard (no passwords or tokens).</source>
        <translation>Skopiowano diagnostykę do schowka (bez haseł i tokenów).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="527"/>
        <source>About Recruiter Companion</source>
        <translation>O programie Recruiter Companion</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="529"/>
        <source>Recruiter Companion keeps your ATS accounts on this computer: synced, searchable and readable offline.</source>
        <translation>Recruiter Companion przechowuje Twoje konta ATS na tym komputerze: zsynchronizowane, przeszukiwalne i dostępne offline.</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <location filename="../../desktop/ui/bulk_actions.py" line="83"/>
        <source>Move selected to stage</source>
        <extracomment>What each list can do to many rows at once: (action, title, what to ask, the parameter it fills).</extracomment>
        <translation>Przenieś zaznaczone do etapu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bulk_actions.py" line="85"/>
        <source>%1 applications</source>
        <translation>Aplikacje: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bulk_actions.py" line="89"/>
        <source>Stage:</source>
        <translation>Etap:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bulk_actions.py" line="92"/>
        <source>(no rejection reason)</source>
        <translation>(bez powodu odrzucenia)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bulk_actions.py" line="95"/>
        <source>Rejection reason:</source>
        <translation>Powód odrzucenia:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bulk_actions.py" line="98"/>
        <source>Move %1</source>
        <translation>Przenieś: %1</translation>
    </message>
</context>
<context>
    <name>NewsDialog</name>
    <message>
        <location filename="../../desktop/ui/views/news.py" line="118"/>
        <source>New since you last looked</source>
        <extracomment>the number of news items changed</extracomment>
        <translation>Nowe od ostatniego przeglądania</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/news.py" line="122"/>
        <source>Since %1:</source>
        <translation>Od %1:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/news.py" line="132"/>
        <source>Nothing new.</source>
        <translation>Nic nowego.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/news.py" line="136"/>
        <source>Mark all as seen</source>
        <translation>Oznacz wszystko jako przejrzane</translation>
    </message>
</context>
<context>
    <name>PendingWrites</name>
    <message>
        <location filename="../../desktop/ui/actions/pending.py" line="40"/>
        <source>waiting to be sent</source>
        <translation>czeka na wysłanie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/pending.py" line="41"/>
        <source>being sent</source>
        <translation>w trakcie wysyłania</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/pending.py" line="42"/>
        <source>not confirmed yet</source>
        <translation>jeszcze niepotwierdzone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/pending.py" line="43"/>
        <source>refused</source>
        <translation>odrzucone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/pending.py" line="44"/>
        <source>sent</source>
        <translation>wysłane</translation>
    </message>
</context>
<context>
    <name>PendingWritesDialog</name>
    <message>
        <location filename="../../desktop/ui/actions/pending.py" line="64"/>
        <location filename="../../desktop/ui/actions/pending.py" line="77"/>
        <source>Pending writes</source>
        <translation>Oczekujące zmiany</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/pending.py" line="69"/>
        <source>Changes saved here that the ATS has not confirmed yet, and those it refused. Waiting ones are sent on their own when the ATS can be reached; refused ones wait for you.</source>
        <translation>Zmiany zapisane tutaj, których ATS jeszcze nie potwierdził, oraz te, które odrzucił. Oczekujące zostaną wysłane same, gdy ATS będzie osiągalny; odrzucone czekają na Ciebie.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/pending.py" line="80"/>
        <source>Saved</source>
        <translation>Zapisano</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/pending.py" line="81"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/pending.py" line="82"/>
        <source>Action</source>
        <translation>Akcja</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/pending.py" line="83"/>
        <source>About</source>
        <translation>Dotyczy</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/pending.py" line="84"/>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/pending.py" line="85"/>
        <source>Reason</source>
        <translation>Powód</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/pending.py" line="98"/>
        <source>Result</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/pending.py" line="101"/>
        <source>&amp;Send all now</source>
        <translation>&amp;Wyślij wszystko teraz</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/pending.py" line="103"/>
        <source>&amp;Retry</source>
        <translation>&amp;Ponów</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/pending.py" line="105"/>
        <source>&amp;Drop…</source>
        <translation>&amp;Odrzuć…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/pending.py" line="147"/>
        <source>Nothing is waiting: every change was sent.</source>
        <translation>Nic nie czeka: wszystkie zmiany zostały wysłane.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/pending.py" line="180"/>
        <source>Sending…</source>
        <translation>Wysyłanie…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/pending.py" line="184"/>
        <source>%1 sent, %2 still waiting or refused.</source>
        <translation>Wysłano %1, %2 nadal czeka lub odrzucono.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/pending.py" line="216"/>
        <source>Drop this write</source>
        <translation>Odrzuć zmianę</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/pending.py" line="217"/>
        <source>Drop this change? It is not sent, and it cannot be brought back.</source>
        <translation>Odrzucić tę zmianę? Nie zostanie wysłana i nie da się jej przywrócić.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/pending.py" line="211"/>
        <source>Dropped.</source>
        <translation>Odrzucono.</translation>
    </message>
</context>
<context>
    <name>Pipeline</name>
    <message>
        <location filename="../../desktop/ui/models.py" line="512"/>
        <source>move waiting to be sent</source>
        <extracomment>application ids whose move to this stage waits in the outbox appended to every card&apos;s tooltip: how to move it, or why it cannot be moved</extracomment>
        <translation>przeniesienie czeka na wysłanie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/pipeline.py" line="149"/>
        <source>Pending · new, not sent yet</source>
        <extracomment>Card ids of applications being created (waiting in the outbox): ``pending:&lt;outbox entry id&gt;``.</extracomment>
        <translation>Oczekuje · nowe, jeszcze niewysłane</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/pipeline.py" line="153"/>
        <source>Moved here · not sent yet</source>
        <translation>Przeniesiono tutaj · jeszcze niewysłane</translation>
    </message>
</context>
<context>
    <name>PipelineBoard</name>
    <message>
        <location filename="../../desktop/ui/views/pipeline.py" line="286"/>
        <source>Job:</source>
        <extracomment>model (&quot;applications&quot;), record id outbox entry id: the card of an application being created was chosen</extracomment>
        <translation>Oferta:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/pipeline.py" line="292"/>
        <source>Job whose pipeline is shown</source>
        <translation>Oferta, której lejek jest wyświetlany</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/pipeline.py" line="305"/>
        <source>Pipeline</source>
        <translation>Lejek</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/pipeline.py" line="317"/>
        <source>Undo the last move</source>
        <extracomment>application id -&gt; stage id of moves waiting in the outbox (shown in their new column) new applications waiting in the outbox (shown as cards of their job, badged pending) (application id, stage it left, stage it went to) of the last move made here</extracomment>
        <translation>Cofnij ostatnie przeniesienie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/pipeline.py" line="324"/>
        <source>Pick a job above, or double-click a job in the Jobs list.</source>
        <translation>Wybierz ofertę powyżej lub kliknij dwukrotnie ofertę na liście ofert.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/pipeline.py" line="382"/>
        <source>No jobs here yet.</source>
        <translation>Nie ma tu jeszcze ofert.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/pipeline.py" line="399"/>
        <source>Moving cards is not available.</source>
        <translation>Przenoszenie kart jest niedostępne.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/pipeline.py" line="416"/>
        <source>Drag the card to another stage to move the application there.</source>
        <translation>Przeciągnij kartę do innego etapu, aby przenieść tam aplikację.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/pipeline.py" line="418"/>
        <source>No stage</source>
        <translation>Bez etapu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/pipeline.py" line="429"/>
        <source>%1 applications in %2 stages</source>
        <translation>%1 aplikacji w %2 etapach</translation>
    </message>
</context>
<context>
    <name>PrivacyController</name>
    <message>
        <location filename="../../desktop/ui/privacy.py" line="47"/>
        <source>&amp;Privacy</source>
        <extracomment>The open confirmation or result box (tests and screenshots look at it).</extracomment>
        <translation>&amp;Prywatność</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/privacy.py" line="56"/>
        <source>&amp;Export what is held about a person…</source>
        <translation>&amp;Eksportuj dane przechowywane o osobie…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/privacy.py" line="59"/>
        <source>&amp;Forget a person by e-mail…</source>
        <translation>&amp;Zapomnij osobę po adresie e-mail…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/privacy.py" line="82"/>
        <source>Forget a person</source>
        <translation>Zapomnij osobę</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/privacy.py" line="83"/>
        <source>E-mail address (every account&apos;s records with it are forgotten):</source>
        <translation>Adres e-mail (rekordy ze wszystkich kont z tym adresem zostaną zapomniane):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/privacy.py" line="103"/>
        <location filename="../../desktop/ui/privacy.py" line="118"/>
        <source>Nobody found</source>
        <translation>Nikogo nie znaleziono</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/privacy.py" line="118"/>
        <source>That record is gone.</source>
        <translation>Tego rekordu już nie ma.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/privacy.py" line="121"/>
        <source>this person</source>
        <translation>tę osobę</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/privacy.py" line="124"/>
        <source>Forget this person</source>
        <translation>Zapomnij tę osobę</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/privacy.py" line="126"/>
        <source>Forget %1? This removes %2 from this computer: records, search entries and change history. It cannot be undone. Nothing changes in the ATS; if the vendor still has them, the next full sync brings them back and says so.</source>
        <translation>Zapomnieć %1? Z tego komputera zostanie usunięte: %2 — rekordy, wpisy wyszukiwania i historia zmian. Tego nie można cofnąć. W ATS nic się nie zmienia; jeśli dostawca nadal ma te dane, następna pełna synchronizacja je przywróci i poinformuje o tym.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/privacy.py" line="137"/>
        <source>Forget</source>
        <translation>Zapomnij</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/privacy.py" line="143"/>
        <source>Forget and delete at %1</source>
        <translation>Zapomnij i usuń w %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/privacy.py" line="150"/>
        <source>Also drop the %1 writes about them from the outbox</source>
        <translation>Usuń też z skrzynki nadawczej zapisy dotyczące tej osoby (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/privacy.py" line="175"/>
        <source>Deleting at the vendor…</source>
        <translation>Usuwanie u dostawcy…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/privacy.py" line="182"/>
        <source>%1: not deleted at %2 (%3).</source>
        <translation>%1: nie usunięto w %2 (%3).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/privacy.py" line="190"/>
        <source>Nothing was forgotten on this computer. The deletion waits in the outbox; once it is sent, forget them again.</source>
        <translation>Na tym komputerze niczego nie zapomniano. Usunięcie czeka w skrzynce nadawczej; gdy zostanie wysłane, zapomnij tę osobę ponownie.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/privacy.py" line="194"/>
        <source>Not deleted at the vendor</source>
        <translation>Nie usunięto u dostawcy</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/privacy.py" line="198"/>
        <source>%1: %2 offers no deletion through its API; delete them in the ATS itself.</source>
        <translation>%1: %2 nie oferuje usuwania przez API; usuń tę osobę bezpośrednio w ATS.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/privacy.py" line="219"/>
        <source>Forgotten: %1 records removed from this computer.</source>
        <translation>Zapomniano: usunięto z tego komputera rekordy (%1).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/privacy.py" line="223"/>
        <source>%1 writes about them dropped from the outbox.</source>
        <translation>Usunięto z skrzynki nadawczej zapisy dotyczące tej osoby (%1).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/privacy.py" line="229"/>
        <source>%1 writes about them were kept in the outbox.</source>
        <translation>Zapisy dotyczące tej osoby (%1) pozostały w skrzynce nadawczej.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/privacy.py" line="235"/>
        <source>Some writes about them are being sent right now: forget them again afterwards.</source>
        <translation>Niektóre zapisy dotyczące tej osoby są właśnie wysyłane: zapomnij ją ponownie później.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/privacy.py" line="239"/>
        <source>Their e-mail or name is still mentioned in: %1.</source>
        <translation>Jej adres e-mail lub nazwisko nadal występuje w: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/privacy.py" line="243"/>
        <source>Files you exported earlier are your own copies and were not touched.</source>
        <translation>Pliki wyeksportowane wcześniej są Twoimi kopiami i nie zostały zmienione.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/privacy.py" line="245"/>
        <source>Person forgotten</source>
        <translation>Osoba zapomniana</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/privacy.py" line="251"/>
        <source>Export what is held about a person</source>
        <translation>Eksportuj dane przechowywane o osobie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/privacy.py" line="252"/>
        <source>E-mail address of the person asking:</source>
        <translation>Adres e-mail osoby składającej wniosek:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/privacy.py" line="259"/>
        <source>Save the export as</source>
        <translation>Zapisz eksport jako</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/privacy.py" line="263"/>
        <source>Zip files (*.zip)</source>
        <translation>Pliki zip (*.zip)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/privacy.py" line="279"/>
        <source>Export failed</source>
        <translation>Eksport nie powiódł się</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/privacy.py" line="280"/>
        <source>Cannot write %1: %2. Pick a folder you can write to.</source>
        <translation>Nie można zapisać %1: %2. Wybierz folder z prawem zapisu.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/privacy.py" line="287"/>
        <source>Exported %1 records about them to %2.</source>
        <translation>Wyeksportowano rekordy dotyczące tej osoby (%1) do %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/privacy.py" line="297"/>
        <source>Forgotten people came back</source>
        <translation>Zapomniane osoby powróciły</translation>
    </message>
</context>
<context>
    <name>QuestionInput</name>
    <message>
        <location filename="../../desktop/ui/actions/screening.py" line="79"/>
        <source>Yes</source>
        <translation>Tak</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/screening.py" line="80"/>
        <source>No</source>
        <translation>Nie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/screening.py" line="108"/>
        <source>Answered with the attachments.</source>
        <translation>Odpowiedź w załącznikach.</translation>
    </message>
</context>
<context>
    <name>RecordListView</name>
    <message>
        <location filename="../../desktop/ui/views/record_list.py" line="68"/>
        <location filename="../../desktop/ui/views/record_list.py" line="169"/>
        <source>Filter %1… (Ctrl+F)</source>
        <extracomment>model, record id: the current row changed model, record id: a row was double-clicked or Enter pressed outbox entry id: a record being created was activated (show the pending writes) &quot;Export…&quot; was pressed: the window asks where and writes the list as shown conditions of the saved search shown (cleared when the filter text is edited by hand)</extracomment>
        <translation>Filtruj: %1… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/record_list.py" line="69"/>
        <source>Filter %1</source>
        <translation>Filtruj: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/record_list.py" line="74"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/record_list.py" line="75"/>
        <source>Only the records of this account</source>
        <translation>Tylko rekordy tego konta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/record_list.py" line="76"/>
        <location filename="../../desktop/ui/views/record_list.py" line="191"/>
        <source>All accounts</source>
        <translation>Wszystkie konta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/record_list.py" line="79"/>
        <source>Show deleted</source>
        <translation>Pokaż usunięte</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/record_list.py" line="80"/>
        <source>Also list records the vendor no longer returns</source>
        <translation>Pokaż też rekordy, których dostawca już nie zwraca</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/record_list.py" line="83"/>
        <source>Number of records</source>
        <translation>Liczba rekordów</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/record_list.py" line="85"/>
        <source>Export…</source>
        <translation>Eksportuj…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/record_list.py" line="88"/>
        <source>Save this list as shown (columns, filter, order) as CSV or XLSX</source>
        <translation>Zapisz tę listę tak, jak jest wyświetlana (kolumny, filtr, kolejność), jako CSV lub XLSX</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/record_list.py" line="96"/>
        <source>%1 being created</source>
        <translation>%1 w trakcie tworzenia</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/record_list.py" line="97"/>
        <source>Created here, waiting to be sent to the ATS</source>
        <translation>Utworzone tutaj, czeka na wysłanie do ATS</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/record_list.py" line="162"/>
        <source>Saved search: %1</source>
        <translation>Zapisane wyszukiwanie: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/record_list.py" line="289"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n rekord</numerusform>
            <numerusform>%n rekordy</numerusform>
            <numerusform>%n rekordów</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <location filename="../../desktop/ui/models.py" line="379"/>
        <source>Details are still loading</source>
        <extracomment>The text of a write waiting in the outbox for this record (&quot;&quot; or None: nothing waits). True when the record&apos;s details are still being read (progressive sync, phase 2). How a pipeline card travels in a drag: its application id and the stage it leaves. (total, None) when only the count is re-read, else (total, (rows asked for, rows)) which of these record ids&apos; details are still loading, read on the connection given Loaded rows beyond which ``refresh`` only updates the count. Emitted after every (re)load with the number of rows in scope. Emitted when a refresh read beside the window has been applied (and none is pending). (generation, future) from the reader&apos;s thread; queued to the model&apos;s thread record id -&gt; what waits in the outbox for it (shown as a mark and a tooltip) ids of records whose details are still loading (listed, not yet enriched) bumped whenever the loaded rows change here, so a refresh read before it is not applied</extracomment>
        <translation>Szczegóły wciąż się wczytują</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models.py" line="382"/>
        <source>Deleted at the vendor on %1</source>
        <translation>Usunięty u dostawcy %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models.py" line="419"/>
        <source>This list does not sort by this column (it would be slow on large lists).</source>
        <translation>Ta lista nie sortuje według tej kolumny (przy dużych listach byłoby to wolne).</translation>
    </message>
</context>
<context>
    <name>RowsEditor</name>
    <message>
        <location filename="../../desktop/ui/actions/fields.py" line="304"/>
        <source>+ Add</source>
        <translation>+ Dodaj</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/fields.py" line="306"/>
        <source>Add a row to %1</source>
        <translation>Dodaj wiersz do %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/fields.py" line="331"/>
        <location filename="../../desktop/ui/actions/fields.py" line="332"/>
        <source>Remove this row</source>
        <translation>Usuń ten wiersz</translation>
    </message>
</context>
<context>
    <name>SavedSearchFlow</name>
    <message>
        <location filename="../../desktop/ui/saved_search_flow.py" line="55"/>
        <source>Open a list and filter it first; then save the search.</source>
        <extracomment>the user&apos;s own searches, as last loaded or saved</extracomment>
        <translation>Najpierw otwórz i przefiltruj listę, a potem zapisz wyszukiwanie.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/saved_search_flow.py" line="61"/>
        <source>Save search</source>
        <translation>Zapisz wyszukiwanie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/saved_search_flow.py" line="61"/>
        <source>Name of this search:</source>
        <translation>Nazwa tego wyszukiwania:</translation>
    </message>
</context>
<context>
    <name>SavedSearches</name>
    <message>
        <location filename="../../desktop/ui/views/sidebar.py" line="47"/>
        <source>Applied this week</source>
        <translation>Aplikowali w tym tygodniu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/sidebar.py" line="49"/>
        <source>In a stage for more than %1 days</source>
        <translation>Dłużej niż %1 dni w jednym etapie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/sidebar.py" line="52"/>
        <source>Due for review</source>
        <translation>Do przeglądu</translation>
    </message>
</context>
<context>
    <name>ScreeningEditor</name>
    <message>
        <location filename="../../desktop/ui/actions/screening.py" line="171"/>
        <location filename="../../desktop/ui/actions/screening.py" line="216"/>
        <source>Pick a job to answer its screening questions.</source>
        <translation>Wybierz ofertę, aby odpowiedzieć na jej pytania wstępne.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/screening.py" line="202"/>
        <source>required</source>
        <extracomment>The question ids in the order of the last ``value()``: problems name answers by index.</extracomment>
        <translation>wymagane</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/screening.py" line="210"/>
        <source>This job asks no screening questions.</source>
        <translation>Ta oferta nie zadaje pytań wstępnych.</translation>
    </message>
</context>
<context>
    <name>SearchPopup</name>
    <message>
        <location filename="../../desktop/ui/views/search_popup.py" line="98"/>
        <source>also in %1</source>
        <translation>także w: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/search_popup.py" line="140"/>
        <source>Search candidates, jobs, applications, users in all accounts…</source>
        <extracomment>model, record id candidate id: &quot;Forget this person…&quot; was picked in a result&apos;s context menu</extracomment>
        <translation>Szukaj kandydatów, ofert, aplikacji, użytkowników we wszystkich kontach…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/search_popup.py" line="142"/>
        <source>Search everything</source>
        <translation>Szukaj wszędzie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/search_popup.py" line="147"/>
        <source>Search status</source>
        <translation>Stan wyszukiwania</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/search_popup.py" line="152"/>
        <source>Search results</source>
        <translation>Wyniki wyszukiwania</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/search_popup.py" line="190"/>
        <location filename="../../desktop/ui/views/search_popup.py" line="222"/>
        <source>Type a name, e-mail, phone number, company or job.</source>
        <translation>Wpisz imię i nazwisko, e-mail, numer telefonu, firmę lub ofertę.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/search_popup.py" line="214"/>
        <source>%1 best matches</source>
        <translation>%1 najlepszych wyników</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/search_popup.py" line="216"/>
        <source>%1 matches</source>
        <translation>Wyniki: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/search_popup.py" line="220"/>
        <source>No matches.</source>
        <translation>Brak wyników.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/search_popup.py" line="248"/>
        <source>Open</source>
        <translation>Otwórz</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/search_popup.py" line="249"/>
        <source>Forget this person…</source>
        <translation>Zapomnij tę osobę…</translation>
    </message>
</context>
<context>
    <name>StageColumnWidget</name>
    <message>
        <location filename="../../desktop/ui/views/pipeline.py" line="234"/>
        <source>Stage %1</source>
        <extracomment>application id, the stage it comes from (None: no stage) outbox entry id of a pending new application&apos;s card</extracomment>
        <translation>Etap %1</translation>
    </message>
</context>
<context>
    <name>StatusArea</name>
    <message>
        <location filename="../../desktop/ui/views/status.py" line="116"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/status.py" line="127"/>
        <source>Pending writes</source>
        <translation>Oczekujące zmiany</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/status.py" line="131"/>
        <source>Network state</source>
        <translation>Stan sieci</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/status.py" line="139"/>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/status.py" line="139"/>
        <source>Demo mode: built-in sandboxes, nothing is real</source>
        <translation>Tryb demo: wbudowane piaskownice, nic nie jest prawdziwe</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/status.py" line="174"/>
        <source>Another member of the team syncs this account; this computer pulls what it publishes.</source>
        <translation>Inny członek zespołu synchronizuje to konto; ten komputer pobiera to, co publikuje.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/status.py" line="181"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/status.py" line="181"/>
        <source>No network: browsing the cache; syncs and writes wait.</source>
        <translation>Brak sieci: przeglądasz pamięć podręczną; synchronizacje i zmiany czekają.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/status.py" line="189"/>
        <source>%n pending write(s)</source>
        <translation>
            <numerusform>%n oczekująca zmiana</numerusform>
            <numerusform>%n oczekujące zmiany</numerusform>
            <numerusform>%n oczekujących zmian</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/status.py" line="190"/>
        <source>Changes waiting to be sent to the ATS.</source>
        <translation>Zmiany czekające na wysłanie do ATS.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/status.py" line="192"/>
        <source>%n failed write(s)</source>
        <translation>
            <numerusform>%n nieudana zmiana</numerusform>
            <numerusform>%n nieudane zmiany</numerusform>
            <numerusform>%n nieudanych zmian</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/status.py" line="193"/>
        <source>Changes the ATS refused: open them to fix and resend.</source>
        <translation>Zmiany odrzucone przez ATS: otwórz je, popraw i wyślij ponownie.</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../../desktop/ui/sync_controller.py" line="371"/>
        <source>%1 synced: %2 records read.</source>
        <extracomment>Read every listed item&apos;s details again, changed or not (``sync --refresh-details``). The account has progressive streams: its sync runs in two phases (lists, then details). 1 while lists are read; 2 once details are read. Progressive streams whose lists are stored (phase 1 over for them), and streams at their end. Phase 2 per stream: details read, still to read, estimated seconds left. The worker process running this sync (None: not started yet, or on the fallback thread). Team mode: the team server&apos;s URL with its password (None: the embedded cache alone). Team mode, once synced: publishing to the team stopped with this error (the sync is saved here). account id account id (read ``runs[account_id]`` for the figures) account id, ok, a one-line summary the cache has new data (throttled while syncing; once more at the end) Seconds between ``cacheChanged`` while a sync writes: views re-read at most this often. Syncs run in a worker process (``desktop.sync.process``); False: on the window&apos;s sync thread. Per account: what to tell the user about forgotten people the last sync brought back (issue 15.2). Accounts another member syncs (team mode), followed until they are done.</extracomment>
        <translation>Zsynchronizowano %1: odczytano %2 rekordów.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_controller.py" line="373"/>
        <source>%1: %2 of %3 parts failed; the rest is saved. %4</source>
        <translation>%1: %2 z %3 części nie powiodło się; reszta została zapisana. %4</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_controller.py" line="381"/>
        <source>Publishing it to the team stopped (%1); the rest goes out with the next sync.</source>
        <translation>Publikowanie dla zespołu zatrzymane (%1); reszta pójdzie z następną synchronizacją.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_controller.py" line="385"/>
        <source>%1: sync cancelled; the next sync resumes where it stopped.</source>
        <translation>%1: synchronizację anulowano; następna wznowi od miejsca przerwania.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_controller.py" line="393"/>
        <source>%1 is being synced by %2; pulled %3 changes from the team server.</source>
        <translation>%1 synchronizuje %2; pobrano %3 zmian z serwera zespołu.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_controller.py" line="395"/>
        <source>another member</source>
        <translation>inny członek</translation>
    </message>
</context>
<context>
    <name>TeamDialog</name>
    <message>
        <location filename="../../desktop/ui/team_dialog.py" line="46"/>
        <source>Team server</source>
        <extracomment>connected to a team server, or disconnected: the window listens to the new one (or to none)</extracomment>
        <translation>Serwer zespołu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_dialog.py" line="53"/>
        <source>A team shares one cache on a PostgreSQL server it already runs: one member syncs each account, everyone sees the records and the writes waiting. Without a team server the app keeps its cache on this computer only.</source>
        <translation>Zespół dzieli jedną pamięć podręczną na serwerze PostgreSQL, który już utrzymuje: jeden członek synchronizuje każde konto, wszyscy widzą rekordy i oczekujące zapisy. Bez serwera zespołu aplikacja trzyma pamięć podręczną tylko na tym komputerze.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_dialog.py" line="70"/>
        <source>Server address</source>
        <translation>Adres serwera</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_dialog.py" line="71"/>
        <source>Server &amp;address:</source>
        <translation>&amp;Adres serwera:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_dialog.py" line="77"/>
        <source>kept in the system keyring, never in a file</source>
        <translation>przechowywane w pęku kluczy systemu, nigdy w pliku</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_dialog.py" line="78"/>
        <source>Password</source>
        <translation>Hasło</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_dialog.py" line="79"/>
        <source>&amp;Password:</source>
        <translation>&amp;Hasło:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_dialog.py" line="82"/>
        <source>Allow a server on another computer without TLS</source>
        <translation>Zezwól na serwer na innym komputerze bez TLS</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_dialog.py" line="86"/>
        <source>Candidates&apos; data would cross the network unencrypted. Only for a server on a network you trust; otherwise add sslmode=require to the address.</source>
        <translation>Dane kandydatów przechodziłyby przez sieć bez szyfrowania. Tylko dla serwera w zaufanej sieci; w przeciwnym razie dodaj sslmode=require do adresu.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_dialog.py" line="92"/>
        <source>On disconnecting, take back the writes still waiting in the team&apos;s outbox</source>
        <translation>Przy rozłączaniu zabierz z powrotem zapisy, które wciąż czekają w skrzynce nadawczej zespołu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_dialog.py" line="97"/>
        <source>Unticked, they are left with the team: a teammate sends them, and this computer never sends them itself (that could do them twice). Ticked, those nobody has started sending come back to this computer&apos;s outbox and are sent from here.</source>
        <translation>Bez zaznaczenia zostają przy zespole: wyśle je ktoś z zespołu, a ten komputer nigdy nie wyśle ich sam (mogłyby trafić dwa razy). Po zaznaczeniu te, których nikt jeszcze nie zaczął wysyłać, wracają do skrzynki nadawczej tego komputera i są wysyłane stąd.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_dialog.py" line="113"/>
        <source>&amp;Connect</source>
        <translation>&amp;Połącz</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_dialog.py" line="116"/>
        <location filename="../../desktop/ui/team_dialog.py" line="225"/>
        <source>&amp;Disconnect</source>
        <translation>&amp;Rozłącz</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_dialog.py" line="147"/>
        <source>Not connected: the app uses its embedded cache on this computer.</source>
        <extracomment>The server did not answer the last disconnect: the next click disconnects anyway (forced).</extracomment>
        <translation>Brak połączenia: aplikacja używa wbudowanej pamięci podręcznej na tym komputerze.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_dialog.py" line="152"/>
        <source>Connected to %1 as member %2.</source>
        <translation>Połączono z %1 jako członek %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_dialog.py" line="156"/>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_dialog.py" line="156"/>
        <source>no TLS</source>
        <translation>bez TLS</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_dialog.py" line="157"/>
        <source>Logged in as %1 (%2); the team database is at schema %3.</source>
        <translation>Zalogowano jako %1 (%2); baza zespołu ma schemat %3.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_dialog.py" line="173"/>
        <source>Asking the server…</source>
        <translation>Pytanie serwera…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_dialog.py" line="187"/>
        <source>Enter the server&apos;s address, e.g. %1</source>
        <translation>Wpisz adres serwera, np. %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_dialog.py" line="192"/>
        <source>Connecting, logging in and bringing the team database up to date…</source>
        <translation>Łączenie, logowanie i aktualizacja bazy zespołu…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_dialog.py" line="206"/>
        <source>tick &quot;%1&quot;</source>
        <translation>zaznacz „%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_dialog.py" line="212"/>
        <source>Connected.</source>
        <translation>Połączono.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_dialog.py" line="232"/>
        <source>Disconnect &amp;anyway</source>
        <translation>Mimo to &amp;rozłącz</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_dialog.py" line="234"/>
        <source>Still connected: writes handed over to the team&apos;s outbox are settled with the server first (a teammate may send them, or may have). Click &quot;Disconnect anyway&quot; to go now: they are then kept on this computer unsent.</source>
        <translation>Nadal połączono: zapisy przekazane do skrzynki nadawczej zespołu są najpierw uzgadniane z serwerem (ktoś z zespołu może je wysłać albo już wysłał). Kliknij „Mimo to rozłącz”, aby rozłączyć teraz: zostaną wtedy na tym komputerze niewysłane.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_dialog.py" line="248"/>
        <source>Disconnected from %1; the team database was left as it is.</source>
        <translation>Rozłączono z %1; baza zespołu pozostała bez zmian.</translation>
    </message>
</context>
<context>
    <name>TeamWatch</name>
    <message>
        <location filename="../../desktop/ui/team_watch.py" line="99"/>
        <source>Synced by %1, %2 %</source>
        <extracomment>account id: another member started or stopped syncing it, or its percent moved account id, a one-line summary: the other member&apos;s sync ended and its last rounds are pulled the cache has rows pulled from the team server account id, rows: a pull after a notification wrote rows (an account new here included) the team server answers (True) or went away (False, what is wrong): said once per change Seconds between looks at an account another member syncs. Per account, ``time.monotonic()`` when its last pull after a notification ended (tests, bench).</extracomment>
        <translation>Synchronizuje %1, %2 %</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_watch.py" line="103"/>
        <source>another member</source>
        <translation>inny członek</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_watch.py" line="220"/>
        <source>%1: the team&apos;s sync ended; pulled %2 changes from the team server.</source>
        <translation>%1: synchronizacja zespołu zakończona; pobrano %2 zmian z serwera zespołu.</translation>
    </message>
</context>
<context>
    <name>Time</name>
    <message>
        <location filename="../../desktop/ui/formatting.py" line="51"/>
        <source>just now</source>
        <translation>przed chwilą</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/formatting.py" line="53"/>
        <source>%1 min ago</source>
        <translation>%1 min temu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/formatting.py" line="57"/>
        <source>today %1</source>
        <translation>dziś %1</translation>
    </message>
</context>
<context>
    <name>box</name>
    <message>
        <location filename="../../desktop/ui/damaged.py" line="70"/>
        <source>The keyring is locked</source>
        <translation>Pęk kluczy jest zablokowany</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/damaged.py" line="71"/>
        <source>The cache&apos;s key is kept there. Unlock it, then try again.</source>
        <translation>Przechowywany jest tam klucz pamięci podręcznej. Odblokuj go i spróbuj ponownie.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/damaged.py" line="72"/>
        <source>Try again</source>
        <translation>Spróbuj ponownie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/damaged.py" line="73"/>
        <source>Quit</source>
        <translation>Zakończ</translation>
    </message>
</context>
<context>
    <name>status</name>
    <message>
        <location filename="../../desktop/ui/views/status.py" line="84"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/status.py" line="87"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/status.py" line="89"/>
        <source>%1 h %2 min</source>
        <translation>%1 godz. %2 min</translation>
    </message>
</context>
</TS>
