<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../../desktop/ui/account_dialog.py" line="77"/>
        <source>Edit account</source>
        <extracomment>The whole connection doctor (every stream&apos;s first page and detail requests) within this time. the AccountInfo saved ok, message (after &quot;Test connection&quot;)</extracomment>
        <translation>Account bewerken</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialog.py" line="77"/>
        <source>Connect an ATS account</source>
        <translation>ATS-account koppelen</translation>
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
        <translation>Accountnaam</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialog.py" line="97"/>
        <source>e.g. Acme Germany</source>
        <translation>bijv. Acme Nederland</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialog.py" line="98"/>
        <source>Account &amp;name:</source>
        <translation>Account&amp;naam:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialog.py" line="107"/>
        <source>Sync only applications created in this app (and their candidates)</source>
        <translation>Alleen sollicitaties synchroniseren die in deze app zijn aangemaakt (en hun kandidaten)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialog.py" line="118"/>
        <source>Share of the vendor&apos;s rate limit for background sync</source>
        <translation>Aandeel in de aanvraaglimiet van de leverancier voor achtergrondsynchronisatie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialog.py" line="120"/>
        <source>Background sync never uses more than this part of the vendor&apos;s published rate limit, so other integrations on the same ATS keep working. Writes you make here may use all of it.</source>
        <translation>Achtergrondsynchronisatie gebruikt nooit meer dan dit deel van de gepubliceerde aanvraaglimiet van de leverancier, zodat andere koppelingen met hetzelfde ATS blijven werken. Wijzigingen die u hier maakt, mogen de hele limiet gebruiken.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialog.py" line="125"/>
        <source>Background sync uses at &amp;most</source>
        <translation>Achtergrondsynchronisatie gebruikt &amp;hoogstens</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialog.py" line="129"/>
        <source>of the vendor&apos;s rate limit</source>
        <translation>van de aanvraaglimiet van de leverancier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialog.py" line="134"/>
        <source>&amp;Test connection</source>
        <translation>Verbinding &amp;testen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialog.py" line="135"/>
        <source>Test connection</source>
        <translation>Verbinding testen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialog.py" line="144"/>
        <location filename="../../desktop/ui/account_dialog.py" line="168"/>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialog.py" line="157"/>
        <source>Connection guide</source>
        <translation>Koppelingshandleiding</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialog.py" line="164"/>
        <source>What this account can do</source>
        <translation>Wat dit account kan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialog.py" line="168"/>
        <source>Capability</source>
        <translation>Functie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialog.py" line="168"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialog.py" line="168"/>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialog.py" line="219"/>
        <source>unchanged (kept in the keyring)</source>
        <extracomment>The last test&apos;s findings (``None`` before a test, or when the settings were refused).</extracomment>
        <translation>ongewijzigd (bewaard in de sleutelhanger)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialog.py" line="242"/>
        <source>Connecting %1</source>
        <translation>%1 koppelen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialog.py" line="243"/>
        <source>You need</source>
        <translation>U hebt nodig</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialog.py" line="244"/>
        <source>Creating the credentials</source>
        <translation>De inloggegevens aanmaken</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialog.py" line="245"/>
        <source>Secret fields are stored in your system keyring, never in files.</source>
        <translation>Geheime velden worden in de sleutelhanger van het systeem bewaard, nooit in bestanden.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialog.py" line="280"/>
        <source>Testing the connection…</source>
        <translation>Verbinding wordt getest…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialog.py" line="305"/>
        <source>new account</source>
        <translation>nieuw account</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialog.py" line="338"/>
        <source>Connection works: %1 accepted these credentials.</source>
        <translation>Verbinding werkt: %1 heeft deze inloggegevens geaccepteerd.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialog.py" line="320"/>
        <source>No answer within %1 seconds. Check the address and your network.</source>
        <translation>Geen antwoord binnen %1 seconden. Controleer het adres en uw netwerk.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialog.py" line="342"/>
        <source>Everything it offers can be read.</source>
        <translation>Alles wat het aanbiedt is leesbaar.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialog.py" line="347"/>
        <source>the write actions needing it</source>
        <translation>de schrijfacties die het nodig hebben</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialog.py" line="348"/>
        <source>Not working: %1. The list below says why (no write was sent).</source>
        <translation>Werkt niet: %1. De lijst hieronder zegt waarom (er is niets geschreven).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialog.py" line="359"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialog.py" line="360"/>
        <source>forbidden</source>
        <translation>niet toegestaan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialog.py" line="361"/>
        <source>not found</source>
        <translation>niet gevonden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialog.py" line="362"/>
        <source>not offered</source>
        <translation>niet aangeboden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialog.py" line="363"/>
        <source>error</source>
        <translation>fout</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialog.py" line="365"/>
        <source>data</source>
        <translation>gegevens</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialog.py" line="365"/>
        <source>write</source>
        <translation>schrijven</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialog.py" line="394"/>
        <source>Give the account a name.</source>
        <translation>Geef het account een naam.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialog.py" line="398"/>
        <source>Saving…</source>
        <translation>Opslaan…</translation>
    </message>
</context>
<context>
    <name>AccountFlow</name>
    <message>
        <location filename="../../desktop/ui/account_flow.py" line="61"/>
        <source>Saved %1; syncing it now.</source>
        <translation>%1 opgeslagen; wordt nu gesynchroniseerd.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_flow.py" line="69"/>
        <source>Remove account</source>
        <translation>Account verwijderen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_flow.py" line="71"/>
        <source>Remove %1? Its credentials and everything cached for it are deleted from this computer. Nothing changes in the ATS.</source>
        <translation>%1 verwijderen? De inloggegevens en alles wat ervan in de cache staat, worden van deze computer verwijderd. In het ATS verandert niets.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_flow.py" line="90"/>
        <source>Removed %1.</source>
        <translation>%1 verwijderd.</translation>
    </message>
</context>
<context>
    <name>AccountSyncWidget</name>
    <message>
        <location filename="../../desktop/ui/views/status.py" line="30"/>
        <source>Sync progress of %1</source>
        <translation>Synchronisatievoortgang van %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/status.py" line="35"/>
        <source>Cancel this sync; the next one resumes where it stopped</source>
        <translation>Deze synchronisatie annuleren; de volgende gaat verder waar deze stopte</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/status.py" line="36"/>
        <source>Cancel sync of %1</source>
        <translation>Synchronisatie van %1 annuleren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/status.py" line="42"/>
        <source>starting</source>
        <translation>bezig met starten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/status.py" line="50"/>
        <source>%1: step 2 of 2, details · %2 of %3</source>
        <translation>%1: stap 2 van 2, details · %2 van %3</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/status.py" line="56"/>
        <source>about %1 left</source>
        <translation>nog ongeveer %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/status.py" line="77"/>
        <source>at most %1 % of the rate limit</source>
        <translation>hoogstens %1 % van de snelheidslimiet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/status.py" line="59"/>
        <source>Every record is listed and searchable; their details are read now, newest first.</source>
        <translation>Alle records staan in de lijst en zijn doorzoekbaar; hun details worden nu gelezen, de nieuwste eerst.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/status.py" line="65"/>
        <source>%1: step 1 of 2, lists · %2 · %3 records</source>
        <translation>%1: stap 1 van 2, lijsten · %2 · %3 records</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/status.py" line="66"/>
        <source>Lists first, so every record is browsable soon; details follow.</source>
        <translation>Eerst de lijsten, zodat elk record snel te bekijken is; de details volgen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/status.py" line="68"/>
        <source>%1: %2 · %3 records</source>
        <translation>%1: %2 · %3 records</translation>
    </message>
</context>
<context>
    <name>AccountsSidebar</name>
    <message>
        <location filename="../../desktop/ui/views/sidebar.py" line="76"/>
        <location filename="../../desktop/ui/views/sidebar.py" line="92"/>
        <source>Accounts</source>
        <extracomment>account ids to show, or None for all accounts account id, full a saved search (desktop.saved_searches.SavedSearch) was chosen the user asked to forget one of their saved searches</extracomment>
        <translation>Accounts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/sidebar.py" line="85"/>
        <source>Connect an ATS account (Ctrl+Shift+N)</source>
        <translation>ATS-account koppelen (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/sidebar.py" line="86"/>
        <source>Add account</source>
        <translation>Account toevoegen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/sidebar.py" line="102"/>
        <location filename="../../desktop/ui/views/sidebar.py" line="116"/>
        <source>Saved searches</source>
        <translation>Opgeslagen zoekopdrachten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/sidebar.py" line="109"/>
        <source>Save the list&apos;s current filter as a search</source>
        <translation>Het huidige filter van de lijst opslaan als zoekopdracht</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/sidebar.py" line="110"/>
        <source>Save search</source>
        <translation>Zoekopdracht opslaan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/sidebar.py" line="147"/>
        <source>Remove saved search</source>
        <translation>Opgeslagen zoekopdracht verwijderen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/sidebar.py" line="167"/>
        <source>All accounts</source>
        <translation>Alle accounts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/sidebar.py" line="189"/>
        <source>syncing…</source>
        <translation>synchroniseert…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/sidebar.py" line="193"/>
        <source>needs attention</source>
        <translation>vraagt aandacht</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/sidebar.py" line="196"/>
        <source>synced %1</source>
        <translation>gesynchroniseerd %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/sidebar.py" line="200"/>
        <source>not synced yet</source>
        <translation>nog niet gesynchroniseerd</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/sidebar.py" line="232"/>
        <source>Sync now</source>
        <translation>Nu synchroniseren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/sidebar.py" line="236"/>
        <source>Full sync (re-read everything)</source>
        <translation>Volledig synchroniseren (alles opnieuw lezen)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/sidebar.py" line="240"/>
        <source>Cancel sync</source>
        <translation>Synchronisatie annuleren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/sidebar.py" line="244"/>
        <source>Edit account…</source>
        <translation>Account bewerken…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/sidebar.py" line="247"/>
        <source>Remove account…</source>
        <translation>Account verwijderen…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/sidebar.py" line="259"/>
        <source>Add account…</source>
        <translation>Account toevoegen…</translation>
    </message>
</context>
<context>
    <name>ActionFields</name>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="18"/>
        <source>Candidate</source>
        <translation>Kandidaat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="19"/>
        <source>First name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="20"/>
        <source>Last name</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="21"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="22"/>
        <source>More e-mail addresses</source>
        <translation>Meer e-mailadressen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="23"/>
        <source>Type</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="24"/>
        <source>Company</source>
        <translation>Bedrijf</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="25"/>
        <source>Job title</source>
        <translation>Functietitel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="26"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="27"/>
        <source>More phone numbers</source>
        <translation>Meer telefoonnummers</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="28"/>
        <source>Location</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="29"/>
        <source>City</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="30"/>
        <source>Country (ISO code)</source>
        <translation>Land (ISO-code)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="31"/>
        <source>State or region</source>
        <translation>Provincie of regio</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="32"/>
        <source>Street</source>
        <translation>Straat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="33"/>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="34"/>
        <source>Gender</source>
        <translation>Geslacht</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="35"/>
        <source>Available from</source>
        <translation>Beschikbaar vanaf</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="36"/>
        <source>Salary expectations</source>
        <translation>Salarisverwachting</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="37"/>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="38"/>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="39"/>
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="40"/>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="41"/>
        <source>Application</source>
        <translation>Sollicitatie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="42"/>
        <source>Job</source>
        <translation>Vacature</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="43"/>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="44"/>
        <source>Screening answers</source>
        <translation>Antwoorden op screeningsvragen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="45"/>
        <source>Question</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="46"/>
        <source>Answer</source>
        <translation>Antwoord</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="47"/>
        <source>Attachments</source>
        <translation>Bijlagen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="48"/>
        <source>File name</source>
        <translation>Bestandsnaam</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="49"/>
        <source>Kind of file</source>
        <translation>Soort bestand</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="50"/>
        <source>Content type</source>
        <translation>Inhoudstype</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="51"/>
        <source>File content (base64)</source>
        <translation>Bestandsinhoud (base64)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="52"/>
        <source>File URL (data: or https:)</source>
        <translation>Bestands-URL (data: of https:)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="53"/>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="54"/>
        <source>Source name</source>
        <translation>Naam van de bron</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="55"/>
        <source>Source id</source>
        <translation>ID van de bron</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="56"/>
        <source>Sourced by</source>
        <translation>Aangebracht door</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="57"/>
        <source>User</source>
        <translation>Gebruiker</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="58"/>
        <source>GDPR consent</source>
        <translation>AVG-toestemming</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="59"/>
        <source>Consent given</source>
        <translation>Toestemming gegeven</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="60"/>
        <source>Consent expires</source>
        <translation>Toestemming verloopt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="61"/>
        <source>Attachment</source>
        <translation>Bijlage</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="62"/>
        <source>Rejection reason</source>
        <translation>Reden van afwijzing</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="63"/>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="64"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="65"/>
        <source>Custom field prefix</source>
        <translation>Voorvoegsel van eigen velden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="66"/>
        <source>Attributes</source>
        <translation>Kenmerken</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="67"/>
        <source>Key</source>
        <translation>Sleutel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="68"/>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="69"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="70"/>
        <source>Format</source>
        <translation>Opmaak</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="71"/>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="73"/>
        <source>Create candidate</source>
        <translation>Kandidaat aanmaken</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="74"/>
        <source>Create application</source>
        <translation>Sollicitatie aanmaken</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="75"/>
        <source>Add attachment to application</source>
        <translation>Bijlage aan sollicitatie toevoegen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="76"/>
        <source>Add attachment to candidate</source>
        <translation>Bijlage aan kandidaat toevoegen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="77"/>
        <source>Move application to stage</source>
        <translation>Sollicitatie naar fase verplaatsen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="78"/>
        <source>Add result link to application</source>
        <translation>Resultaatlink aan sollicitatie toevoegen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="79"/>
        <source>Add result link to candidate</source>
        <translation>Resultaatlink aan kandidaat toevoegen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="80"/>
        <source>Add note to application</source>
        <translation>Notitie aan sollicitatie toevoegen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="81"/>
        <source>Add tag to candidate</source>
        <translation>Tag aan kandidaat toevoegen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="82"/>
        <source>Remove tag from candidate</source>
        <translation>Tag van kandidaat verwijderen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="96"/>
        <source>Personal</source>
        <translation>Privé</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="97"/>
        <source>Work</source>
        <translation>Werk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="98"/>
        <source>Other</source>
        <translation>Overig</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="99"/>
        <source>Male</source>
        <translation>Man</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="100"/>
        <source>Female</source>
        <translation>Vrouw</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="101"/>
        <source>Per month</source>
        <translation>Per maand</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="102"/>
        <source>Per year</source>
        <translation>Per jaar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="103"/>
        <source>CV</source>
        <translation>Cv</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="104"/>
        <source>Cover letter</source>
        <translation>Motivatiebrief</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="105"/>
        <source>Plain text</source>
        <translation>Platte tekst</translation>
    </message>
</context>
<context>
    <name>ActionForm</name>
    <message>
        <location filename="../../desktop/ui/actions/form.py" line="105"/>
        <source>Account</source>
        <extracomment>Outcome: the action was saved (and sent, or queued to be sent)</extracomment>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/form.py" line="111"/>
        <source>&amp;Account:</source>
        <translation>&amp;Account:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/form.py" line="121"/>
        <source>What this ATS takes</source>
        <translation>Wat dit ATS aanneemt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/form.py" line="126"/>
        <source>Fields</source>
        <translation>Velden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/form.py" line="133"/>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/form.py" line="138"/>
        <location filename="../../desktop/ui/actions/form.py" line="142"/>
        <location filename="../../desktop/ui/actions/form.py" line="405"/>
        <source>Save and send</source>
        <translation>Opslaan en verzenden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/form.py" line="141"/>
        <source>Saved in the outbox first, then sent (Ctrl+Enter)</source>
        <translation>Eerst in de outbox opgeslagen, dan verzonden (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/form.py" line="179"/>
        <source>In %1 (%2).</source>
        <translation>In %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/form.py" line="181"/>
        <source>Fields marked * are required.</source>
        <translation>Velden met * zijn verplicht.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/form.py" line="224"/>
        <source>Required</source>
        <translation>Verplicht</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/form.py" line="405"/>
        <source>Sending…</source>
        <translation>Bezig met verzenden…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/form.py" line="411"/>
        <source>Checking…</source>
        <translation>Bezig met controleren…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/form.py" line="421"/>
        <source>Sending to %1…</source>
        <translation>Bezig met verzenden naar %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/form.py" line="440"/>
        <source>%1 refused it: %2 Nothing is lost: it is kept under Pending writes (retry or drop it there), or correct the form and submit again.</source>
        <translation>%1 heeft het geweigerd: %2 Er gaat niets verloren: het blijft bij ‘Openstaande wijzigingen’ (daar opnieuw proberen of verwijderen), of verbeter het formulier en verstuur het opnieuw.</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <location filename="../../desktop/ui/app.py" line="232"/>
        <source>Encrypting your cache, once. This can take a minute…</source>
        <translation>Uw cache wordt eenmalig versleuteld. Dit kan een minuut duren…</translation>
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
        <translation>Selectie naar fase verplaatsen…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bulk_actions.py" line="142"/>
        <source>Undo the last bulk action (what is not sent yet)</source>
        <translation>Laatste bulkactie ongedaan maken (wat nog niet verzonden is)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bulk_actions.py" line="182"/>
        <location filename="../../desktop/ui/bulk_actions.py" line="201"/>
        <source>Select the rows first (Shift/Ctrl+click).</source>
        <translation>Selecteer eerst de rijen (Shift/Ctrl+klik).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bulk_actions.py" line="190"/>
        <source>%1 on %2 records?</source>
        <translation>%1 op %2 records?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bulk_actions.py" line="227"/>
        <source>The selected applications&apos; accounts have no stages in the cache yet.</source>
        <translation>De accounts van de geselecteerde sollicitaties hebben nog geen fasen in de cache.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bulk_actions.py" line="238"/>
        <source>Move to %1</source>
        <translation>Verplaatsen naar %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bulk_actions.py" line="276"/>
        <source>Took back %1 items not sent yet.</source>
        <translation>%1 nog niet verzonden items teruggenomen.</translation>
    </message>
</context>
<context>
    <name>CommandPalette</name>
    <message>
        <location filename="../../desktop/ui/views/palette.py" line="32"/>
        <source>Commands</source>
        <translation>Opdrachten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/palette.py" line="36"/>
        <source>Type a command…</source>
        <translation>Typ een opdracht…</translation>
    </message>
</context>
<context>
    <name>CvView</name>
    <message>
        <location filename="../../desktop/ui/views/cv_view.py" line="90"/>
        <source>Candidate&apos;s files</source>
        <extracomment>Files up to this size are read from the cache on the GUI thread; larger ones on a worker thread. Images larger than this many pixels are scaled while reading (a phone photo of a CV is 12 MP). A worker&apos;s result for the GUI thread: (token, bytes | Path | None | Exception). The shown PDF&apos;s bytes: QPdfDocument reads from this buffer as long as it shows the pages. The last copy written for the system&apos;s viewer (tests look at it).</extracomment>
        <translation>Bestanden van de kandidaat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/cv_view.py" line="96"/>
        <source>Open in viewer</source>
        <translation>Openen in viewer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/cv_view.py" line="97"/>
        <source>Open the file in the system&apos;s viewer</source>
        <translation>Het bestand openen in de viewer van het systeem</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/cv_view.py" line="114"/>
        <source>The file&apos;s text</source>
        <translation>Tekst van het bestand</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/cv_view.py" line="178"/>
        <source>Loading the file…</source>
        <translation>Bestand wordt geladen…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/cv_view.py" line="183"/>
        <source>text of the document</source>
        <translation>tekst van het document</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/cv_view.py" line="188"/>
        <source>No text could be read from this document. Open it in the viewer.</source>
        <translation>Uit dit document kon geen tekst worden gelezen. Open het in de viewer.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/cv_view.py" line="193"/>
        <source>Files of this type are not shown here. Open it in the viewer.</source>
        <translation>Bestanden van dit type worden hier niet getoond. Open het in de viewer.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/cv_view.py" line="239"/>
        <source>Not downloaded yet: it follows the next sync of this account.</source>
        <translation>Nog niet gedownload: dat gebeurt bij de volgende synchronisatie van dit account.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/cv_view.py" line="242"/>
        <source>The downloaded file is no longer in the cache; it is fetched again on the next sync.</source>
        <translation>Het gedownloade bestand staat niet meer in de cache; het wordt bij de volgende synchronisatie opnieuw opgehaald.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/cv_view.py" line="244"/>
        <source>This file is not kept here.</source>
        <translation>Dit bestand wordt hier niet bewaard.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/cv_view.py" line="263"/>
        <source>The PDF&apos;s pages</source>
        <translation>Pagina&apos;s van de pdf</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/cv_view.py" line="285"/>
        <source>This PDF is damaged and cannot be shown here. Open it in the viewer, or at the vendor.</source>
        <translation>Deze pdf is beschadigd en kan hier niet worden getoond. Open hem in de viewer of bij de leverancier.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/cv_view.py" line="289"/>
        <source>1 page</source>
        <translation>1 pagina</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/cv_view.py" line="289"/>
        <source>%1 pages</source>
        <translation>%1 pagina&apos;s</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/cv_view.py" line="306"/>
        <source>This image is damaged and cannot be shown here. Open it in the viewer.</source>
        <translation>Deze afbeelding is beschadigd en kan hier niet worden getoond. Open hem in de viewer.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/cv_view.py" line="333"/>
        <source>Could not write a copy for the viewer: %1</source>
        <translation>Kon geen kopie voor de viewer schrijven: %1</translation>
    </message>
</context>
<context>
    <name>DamagedCacheDialog</name>
    <message>
        <location filename="../../desktop/ui/damaged.py" line="30"/>
        <source>The cache cannot be unlocked</source>
        <translation>De cache kan niet worden ontgrendeld</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/damaged.py" line="23"/>
        <source>The cache file %1 cannot be opened: %2.</source>
        <translation>Het cachebestand %1 kan niet worden geopend: %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/damaged.py" line="33"/>
        <source>Keep the locked file beside it and start over with an empty cache? Add your accounts again and sync: the records come back from the vendors, but writes still waiting in the old cache are not sent. Or quit, and restore the keyring entry from a backup.</source>
        <translation>Het vergrendelde bestand ernaast bewaren en opnieuw beginnen met een lege cache? Voeg uw accounts opnieuw toe en synchroniseer: de records komen terug van de leveranciers, maar schrijfacties die nog in de oude cache wachten, worden niet verzonden. Of sluit af en zet het item in de sleutelhanger terug uit een back-up.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/damaged.py" line="39"/>
        <source>The cache is damaged</source>
        <translation>De cache is beschadigd</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/damaged.py" line="42"/>
        <source>Keep a copy of the damaged file beside it and start over with an empty cache? Accounts must then be added again, and writes still waiting in the old cache are not sent. Or quit, and restore the file from a backup.</source>
        <translation>Een kopie van het beschadigde bestand ernaast bewaren en opnieuw beginnen met een lege cache? De accounts moeten dan opnieuw worden toegevoegd, en schrijfacties die nog in de oude cache wachten, worden niet verzonden. Of sluit af en zet het bestand terug uit een back-up.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/damaged.py" line="48"/>
        <source>Keep a copy and start over</source>
        <translation>Kopie bewaren en opnieuw beginnen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/damaged.py" line="50"/>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
</context>
<context>
    <name>DateEditor</name>
    <message>
        <location filename="../../desktop/ui/actions/fields.py" line="146"/>
        <source>No date</source>
        <extracomment>The date a ``DateEditor`` shows for &quot;no date&quot; (Qt&apos;s date edits cannot be empty). a problem the editor found itself (a file refused as it was dropped); &quot;&quot; clears it</extracomment>
        <translation>Geen datum</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/fields.py" line="147"/>
        <source>Clear the date</source>
        <translation>Datum wissen</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../desktop/ui/views/detail.py" line="171"/>
        <source>Pending writes of this record</source>
        <extracomment>Columns not shown among the fields (bookkeeping, shown elsewhere, or too long for a field row). model, record id: a related record&apos;s link was followed job id: &quot;open pipeline&quot; was clicked candidate id: &quot;Forget this person…&quot; was clicked (``desktop.ui.privacy`` asks and forgets) (candidate id, label) split from the person shown, with an undo, until another record shows</extracomment>
        <translation>Openstaande wijzigingen van dit record</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/detail.py" line="185"/>
        <source>Record details</source>
        <translation>Details van het record</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/detail.py" line="189"/>
        <source>Fields and related records</source>
        <translation>Velden en gekoppelde records</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/detail.py" line="193"/>
        <location filename="../../desktop/ui/views/detail.py" line="207"/>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/detail.py" line="195"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/detail.py" line="195"/>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/detail.py" line="195"/>
        <source>Before</source>
        <translation>Voor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/detail.py" line="195"/>
        <source>After</source>
        <translation>Na</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/detail.py" line="197"/>
        <location filename="../../desktop/ui/views/detail.py" line="208"/>
        <source>Changes</source>
        <translation>Wijzigingen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/detail.py" line="200"/>
        <location filename="../../desktop/ui/views/detail.py" line="209"/>
        <source>Vendor data</source>
        <translation>Gegevens van de leverancier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/detail.py" line="206"/>
        <source>Overview</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/detail.py" line="229"/>
        <source>Forget this person…</source>
        <translation>Deze persoon vergeten…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/detail.py" line="231"/>
        <source>Remove every trace of this person from this computer</source>
        <translation>Elk spoor van deze persoon van deze computer verwijderen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/detail.py" line="261"/>
        <source>Nothing selected</source>
        <translation>Niets geselecteerd</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/detail.py" line="262"/>
        <source>Pick a record in a list, or search with Ctrl+K.</source>
        <translation>Kies een record in een lijst, of zoek met Ctrl+K.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/detail.py" line="276"/>
        <source>This record is no longer in the cache.</source>
        <translation>Dit record staat niet meer in de cache.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/detail.py" line="287"/>
        <source>Deleted at the vendor on %1. Kept here for reference.</source>
        <translation>Bij de leverancier verwijderd op %1. Hier bewaard ter referentie.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/detail.py" line="297"/>
        <source>No description.</source>
        <translation>Geen omschrijving.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/detail.py" line="308"/>
        <source>The vendor sent no raw data for this record.</source>
        <translation>De leverancier stuurde geen ruwe gegevens voor dit record.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/detail.py" line="318"/>
        <location filename="../../desktop/ui/views/detail.py" line="340"/>
        <source>CV</source>
        <translation>Cv</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/detail.py" line="340"/>
        <source>Files (%1)</source>
        <translation>Bestanden (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/detail.py" line="370"/>
        <source>Open pipeline →</source>
        <translation>Pijplijn openen →</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/detail.py" line="394"/>
        <source>Not the same person</source>
        <translation>Niet dezelfde persoon</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/detail.py" line="403"/>
        <source>Vendor id %1 · %2 · changed in the cache %3</source>
        <translation>Leveranciers-id %1 · %2 · gewijzigd in de cache %3</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/detail.py" line="415"/>
        <source>You marked this record as a person of its own.</source>
        <translation>U hebt dit record als een aparte persoon gemarkeerd.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/detail.py" line="416"/>
        <source>Match it again</source>
        <translation>Weer koppelen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/detail.py" line="420"/>
        <source>%1 no longer counts as this person.</source>
        <translation>%1 telt niet meer als deze persoon.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/detail.py" line="421"/>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/detail.py" line="439"/>
        <source>Could not save that: %1</source>
        <translation>Kon dat niet opslaan: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/detail.py" line="474"/>
        <source>No changes seen since this record was first synced.</source>
        <translation>Geen wijzigingen gezien sinds dit record voor het eerst werd gesynchroniseerd.</translation>
    </message>
</context>
<context>
    <name>FilesEditor</name>
    <message>
        <location filename="../../desktop/ui/actions/files.py" line="119"/>
        <source>Choose file…</source>
        <translation>Bestand kiezen…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/files.py" line="120"/>
        <location filename="../../desktop/ui/actions/files.py" line="209"/>
        <source>Choose a file to attach</source>
        <translation>Bestand kiezen om bij te voegen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/files.py" line="121"/>
        <source>Choose a file to attach (Ctrl+O)</source>
        <translation>Bestand kiezen om bij te voegen (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/files.py" line="159"/>
        <source>exactly one file</source>
        <translation>precies één bestand</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/files.py" line="161"/>
        <source>at most %1 files</source>
        <translation>hoogstens %1 bestanden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/files.py" line="163"/>
        <source>at least %1 files</source>
        <translation>minstens %1 bestanden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/files.py" line="168"/>
        <source>up to %1</source>
        <translation>tot %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/files.py" line="169"/>
        <source>%1 takes: %2</source>
        <translation>%1 neemt: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/files.py" line="176"/>
        <source>%1 takes only one file here; remove the one chosen first.</source>
        <translation>%1 neemt hier maar één bestand; verwijder eerst het gekozen bestand.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/files.py" line="180"/>
        <source>%1 takes at most %2 files here.</source>
        <translation>%1 neemt hier hoogstens %2 bestanden.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/files.py" line="187"/>
        <source>%1 takes only %2 files; %3 is not one.</source>
        <translation>%1 neemt alleen %2-bestanden; %3 is dat niet.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/files.py" line="193"/>
        <source>%1 is empty.</source>
        <translation>%1 is leeg.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/files.py" line="196"/>
        <source>%1 is %2; %3 takes at most %4.</source>
        <translation>%1 is %2; %3 neemt hoogstens %4.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/files.py" line="215"/>
        <source>Accepted files (%1)</source>
        <translation>Geaccepteerde bestanden (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/files.py" line="229"/>
        <location filename="../../desktop/ui/actions/files.py" line="240"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kan niet worden gelezen: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/files.py" line="244"/>
        <source>%1 is empty (0 bytes); choose the real file.</source>
        <translation>%1 is leeg (0 bytes); kies het echte bestand.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/files.py" line="283"/>
        <source>Drop files here</source>
        <translation>Sleep bestanden hierheen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/files.py" line="285"/>
        <source>%1 takes no more files here.</source>
        <translation>%1 neemt hier geen bestanden meer.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/files.py" line="299"/>
        <source>Kind of file %1</source>
        <translation>Soort bestand %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/files.py" line="308"/>
        <location filename="../../desktop/ui/actions/files.py" line="309"/>
        <source>Remove %1</source>
        <translation>%1 verwijderen</translation>
    </message>
</context>
<context>
    <name>FormActions</name>
    <message>
        <location filename="../../desktop/ui/actions/provider.py" line="107"/>
        <source>New &amp;application…</source>
        <extracomment>Shown as buttons on a record, in this order; the rest go under &quot;More&quot;.</extracomment>
        <translation>Nieuwe &amp;sollicitatie…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/provider.py" line="112"/>
        <source>&amp;Pending writes…</source>
        <translation>&amp;Openstaande wijzigingen…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/provider.py" line="142"/>
        <source>Connect an account first (File → Add account).</source>
        <translation>Koppel eerst een account (Bestand → Account toevoegen).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/provider.py" line="144"/>
        <location filename="../../desktop/ui/actions/provider.py" line="215"/>
        <source>%1 does not offer this through its API.</source>
        <translation>%1 biedt dit niet aan via zijn API.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/provider.py" line="167"/>
        <source>&amp;New candidate…</source>
        <translation>&amp;Nieuwe kandidaat…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/provider.py" line="168"/>
        <source>New application…</source>
        <translation>Nieuwe sollicitatie…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/provider.py" line="170"/>
        <source>New application for this candidate…</source>
        <translation>Nieuwe sollicitatie voor deze kandidaat…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/provider.py" line="171"/>
        <source>Move to stage…</source>
        <translation>Naar fase verplaatsen…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/provider.py" line="172"/>
        <source>Add note…</source>
        <translation>Notitie toevoegen…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/provider.py" line="173"/>
        <location filename="../../desktop/ui/actions/provider.py" line="174"/>
        <source>Add attachment…</source>
        <translation>Bijlage toevoegen…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/provider.py" line="175"/>
        <location filename="../../desktop/ui/actions/provider.py" line="176"/>
        <source>Add result link…</source>
        <translation>Resultaatlink toevoegen…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/provider.py" line="177"/>
        <source>Add tag…</source>
        <translation>Tag toevoegen…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/provider.py" line="178"/>
        <source>Remove tag…</source>
        <translation>Tag verwijderen…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/provider.py" line="224"/>
        <source>More</source>
        <translation>Meer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/provider.py" line="248"/>
        <source>Not sent yet: %1</source>
        <translation>Nog niet verzonden: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/provider.py" line="287"/>
        <source>%1: sent to %2.</source>
        <translation>%1: verzonden naar %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/provider.py" line="289"/>
        <source>(%1 kept it on the %2.)</source>
        <translation>(%1 heeft het bij de %2 bewaard.)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/provider.py" line="296"/>
        <source>%1: saved; it is sent when %2 can be reached (see Pending writes).</source>
        <translation>%1: opgeslagen; wordt verzonden zodra %2 bereikbaar is (zie Openstaande wijzigingen).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/provider.py" line="302"/>
        <source>%1: %2 refused it: %3</source>
        <translation>%1: %2 heeft het geweigerd: %3</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/provider.py" line="333"/>
        <source>Sent what was waiting: %1.</source>
        <translation>Wat wachtte is verzonden: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/provider.py" line="405"/>
        <source>This job&apos;s account is not connected.</source>
        <translation>Het account van deze vacature is niet gekoppeld.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/provider.py" line="407"/>
        <source>%1 does not let other apps move applications between stages.</source>
        <translation>%1 laat andere apps sollicitaties niet tussen fasen verplaatsen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/provider.py" line="443"/>
        <source>%1 refused the move: %2 (kept under Pending writes)</source>
        <translation>%1 heeft de verplaatsing geweigerd: %2 (bewaard bij Openstaande wijzigingen)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/provider.py" line="450"/>
        <source>Moved to %1; sent when %2 can be reached.</source>
        <translation>Verplaatst naar %1; wordt verzonden zodra %2 bereikbaar is.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/provider.py" line="457"/>
        <source>Moved to %1 in %2. Undo with Ctrl+Z.</source>
        <translation>Verplaatst naar %1 in %2. Ongedaan maken met Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../desktop/ui/labels.py" line="35"/>
        <source>Jobs</source>
        <translation>Vacatures</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="36"/>
        <source>Candidates</source>
        <translation>Kandidaten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="37"/>
        <location filename="../../desktop/ui/labels.py" line="65"/>
        <location filename="../../desktop/ui/labels.py" line="151"/>
        <source>Applications</source>
        <translation>Sollicitaties</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="38"/>
        <location filename="../../desktop/ui/labels.py" line="66"/>
        <source>Interviews</source>
        <translation>Gesprekken</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="39"/>
        <location filename="../../desktop/ui/labels.py" line="67"/>
        <source>Offers</source>
        <translation>Aanbiedingen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="40"/>
        <source>Users</source>
        <translation>Gebruikers</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="41"/>
        <source>Job postings</source>
        <translation>Vacatureteksten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="42"/>
        <source>Stages</source>
        <translation>Fasen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="43"/>
        <location filename="../../desktop/ui/labels.py" line="68"/>
        <source>Tags</source>
        <translation>Labels</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="45"/>
        <location filename="../../desktop/ui/labels.py" line="72"/>
        <source>Screening questions</source>
        <translation>Screeningvragen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="48"/>
        <source>Pipeline</source>
        <translation>Pijplijn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="35"/>
        <location filename="../../desktop/ui/labels.py" line="138"/>
        <location filename="../../desktop/ui/labels.py" line="157"/>
        <source>Job</source>
        <translation>Vacature</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="36"/>
        <location filename="../../desktop/ui/labels.py" line="139"/>
        <location filename="../../desktop/ui/labels.py" line="156"/>
        <source>Candidate</source>
        <translation>Kandidaat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="37"/>
        <location filename="../../desktop/ui/labels.py" line="140"/>
        <source>Application</source>
        <translation>Sollicitatie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="38"/>
        <source>Interview</source>
        <translation>Gesprek</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="39"/>
        <source>Offer</source>
        <translation>Aanbieding</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="40"/>
        <source>User</source>
        <translation>Gebruiker</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="41"/>
        <source>Job posting</source>
        <translation>Vacaturetekst</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="42"/>
        <location filename="../../desktop/ui/labels.py" line="137"/>
        <location filename="../../desktop/ui/labels.py" line="158"/>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="43"/>
        <source>Tag</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="46"/>
        <source>Screening question</source>
        <translation>Screeningvraag</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="99"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="161"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="114"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="117"/>
        <source>Department</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="150"/>
        <source>City</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="121"/>
        <source>Opened</source>
        <translation>Geopend</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="152"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="105"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="153"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="102"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="103"/>
        <source>Company</source>
        <translation>Bedrijf</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="154"/>
        <source>Updated</source>
        <translation>Bijgewerkt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="155"/>
        <source>Created</source>
        <translation>Aangemaakt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="134"/>
        <source>Outcome</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="141"/>
        <source>Starts</source>
        <translation>Begint</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="143"/>
        <source>Canceled</source>
        <translation>Geannuleerd</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="69"/>
        <source>Applications by stage</source>
        <translation>Sollicitaties per fase</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="70"/>
        <source>Hiring team</source>
        <translation>Wervingsteam</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="71"/>
        <source>Postings</source>
        <translation>Vacatureteksten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="73"/>
        <location filename="../../desktop/ui/labels.py" line="125"/>
        <source>Contact</source>
        <translation>Contactpersoon</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="74"/>
        <source>Belongs to</source>
        <translation>Hoort bij</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="75"/>
        <source>Interviewers</source>
        <translation>Interviewers</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="76"/>
        <source>Hiring team of</source>
        <translation>Wervingsteam van</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="77"/>
        <source>Also in other accounts</source>
        <translation>Ook in andere accounts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="78"/>
        <source>Their applications in other accounts</source>
        <translation>Hun sollicitaties in andere accounts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="87"/>
        <source>same e-mail</source>
        <translation>zelfde e-mailadres</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="88"/>
        <source>same phone</source>
        <translation>zelfde telefoonnummer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="100"/>
        <source>First name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="101"/>
        <source>Last name</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="104"/>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="106"/>
        <source>E-mail addresses</source>
        <translation>E-mailadressen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="107"/>
        <source>Phone numbers</source>
        <translation>Telefoonnummers</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="108"/>
        <source>Social media</source>
        <translation>Sociale media</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="109"/>
        <source>Location</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="110"/>
        <source>Custom fields</source>
        <translation>Aangepaste velden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="111"/>
        <source>Job code</source>
        <translation>Vacaturecode</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="112"/>
        <location filename="../../desktop/ui/labels.py" line="147"/>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="113"/>
        <source>Employment type</source>
        <translation>Dienstverband</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="115"/>
        <source>Visibility</source>
        <translation>Zichtbaarheid</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="116"/>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="118"/>
        <source>Public link</source>
        <translation>Openbare link</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="119"/>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="120"/>
        <source>Experience level</source>
        <translation>Ervaringsniveau</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="122"/>
        <source>Closed</source>
        <translation>Gesloten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="123"/>
        <source>Created at vendor</source>
        <translation>Aangemaakt bij leverancier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="124"/>
        <source>Updated at vendor</source>
        <translation>Bijgewerkt bij leverancier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="126"/>
        <source>Confidential</source>
        <translation>Vertrouwelijk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="127"/>
        <source>Weekly hours</source>
        <translation>Uren per week</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="128"/>
        <source>Remote work</source>
        <translation>Thuiswerken</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="129"/>
        <source>Salary</source>
        <translation>Salaris</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="130"/>
        <source>Salary from</source>
        <translation>Salaris vanaf</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="131"/>
        <source>Salary to</source>
        <translation>Salaris tot</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="132"/>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="133"/>
        <source>Salary period</source>
        <translation>Salarisperiode</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="135"/>
        <source>Rejection reason</source>
        <translation>Reden van afwijzing</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="136"/>
        <source>Rejected</source>
        <translation>Afgewezen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="142"/>
        <source>Ends</source>
        <translation>Eindigt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="144"/>
        <source>Vendor id</source>
        <translation>Leveranciers-id</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="145"/>
        <source>Changed in cache</source>
        <translation>Gewijzigd in de cache</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="146"/>
        <source>Deleted at vendor</source>
        <translation>Verwijderd bij leverancier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="148"/>
        <source>Position</source>
        <translation>Positie</translation>
    </message>
</context>
<context>
    <name>ListExportFlow</name>
    <message>
        <location filename="../../desktop/ui/list_export_flow.py" line="34"/>
        <source>Export %1</source>
        <translation>%1 exporteren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/list_export_flow.py" line="36"/>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/list_export_flow.py" line="69"/>
        <source>Exporting %1…</source>
        <translation>%1 wordt geëxporteerd…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/list_export_flow.py" line="76"/>
        <source>Exported %1 rows to %2</source>
        <translation>%1 rijen geëxporteerd naar %2</translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <location filename="../../desktop/ui/menus.py" line="58"/>
        <source>&amp;File</source>
        <extracomment>While the app runs it re-syncs (delta, within each account&apos;s share) this often unless changed.</extracomment>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="60"/>
        <source>&amp;Add account…</source>
        <translation>Account &amp;toevoegen…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="62"/>
        <source>&amp;Team server…</source>
        <translation>&amp;Teamserver…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="64"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="66"/>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="67"/>
        <source>&amp;Search everything…</source>
        <translation>Alles &amp;doorzoeken…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="71"/>
        <source>&amp;Filter this list</source>
        <translation>Deze lijst &amp;filteren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="75"/>
        <source>Show &amp;deleted records</source>
        <translation>Verwij&amp;derde records tonen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="90"/>
        <source>&amp;Theme</source>
        <translation>&amp;Thema</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="93"/>
        <source>Follow the system</source>
        <translation>Systeem volgen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="94"/>
        <source>Light</source>
        <translation>Licht</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="95"/>
        <source>Dark</source>
        <translation>Donker</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="98"/>
        <source>&amp;Language</source>
        <translation>T&amp;aal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="101"/>
        <source>System language</source>
        <translation>Systeemtaal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="104"/>
        <source>&amp;Sync</source>
        <translation>&amp;Synchroniseren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="106"/>
        <source>Sync &amp;all accounts</source>
        <translation>&amp;Alle accounts synchroniseren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="111"/>
        <source>&amp;Full sync of all accounts</source>
        <translation>&amp;Volledige synchronisatie van alle accounts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="115"/>
        <source>&amp;Cancel all syncs</source>
        <translation>Alle synchronisaties a&amp;nnuleren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="118"/>
        <source>Sync &amp;automatically</source>
        <translation>A&amp;utomatisch synchroniseren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="125"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="127"/>
        <source>&amp;Copy diagnostics</source>
        <translation>&amp;Diagnose kopiëren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="129"/>
        <source>Open &amp;log folder</source>
        <translation>&amp;Logmap openen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="131"/>
        <source>&amp;About Recruiter Companion</source>
        <translation>&amp;Over Recruiter Companion</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="155"/>
        <source>Off</source>
        <translation>Uit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="157"/>
        <source>Every %1 minutes</source>
        <translation>Elke %1 minuten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="159"/>
        <source>Every hour</source>
        <translation>Elk uur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="160"/>
        <source>Every %1 hours</source>
        <translation>Elke %1 uur</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/app.py" line="153"/>
        <source>Starting the demo sandboxes…</source>
        <translation>Demo-sandboxen worden gestart…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/app.py" line="167"/>
        <source>The demo could not be started; run &apos;recruiter-companion --demo&apos; instead.</source>
        <translation>De demo kon niet worden gestart; voer in plaats daarvan &apos;recruiter-companion --demo&apos; uit.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="89"/>
        <source>Record views</source>
        <extracomment>Tabs in order; &quot;pipeline&quot; is the per-job board, the others are record lists. the user asked to close; the app shuts down and then calls ``finish_close`` True when the network is back (writes waiting are sent), False when it went away the accounts were read again (one was added, edited or removed) the welcome page&apos;s &quot;Try the demo&quot; was pressed (the app restarts itself in demo mode)</extracomment>
        <translation>Weergaven</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="121"/>
        <location filename="../../desktop/ui/main_window.py" line="123"/>
        <source>Main toolbar</source>
        <translation>Hoofdwerkbalk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="154"/>
        <source>Welcome to Recruiter Companion</source>
        <translation>Welkom bij Recruiter Companion</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="171"/>
        <source>Connect an account…</source>
        <translation>Account koppelen…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="163"/>
        <source>Connect an ATS account once: everything is synced to this computer, searchable and readable offline.
To look around first, try the demo: sample accounts on local stand-ins of the vendors, kept apart from your own data.</source>
        <translation>Koppel één keer een ATS-account: alles wordt naar deze computer gesynchroniseerd en is offline doorzoekbaar en leesbaar.
Om eerst rond te kijken, probeer de demo: voorbeeldaccounts op lokale nabootsingen van de leveranciers, gescheiden van uw eigen gegevens.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="175"/>
        <source>Try the demo</source>
        <translation>Probeer de demo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="177"/>
        <source>Opens the app on sample accounts; your own accounts are not touched.</source>
        <translation>Opent de app met voorbeeldaccounts; uw eigen accounts blijven onaangeroerd.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="299"/>
        <source>No accounts to sync yet.</source>
        <translation>Nog geen accounts om te synchroniseren.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="338"/>
        <source>The team server answers again: live updates resumed.</source>
        <translation>De teamserver antwoordt weer: live bijwerken hervat.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="340"/>
        <source>The team server does not answer; this computer&apos;s copy is shown, retrying.</source>
        <translation>De teamserver antwoordt niet; de kopie op deze computer wordt getoond, opnieuw proberen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="372"/>
        <location filename="../../desktop/ui/main_window.py" line="399"/>
        <source>New since you last looked</source>
        <translation>Nieuw sinds u het laatst keek</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="377"/>
        <source>Command palette</source>
        <translation>Opdrachtenpalet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="397"/>
        <source>New since you last looked (%1)</source>
        <translation>Nieuw sinds u het laatst keek (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="508"/>
        <source>The language changes the next time the app starts.</source>
        <translation>De taal verandert bij de volgende start van de app.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="518"/>
        <source>Diagnostics copied to the clipboard (no passwords or tokens).</source>
        <translation>Diagnose naar het klembord gekopieerd (zonder wachtwoorden of tokens).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="527"/>
        <source>About Recruiter Companion</source>
        <translation>Over Recruiter Companion</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="529"/>
        <source>Recruiter Companion keeps your ATS accounts on this computer: synced, searchable and readable offline.</source>
        <translation>Recruiter Companion houdt uw ATS-accounts op deze computer bij: gesynchroniseerd, doorzoekbaar en offline leesbaar.</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <location filename="../../desktop/ui/bulk_actions.py" line="83"/>
        <source>Move selected to stage</source>
        <extracomment>What each list can do to many rows at once: (action, title, what to ask, the parameter it fills).</extracomment>
        <translation>Selectie naar fase verplaatsen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bulk_actions.py" line="85"/>
        <source>%1 applications</source>
        <translation>%1 sollicitaties</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bulk_actions.py" line="89"/>
        <source>Stage:</source>
        <translation>Fase:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bulk_actions.py" line="92"/>
        <source>(no rejection reason)</source>
        <translation>(geen afwijzingsreden)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bulk_actions.py" line="95"/>
        <source>Rejection reason:</source>
        <translation>Afwijzingsreden:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bulk_actions.py" line="98"/>
        <source>Move %1</source>
        <translation>%1 verplaatsen</translation>
    </message>
</context>
<context>
    <name>NewsDialog</name>
    <message>
        <location filename="../../desktop/ui/views/news.py" line="118"/>
        <source>New since you last looked</source>
        <extracomment>the number of news items changed</extracomment>
        <translation>Nieuw sinds u het laatst keek</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/news.py" line="122"/>
        <source>Since %1:</source>
        <translation>Sinds %1:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/news.py" line="132"/>
        <source>Nothing new.</source>
        <translation>Niets nieuws.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/news.py" line="136"/>
        <source>Mark all as seen</source>
        <translation>Alles als gezien markeren</translation>
    </message>
</context>
<context>
    <name>PendingWrites</name>
    <message>
        <location filename="../../desktop/ui/actions/pending.py" line="40"/>
        <source>waiting to be sent</source>
        <translation>wacht op verzending</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/pending.py" line="41"/>
        <source>being sent</source>
        <translation>wordt verzonden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/pending.py" line="42"/>
        <source>not confirmed yet</source>
        <translation>nog niet bevestigd</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/pending.py" line="43"/>
        <source>refused</source>
        <translation>geweigerd</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/pending.py" line="44"/>
        <source>sent</source>
        <translation>verzonden</translation>
    </message>
</context>
<context>
    <name>PendingWritesDialog</name>
    <message>
        <location filename="../../desktop/ui/actions/pending.py" line="64"/>
        <location filename="../../desktop/ui/actions/pending.py" line="77"/>
        <source>Pending writes</source>
        <translation>Openstaande wijzigingen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/pending.py" line="69"/>
        <source>Changes saved here that the ATS has not confirmed yet, and those it refused. Waiting ones are sent on their own when the ATS can be reached; refused ones wait for you.</source>
        <translation>Hier opgeslagen wijzigingen die het ATS nog niet heeft bevestigd, en die het heeft geweigerd. Wachtende worden vanzelf verzonden zodra het ATS bereikbaar is; geweigerde wachten op u.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/pending.py" line="80"/>
        <source>Saved</source>
        <translation>Opgeslagen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/pending.py" line="81"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/pending.py" line="82"/>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/pending.py" line="83"/>
        <source>About</source>
        <translation>Betreft</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/pending.py" line="84"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/pending.py" line="85"/>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/pending.py" line="98"/>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/pending.py" line="101"/>
        <source>&amp;Send all now</source>
        <translation>Alles nu &amp;verzenden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/pending.py" line="103"/>
        <source>&amp;Retry</source>
        <translation>Opnieuw &amp;proberen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/pending.py" line="105"/>
        <source>&amp;Drop…</source>
        <translation>Ver&amp;wijderen…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/pending.py" line="147"/>
        <source>Nothing is waiting: every change was sent.</source>
        <translation>Er wacht niets: alle wijzigingen zijn verzonden.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/pending.py" line="180"/>
        <source>Sending…</source>
        <translation>Bezig met verzenden…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/pending.py" line="184"/>
        <source>%1 sent, %2 still waiting or refused.</source>
        <translation>%1 verzonden, %2 wachten nog of zijn geweigerd.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/pending.py" line="216"/>
        <source>Drop this write</source>
        <translation>Wijziging verwijderen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/pending.py" line="217"/>
        <source>Drop this change? It is not sent, and it cannot be brought back.</source>
        <translation>Deze wijziging verwijderen? Ze wordt niet verzonden en kan niet worden teruggehaald.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/pending.py" line="211"/>
        <source>Dropped.</source>
        <translation>Verwijderd.</translation>
    </message>
</context>
<context>
    <name>Pipeline</name>
    <message>
        <location filename="../../desktop/ui/models.py" line="512"/>
        <source>move waiting to be sent</source>
        <extracomment>application ids whose move to this stage waits in the outbox appended to every card&apos;s tooltip: how to move it, or why it cannot be moved</extracomment>
        <translation>verplaatsing wacht op verzending</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/pipeline.py" line="149"/>
        <source>Pending · new, not sent yet</source>
        <extracomment>Card ids of applications being created (waiting in the outbox): ``pending:&lt;outbox entry id&gt;``.</extracomment>
        <translation>In behandeling · nieuw, nog niet verzonden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/pipeline.py" line="153"/>
        <source>Moved here · not sent yet</source>
        <translation>Hierheen verplaatst · nog niet verzonden</translation>
    </message>
</context>
<context>
    <name>PipelineBoard</name>
    <message>
        <location filename="../../desktop/ui/views/pipeline.py" line="286"/>
        <source>Job:</source>
        <extracomment>model (&quot;applications&quot;), record id outbox entry id: the card of an application being created was chosen</extracomment>
        <translation>Vacature:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/pipeline.py" line="292"/>
        <source>Job whose pipeline is shown</source>
        <translation>Vacature waarvan de pijplijn wordt getoond</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/pipeline.py" line="305"/>
        <source>Pipeline</source>
        <translation>Pijplijn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/pipeline.py" line="317"/>
        <source>Undo the last move</source>
        <extracomment>application id -&gt; stage id of moves waiting in the outbox (shown in their new column) new applications waiting in the outbox (shown as cards of their job, badged pending) (application id, stage it left, stage it went to) of the last move made here</extracomment>
        <translation>Laatste verplaatsing ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/pipeline.py" line="324"/>
        <source>Pick a job above, or double-click a job in the Jobs list.</source>
        <translation>Kies hierboven een vacature, of dubbelklik op een vacature in de lijst Vacatures.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/pipeline.py" line="382"/>
        <source>No jobs here yet.</source>
        <translation>Hier zijn nog geen vacatures.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/pipeline.py" line="399"/>
        <source>Moving cards is not available.</source>
        <translation>Kaarten verplaatsen is niet beschikbaar.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/pipeline.py" line="416"/>
        <source>Drag the card to another stage to move the application there.</source>
        <translation>Sleep de kaart naar een andere fase om de sollicitatie daarheen te verplaatsen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/pipeline.py" line="418"/>
        <source>No stage</source>
        <translation>Geen fase</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/pipeline.py" line="429"/>
        <source>%1 applications in %2 stages</source>
        <translation>%1 sollicitaties in %2 fasen</translation>
    </message>
</context>
<context>
    <name>PrivacyController</name>
    <message>
        <location filename="../../desktop/ui/privacy.py" line="47"/>
        <source>&amp;Privacy</source>
        <extracomment>The open confirmation or result box (tests and screenshots look at it).</extracomment>
        <translation>&amp;Privacy</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/privacy.py" line="56"/>
        <source>&amp;Export what is held about a person…</source>
        <translation>&amp;Exporteren wat over een persoon is opgeslagen…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/privacy.py" line="59"/>
        <source>&amp;Forget a person by e-mail…</source>
        <translation>Een persoon per e-mail &amp;vergeten…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/privacy.py" line="82"/>
        <source>Forget a person</source>
        <translation>Een persoon vergeten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/privacy.py" line="83"/>
        <source>E-mail address (every account&apos;s records with it are forgotten):</source>
        <translation>E-mailadres (de records van elk account met dit adres worden vergeten):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/privacy.py" line="103"/>
        <location filename="../../desktop/ui/privacy.py" line="118"/>
        <source>Nobody found</source>
        <translation>Niemand gevonden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/privacy.py" line="118"/>
        <source>That record is gone.</source>
        <translation>Dat record bestaat niet meer.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/privacy.py" line="121"/>
        <source>this person</source>
        <translation>deze persoon</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/privacy.py" line="124"/>
        <source>Forget this person</source>
        <translation>Deze persoon vergeten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/privacy.py" line="126"/>
        <source>Forget %1? This removes %2 from this computer: records, search entries and change history. It cannot be undone. Nothing changes in the ATS; if the vendor still has them, the next full sync brings them back and says so.</source>
        <translation>%1 vergeten? Dit verwijdert %2 van deze computer: records, zoekitems en wijzigingsgeschiedenis. Dit kan niet ongedaan worden gemaakt. In het ATS verandert niets; als de leverancier de gegevens nog heeft, brengt de volgende volledige synchronisatie ze terug en meldt dat.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/privacy.py" line="137"/>
        <source>Forget</source>
        <translation>Vergeten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/privacy.py" line="143"/>
        <source>Forget and delete at %1</source>
        <translation>Vergeten en verwijderen bij %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/privacy.py" line="150"/>
        <source>Also drop the %1 writes about them from the outbox</source>
        <translation>Ook de %1 schrijfacties over deze persoon uit de outbox verwijderen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/privacy.py" line="175"/>
        <source>Deleting at the vendor…</source>
        <translation>Wordt verwijderd bij de leverancier…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/privacy.py" line="182"/>
        <source>%1: not deleted at %2 (%3).</source>
        <translation>%1: niet verwijderd bij %2 (%3).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/privacy.py" line="190"/>
        <source>Nothing was forgotten on this computer. The deletion waits in the outbox; once it is sent, forget them again.</source>
        <translation>Op deze computer is niets vergeten. De verwijdering wacht in de outbox; zodra die verzonden is, vergeet u de persoon opnieuw.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/privacy.py" line="194"/>
        <source>Not deleted at the vendor</source>
        <translation>Niet verwijderd bij de leverancier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/privacy.py" line="198"/>
        <source>%1: %2 offers no deletion through its API; delete them in the ATS itself.</source>
        <translation>%1: %2 biedt via de API geen verwijdering; verwijder de persoon in het ATS zelf.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/privacy.py" line="219"/>
        <source>Forgotten: %1 records removed from this computer.</source>
        <translation>Vergeten: %1 records van deze computer verwijderd.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/privacy.py" line="223"/>
        <source>%1 writes about them dropped from the outbox.</source>
        <translation>%1 schrijfacties over deze persoon uit de outbox verwijderd.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/privacy.py" line="229"/>
        <source>%1 writes about them were kept in the outbox.</source>
        <translation>%1 schrijfacties over deze persoon zijn in de outbox bewaard.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/privacy.py" line="235"/>
        <source>Some writes about them are being sent right now: forget them again afterwards.</source>
        <translation>Sommige schrijfacties over deze persoon worden nu verzonden: vergeet de persoon daarna nogmaals.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/privacy.py" line="239"/>
        <source>Their e-mail or name is still mentioned in: %1.</source>
        <translation>Het e-mailadres of de naam wordt nog genoemd in: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/privacy.py" line="243"/>
        <source>Files you exported earlier are your own copies and were not touched.</source>
        <translation>Bestanden die u eerder hebt geëxporteerd, zijn uw eigen kopieën en zijn niet aangeraakt.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/privacy.py" line="245"/>
        <source>Person forgotten</source>
        <translation>Persoon vergeten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/privacy.py" line="251"/>
        <source>Export what is held about a person</source>
        <translation>Exporteren wat over een persoon is opgeslagen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/privacy.py" line="252"/>
        <source>E-mail address of the person asking:</source>
        <translation>E-mailadres van de persoon die het vraagt:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/privacy.py" line="259"/>
        <source>Save the export as</source>
        <translation>Export opslaan als</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/privacy.py" line="263"/>
        <source>Zip files (*.zip)</source>
        <translation>Zip-bestanden (*.zip)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/privacy.py" line="279"/>
        <source>Export failed</source>
        <translation>Exporteren mislukt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/privacy.py" line="280"/>
        <source>Cannot write %1: %2. Pick a folder you can write to.</source>
        <translation>Kan %1 niet schrijven: %2. Kies een map waarin u kunt schrijven.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/privacy.py" line="287"/>
        <source>Exported %1 records about them to %2.</source>
        <translation>%1 records over deze persoon geëxporteerd naar %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/privacy.py" line="297"/>
        <source>Forgotten people came back</source>
        <translation>Vergeten personen zijn teruggekomen</translation>
    </message>
</context>
<context>
    <name>QuestionInput</name>
    <message>
        <location filename="../../desktop/ui/actions/screening.py" line="79"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/screening.py" line="80"/>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/screening.py" line="108"/>
        <source>Answered with the attachments.</source>
        <translation>Wordt beantwoord met de bijlagen.</translation>
    </message>
</context>
<context>
    <name>RecordListView</name>
    <message>
        <location filename="../../desktop/ui/views/record_list.py" line="68"/>
        <location filename="../../desktop/ui/views/record_list.py" line="169"/>
        <source>Filter %1… (Ctrl+F)</source>
        <extracomment>model, record id: the current row changed model, record id: a row was double-clicked or Enter pressed outbox entry id: a record being created was activated (show the pending writes) &quot;Export…&quot; was pressed: the window asks where and writes the list as shown conditions of the saved search shown (cleared when the filter text is edited by hand)</extracomment>
        <translation>%1 filteren… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/record_list.py" line="69"/>
        <source>Filter %1</source>
        <translation>%1 filteren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/record_list.py" line="74"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/record_list.py" line="75"/>
        <source>Only the records of this account</source>
        <translation>Alleen de records van dit account</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/record_list.py" line="76"/>
        <location filename="../../desktop/ui/views/record_list.py" line="191"/>
        <source>All accounts</source>
        <translation>Alle accounts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/record_list.py" line="79"/>
        <source>Show deleted</source>
        <translation>Verwijderde tonen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/record_list.py" line="80"/>
        <source>Also list records the vendor no longer returns</source>
        <translation>Ook records tonen die de leverancier niet meer teruggeeft</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/record_list.py" line="83"/>
        <source>Number of records</source>
        <translation>Aantal records</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/record_list.py" line="85"/>
        <source>Export…</source>
        <translation>Exporteren…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/record_list.py" line="88"/>
        <source>Save this list as shown (columns, filter, order) as CSV or XLSX</source>
        <translation>Deze lijst zoals getoond (kolommen, filter, volgorde) opslaan als CSV of XLSX</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/record_list.py" line="96"/>
        <source>%1 being created</source>
        <translation>%1 in aanmaak</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/record_list.py" line="97"/>
        <source>Created here, waiting to be sent to the ATS</source>
        <translation>Hier aangemaakt, wacht op verzending naar het ATS</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/record_list.py" line="162"/>
        <source>Saved search: %1</source>
        <translation>Opgeslagen zoekopdracht: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/record_list.py" line="289"/>
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
        <location filename="../../desktop/ui/models.py" line="379"/>
        <source>Details are still loading</source>
        <extracomment>The text of a write waiting in the outbox for this record (&quot;&quot; or None: nothing waits). True when the record&apos;s details are still being read (progressive sync, phase 2). How a pipeline card travels in a drag: its application id and the stage it leaves. (total, None) when only the count is re-read, else (total, (rows asked for, rows)) which of these record ids&apos; details are still loading, read on the connection given Loaded rows beyond which ``refresh`` only updates the count. Emitted after every (re)load with the number of rows in scope. Emitted when a refresh read beside the window has been applied (and none is pending). (generation, future) from the reader&apos;s thread; queued to the model&apos;s thread record id -&gt; what waits in the outbox for it (shown as a mark and a tooltip) ids of records whose details are still loading (listed, not yet enriched) bumped whenever the loaded rows change here, so a refresh read before it is not applied</extracomment>
        <translation>Details worden nog geladen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models.py" line="382"/>
        <source>Deleted at the vendor on %1</source>
        <translation>Bij de leverancier verwijderd op %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models.py" line="419"/>
        <source>This list does not sort by this column (it would be slow on large lists).</source>
        <translation>Deze lijst sorteert niet op deze kolom (dat zou traag zijn bij grote lijsten).</translation>
    </message>
</context>
<context>
    <name>RowsEditor</name>
    <message>
        <location filename="../../desktop/ui/actions/fields.py" line="304"/>
        <source>+ Add</source>
        <translation>+ Toevoegen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/fields.py" line="306"/>
        <source>Add a row to %1</source>
        <translation>Rij aan %1 toevoegen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/fields.py" line="331"/>
        <location filename="../../desktop/ui/actions/fields.py" line="332"/>
        <source>Remove this row</source>
        <translation>Deze rij verwijderen</translation>
    </message>
</context>
<context>
    <name>SavedSearchFlow</name>
    <message>
        <location filename="../../desktop/ui/saved_search_flow.py" line="55"/>
        <source>Open a list and filter it first; then save the search.</source>
        <extracomment>the user&apos;s own searches, as last loaded or saved</extracomment>
        <translation>Open en filter eerst een lijst; sla daarna de zoekopdracht op.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/saved_search_flow.py" line="61"/>
        <source>Save search</source>
        <translation>Zoekopdracht opslaan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/saved_search_flow.py" line="61"/>
        <source>Name of this search:</source>
        <translation>Naam van deze zoekopdracht:</translation>
    </message>
</context>
<context>
    <name>SavedSearches</name>
    <message>
        <location filename="../../desktop/ui/views/sidebar.py" line="47"/>
        <source>Applied this week</source>
        <translation>Deze week gesolliciteerd</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/sidebar.py" line="49"/>
        <source>In a stage for more than %1 days</source>
        <translation>Meer dan %1 dagen in een fase</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/sidebar.py" line="52"/>
        <source>Due for review</source>
        <translation>Toe aan beoordeling</translation>
    </message>
</context>
<context>
    <name>ScreeningEditor</name>
    <message>
        <location filename="../../desktop/ui/actions/screening.py" line="171"/>
        <location filename="../../desktop/ui/actions/screening.py" line="216"/>
        <source>Pick a job to answer its screening questions.</source>
        <translation>Kies een vacature om de screeningsvragen te beantwoorden.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/screening.py" line="202"/>
        <source>required</source>
        <extracomment>The question ids in the order of the last ``value()``: problems name answers by index.</extracomment>
        <translation>verplicht</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/screening.py" line="210"/>
        <source>This job asks no screening questions.</source>
        <translation>Deze vacature stelt geen screeningsvragen.</translation>
    </message>
</context>
<context>
    <name>SearchPopup</name>
    <message>
        <location filename="../../desktop/ui/views/search_popup.py" line="98"/>
        <source>also in %1</source>
        <translation>ook in %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/search_popup.py" line="140"/>
        <source>Search candidates, jobs, applications, users in all accounts…</source>
        <extracomment>model, record id candidate id: &quot;Forget this person…&quot; was picked in a result&apos;s context menu</extracomment>
        <translation>Zoek kandidaten, vacatures, sollicitaties, gebruikers in alle accounts…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/search_popup.py" line="142"/>
        <source>Search everything</source>
        <translation>Alles doorzoeken</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/search_popup.py" line="147"/>
        <source>Search status</source>
        <translation>Zoekstatus</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/search_popup.py" line="152"/>
        <source>Search results</source>
        <translation>Zoekresultaten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/search_popup.py" line="190"/>
        <location filename="../../desktop/ui/views/search_popup.py" line="222"/>
        <source>Type a name, e-mail, phone number, company or job.</source>
        <translation>Typ een naam, e-mail, telefoonnummer, bedrijf of vacature.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/search_popup.py" line="214"/>
        <source>%1 best matches</source>
        <translation>De %1 beste resultaten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/search_popup.py" line="216"/>
        <source>%1 matches</source>
        <translation>%1 resultaten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/search_popup.py" line="220"/>
        <source>No matches.</source>
        <translation>Geen resultaten.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/search_popup.py" line="248"/>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/search_popup.py" line="249"/>
        <source>Forget this person…</source>
        <translation>Deze persoon vergeten…</translation>
    </message>
</context>
<context>
    <name>StageColumnWidget</name>
    <message>
        <location filename="../../desktop/ui/views/pipeline.py" line="234"/>
        <source>Stage %1</source>
        <extracomment>application id, the stage it comes from (None: no stage) outbox entry id of a pending new application&apos;s card</extracomment>
        <translation>Fase %1</translation>
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
        <translation>Wachtende wijzigingen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/status.py" line="131"/>
        <source>Network state</source>
        <translation>Netwerkstatus</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/status.py" line="139"/>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/status.py" line="139"/>
        <source>Demo mode: built-in sandboxes, nothing is real</source>
        <translation>Demomodus: ingebouwde sandboxen, niets is echt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/status.py" line="174"/>
        <source>Another member of the team syncs this account; this computer pulls what it publishes.</source>
        <translation>Een ander teamlid synchroniseert dit account; deze computer haalt op wat het publiceert.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/status.py" line="181"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/status.py" line="181"/>
        <source>No network: browsing the cache; syncs and writes wait.</source>
        <translation>Geen netwerk: u bekijkt de cache; synchronisaties en wijzigingen wachten.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/status.py" line="189"/>
        <source>%n pending write(s)</source>
        <translation>
            <numerusform>%n wachtende wijziging</numerusform>
            <numerusform>%n wachtende wijzigingen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/status.py" line="190"/>
        <source>Changes waiting to be sent to the ATS.</source>
        <translation>Wijzigingen die nog naar het ATS moeten.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/status.py" line="192"/>
        <source>%n failed write(s)</source>
        <translation>
            <numerusform>%n mislukte wijziging</numerusform>
            <numerusform>%n mislukte wijzigingen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/status.py" line="193"/>
        <source>Changes the ATS refused: open them to fix and resend.</source>
        <translation>Door het ATS geweigerde wijzigingen: open ze om te corrigeren en opnieuw te verzenden.</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../../desktop/ui/sync_controller.py" line="371"/>
        <source>%1 synced: %2 records read.</source>
        <extracomment>Read every listed item&apos;s details again, changed or not (``sync --refresh-details``). The account has progressive streams: its sync runs in two phases (lists, then details). 1 while lists are read; 2 once details are read. Progressive streams whose lists are stored (phase 1 over for them), and streams at their end. Phase 2 per stream: details read, still to read, estimated seconds left. The worker process running this sync (None: not started yet, or on the fallback thread). Team mode: the team server&apos;s URL with its password (None: the embedded cache alone). Team mode, once synced: publishing to the team stopped with this error (the sync is saved here). account id account id (read ``runs[account_id]`` for the figures) account id, ok, a one-line summary the cache has new data (throttled while syncing; once more at the end) Seconds between ``cacheChanged`` while a sync writes: views re-read at most this often. Syncs run in a worker process (``desktop.sync.process``); False: on the window&apos;s sync thread. Per account: what to tell the user about forgotten people the last sync brought back (issue 15.2). Accounts another member syncs (team mode), followed until they are done.</extracomment>
        <translation>%1 gesynchroniseerd: %2 records gelezen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_controller.py" line="373"/>
        <source>%1: %2 of %3 parts failed; the rest is saved. %4</source>
        <translation>%1: %2 van %3 onderdelen mislukt; de rest is opgeslagen. %4</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_controller.py" line="381"/>
        <source>Publishing it to the team stopped (%1); the rest goes out with the next sync.</source>
        <translation>Publiceren naar het team is gestopt (%1); de rest gaat mee met de volgende synchronisatie.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_controller.py" line="385"/>
        <source>%1: sync cancelled; the next sync resumes where it stopped.</source>
        <translation>%1: synchronisatie geannuleerd; de volgende gaat verder waar deze stopte.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_controller.py" line="393"/>
        <source>%1 is being synced by %2; pulled %3 changes from the team server.</source>
        <translation>%1 wordt gesynchroniseerd door %2; %3 wijzigingen van de teamserver opgehaald.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_controller.py" line="395"/>
        <source>another member</source>
        <translation>een ander lid</translation>
    </message>
</context>
<context>
    <name>TeamDialog</name>
    <message>
        <location filename="../../desktop/ui/team_dialog.py" line="46"/>
        <source>Team server</source>
        <extracomment>connected to a team server, or disconnected: the window listens to the new one (or to none)</extracomment>
        <translation>Teamserver</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_dialog.py" line="53"/>
        <source>A team shares one cache on a PostgreSQL server it already runs: one member syncs each account, everyone sees the records and the writes waiting. Without a team server the app keeps its cache on this computer only.</source>
        <translation>Een team deelt één cache op een PostgreSQL-server die het al draait: één lid synchroniseert elk account, iedereen ziet de records en de wachtende wijzigingen. Zonder teamserver houdt de app haar cache alleen op deze computer.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_dialog.py" line="70"/>
        <source>Server address</source>
        <translation>Serveradres</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_dialog.py" line="71"/>
        <source>Server &amp;address:</source>
        <translation>Server&amp;adres:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_dialog.py" line="77"/>
        <source>kept in the system keyring, never in a file</source>
        <translation>bewaard in de sleutelbos van het systeem, nooit in een bestand</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_dialog.py" line="78"/>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_dialog.py" line="79"/>
        <source>&amp;Password:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_dialog.py" line="82"/>
        <source>Allow a server on another computer without TLS</source>
        <translation>Een server op een andere computer zonder TLS toestaan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_dialog.py" line="86"/>
        <source>Candidates&apos; data would cross the network unencrypted. Only for a server on a network you trust; otherwise add sslmode=require to the address.</source>
        <translation>De gegevens van kandidaten zouden onversleuteld over het netwerk gaan. Alleen voor een server in een netwerk dat u vertrouwt; voeg anders sslmode=require aan het adres toe.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_dialog.py" line="92"/>
        <source>On disconnecting, take back the writes still waiting in the team&apos;s outbox</source>
        <translation>Bij het verbreken de wijzigingen terugnemen die nog in de outbox van het team wachten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_dialog.py" line="97"/>
        <source>Unticked, they are left with the team: a teammate sends them, and this computer never sends them itself (that could do them twice). Ticked, those nobody has started sending come back to this computer&apos;s outbox and are sent from here.</source>
        <translation>Niet aangevinkt blijven ze bij het team: een teamlid verstuurt ze, en deze computer verstuurt ze nooit zelf (dan zouden ze dubbel kunnen aankomen). Aangevinkt komen de wijzigingen waarvan niemand het versturen is begonnen terug in de outbox van deze computer en worden ze hiervandaan verstuurd.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_dialog.py" line="113"/>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_dialog.py" line="116"/>
        <location filename="../../desktop/ui/team_dialog.py" line="225"/>
        <source>&amp;Disconnect</source>
        <translation>Verbinding &amp;verbreken</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_dialog.py" line="147"/>
        <source>Not connected: the app uses its embedded cache on this computer.</source>
        <extracomment>The server did not answer the last disconnect: the next click disconnects anyway (forced).</extracomment>
        <translation>Niet verbonden: de app gebruikt haar ingebouwde cache op deze computer.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_dialog.py" line="152"/>
        <source>Connected to %1 as member %2.</source>
        <translation>Verbonden met %1 als lid %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_dialog.py" line="156"/>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_dialog.py" line="156"/>
        <source>no TLS</source>
        <translation>zonder TLS</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_dialog.py" line="157"/>
        <source>Logged in as %1 (%2); the team database is at schema %3.</source>
        <translation>Aangemeld als %1 (%2); de teamdatabase staat op schema %3.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_dialog.py" line="173"/>
        <source>Asking the server…</source>
        <translation>De server wordt gevraagd…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_dialog.py" line="187"/>
        <source>Enter the server&apos;s address, e.g. %1</source>
        <translation>Voer het adres van de server in, bijv. %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_dialog.py" line="192"/>
        <source>Connecting, logging in and bringing the team database up to date…</source>
        <translation>Verbinden, aanmelden en de teamdatabase bijwerken…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_dialog.py" line="206"/>
        <source>tick &quot;%1&quot;</source>
        <translation>„%1” aanvinken</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_dialog.py" line="212"/>
        <source>Connected.</source>
        <translation>Verbonden.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_dialog.py" line="232"/>
        <source>Disconnect &amp;anyway</source>
        <translation>Toch &amp;verbreken</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_dialog.py" line="234"/>
        <source>Still connected: writes handed over to the team&apos;s outbox are settled with the server first (a teammate may send them, or may have). Click &quot;Disconnect anyway&quot; to go now: they are then kept on this computer unsent.</source>
        <translation>Nog verbonden: aan de outbox van het team overgedragen wijzigingen worden eerst met de server afgestemd (een teamlid verstuurt ze misschien, of deed dat al). Klik op ‘Toch verbreken’ om nu te gaan: ze blijven dan onverzonden op deze computer.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_dialog.py" line="248"/>
        <source>Disconnected from %1; the team database was left as it is.</source>
        <translation>Verbinding met %1 verbroken; de teamdatabase is ongewijzigd gelaten.</translation>
    </message>
</context>
<context>
    <name>TeamWatch</name>
    <message>
        <location filename="../../desktop/ui/team_watch.py" line="99"/>
        <source>Synced by %1, %2 %</source>
        <extracomment>account id: another member started or stopped syncing it, or its percent moved account id, a one-line summary: the other member&apos;s sync ended and its last rounds are pulled the cache has rows pulled from the team server account id, rows: a pull after a notification wrote rows (an account new here included) the team server answers (True) or went away (False, what is wrong): said once per change Seconds between looks at an account another member syncs. Per account, ``time.monotonic()`` when its last pull after a notification ended (tests, bench).</extracomment>
        <translation>Gesynchroniseerd door %1, %2 %</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_watch.py" line="103"/>
        <source>another member</source>
        <translation>een ander lid</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_watch.py" line="220"/>
        <source>%1: the team&apos;s sync ended; pulled %2 changes from the team server.</source>
        <translation>%1: de synchronisatie van het team is klaar; %2 wijzigingen van de teamserver opgehaald.</translation>
    </message>
</context>
<context>
    <name>Time</name>
    <message>
        <location filename="../../desktop/ui/formatting.py" line="51"/>
        <source>just now</source>
        <translation>zojuist</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/formatting.py" line="53"/>
        <source>%1 min ago</source>
        <translation>%1 min geleden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/formatting.py" line="57"/>
        <source>today %1</source>
        <translation>vandaag %1</translation>
    </message>
</context>
<context>
    <name>box</name>
    <message>
        <location filename="../../desktop/ui/damaged.py" line="70"/>
        <source>The keyring is locked</source>
        <translation>De sleutelhanger is vergrendeld</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/damaged.py" line="71"/>
        <source>The cache&apos;s key is kept there. Unlock it, then try again.</source>
        <translation>Daar wordt de sleutel van de cache bewaard. Ontgrendel hem en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/damaged.py" line="72"/>
        <source>Try again</source>
        <translation>Opnieuw proberen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/damaged.py" line="73"/>
        <source>Quit</source>
        <translation>Afsluiten</translation>
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
        <translation>%1 u %2 min</translation>
    </message>
</context>
</TS>
