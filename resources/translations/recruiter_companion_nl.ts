<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../../desktop/ui/account_dialog.py" line="69"/>
        <source>Edit account</source>
        <extracomment>the AccountInfo saved ok, message (after &quot;Test connection&quot;)</extracomment>
        <translation>Account bewerken</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialog.py" line="69"/>
        <source>Connect an ATS account</source>
        <translation>ATS-account koppelen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialog.py" line="81"/>
        <source>ATS</source>
        <translation>ATS</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialog.py" line="84"/>
        <source>&amp;ATS:</source>
        <translation>&amp;ATS:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialog.py" line="88"/>
        <source>Account name</source>
        <translation>Accountnaam</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialog.py" line="89"/>
        <source>e.g. Acme Germany</source>
        <translation>bijv. Acme Nederland</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialog.py" line="90"/>
        <source>Account &amp;name:</source>
        <translation>Account&amp;naam:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialog.py" line="99"/>
        <source>Sync only applications created in this app (and their candidates)</source>
        <translation>Alleen sollicitaties synchroniseren die in deze app zijn aangemaakt (en hun kandidaten)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialog.py" line="104"/>
        <source>&amp;Test connection</source>
        <translation>Verbinding &amp;testen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialog.py" line="105"/>
        <source>Test connection</source>
        <translation>Verbinding testen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialog.py" line="114"/>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialog.py" line="120"/>
        <source>Connection guide</source>
        <translation>Koppelingshandleiding</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialog.py" line="167"/>
        <source>unchanged (kept in the keyring)</source>
        <translation>ongewijzigd (bewaard in de sleutelhanger)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialog.py" line="190"/>
        <source>Connecting %1</source>
        <translation>%1 koppelen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialog.py" line="191"/>
        <source>You need</source>
        <translation>U hebt nodig</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialog.py" line="192"/>
        <source>Creating the credentials</source>
        <translation>De inloggegevens aanmaken</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialog.py" line="193"/>
        <source>Secret fields are stored in your system keyring, never in files.</source>
        <translation>Geheime velden worden in de sleutelhanger van het systeem bewaard, nooit in bestanden.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialog.py" line="228"/>
        <source>Testing the connection…</source>
        <translation>Verbinding wordt getest…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialog.py" line="254"/>
        <source>Connection works: %1 accepted these credentials.</source>
        <translation>Verbinding werkt: %1 heeft deze inloggegevens geaccepteerd.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialog.py" line="263"/>
        <source>No answer within %1 seconds. Check the address and your network.</source>
        <translation>Geen antwoord binnen %1 seconden. Controleer het adres en uw netwerk.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialog.py" line="286"/>
        <source>Give the account a name.</source>
        <translation>Geef het account een naam.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialog.py" line="290"/>
        <source>Saving…</source>
        <translation>Opslaan…</translation>
    </message>
</context>
<context>
    <name>AccountSyncWidget</name>
    <message>
        <location filename="../../desktop/ui/views/status.py" line="29"/>
        <source>Sync progress of %1</source>
        <translation>Synchronisatievoortgang van %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/status.py" line="34"/>
        <source>Cancel this sync; the next one resumes where it stopped</source>
        <translation>Deze synchronisatie annuleren; de volgende gaat verder waar deze stopte</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/status.py" line="35"/>
        <source>Cancel sync of %1</source>
        <translation>Synchronisatie van %1 annuleren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/status.py" line="43"/>
        <source>starting</source>
        <translation>bezig met starten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/status.py" line="45"/>
        <source>%1: %2 · %3 records</source>
        <translation>%1: %2 · %3 records</translation>
    </message>
</context>
<context>
    <name>AccountsSidebar</name>
    <message>
        <location filename="../../desktop/ui/views/sidebar.py" line="56"/>
        <location filename="../../desktop/ui/views/sidebar.py" line="72"/>
        <source>Accounts</source>
        <extracomment>account ids to show, or None for all accounts account id, full</extracomment>
        <translation>Accounts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/sidebar.py" line="65"/>
        <source>Connect an ATS account (Ctrl+N)</source>
        <translation>ATS-account koppelen (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/sidebar.py" line="66"/>
        <source>Add account</source>
        <translation>Account toevoegen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/sidebar.py" line="94"/>
        <source>All accounts</source>
        <translation>Alle accounts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/sidebar.py" line="116"/>
        <source>syncing…</source>
        <translation>synchroniseert…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/sidebar.py" line="118"/>
        <source>needs attention</source>
        <translation>vraagt aandacht</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/sidebar.py" line="121"/>
        <source>synced %1</source>
        <translation>gesynchroniseerd %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/sidebar.py" line="125"/>
        <source>not synced yet</source>
        <translation>nog niet gesynchroniseerd</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/sidebar.py" line="157"/>
        <source>Sync now</source>
        <translation>Nu synchroniseren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/sidebar.py" line="161"/>
        <source>Full sync (re-read everything)</source>
        <translation>Volledig synchroniseren (alles opnieuw lezen)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/sidebar.py" line="165"/>
        <source>Cancel sync</source>
        <translation>Synchronisatie annuleren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/sidebar.py" line="169"/>
        <source>Edit account…</source>
        <translation>Account bewerken…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/sidebar.py" line="172"/>
        <source>Remove account…</source>
        <translation>Account verwijderen…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/sidebar.py" line="184"/>
        <source>Add account…</source>
        <translation>Account toevoegen…</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../desktop/ui/views/detail.py" line="154"/>
        <source>Record details</source>
        <extracomment>Columns not shown among the fields (bookkeeping, shown elsewhere, or too long for a field row). model, record id: a related record&apos;s link was followed job id: &quot;open pipeline&quot; was clicked</extracomment>
        <translation>Details van het record</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/detail.py" line="158"/>
        <source>Fields and related records</source>
        <translation>Velden en gekoppelde records</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/detail.py" line="162"/>
        <location filename="../../desktop/ui/views/detail.py" line="173"/>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/detail.py" line="164"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/detail.py" line="164"/>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/detail.py" line="164"/>
        <source>Before</source>
        <translation>Voor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/detail.py" line="164"/>
        <source>After</source>
        <translation>Na</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/detail.py" line="166"/>
        <location filename="../../desktop/ui/views/detail.py" line="174"/>
        <source>Changes</source>
        <translation>Wijzigingen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/detail.py" line="169"/>
        <location filename="../../desktop/ui/views/detail.py" line="175"/>
        <source>Vendor data</source>
        <translation>Gegevens van de leverancier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/detail.py" line="172"/>
        <source>Overview</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/detail.py" line="207"/>
        <source>Nothing selected</source>
        <translation>Niets geselecteerd</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/detail.py" line="208"/>
        <source>Pick a record in a list, or search with Ctrl+K.</source>
        <translation>Kies een record in een lijst, of zoek met Ctrl+K.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/detail.py" line="220"/>
        <source>This record is no longer in the cache.</source>
        <translation>Dit record staat niet meer in de cache.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/detail.py" line="229"/>
        <source>Deleted at the vendor on %1. Kept here for reference.</source>
        <translation>Bij de leverancier verwijderd op %1. Hier bewaard ter referentie.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/detail.py" line="239"/>
        <source>No description.</source>
        <translation>Geen omschrijving.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/detail.py" line="249"/>
        <source>The vendor sent no raw data for this record.</source>
        <translation>De leverancier stuurde geen ruwe gegevens voor dit record.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/detail.py" line="281"/>
        <source>Open pipeline →</source>
        <translation>Pijplijn openen →</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/detail.py" line="306"/>
        <source>Vendor id %1 · %2 · changed in the cache %3</source>
        <translation>Leveranciers-id %1 · %2 · gewijzigd in de cache %3</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/detail.py" line="345"/>
        <source>No changes seen since this record was first synced.</source>
        <translation>Geen wijzigingen gezien sinds dit record voor het eerst werd gesynchroniseerd.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../desktop/ui/labels.py" line="14"/>
        <source>Jobs</source>
        <translation>Vacatures</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="15"/>
        <source>Candidates</source>
        <translation>Kandidaten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="16"/>
        <location filename="../../desktop/ui/labels.py" line="52"/>
        <location filename="../../desktop/ui/labels.py" line="73"/>
        <source>Applications</source>
        <translation>Sollicitaties</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="17"/>
        <location filename="../../desktop/ui/labels.py" line="74"/>
        <source>Interviews</source>
        <translation>Gesprekken</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="18"/>
        <location filename="../../desktop/ui/labels.py" line="75"/>
        <source>Offers</source>
        <translation>Aanbiedingen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="19"/>
        <source>Users</source>
        <translation>Gebruikers</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="20"/>
        <source>Job postings</source>
        <translation>Vacatureteksten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="21"/>
        <source>Stages</source>
        <translation>Fasen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="22"/>
        <location filename="../../desktop/ui/labels.py" line="76"/>
        <source>Tags</source>
        <translation>Labels</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="23"/>
        <location filename="../../desktop/ui/labels.py" line="80"/>
        <source>Screening questions</source>
        <translation>Screeningvragen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="24"/>
        <source>Pipeline</source>
        <translation>Pijplijn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="31"/>
        <location filename="../../desktop/ui/labels.py" line="62"/>
        <location filename="../../desktop/ui/labels.py" line="130"/>
        <source>Job</source>
        <translation>Vacature</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="32"/>
        <location filename="../../desktop/ui/labels.py" line="61"/>
        <location filename="../../desktop/ui/labels.py" line="131"/>
        <source>Candidate</source>
        <translation>Kandidaat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="33"/>
        <location filename="../../desktop/ui/labels.py" line="132"/>
        <source>Application</source>
        <translation>Sollicitatie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="34"/>
        <source>Interview</source>
        <translation>Gesprek</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="35"/>
        <source>Offer</source>
        <translation>Aanbieding</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="36"/>
        <source>User</source>
        <translation>Gebruiker</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="37"/>
        <source>Job posting</source>
        <translation>Vacaturetekst</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="38"/>
        <location filename="../../desktop/ui/labels.py" line="63"/>
        <location filename="../../desktop/ui/labels.py" line="129"/>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="39"/>
        <source>Tag</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="40"/>
        <source>Screening question</source>
        <translation>Screeningvraag</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="47"/>
        <location filename="../../desktop/ui/labels.py" line="91"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="48"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="49"/>
        <location filename="../../desktop/ui/labels.py" line="106"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="50"/>
        <location filename="../../desktop/ui/labels.py" line="109"/>
        <source>Department</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="51"/>
        <source>City</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="53"/>
        <location filename="../../desktop/ui/labels.py" line="113"/>
        <source>Opened</source>
        <translation>Geopend</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="54"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="55"/>
        <location filename="../../desktop/ui/labels.py" line="97"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="56"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="57"/>
        <location filename="../../desktop/ui/labels.py" line="94"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="58"/>
        <location filename="../../desktop/ui/labels.py" line="95"/>
        <source>Company</source>
        <translation>Bedrijf</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="59"/>
        <source>Updated</source>
        <translation>Bijgewerkt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="60"/>
        <source>Created</source>
        <translation>Aangemaakt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="64"/>
        <location filename="../../desktop/ui/labels.py" line="126"/>
        <source>Outcome</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="65"/>
        <location filename="../../desktop/ui/labels.py" line="133"/>
        <source>Starts</source>
        <translation>Begint</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="66"/>
        <location filename="../../desktop/ui/labels.py" line="135"/>
        <source>Canceled</source>
        <translation>Geannuleerd</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="77"/>
        <source>Applications by stage</source>
        <translation>Sollicitaties per fase</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="78"/>
        <source>Hiring team</source>
        <translation>Wervingsteam</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="79"/>
        <source>Postings</source>
        <translation>Vacatureteksten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="81"/>
        <location filename="../../desktop/ui/labels.py" line="117"/>
        <source>Contact</source>
        <translation>Contactpersoon</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="82"/>
        <source>Belongs to</source>
        <translation>Hoort bij</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="83"/>
        <source>Interviewers</source>
        <translation>Interviewers</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="84"/>
        <source>Hiring team of</source>
        <translation>Wervingsteam van</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="92"/>
        <source>First name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="93"/>
        <source>Last name</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="96"/>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="98"/>
        <source>E-mail addresses</source>
        <translation>E-mailadressen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="99"/>
        <source>Phone numbers</source>
        <translation>Telefoonnummers</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="100"/>
        <source>Social media</source>
        <translation>Sociale media</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="101"/>
        <source>Location</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="102"/>
        <source>Custom fields</source>
        <translation>Aangepaste velden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="103"/>
        <source>Job code</source>
        <translation>Vacaturecode</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="104"/>
        <location filename="../../desktop/ui/labels.py" line="139"/>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="105"/>
        <source>Employment type</source>
        <translation>Dienstverband</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="107"/>
        <source>Visibility</source>
        <translation>Zichtbaarheid</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="108"/>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="110"/>
        <source>Public link</source>
        <translation>Openbare link</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="111"/>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="112"/>
        <source>Experience level</source>
        <translation>Ervaringsniveau</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="114"/>
        <source>Closed</source>
        <translation>Gesloten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="115"/>
        <source>Created at vendor</source>
        <translation>Aangemaakt bij leverancier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="116"/>
        <source>Updated at vendor</source>
        <translation>Bijgewerkt bij leverancier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="118"/>
        <source>Confidential</source>
        <translation>Vertrouwelijk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="119"/>
        <source>Weekly hours</source>
        <translation>Uren per week</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="120"/>
        <source>Remote work</source>
        <translation>Thuiswerken</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="121"/>
        <source>Salary</source>
        <translation>Salaris</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="122"/>
        <source>Salary from</source>
        <translation>Salaris vanaf</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="123"/>
        <source>Salary to</source>
        <translation>Salaris tot</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="124"/>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="125"/>
        <source>Salary period</source>
        <translation>Salarisperiode</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="127"/>
        <source>Rejection reason</source>
        <translation>Reden van afwijzing</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="128"/>
        <source>Rejected</source>
        <translation>Afgewezen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="134"/>
        <source>Ends</source>
        <translation>Eindigt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="136"/>
        <source>Vendor id</source>
        <translation>Leveranciers-id</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="137"/>
        <source>Changed in cache</source>
        <translation>Gewijzigd in de cache</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="138"/>
        <source>Deleted at vendor</source>
        <translation>Verwijderd bij leverancier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="140"/>
        <source>Position</source>
        <translation>Positie</translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <location filename="../../desktop/ui/menus.py" line="29"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="30"/>
        <source>&amp;Add account…</source>
        <translation>Account &amp;toevoegen…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="33"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="35"/>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="36"/>
        <source>&amp;Search everything…</source>
        <translation>Alles &amp;doorzoeken…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="39"/>
        <source>&amp;Filter this list</source>
        <translation>Deze lijst &amp;filteren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="43"/>
        <source>Show &amp;deleted records</source>
        <translation>Verwij&amp;derde records tonen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="58"/>
        <source>&amp;Theme</source>
        <translation>&amp;Thema</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="61"/>
        <source>Follow the system</source>
        <translation>Systeem volgen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="62"/>
        <source>Light</source>
        <translation>Licht</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="63"/>
        <source>Dark</source>
        <translation>Donker</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="66"/>
        <source>&amp;Language</source>
        <translation>T&amp;aal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="69"/>
        <source>System language</source>
        <translation>Systeemtaal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="72"/>
        <source>&amp;Sync</source>
        <translation>&amp;Synchroniseren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="74"/>
        <source>Sync &amp;all accounts</source>
        <translation>&amp;Alle accounts synchroniseren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="78"/>
        <source>&amp;Full sync of all accounts</source>
        <translation>&amp;Volledige synchronisatie van alle accounts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="82"/>
        <source>&amp;Cancel all syncs</source>
        <translation>Alle synchronisaties a&amp;nnuleren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="85"/>
        <source>Sync &amp;automatically</source>
        <translation>A&amp;utomatisch synchroniseren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="92"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="94"/>
        <source>&amp;Copy diagnostics</source>
        <translation>&amp;Diagnose kopiëren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="96"/>
        <source>Open &amp;log folder</source>
        <translation>&amp;Logmap openen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="98"/>
        <source>&amp;About Recruiter Companion</source>
        <translation>&amp;Over Recruiter Companion</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="122"/>
        <source>Off</source>
        <translation>Uit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="124"/>
        <source>Every %1 minutes</source>
        <translation>Elke %1 minuten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="126"/>
        <source>Every hour</source>
        <translation>Elk uur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="127"/>
        <source>Every %1 hours</source>
        <translation>Elke %1 uur</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/app.py" line="107"/>
        <source>Starting the demo sandboxes…</source>
        <translation>Demo-sandboxen worden gestart…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="76"/>
        <source>Record views</source>
        <extracomment>Tabs in order; &quot;pipeline&quot; is the per-job board, the others are record lists. the user asked to close; the app shuts down and then calls ``finish_close``</extracomment>
        <translation>Weergaven</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="121"/>
        <source>Welcome to Recruiter Companion</source>
        <translation>Welkom bij Recruiter Companion</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="130"/>
        <source>Connect an ATS account once: everything is synced to this computer, searchable and readable offline.
To look around first, start the app with --demo.</source>
        <translation>Koppel eenmalig een ATS-account: alles wordt naar deze computer gesynchroniseerd, is doorzoekbaar en offline leesbaar.
Om eerst rond te kijken, start u de app met --demo.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="137"/>
        <source>Connect an account…</source>
        <translation>Account koppelen…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="233"/>
        <source>Saved %1; syncing it now.</source>
        <translation>%1 opgeslagen; wordt nu gesynchroniseerd.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="242"/>
        <source>Remove account</source>
        <translation>Account verwijderen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="244"/>
        <source>Remove %1? Its credentials and everything cached for it are deleted from this computer. Nothing changes in the ATS.</source>
        <translation>%1 verwijderen? De inloggegevens en alles wat ervan in de cache staat, worden van deze computer verwijderd. In het ATS verandert niets.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="272"/>
        <source>Removed %1.</source>
        <translation>%1 verwijderd.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="282"/>
        <source>No accounts to sync yet.</source>
        <translation>Nog geen accounts om te synchroniseren.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="396"/>
        <source>The language changes the next time the app starts.</source>
        <translation>De taal verandert bij de volgende start van de app.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="406"/>
        <source>Diagnostics copied to the clipboard (no passwords or tokens).</source>
        <translation>Diagnose naar het klembord gekopieerd (zonder wachtwoorden of tokens).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="415"/>
        <source>About Recruiter Companion</source>
        <translation>Over Recruiter Companion</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="417"/>
        <source>Recruiter Companion keeps your ATS accounts on this computer: synced, searchable and readable offline.</source>
        <translation>Recruiter Companion houdt uw ATS-accounts op deze computer bij: gesynchroniseerd, doorzoekbaar en offline leesbaar.</translation>
    </message>
</context>
<context>
    <name>PipelineBoard</name>
    <message>
        <location filename="../../desktop/ui/views/pipeline.py" line="155"/>
        <source>Job:</source>
        <extracomment>model (&quot;applications&quot;), record id</extracomment>
        <translation>Vacature:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/pipeline.py" line="161"/>
        <source>Job whose pipeline is shown</source>
        <translation>Vacature waarvan de pijplijn wordt getoond</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/pipeline.py" line="174"/>
        <source>Pipeline</source>
        <translation>Pijplijn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/pipeline.py" line="178"/>
        <source>Pick a job above, or double-click a job in the Jobs list.</source>
        <translation>Kies hierboven een vacature, of dubbelklik op een vacature in de lijst Vacatures.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/pipeline.py" line="224"/>
        <source>No jobs here yet.</source>
        <translation>Hier zijn nog geen vacatures.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/pipeline.py" line="251"/>
        <source>No stage</source>
        <translation>Geen fase</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/pipeline.py" line="259"/>
        <source>%1 applications in %2 stages</source>
        <translation>%1 sollicitaties in %2 fasen</translation>
    </message>
</context>
<context>
    <name>RecordListView</name>
    <message>
        <location filename="../../desktop/ui/views/record_list.py" line="51"/>
        <source>Filter %1… (Ctrl+F)</source>
        <extracomment>model, record id: the current row changed model, record id: a row was double-clicked or Enter pressed</extracomment>
        <translation>%1 filteren… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/record_list.py" line="52"/>
        <source>Filter %1</source>
        <translation>%1 filteren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/record_list.py" line="54"/>
        <source>Show deleted</source>
        <translation>Verwijderde tonen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/record_list.py" line="55"/>
        <source>Also list records the vendor no longer returns</source>
        <translation>Ook records tonen die de leverancier niet meer teruggeeft</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/record_list.py" line="58"/>
        <source>Number of records</source>
        <translation>Aantal records</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/record_list.py" line="180"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <location filename="../../desktop/ui/models.py" line="238"/>
        <source>Deleted at the vendor on %1</source>
        <extracomment>Loaded rows beyond which ``refresh`` only updates the count. Emitted after every (re)load with the number of rows in scope.</extracomment>
        <translation>Bij de leverancier verwijderd op %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models.py" line="263"/>
        <source>This list does not sort by this column (it would be slow on large lists).</source>
        <translation>Deze lijst sorteert niet op deze kolom (dat zou traag zijn bij grote lijsten).</translation>
    </message>
</context>
<context>
    <name>SearchPopup</name>
    <message>
        <location filename="../../desktop/ui/views/search_popup.py" line="129"/>
        <source>Search candidates, jobs, applications, users in all accounts…</source>
        <extracomment>model, record id</extracomment>
        <translation>Zoek kandidaten, vacatures, sollicitaties, gebruikers in alle accounts…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/search_popup.py" line="131"/>
        <source>Search everything</source>
        <translation>Alles doorzoeken</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/search_popup.py" line="136"/>
        <source>Search status</source>
        <translation>Zoekstatus</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/search_popup.py" line="141"/>
        <source>Search results</source>
        <translation>Zoekresultaten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/search_popup.py" line="175"/>
        <location filename="../../desktop/ui/views/search_popup.py" line="203"/>
        <source>Type a name, e-mail, phone number, company or job.</source>
        <translation>Typ een naam, e-mail, telefoonnummer, bedrijf of vacature.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/search_popup.py" line="195"/>
        <source>%1 best matches</source>
        <translation>De %1 beste resultaten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/search_popup.py" line="197"/>
        <source>%1 matches</source>
        <translation>%1 resultaten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/search_popup.py" line="201"/>
        <source>No matches.</source>
        <translation>Geen resultaten.</translation>
    </message>
</context>
<context>
    <name>StageColumnWidget</name>
    <message>
        <location filename="../../desktop/ui/views/pipeline.py" line="119"/>
        <source>Stage %1</source>
        <translation>Fase %1</translation>
    </message>
</context>
<context>
    <name>StatusArea</name>
    <message>
        <location filename="../../desktop/ui/views/status.py" line="73"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/status.py" line="83"/>
        <source>Pending writes</source>
        <translation>Wachtende wijzigingen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/status.py" line="87"/>
        <source>Network state</source>
        <translation>Netwerkstatus</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/status.py" line="95"/>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/status.py" line="95"/>
        <source>Demo mode: built-in sandboxes, nothing is real</source>
        <translation>Demomodus: ingebouwde sandboxen, niets is echt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/status.py" line="121"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/status.py" line="121"/>
        <source>No network: browsing the cache; syncs and writes wait.</source>
        <translation>Geen netwerk: u bekijkt de cache; synchronisaties en wijzigingen wachten.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/status.py" line="129"/>
        <source>%n pending write(s)</source>
        <translation>
            <numerusform>%n wachtende wijziging</numerusform>
            <numerusform>%n wachtende wijzigingen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/status.py" line="130"/>
        <source>Changes waiting to be sent to the ATS.</source>
        <translation>Wijzigingen die nog naar het ATS moeten.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/status.py" line="132"/>
        <source>%n failed write(s)</source>
        <translation>
            <numerusform>%n mislukte wijziging</numerusform>
            <numerusform>%n mislukte wijzigingen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/status.py" line="133"/>
        <source>Changes the ATS refused: open them to fix and resend.</source>
        <translation>Door het ATS geweigerde wijzigingen: open ze om te corrigeren en opnieuw te verzenden.</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../../desktop/ui/sync_controller.py" line="148"/>
        <source>%1 synced: %2 records read.</source>
        <extracomment>account id account id (read ``runs[account_id]`` for the figures) account id, ok, a one-line summary the cache has new data (throttled while syncing; once more at the end) Seconds between ``cacheChanged`` while a sync writes: views re-read at most this often.</extracomment>
        <translation>%1 gesynchroniseerd: %2 records gelezen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_controller.py" line="150"/>
        <source>%1: %2 of %3 parts failed; the rest is saved. %4</source>
        <translation>%1: %2 van %3 onderdelen mislukt; de rest is opgeslagen. %4</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_controller.py" line="157"/>
        <source>%1: sync cancelled; the next sync resumes where it stopped.</source>
        <translation>%1: synchronisatie geannuleerd; de volgende gaat verder waar deze stopte.</translation>
    </message>
</context>
<context>
    <name>Time</name>
    <message>
        <location filename="../../desktop/ui/models.py" line="75"/>
        <source>just now</source>
        <translation>zojuist</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models.py" line="77"/>
        <source>%1 min ago</source>
        <translation>%1 min geleden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models.py" line="81"/>
        <source>today %1</source>
        <translation>vandaag %1</translation>
    </message>
</context>
</TS>
