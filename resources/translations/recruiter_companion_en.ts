<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../../desktop/ui/account_dialog.py" line="77"/>
        <source>Edit account</source>
        <extracomment>The whole connection doctor (every stream&apos;s first page and detail requests) within this time. the AccountInfo saved ok, message (after &quot;Test connection&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialog.py" line="77"/>
        <source>Connect an ATS account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialog.py" line="89"/>
        <source>ATS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialog.py" line="92"/>
        <source>&amp;ATS:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialog.py" line="96"/>
        <source>Account name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialog.py" line="97"/>
        <source>e.g. Acme Germany</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialog.py" line="98"/>
        <source>Account &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialog.py" line="107"/>
        <source>Sync only applications created in this app (and their candidates)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialog.py" line="118"/>
        <source>Share of the vendor&apos;s rate limit for background sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialog.py" line="120"/>
        <source>Background sync never uses more than this part of the vendor&apos;s published rate limit, so other integrations on the same ATS keep working. Writes you make here may use all of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialog.py" line="125"/>
        <source>Background sync uses at &amp;most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialog.py" line="129"/>
        <source>of the vendor&apos;s rate limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialog.py" line="134"/>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialog.py" line="135"/>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialog.py" line="144"/>
        <location filename="../../desktop/ui/account_dialog.py" line="168"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialog.py" line="157"/>
        <source>Connection guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialog.py" line="164"/>
        <source>What this account can do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialog.py" line="168"/>
        <source>Capability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialog.py" line="168"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialog.py" line="168"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialog.py" line="219"/>
        <source>unchanged (kept in the keyring)</source>
        <extracomment>The last test&apos;s findings (``None`` before a test, or when the settings were refused).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialog.py" line="242"/>
        <source>Connecting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialog.py" line="243"/>
        <source>You need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialog.py" line="244"/>
        <source>Creating the credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialog.py" line="245"/>
        <source>Secret fields are stored in your system keyring, never in files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialog.py" line="280"/>
        <source>Testing the connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialog.py" line="305"/>
        <source>new account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialog.py" line="338"/>
        <source>Connection works: %1 accepted these credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialog.py" line="320"/>
        <source>No answer within %1 seconds. Check the address and your network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialog.py" line="342"/>
        <source>Everything it offers can be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialog.py" line="347"/>
        <source>the write actions needing it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialog.py" line="348"/>
        <source>Not working: %1. The list below says why (no write was sent).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialog.py" line="359"/>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialog.py" line="360"/>
        <source>forbidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialog.py" line="361"/>
        <source>not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialog.py" line="362"/>
        <source>not offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialog.py" line="363"/>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialog.py" line="365"/>
        <source>data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialog.py" line="365"/>
        <source>write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialog.py" line="394"/>
        <source>Give the account a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialog.py" line="398"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountFlow</name>
    <message>
        <location filename="../../desktop/ui/account_flow.py" line="61"/>
        <source>Saved %1; syncing it now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_flow.py" line="69"/>
        <source>Remove account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_flow.py" line="71"/>
        <source>Remove %1? Its credentials and everything cached for it are deleted from this computer. Nothing changes in the ATS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_flow.py" line="90"/>
        <source>Removed %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountSyncWidget</name>
    <message>
        <location filename="../../desktop/ui/views/status.py" line="30"/>
        <source>Sync progress of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/status.py" line="35"/>
        <source>Cancel this sync; the next one resumes where it stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/status.py" line="36"/>
        <source>Cancel sync of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/status.py" line="42"/>
        <source>starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/status.py" line="50"/>
        <source>%1: step 2 of 2, details · %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/status.py" line="56"/>
        <source>about %1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/status.py" line="59"/>
        <source>Every record is listed and searchable; their details are read now, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/status.py" line="65"/>
        <source>%1: step 1 of 2, lists · %2 · %3 records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/status.py" line="66"/>
        <source>Lists first, so every record is browsable soon; details follow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/status.py" line="68"/>
        <source>%1: %2 · %3 records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/status.py" line="77"/>
        <source>at most %1 % of the rate limit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountsSidebar</name>
    <message>
        <location filename="../../desktop/ui/views/sidebar.py" line="76"/>
        <location filename="../../desktop/ui/views/sidebar.py" line="92"/>
        <source>Accounts</source>
        <extracomment>account ids to show, or None for all accounts account id, full a saved search (desktop.saved_searches.SavedSearch) was chosen the user asked to forget one of their saved searches</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/sidebar.py" line="85"/>
        <source>Connect an ATS account (Ctrl+Shift+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/sidebar.py" line="86"/>
        <source>Add account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/sidebar.py" line="102"/>
        <location filename="../../desktop/ui/views/sidebar.py" line="116"/>
        <source>Saved searches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/sidebar.py" line="109"/>
        <source>Save the list&apos;s current filter as a search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/sidebar.py" line="110"/>
        <source>Save search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/sidebar.py" line="147"/>
        <source>Remove saved search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/sidebar.py" line="167"/>
        <source>All accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/sidebar.py" line="189"/>
        <source>syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/sidebar.py" line="193"/>
        <source>needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/sidebar.py" line="196"/>
        <source>synced %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/sidebar.py" line="200"/>
        <source>not synced yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/sidebar.py" line="232"/>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/sidebar.py" line="236"/>
        <source>Full sync (re-read everything)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/sidebar.py" line="240"/>
        <source>Cancel sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/sidebar.py" line="244"/>
        <source>Edit account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/sidebar.py" line="247"/>
        <source>Remove account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/sidebar.py" line="259"/>
        <source>Add account…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionFields</name>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="18"/>
        <source>Candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="19"/>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="20"/>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="21"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="22"/>
        <source>More e-mail addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="23"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="24"/>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="25"/>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="26"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="27"/>
        <source>More phone numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="28"/>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="29"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="30"/>
        <source>Country (ISO code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="31"/>
        <source>State or region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="32"/>
        <source>Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="33"/>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="34"/>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="35"/>
        <source>Available from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="36"/>
        <source>Salary expectations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="37"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="38"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="39"/>
        <source>Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="40"/>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="41"/>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="42"/>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="43"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="44"/>
        <source>Screening answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="45"/>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="46"/>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="47"/>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="48"/>
        <source>File name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="49"/>
        <source>Kind of file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="50"/>
        <source>Content type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="51"/>
        <source>File content (base64)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="52"/>
        <source>File URL (data: or https:)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="53"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="54"/>
        <source>Source name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="55"/>
        <source>Source id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="56"/>
        <source>Sourced by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="57"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="58"/>
        <source>GDPR consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="59"/>
        <source>Consent given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="60"/>
        <source>Consent expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="61"/>
        <source>Attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="62"/>
        <source>Rejection reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="63"/>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="64"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="65"/>
        <source>Custom field prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="66"/>
        <source>Attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="67"/>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="68"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="69"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="70"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="71"/>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="73"/>
        <source>Create candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="74"/>
        <source>Create application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="75"/>
        <source>Add attachment to application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="76"/>
        <source>Add attachment to candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="77"/>
        <source>Move application to stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="78"/>
        <source>Add result link to application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="79"/>
        <source>Add result link to candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="80"/>
        <source>Add note to application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="81"/>
        <source>Add tag to candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="82"/>
        <source>Remove tag from candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="96"/>
        <source>Personal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="97"/>
        <source>Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="98"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="99"/>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="100"/>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="101"/>
        <source>Per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="102"/>
        <source>Per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="103"/>
        <source>CV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="104"/>
        <source>Cover letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/texts.py" line="105"/>
        <source>Plain text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionForm</name>
    <message>
        <location filename="../../desktop/ui/actions/form.py" line="105"/>
        <source>Account</source>
        <extracomment>Outcome: the action was saved (and sent, or queued to be sent)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/form.py" line="111"/>
        <source>&amp;Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/form.py" line="121"/>
        <source>What this ATS takes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/form.py" line="126"/>
        <source>Fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/form.py" line="133"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/form.py" line="138"/>
        <location filename="../../desktop/ui/actions/form.py" line="142"/>
        <location filename="../../desktop/ui/actions/form.py" line="405"/>
        <source>Save and send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/form.py" line="141"/>
        <source>Saved in the outbox first, then sent (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/form.py" line="179"/>
        <source>In %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/form.py" line="181"/>
        <source>Fields marked * are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/form.py" line="224"/>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/form.py" line="405"/>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/form.py" line="411"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/form.py" line="421"/>
        <source>Sending to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/form.py" line="440"/>
        <source>%1 refused it: %2 Nothing is lost: it is kept under Pending writes (retry or drop it there), or correct the form and submit again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <location filename="../../desktop/ui/app.py" line="232"/>
        <source>Encrypting your cache, once. This can take a minute…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/app.py" line="238"/>
        <source>Recruiter Companion</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkActions</name>
    <message>
        <location filename="../../desktop/ui/bulk_actions.py" line="125"/>
        <location filename="../../desktop/ui/bulk_actions.py" line="135"/>
        <source>Move selected to stage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bulk_actions.py" line="142"/>
        <source>Undo the last bulk action (what is not sent yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bulk_actions.py" line="182"/>
        <location filename="../../desktop/ui/bulk_actions.py" line="201"/>
        <source>Select the rows first (Shift/Ctrl+click).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bulk_actions.py" line="190"/>
        <source>%1 on %2 records?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bulk_actions.py" line="227"/>
        <source>The selected applications&apos; accounts have no stages in the cache yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bulk_actions.py" line="238"/>
        <source>Move to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bulk_actions.py" line="276"/>
        <source>Took back %1 items not sent yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandPalette</name>
    <message>
        <location filename="../../desktop/ui/views/palette.py" line="32"/>
        <source>Commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/palette.py" line="36"/>
        <source>Type a command…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CvView</name>
    <message>
        <location filename="../../desktop/ui/views/cv_view.py" line="90"/>
        <source>Candidate&apos;s files</source>
        <extracomment>Files up to this size are read from the cache on the GUI thread; larger ones on a worker thread. Images larger than this many pixels are scaled while reading (a phone photo of a CV is 12 MP). A worker&apos;s result for the GUI thread: (token, bytes | Path | None | Exception). The shown PDF&apos;s bytes: QPdfDocument reads from this buffer as long as it shows the pages. The last copy written for the system&apos;s viewer (tests look at it).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/cv_view.py" line="96"/>
        <source>Open in viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/cv_view.py" line="97"/>
        <source>Open the file in the system&apos;s viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/cv_view.py" line="114"/>
        <source>The file&apos;s text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/cv_view.py" line="178"/>
        <source>Loading the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/cv_view.py" line="183"/>
        <source>text of the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/cv_view.py" line="188"/>
        <source>No text could be read from this document. Open it in the viewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/cv_view.py" line="193"/>
        <source>Files of this type are not shown here. Open it in the viewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/cv_view.py" line="239"/>
        <source>Not downloaded yet: it follows the next sync of this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/cv_view.py" line="242"/>
        <source>The downloaded file is no longer in the cache; it is fetched again on the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/cv_view.py" line="244"/>
        <source>This file is not kept here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/cv_view.py" line="263"/>
        <source>The PDF&apos;s pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/cv_view.py" line="285"/>
        <source>This PDF is damaged and cannot be shown here. Open it in the viewer, or at the vendor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/cv_view.py" line="289"/>
        <source>1 page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/cv_view.py" line="289"/>
        <source>%1 pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/cv_view.py" line="306"/>
        <source>This image is damaged and cannot be shown here. Open it in the viewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/cv_view.py" line="333"/>
        <source>Could not write a copy for the viewer: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DamagedCacheDialog</name>
    <message>
        <location filename="../../desktop/ui/damaged.py" line="30"/>
        <source>The cache cannot be unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/damaged.py" line="23"/>
        <source>The cache file %1 cannot be opened: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/damaged.py" line="33"/>
        <source>Keep the locked file beside it and start over with an empty cache? Add your accounts again and sync: the records come back from the vendors, but writes still waiting in the old cache are not sent. Or quit, and restore the keyring entry from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/damaged.py" line="39"/>
        <source>The cache is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/damaged.py" line="42"/>
        <source>Keep a copy of the damaged file beside it and start over with an empty cache? Accounts must then be added again, and writes still waiting in the old cache are not sent. Or quit, and restore the file from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/damaged.py" line="48"/>
        <source>Keep a copy and start over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/damaged.py" line="50"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateEditor</name>
    <message>
        <location filename="../../desktop/ui/actions/fields.py" line="146"/>
        <source>No date</source>
        <extracomment>The date a ``DateEditor`` shows for &quot;no date&quot; (Qt&apos;s date edits cannot be empty). a problem the editor found itself (a file refused as it was dropped); &quot;&quot; clears it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/fields.py" line="147"/>
        <source>Clear the date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../desktop/ui/views/detail.py" line="171"/>
        <source>Pending writes of this record</source>
        <extracomment>Columns not shown among the fields (bookkeeping, shown elsewhere, or too long for a field row). model, record id: a related record&apos;s link was followed job id: &quot;open pipeline&quot; was clicked candidate id: &quot;Forget this person…&quot; was clicked (``desktop.ui.privacy`` asks and forgets) (candidate id, label) split from the person shown, with an undo, until another record shows</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/detail.py" line="185"/>
        <source>Record details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/detail.py" line="189"/>
        <source>Fields and related records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/detail.py" line="193"/>
        <location filename="../../desktop/ui/views/detail.py" line="207"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/detail.py" line="195"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/detail.py" line="195"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/detail.py" line="195"/>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/detail.py" line="195"/>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/detail.py" line="197"/>
        <location filename="../../desktop/ui/views/detail.py" line="208"/>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/detail.py" line="200"/>
        <location filename="../../desktop/ui/views/detail.py" line="209"/>
        <source>Vendor data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/detail.py" line="206"/>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/detail.py" line="229"/>
        <source>Forget this person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/detail.py" line="231"/>
        <source>Remove every trace of this person from this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/detail.py" line="261"/>
        <source>Nothing selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/detail.py" line="262"/>
        <source>Pick a record in a list, or search with Ctrl+K.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/detail.py" line="276"/>
        <source>This record is no longer in the cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/detail.py" line="287"/>
        <source>Deleted at the vendor on %1. Kept here for reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/detail.py" line="297"/>
        <source>No description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/detail.py" line="308"/>
        <source>The vendor sent no raw data for this record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/detail.py" line="318"/>
        <location filename="../../desktop/ui/views/detail.py" line="340"/>
        <source>CV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/detail.py" line="340"/>
        <source>Files (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/detail.py" line="370"/>
        <source>Open pipeline →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/detail.py" line="394"/>
        <source>Not the same person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/detail.py" line="403"/>
        <source>Vendor id %1 · %2 · changed in the cache %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/detail.py" line="415"/>
        <source>You marked this record as a person of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/detail.py" line="416"/>
        <source>Match it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/detail.py" line="420"/>
        <source>%1 no longer counts as this person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/detail.py" line="421"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/detail.py" line="439"/>
        <source>Could not save that: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/detail.py" line="474"/>
        <source>No changes seen since this record was first synced.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilesEditor</name>
    <message>
        <location filename="../../desktop/ui/actions/files.py" line="119"/>
        <source>Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/files.py" line="120"/>
        <location filename="../../desktop/ui/actions/files.py" line="209"/>
        <source>Choose a file to attach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/files.py" line="121"/>
        <source>Choose a file to attach (Ctrl+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/files.py" line="159"/>
        <source>exactly one file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/files.py" line="161"/>
        <source>at most %1 files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/files.py" line="163"/>
        <source>at least %1 files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/files.py" line="168"/>
        <source>up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/files.py" line="169"/>
        <source>%1 takes: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/files.py" line="176"/>
        <source>%1 takes only one file here; remove the one chosen first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/files.py" line="180"/>
        <source>%1 takes at most %2 files here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/files.py" line="187"/>
        <source>%1 takes only %2 files; %3 is not one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/files.py" line="193"/>
        <source>%1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/files.py" line="196"/>
        <source>%1 is %2; %3 takes at most %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/files.py" line="215"/>
        <source>Accepted files (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/files.py" line="229"/>
        <location filename="../../desktop/ui/actions/files.py" line="240"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/files.py" line="244"/>
        <source>%1 is empty (0 bytes); choose the real file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/files.py" line="283"/>
        <source>Drop files here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/files.py" line="285"/>
        <source>%1 takes no more files here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/files.py" line="299"/>
        <source>Kind of file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/files.py" line="308"/>
        <location filename="../../desktop/ui/actions/files.py" line="309"/>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormActions</name>
    <message>
        <location filename="../../desktop/ui/actions/provider.py" line="107"/>
        <source>New &amp;application…</source>
        <extracomment>Shown as buttons on a record, in this order; the rest go under &quot;More&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/provider.py" line="112"/>
        <source>&amp;Pending writes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/provider.py" line="142"/>
        <source>Connect an account first (File → Add account).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/provider.py" line="144"/>
        <location filename="../../desktop/ui/actions/provider.py" line="215"/>
        <source>%1 does not offer this through its API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/provider.py" line="167"/>
        <source>&amp;New candidate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/provider.py" line="168"/>
        <source>New application…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/provider.py" line="170"/>
        <source>New application for this candidate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/provider.py" line="171"/>
        <source>Move to stage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/provider.py" line="172"/>
        <source>Add note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/provider.py" line="173"/>
        <location filename="../../desktop/ui/actions/provider.py" line="174"/>
        <source>Add attachment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/provider.py" line="175"/>
        <location filename="../../desktop/ui/actions/provider.py" line="176"/>
        <source>Add result link…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/provider.py" line="177"/>
        <source>Add tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/provider.py" line="178"/>
        <source>Remove tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/provider.py" line="224"/>
        <source>More</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/provider.py" line="248"/>
        <source>Not sent yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/provider.py" line="287"/>
        <source>%1: sent to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/provider.py" line="289"/>
        <source>(%1 kept it on the %2.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/provider.py" line="296"/>
        <source>%1: saved; it is sent when %2 can be reached (see Pending writes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/provider.py" line="302"/>
        <source>%1: %2 refused it: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/provider.py" line="333"/>
        <source>Sent what was waiting: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/provider.py" line="405"/>
        <source>This job&apos;s account is not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/provider.py" line="407"/>
        <source>%1 does not let other apps move applications between stages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/provider.py" line="443"/>
        <source>%1 refused the move: %2 (kept under Pending writes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/provider.py" line="450"/>
        <source>Moved to %1; sent when %2 can be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/provider.py" line="457"/>
        <source>Moved to %1 in %2. Undo with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../desktop/ui/labels.py" line="35"/>
        <source>Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="36"/>
        <source>Candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="37"/>
        <location filename="../../desktop/ui/labels.py" line="65"/>
        <location filename="../../desktop/ui/labels.py" line="151"/>
        <source>Applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="38"/>
        <location filename="../../desktop/ui/labels.py" line="66"/>
        <source>Interviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="39"/>
        <location filename="../../desktop/ui/labels.py" line="67"/>
        <source>Offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="40"/>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="41"/>
        <source>Job postings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="42"/>
        <source>Stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="43"/>
        <location filename="../../desktop/ui/labels.py" line="68"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="45"/>
        <location filename="../../desktop/ui/labels.py" line="72"/>
        <source>Screening questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="48"/>
        <source>Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="35"/>
        <location filename="../../desktop/ui/labels.py" line="138"/>
        <location filename="../../desktop/ui/labels.py" line="157"/>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="36"/>
        <location filename="../../desktop/ui/labels.py" line="139"/>
        <location filename="../../desktop/ui/labels.py" line="156"/>
        <source>Candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="37"/>
        <location filename="../../desktop/ui/labels.py" line="140"/>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="38"/>
        <source>Interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="39"/>
        <source>Offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="40"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="41"/>
        <source>Job posting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="42"/>
        <location filename="../../desktop/ui/labels.py" line="137"/>
        <location filename="../../desktop/ui/labels.py" line="158"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="43"/>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="46"/>
        <source>Screening question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="99"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="161"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="114"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="117"/>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="150"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="121"/>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="152"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="105"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="153"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="102"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="103"/>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="154"/>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="155"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="134"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="141"/>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="143"/>
        <source>Canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="69"/>
        <source>Applications by stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="70"/>
        <source>Hiring team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="71"/>
        <source>Postings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="73"/>
        <location filename="../../desktop/ui/labels.py" line="125"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="74"/>
        <source>Belongs to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="75"/>
        <source>Interviewers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="76"/>
        <source>Hiring team of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="77"/>
        <source>Also in other accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="78"/>
        <source>Their applications in other accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="87"/>
        <source>same e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="88"/>
        <source>same phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="100"/>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="101"/>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="104"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="106"/>
        <source>E-mail addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="107"/>
        <source>Phone numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="108"/>
        <source>Social media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="109"/>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="110"/>
        <source>Custom fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="111"/>
        <source>Job code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="112"/>
        <location filename="../../desktop/ui/labels.py" line="147"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="113"/>
        <source>Employment type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="115"/>
        <source>Visibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="116"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="118"/>
        <source>Public link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="119"/>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="120"/>
        <source>Experience level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="122"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="123"/>
        <source>Created at vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="124"/>
        <source>Updated at vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="126"/>
        <source>Confidential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="127"/>
        <source>Weekly hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="128"/>
        <source>Remote work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="129"/>
        <source>Salary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="130"/>
        <source>Salary from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="131"/>
        <source>Salary to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="132"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="133"/>
        <source>Salary period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="135"/>
        <source>Rejection reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="136"/>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="142"/>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="144"/>
        <source>Vendor id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="145"/>
        <source>Changed in cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="146"/>
        <source>Deleted at vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="148"/>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListExportFlow</name>
    <message>
        <location filename="../../desktop/ui/list_export_flow.py" line="34"/>
        <source>Export %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/list_export_flow.py" line="36"/>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/list_export_flow.py" line="69"/>
        <source>Exporting %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/list_export_flow.py" line="76"/>
        <source>Exported %1 rows to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <location filename="../../desktop/ui/menus.py" line="58"/>
        <source>&amp;File</source>
        <extracomment>While the app runs it re-syncs (delta, within each account&apos;s share) this often unless changed.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="60"/>
        <source>&amp;Add account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="62"/>
        <source>&amp;Team server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="64"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="66"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="67"/>
        <source>&amp;Search everything…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="71"/>
        <source>&amp;Filter this list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="75"/>
        <source>Show &amp;deleted records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="90"/>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="93"/>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="94"/>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="95"/>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="98"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="101"/>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="104"/>
        <source>&amp;Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="106"/>
        <source>Sync &amp;all accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="111"/>
        <source>&amp;Full sync of all accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="115"/>
        <source>&amp;Cancel all syncs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="118"/>
        <source>Sync &amp;automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="125"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="127"/>
        <source>&amp;Copy diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="129"/>
        <source>Open &amp;log folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="131"/>
        <source>&amp;About Recruiter Companion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="155"/>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="157"/>
        <source>Every %1 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="159"/>
        <source>Every hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="160"/>
        <source>Every %1 hours</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/app.py" line="153"/>
        <source>Starting the demo sandboxes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/app.py" line="167"/>
        <source>The demo could not be started; run &apos;recruiter-companion --demo&apos; instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="89"/>
        <source>Record views</source>
        <extracomment>Tabs in order; &quot;pipeline&quot; is the per-job board, the others are record lists. the user asked to close; the app shuts down and then calls ``finish_close`` True when the network is back (writes waiting are sent), False when it went away the accounts were read again (one was added, edited or removed) the welcome page&apos;s &quot;Try the demo&quot; was pressed (the app restarts itself in demo mode)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="121"/>
        <location filename="../../desktop/ui/main_window.py" line="123"/>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="154"/>
        <source>Welcome to Recruiter Companion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="171"/>
        <source>Connect an account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="163"/>
        <source>Connect an ATS account once: everything is synced to this computer, searchable and readable offline.
To look around first, try the demo: sample accounts on local stand-ins of the vendors, kept apart from your own data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="175"/>
        <source>Try the demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="177"/>
        <source>Opens the app on sample accounts; your own accounts are not touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="299"/>
        <source>No accounts to sync yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="338"/>
        <source>The team server answers again: live updates resumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="340"/>
        <source>The team server does not answer; this computer&apos;s copy is shown, retrying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="372"/>
        <location filename="../../desktop/ui/main_window.py" line="399"/>
        <source>New since you last looked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="377"/>
        <source>Command palette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="397"/>
        <source>New since you last looked (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="508"/>
        <source>The language changes the next time the app starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="518"/>
        <source>Diagnostics copied to the clipboard (no passwords or tokens).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="527"/>
        <source>About Recruiter Companion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="529"/>
        <source>Recruiter Companion keeps your ATS accounts on this computer: synced, searchable and readable offline.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <location filename="../../desktop/ui/bulk_actions.py" line="83"/>
        <source>Move selected to stage</source>
        <extracomment>What each list can do to many rows at once: (action, title, what to ask, the parameter it fills).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bulk_actions.py" line="85"/>
        <source>%1 applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bulk_actions.py" line="89"/>
        <source>Stage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bulk_actions.py" line="92"/>
        <source>(no rejection reason)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bulk_actions.py" line="95"/>
        <source>Rejection reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bulk_actions.py" line="98"/>
        <source>Move %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewsDialog</name>
    <message>
        <location filename="../../desktop/ui/views/news.py" line="118"/>
        <source>New since you last looked</source>
        <extracomment>the number of news items changed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/news.py" line="122"/>
        <source>Since %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/news.py" line="132"/>
        <source>Nothing new.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/news.py" line="136"/>
        <source>Mark all as seen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PendingWrites</name>
    <message>
        <location filename="../../desktop/ui/actions/pending.py" line="40"/>
        <source>waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/pending.py" line="41"/>
        <source>being sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/pending.py" line="42"/>
        <source>not confirmed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/pending.py" line="43"/>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/pending.py" line="44"/>
        <source>sent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PendingWritesDialog</name>
    <message>
        <location filename="../../desktop/ui/actions/pending.py" line="64"/>
        <location filename="../../desktop/ui/actions/pending.py" line="77"/>
        <source>Pending writes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/pending.py" line="69"/>
        <source>Changes saved here that the ATS has not confirmed yet, and those it refused. Waiting ones are sent on their own when the ATS can be reached; refused ones wait for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/pending.py" line="80"/>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/pending.py" line="81"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/pending.py" line="82"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/pending.py" line="83"/>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/pending.py" line="84"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/pending.py" line="85"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/pending.py" line="98"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/pending.py" line="101"/>
        <source>&amp;Send all now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/pending.py" line="103"/>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/pending.py" line="105"/>
        <source>&amp;Drop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/pending.py" line="147"/>
        <source>Nothing is waiting: every change was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/pending.py" line="180"/>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/pending.py" line="184"/>
        <source>%1 sent, %2 still waiting or refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/pending.py" line="216"/>
        <source>Drop this write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/pending.py" line="217"/>
        <source>Drop this change? It is not sent, and it cannot be brought back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/pending.py" line="211"/>
        <source>Dropped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pipeline</name>
    <message>
        <location filename="../../desktop/ui/models.py" line="512"/>
        <source>move waiting to be sent</source>
        <extracomment>application ids whose move to this stage waits in the outbox appended to every card&apos;s tooltip: how to move it, or why it cannot be moved</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/pipeline.py" line="149"/>
        <source>Pending · new, not sent yet</source>
        <extracomment>Card ids of applications being created (waiting in the outbox): ``pending:&lt;outbox entry id&gt;``.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/pipeline.py" line="153"/>
        <source>Moved here · not sent yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PipelineBoard</name>
    <message>
        <location filename="../../desktop/ui/views/pipeline.py" line="286"/>
        <source>Job:</source>
        <extracomment>model (&quot;applications&quot;), record id outbox entry id: the card of an application being created was chosen</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/pipeline.py" line="292"/>
        <source>Job whose pipeline is shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/pipeline.py" line="305"/>
        <source>Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/pipeline.py" line="317"/>
        <source>Undo the last move</source>
        <extracomment>application id -&gt; stage id of moves waiting in the outbox (shown in their new column) new applications waiting in the outbox (shown as cards of their job, badged pending) (application id, stage it left, stage it went to) of the last move made here</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/pipeline.py" line="324"/>
        <source>Pick a job above, or double-click a job in the Jobs list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/pipeline.py" line="382"/>
        <source>No jobs here yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/pipeline.py" line="399"/>
        <source>Moving cards is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/pipeline.py" line="416"/>
        <source>Drag the card to another stage to move the application there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/pipeline.py" line="418"/>
        <source>No stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/pipeline.py" line="429"/>
        <source>%1 applications in %2 stages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivacyController</name>
    <message>
        <location filename="../../desktop/ui/privacy.py" line="47"/>
        <source>&amp;Privacy</source>
        <extracomment>The open confirmation or result box (tests and screenshots look at it).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/privacy.py" line="56"/>
        <source>&amp;Export what is held about a person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/privacy.py" line="59"/>
        <source>&amp;Forget a person by e-mail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/privacy.py" line="82"/>
        <source>Forget a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/privacy.py" line="83"/>
        <source>E-mail address (every account&apos;s records with it are forgotten):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/privacy.py" line="103"/>
        <location filename="../../desktop/ui/privacy.py" line="118"/>
        <source>Nobody found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/privacy.py" line="118"/>
        <source>That record is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/privacy.py" line="121"/>
        <source>this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/privacy.py" line="124"/>
        <source>Forget this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/privacy.py" line="126"/>
        <source>Forget %1? This removes %2 from this computer: records, search entries and change history. It cannot be undone. Nothing changes in the ATS; if the vendor still has them, the next full sync brings them back and says so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/privacy.py" line="137"/>
        <source>Forget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/privacy.py" line="143"/>
        <source>Forget and delete at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/privacy.py" line="150"/>
        <source>Also drop the %1 writes about them from the outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/privacy.py" line="175"/>
        <source>Deleting at the vendor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/privacy.py" line="182"/>
        <source>%1: not deleted at %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/privacy.py" line="190"/>
        <source>Nothing was forgotten on this computer. The deletion waits in the outbox; once it is sent, forget them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/privacy.py" line="194"/>
        <source>Not deleted at the vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/privacy.py" line="198"/>
        <source>%1: %2 offers no deletion through its API; delete them in the ATS itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/privacy.py" line="219"/>
        <source>Forgotten: %1 records removed from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/privacy.py" line="223"/>
        <source>%1 writes about them dropped from the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/privacy.py" line="229"/>
        <source>%1 writes about them were kept in the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/privacy.py" line="235"/>
        <source>Some writes about them are being sent right now: forget them again afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/privacy.py" line="239"/>
        <source>Their e-mail or name is still mentioned in: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/privacy.py" line="243"/>
        <source>Files you exported earlier are your own copies and were not touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/privacy.py" line="245"/>
        <source>Person forgotten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/privacy.py" line="251"/>
        <source>Export what is held about a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/privacy.py" line="252"/>
        <source>E-mail address of the person asking:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/privacy.py" line="259"/>
        <source>Save the export as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/privacy.py" line="263"/>
        <source>Zip files (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/privacy.py" line="279"/>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/privacy.py" line="280"/>
        <source>Cannot write %1: %2. Pick a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/privacy.py" line="287"/>
        <source>Exported %1 records about them to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/privacy.py" line="297"/>
        <source>Forgotten people came back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionInput</name>
    <message>
        <location filename="../../desktop/ui/actions/screening.py" line="79"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/screening.py" line="80"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/screening.py" line="108"/>
        <source>Answered with the attachments.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordListView</name>
    <message>
        <location filename="../../desktop/ui/views/record_list.py" line="68"/>
        <location filename="../../desktop/ui/views/record_list.py" line="169"/>
        <source>Filter %1… (Ctrl+F)</source>
        <extracomment>model, record id: the current row changed model, record id: a row was double-clicked or Enter pressed outbox entry id: a record being created was activated (show the pending writes) &quot;Export…&quot; was pressed: the window asks where and writes the list as shown conditions of the saved search shown (cleared when the filter text is edited by hand)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/record_list.py" line="69"/>
        <source>Filter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/record_list.py" line="74"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/record_list.py" line="75"/>
        <source>Only the records of this account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/record_list.py" line="76"/>
        <location filename="../../desktop/ui/views/record_list.py" line="191"/>
        <source>All accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/record_list.py" line="79"/>
        <source>Show deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/record_list.py" line="80"/>
        <source>Also list records the vendor no longer returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/record_list.py" line="83"/>
        <source>Number of records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/record_list.py" line="85"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/record_list.py" line="88"/>
        <source>Save this list as shown (columns, filter, order) as CSV or XLSX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/record_list.py" line="96"/>
        <source>%1 being created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/record_list.py" line="97"/>
        <source>Created here, waiting to be sent to the ATS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/record_list.py" line="162"/>
        <source>Saved search: %1</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models.py" line="382"/>
        <source>Deleted at the vendor on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models.py" line="419"/>
        <source>This list does not sort by this column (it would be slow on large lists).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RowsEditor</name>
    <message>
        <location filename="../../desktop/ui/actions/fields.py" line="304"/>
        <source>+ Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/fields.py" line="306"/>
        <source>Add a row to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/fields.py" line="331"/>
        <location filename="../../desktop/ui/actions/fields.py" line="332"/>
        <source>Remove this row</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SavedSearchFlow</name>
    <message>
        <location filename="../../desktop/ui/saved_search_flow.py" line="55"/>
        <source>Open a list and filter it first; then save the search.</source>
        <extracomment>the user&apos;s own searches, as last loaded or saved</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/saved_search_flow.py" line="61"/>
        <source>Save search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/saved_search_flow.py" line="61"/>
        <source>Name of this search:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SavedSearches</name>
    <message>
        <location filename="../../desktop/ui/views/sidebar.py" line="47"/>
        <source>Applied this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/sidebar.py" line="49"/>
        <source>In a stage for more than %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/sidebar.py" line="52"/>
        <source>Due for review</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScreeningEditor</name>
    <message>
        <location filename="../../desktop/ui/actions/screening.py" line="171"/>
        <location filename="../../desktop/ui/actions/screening.py" line="216"/>
        <source>Pick a job to answer its screening questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/screening.py" line="202"/>
        <source>required</source>
        <extracomment>The question ids in the order of the last ``value()``: problems name answers by index.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions/screening.py" line="210"/>
        <source>This job asks no screening questions.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchPopup</name>
    <message>
        <location filename="../../desktop/ui/views/search_popup.py" line="98"/>
        <source>also in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/search_popup.py" line="140"/>
        <source>Search candidates, jobs, applications, users in all accounts…</source>
        <extracomment>model, record id candidate id: &quot;Forget this person…&quot; was picked in a result&apos;s context menu</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/search_popup.py" line="142"/>
        <source>Search everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/search_popup.py" line="147"/>
        <source>Search status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/search_popup.py" line="152"/>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/search_popup.py" line="190"/>
        <location filename="../../desktop/ui/views/search_popup.py" line="222"/>
        <source>Type a name, e-mail, phone number, company or job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/search_popup.py" line="214"/>
        <source>%1 best matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/search_popup.py" line="216"/>
        <source>%1 matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/search_popup.py" line="220"/>
        <source>No matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/search_popup.py" line="248"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/search_popup.py" line="249"/>
        <source>Forget this person…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StageColumnWidget</name>
    <message>
        <location filename="../../desktop/ui/views/pipeline.py" line="234"/>
        <source>Stage %1</source>
        <extracomment>application id, the stage it comes from (None: no stage) outbox entry id of a pending new application&apos;s card</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusArea</name>
    <message>
        <location filename="../../desktop/ui/views/status.py" line="116"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/status.py" line="127"/>
        <source>Pending writes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/status.py" line="131"/>
        <source>Network state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/status.py" line="139"/>
        <source>Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/status.py" line="139"/>
        <source>Demo mode: built-in sandboxes, nothing is real</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/status.py" line="174"/>
        <source>Another member of the team syncs this account; this computer pulls what it publishes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/status.py" line="181"/>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/status.py" line="181"/>
        <source>No network: browsing the cache; syncs and writes wait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/status.py" line="189"/>
        <source>%n pending write(s)</source>
        <translation>
            <numerusform>%n pending write</numerusform>
            <numerusform>%n pending writes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/status.py" line="190"/>
        <source>Changes waiting to be sent to the ATS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/status.py" line="192"/>
        <source>%n failed write(s)</source>
        <translation>
            <numerusform>%n failed write</numerusform>
            <numerusform>%n failed writes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/status.py" line="193"/>
        <source>Changes the ATS refused: open them to fix and resend.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../../desktop/ui/sync_controller.py" line="371"/>
        <source>%1 synced: %2 records read.</source>
        <extracomment>Read every listed item&apos;s details again, changed or not (``sync --refresh-details``). The account has progressive streams: its sync runs in two phases (lists, then details). 1 while lists are read; 2 once details are read. Progressive streams whose lists are stored (phase 1 over for them), and streams at their end. Phase 2 per stream: details read, still to read, estimated seconds left. The worker process running this sync (None: not started yet, or on the fallback thread). Team mode: the team server&apos;s URL with its password (None: the embedded cache alone). Team mode, once synced: publishing to the team stopped with this error (the sync is saved here). account id account id (read ``runs[account_id]`` for the figures) account id, ok, a one-line summary the cache has new data (throttled while syncing; once more at the end) Seconds between ``cacheChanged`` while a sync writes: views re-read at most this often. Syncs run in a worker process (``desktop.sync.process``); False: on the window&apos;s sync thread. Per account: what to tell the user about forgotten people the last sync brought back (issue 15.2). Accounts another member syncs (team mode), followed until they are done.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_controller.py" line="373"/>
        <source>%1: %2 of %3 parts failed; the rest is saved. %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_controller.py" line="381"/>
        <source>Publishing it to the team stopped (%1); the rest goes out with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_controller.py" line="385"/>
        <source>%1: sync cancelled; the next sync resumes where it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_controller.py" line="393"/>
        <source>%1 is being synced by %2; pulled %3 changes from the team server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_controller.py" line="395"/>
        <source>another member</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamDialog</name>
    <message>
        <location filename="../../desktop/ui/team_dialog.py" line="46"/>
        <source>Team server</source>
        <extracomment>connected to a team server, or disconnected: the window listens to the new one (or to none)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_dialog.py" line="53"/>
        <source>A team shares one cache on a PostgreSQL server it already runs: one member syncs each account, everyone sees the records and the writes waiting. Without a team server the app keeps its cache on this computer only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_dialog.py" line="70"/>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_dialog.py" line="71"/>
        <source>Server &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_dialog.py" line="77"/>
        <source>kept in the system keyring, never in a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_dialog.py" line="78"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_dialog.py" line="79"/>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_dialog.py" line="82"/>
        <source>Allow a server on another computer without TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_dialog.py" line="86"/>
        <source>Candidates&apos; data would cross the network unencrypted. Only for a server on a network you trust; otherwise add sslmode=require to the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_dialog.py" line="92"/>
        <source>On disconnecting, take back the writes still waiting in the team&apos;s outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_dialog.py" line="97"/>
        <source>Unticked, they are left with the team: a teammate sends them, and this computer never sends them itself (that could do them twice). Ticked, those nobody has started sending come back to this computer&apos;s outbox and are sent from here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_dialog.py" line="113"/>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_dialog.py" line="116"/>
        <location filename="../../desktop/ui/team_dialog.py" line="225"/>
        <source>&amp;Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_dialog.py" line="147"/>
        <source>Not connected: the app uses its embedded cache on this computer.</source>
        <extracomment>The server did not answer the last disconnect: the next click disconnects anyway (forced).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_dialog.py" line="152"/>
        <source>Connected to %1 as member %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_dialog.py" line="156"/>
        <source>TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_dialog.py" line="156"/>
        <source>no TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_dialog.py" line="157"/>
        <source>Logged in as %1 (%2); the team database is at schema %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_dialog.py" line="173"/>
        <source>Asking the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_dialog.py" line="187"/>
        <source>Enter the server&apos;s address, e.g. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_dialog.py" line="192"/>
        <source>Connecting, logging in and bringing the team database up to date…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_dialog.py" line="206"/>
        <source>tick &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_dialog.py" line="212"/>
        <source>Connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_dialog.py" line="232"/>
        <source>Disconnect &amp;anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_dialog.py" line="234"/>
        <source>Still connected: writes handed over to the team&apos;s outbox are settled with the server first (a teammate may send them, or may have). Click &quot;Disconnect anyway&quot; to go now: they are then kept on this computer unsent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_dialog.py" line="248"/>
        <source>Disconnected from %1; the team database was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamWatch</name>
    <message>
        <location filename="../../desktop/ui/team_watch.py" line="99"/>
        <source>Synced by %1, %2 %</source>
        <extracomment>account id: another member started or stopped syncing it, or its percent moved account id, a one-line summary: the other member&apos;s sync ended and its last rounds are pulled the cache has rows pulled from the team server account id, rows: a pull after a notification wrote rows (an account new here included) the team server answers (True) or went away (False, what is wrong): said once per change Seconds between looks at an account another member syncs. Per account, ``time.monotonic()`` when its last pull after a notification ended (tests, bench).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_watch.py" line="103"/>
        <source>another member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_watch.py" line="220"/>
        <source>%1: the team&apos;s sync ended; pulled %2 changes from the team server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Time</name>
    <message>
        <location filename="../../desktop/ui/formatting.py" line="51"/>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/formatting.py" line="53"/>
        <source>%1 min ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/formatting.py" line="57"/>
        <source>today %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>box</name>
    <message>
        <location filename="../../desktop/ui/damaged.py" line="70"/>
        <source>The keyring is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/damaged.py" line="71"/>
        <source>The cache&apos;s key is kept there. Unlock it, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/damaged.py" line="72"/>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/damaged.py" line="73"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>status</name>
    <message>
        <location filename="../../desktop/ui/views/status.py" line="84"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/status.py" line="87"/>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/status.py" line="89"/>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
